package perfaudit.ingest.grammar.text;

import perfaudit.text.TextFold;
import perfaudit.model.Measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a 年度指标值 / 实际完成值 cell into a {@link Measure}; never fails, text stays text. */
public final class MeasureParser {

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年(?:底|末|年底)");
    /** A year alone (完成时限 2019年, 2022年全年, 2021年内): by the end of that year; 19xx/20xx only, so 3年 stays a count. */
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:[≤≥=]?)((?:19|20)\\d{2})年(?:度|全年|内|前|之前)?$");
    private static final Pattern BEFORE = Pattern.compile("(前|之前|以前)$");
    /**
     * A date in figures alone, as a spreadsheet shows a date cell (2023/5/26, Excel's Chinese short date) or a form
     * types it (2023-05-26, 2023.5.26): year, month and day, one separator throughout, maybe a bound before or 前 after.
     */
    private static final Pattern FIGURE_DATE = Pattern.compile(
            "^([≤≥<>=]?)((?:19|20)\\d{2})([/.-])(\\d{1,2})\\3(\\d{1,2})(前|之前|以前)?$");

    /** Compiled once: String.replaceAll compiles its pattern on every call, once per cell here. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");

    private MeasureParser() {
    }

    /**
     * The measures of texts already parsed: the same values (100%, ≥95%, 是, 达标, 2023年12月31日前) come back in every
     * row of a form and in every form of a run, and a Measure is immutable. Bounded, as {@code Cell}'s folded keys are.
     */
    private static final java.util.Map<String, Measure> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PARSED = 20_000;

    public static Measure parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Measure known = PARSED.get(raw);
        if (known == null) {
            known = parseText(raw);
            if (known != null && PARSED.size() < MAX_PARSED) {
                PARSED.put(raw, known);
            }
        }
        return known;
    }

    private static Measure parseText(String raw) {
        String text = raw.strip();
        String compact = compact(text);
        // every date form holds 年 or 月: most values skip the date patterns
        Measure date = compact.indexOf('年') >= 0 || compact.indexOf('月') >= 0 ? parseDate(text, compact) : figureDate(text, compact);
        if (date != null) {
            return date;
        }
        String comparator = null;
        String symbol = comparatorAt(compact);
        if (symbol != null) {
            comparator = canonicalComparator(symbol);
            compact = compact.substring(symbol.length());
        } else {
            String[] word = wordComparatorAt(compact);
            // 不低于95%: a bound in words, taken only before a figure ("超过预期" is a text, not a bound)
            if (word != null && numberEnd(ungroup(compact.substring(word[0].length()))) > 0) {
                comparator = word[1];
                compact = compact.substring(word[0].length());
            }
        }
        compact = ungroup(compact);
        int numberEnd = numberEnd(compact);
        if (numberEnd > 0 && !hasLineTerminator(compact, numberEnd)) {
            String unit = compact.substring(numberEnd);
            String[] after = comparator == null ? boundAfter(unit) : null;
            if (after != null) {
                // 100人以上: the bound follows the unit
                comparator = after[1];
                unit = unit.substring(0, unit.length() - after[0].length());
            }
            return new Measure(text, Measure.Kind.NUMBER, comparator, new BigDecimal(compact.substring(0, numberEnd)),
                    normaliseUnit(unit), null);
        }
        return new Measure(text, Measure.Kind.TEXT, comparator, null, null, null);
    }

    private static Measure figureDate(String text, String compact) {
        if (compact.length() < 8 || compact.length() > 14 || compact.indexOf('/') < 0 && compact.indexOf('-') < 0
                && compact.indexOf('.') < 0) {
            return null;
        }
        Matcher figures = FIGURE_DATE.matcher(compact);
        if (!figures.matches()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(figures.group(2)), Integer.parseInt(figures.group(4)),
                    Integer.parseInt(figures.group(5)));
        } catch (java.time.DateTimeException invalid) {
            return null;
        }
        String comparator = !figures.group(1).isEmpty() ? figures.group(1) : figures.group(6) != null ? "≤" : null;
        return new Measure(text, Measure.Kind.DATE, comparator, null, null, date);
    }

    private static Measure parseDate(String text, String compact) {
        LocalDate date = null;
        Matcher full = FULL_DATE.matcher(compact);
        Matcher month = MONTH_DATE.matcher(compact);
        Matcher yearEnd = YEAR_END.matcher(compact);
        try {
            if (full.find()) {
                date = LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3)));
            } else if (month.find()) {
                date = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atEndOfMonth();
            } else if (yearEnd.find()) {
                date = LocalDate.of(Integer.parseInt(yearEnd.group(1)), 12, 31);
            } else {
                Matcher year = YEAR_ONLY.matcher(compact);
                if (year.matches()) {
                    date = LocalDate.of(Integer.parseInt(year.group(1)), 12, 31);
                }
            }
        } catch (java.time.DateTimeException invalid) {
            return new Measure(text, Measure.Kind.TEXT, null, null, null, null);
        }
        if (date == null) {
            return null;
        }
        // a bound printed before the date (≤2023年5月31日: a 指标性质 cell joined to its 指标值) is the date's, as a
        // number's is; 前 after it is a deadline
        String symbol = comparatorAt(compact);
        String comparator = symbol != null ? canonicalComparator(symbol) : BEFORE.matcher(compact).find() ? "≤" : null;
        return new Measure(text, Measure.Kind.DATE, comparator, null, null, date);
    }

    /** The comparators a value may start with, longest first where one begins another. */
    private static final String[] COMPARATOR_SYMBOLS = {">=", "<=", "≥", "≤", "≧", "≦", "＞＝", "＜＝", "＞=", "＜=", ">＝", "<＝", ">", "<", "＞", "＜", "=", "＝", "═", "﹦"};

    /** The first characters of {@link #COMPARATOR_SYMBOLS}: most values start with none, and skip the 16 tests. */
    private static final String COMPARATOR_FIRSTS = "><≥≤≧≦＞＜=＝═﹦";

    /** Bounds in words before a figure (README, `parse` JSON contract: comparator), longest first where one begins another. */
    private static final String[][] WORD_COMPARATORS = {
        {"大于或等于", "≥"}, {"大于等于", "≥"}, {"小于或等于", "≤"}, {"小于等于", "≤"}, {"不低于", "≥"}, {"不少于", "≥"},
        {"不小于", "≥"}, {"至少", "≥"}, {"不高于", "≤"}, {"不超过", "≤"}, {"不多于", "≤"}, {"不大于", "≤"}, {"至多", "≤"},
        {"低于", "<"}, {"小于", "<"}, {"少于", "<"}, {"高于", ">"}, {"大于", ">"}, {"超过", ">"}};
    /** Bounds in words after a figure and its unit: 100人以上, 5万元以内. */
    private static final String[][] BOUNDS_AFTER = {
        {"及以上", "≥"}, {"以上", "≥"}, {"及以下", "≤"}, {"以下", "≤"}, {"以内", "≤"}};

    /** The first characters of the bounds in words: most values start with none of them and skip the list. */
    private static final String WORD_COMPARATOR_FIRSTS = firsts(WORD_COMPARATORS);

    private static String firsts(String[][] words) {
        StringBuilder firsts = new StringBuilder();
        for (String[] word : words) {
            if (firsts.indexOf(word[0].substring(0, 1)) < 0) {
                firsts.append(word[0].charAt(0));
            }
        }
        return firsts.toString();
    }

    /** The bound in words a value starts with (不低于, 小于: the longest that fits), as printed; null when none. */
    public static String wordBoundAt(String text) {
        String[] word = wordComparatorAt(text);
        return word == null ? null : word[0];
    }

    /**
     * True when {@code before} and {@code after}, two cells cut apart, split a bound in words or leave one at the end
     * of {@code before} while a figure starts {@code after}: 查明率不 | 低于95%, 查明率不低于 | 95% cut a value's bound
     * off it.
     */
    public static boolean cutsWordBound(String before, String after) {
        if (before == null || after == null || before.isEmpty() || after.isEmpty()) {
            return false;
        }
        boolean figureAfter = after.charAt(0) >= '0' && after.charAt(0) <= '9';
        for (String[] word : WORD_COMPARATORS) {
            String w = word[0];
            if (figureAfter && before.endsWith(w)) {
                return true;
            }
            for (int k = 1; k < w.length(); k++) {
                if (before.endsWith(w.substring(0, k)) && after.startsWith(w.substring(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] wordComparatorAt(String compact) {
        if (compact.isEmpty() || WORD_COMPARATOR_FIRSTS.indexOf(compact.charAt(0)) < 0) {
            return null;
        }
        for (String[] word : WORD_COMPARATORS) {
            if (compact.startsWith(word[0]) || foldedStartsWith(compact, word[0])) {
                return new String[] {compact.substring(0, word[0].length()), word[1]};
            }
        }
        return null;
    }

    /** 不低於 / 不超過 of a 繁體 form: the value's first characters folded to simplified, char for char, are the word. */
    private static boolean foldedStartsWith(String compact, String word) {
        return compact.length() >= word.length() && TextFold.fold(compact.substring(0, word.length())).equals(word);
    }

    private static String[] boundAfter(String unit) {
        for (String[] bound : BOUNDS_AFTER) {
            String tail = unit.length() < bound[0].length() ? unit : unit.substring(unit.length() - bound[0].length());
            if (unit.endsWith(bound[0]) || TextFold.fold(tail).equals(bound[0])) {
                // 以內 of a 繁體 form as 以内: the printed tail, so that the unit is cut by its printed length
                return new String[] {tail, bound[1]};
            }
        }
        return null;
    }

    private static String comparatorAt(String compact) {
        if (compact.isEmpty() || COMPARATOR_FIRSTS.indexOf(compact.charAt(0)) < 0) {
            return null;
        }
        for (String symbol : COMPARATOR_SYMBOLS) {
            if (compact.startsWith(symbol)) {
                return symbol;
            }
        }
        return null;
    }

    /** The end of the number ({@code -?\d+(\.\d+)?}) that starts {@code s}, or -1 when none does. */
    private static int numberEnd(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = digitsEnd(s, i);
        if (digits == i) {
            return -1;
        }
        if (digits + 1 < s.length() && s.charAt(digits) == '.' && isDigit(s.charAt(digits + 1))) {
            digits = digitsEnd(s, digits + 1);
        }
        return digits;
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A line terminator the unit may not hold (the unit was matched by a regex's "." before). */
    private static boolean hasLineTerminator(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Full-width digits and signs folded, white space dropped, in one pass (every target and actual goes through here). */
    private static String compact(String text) {
        String folded = Numbers.foldWidth(text);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // ASCII letters, digits and signs and CJK ideographs, most of a value, skip the Unicode table
            boolean space = !(c > ' ' && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF) && Character.isWhitespace(c);
            if (space && out == null) {
                out = new StringBuilder(folded.length()).append(folded, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? folded : out.toString();
    }

    public static String canonicalComparator(String symbol) {
        return switch (symbol) {
            // widths mixed (＞=): an OCR or an input method types the two halves apart
            case ">=", "≥", "≧", "＞＝", "＞=", ">＝" -> "≥";
            case "<=", "≤", "≦", "＜＝", "＜=", "<＝" -> "≤";
            case ">", "＞" -> ">";
            case "<", "＜" -> "<";
            default -> "=";
        };
    }

    private static String ungroup(String text) {
        return text.indexOf(',') < 0 ? text : THOUSANDS_COMMA.matcher(text).replaceAll("");
    }

    /**
     * 百分比 / 百分率 / % / ％ → %, 千分率 → ‰; other units as printed, folded as labels are (萬元 → 万元, 畝 → 亩): a
     * unit is compared with the vocabulary's and with the other value's, whatever characters the page was typed in.
     */
    public static String normaliseUnit(String unit) {
        String u = unit.strip();
        if (u.isEmpty()) {
            return null;
        }
        return switch (u) {
            case "%", "百分比", "百分率" -> "%";
            case "‰", "千分率", "千分比" -> "‰";
            default -> TextFold.fold(u);
        };
    }
}
