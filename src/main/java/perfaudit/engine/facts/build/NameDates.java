package perfaudit.engine.facts.build;

/**
 * Finds a calendar date written into an indicator's name (2021年11月30日前完成资金支付): a year
 * followed by a month, so a span of years (2018-2022监测资料) or a year naming a programme (2021年中央
 * 资金) is not taken for a date.
 */
final class NameDates {

    private NameDates() {
    }

    /** The year of the first 年-月 date in the text, or null. Scans by hand: it runs for every row. */
    static Integer year(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i + 6 < text.length(); i++) {
            // the four digits before 年 (OCR glues a row number on: 指标12021年11月 is 指标1 2021年11月)
            if (isYearAt(text, i) && text.charAt(i + 4) == '年') {
                int month = i + 5;
                int digits = 0;
                while (month + digits < text.length() && isDigit(text.charAt(month + digits)) && digits < 2) {
                    digits++;
                }
                if (digits > 0 && month + digits < text.length() && text.charAt(month + digits) == '月'
                        && isMonth(text.substring(month, month + digits))) {
                    return Integer.parseInt(text.substring(i, i + 4));
                }
            }
        }
        return null;
    }

    private static boolean isYearAt(String text, int i) {
        return (text.startsWith("19", i) || text.startsWith("20", i)) && isDigit(text.charAt(i + 2))
                && isDigit(text.charAt(i + 3));
    }

    private static boolean isMonth(String digits) {
        int month = Integer.parseInt(digits);
        return month >= 1 && month <= 12;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
