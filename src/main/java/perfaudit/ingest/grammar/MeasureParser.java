package perfaudit.ingest.grammar;

import perfaudit.model.Measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a 年度指标值 / 实际完成值 cell into a {@link Measure}; never fails, text stays text. */
public final class MeasureParser {

    private static final Pattern COMPARATOR = Pattern.compile("^(>=|<=|≥|≤|≧|≦|＞＝|＜＝|>|<|＞|＜|=|＝|═|﹦)");
    private static final Pattern NUMBER_UNIT = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)(.*)$");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年(?:底|末|年底)");
    /** A year alone (完成时限 2019年, 2022年全年, 2021年内): by the end of that year; 19xx/20xx only, so 3年 stays a count. */
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:[≤≥=]?)((?:19|20)\\d{2})年(?:度|全年|内|前|之前)?$");
    private static final Pattern BEFORE = Pattern.compile("(前|之前|以前)$");

    /** Compiled once: String.replaceAll compiles its pattern on every call, once per cell here. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");

    private MeasureParser() {
    }

    public static Measure parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        String compact = compact(text);
        // every date form holds 年 or 月: most values skip the date patterns
        Measure date = compact.indexOf('年') >= 0 || compact.indexOf('月') >= 0 ? parseDate(text, compact) : null;
        if (date != null) {
            return date;
        }
        String comparator = null;
        Matcher cmp = COMPARATOR.matcher(compact);
        if (cmp.find()) {
            comparator = canonicalComparator(cmp.group(1));
            compact = compact.substring(cmp.end());
        }
        compact = ungroup(compact);
        Matcher number = NUMBER_UNIT.matcher(compact);
        if (number.matches()) {
            String unit = normaliseUnit(number.group(2));
            return new Measure(text, Measure.Kind.NUMBER, comparator, new BigDecimal(number.group(1)), unit, null);
        }
        return new Measure(text, Measure.Kind.TEXT, comparator, null, null, null);
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
        String comparator = BEFORE.matcher(compact).find() ? "≤" : null;
        return new Measure(text, Measure.Kind.DATE, comparator, null, null, date);
    }

    /** Full-width digits and signs folded, white space dropped, in one pass (every target and actual goes through here). */
    private static String compact(String text) {
        String folded = Numbers.foldWidth(text);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean space = Character.isWhitespace(c);
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
            case ">=", "≥", "≧", "＞＝" -> "≥";
            case "<=", "≤", "≦", "＜＝" -> "≤";
            case ">", "＞" -> ">";
            case "<", "＜" -> "<";
            default -> "=";
        };
    }

    private static String ungroup(String text) {
        return THOUSANDS_COMMA.matcher(text).replaceAll("");
    }

    /** 百分比 / 百分率 / % / ％ → %, 千分率 → ‰; other units as printed. */
    public static String normaliseUnit(String unit) {
        String u = unit.strip();
        if (u.isEmpty()) {
            return null;
        }
        return switch (u) {
            case "%", "百分比", "百分率" -> "%";
            case "‰", "千分率", "千分比" -> "‰";
            default -> u;
        };
    }
}
