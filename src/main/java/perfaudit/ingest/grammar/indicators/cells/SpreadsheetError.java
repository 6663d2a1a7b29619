package perfaudit.ingest.grammar.indicators.cells;

import java.util.regex.Pattern;

/**
 * A cell printing a spreadsheet's formula error (#NAME?, #REF!, #VALUE!, #DIV/0!, #N/A, #NUM!, #NULL!): the value it
 * stood for is lost. A unit that types a target as "=45座" gets #NAME? from Excel or Calc, and the printed form (a
 * PDF of the sheet, the workbook itself) shows only that. It is no target or actual to score against: left unread and
 * reported, never read as the words "#NAME?".
 */
public final class SpreadsheetError {

    private static final Pattern ERROR = Pattern.compile("#(?:NAME\\?|REF!|VALUE!|DIV/0!|N/A|NUM!|NULL!|SPILL!|CALC!)");
    /** LibreOffice's error codes (Err:502) and the hashes a number too wide for its column shows (#####). */
    private static final Pattern OTHER = Pattern.compile("Err:\\d{3}|#{3,}");

    private SpreadsheetError() {
    }

    /** The error code the cell shows, or null where it shows anything else. */
    public static String of(String text) {
        return text != null && startsWithHash(text) && ERROR.matcher(text.strip()).matches() ? text.strip() : null;
    }

    /**
     * Whether a cell shows an error value where a figure should be: one of Excel's codes, LibreOffice's Err:NNN, or
     * only #####. The one test of it, for every reader (workbooks, web pages, PDFs): such a cell holds no figure and no
     * text of the form, and is read as empty and reported.
     */
    public static boolean isErrorValue(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        char first = text.strip().charAt(0);
        return (first == '#' || first == 'E') && (of(text) != null || OTHER.matcher(text.strip()).matches());
    }

    /** Why a cell showing the error value {@code text} is read as empty, for its report. */
    public static String reason(String text) {
        if (text.startsWith("###")) {
            return "单元格只显示 " + text + "（列宽不足时显示的符号，文件里没有保存数值），按空读取；请调宽该列后重新导出"
                    + " — the cell shows " + text + " (what a spreadsheet shows for a number too wide for its column; the"
                    + " file holds no figure): read as empty; widen the column and export the form again";
        }
        boolean name = text.equals("#NAME?"); // what a value typed with a leading = (=45座) becomes
        return "单元格显示公式错误值 " + text + "（公式出错，原值已丢失" + (name ? "；以 = 开头的值被当作公式？" : "")
                + "），按空读取；请在 Excel 或 WPS 中修正后重新提交 — the cell shows the formula error " + text
                + " (the value it stood for is lost" + (name ? "; a value typed with a leading = taken for a formula?" : "")
                + "): read as empty; correct it and submit the form again";
    }

    /** Whether the text's first character but white space is '#', as every error code's: asked of every cell. */
    private static boolean startsWithHash(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '#';
            }
        }
        return false;
    }
}
