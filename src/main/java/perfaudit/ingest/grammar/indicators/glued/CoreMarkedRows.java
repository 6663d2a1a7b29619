package perfaudit.ingest.grammar.indicators.glued;

import perfaudit.ingest.grammar.text.Anagrams;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Indicator rows of glued text whose last column is 是否核心指标 (部门整体 forms: 指标名称 计量单位 指标性质
 * 年初指标值 调整指标值 全年完成值 得分系数 指标权重 指标得分 是否核心指标): each row ends at its 是 / 否 right
 * after the 得分's digits, so the rows part there. A row is then read from both ends:
 * <ul>
 *   <li>its end, 得分系数 % then 权重 and 得分 run together ("100%1010"), is cut only where 得分 = 权重 × 系数
 *       (without a 系数 column: 得分 ≤ 权重 ≤ 100) holds for exactly one cut;</li>
 *   <li>its start is the 指标名称, then the 计量单位 (the unit its figures carry, "%", "次"), the 指标性质
 *       (定量 / 定性, as spelt or, from a vertical merged cell, its characters in another order; merged down,
 *       it holds for the rows below), then the target and actual: two figures under 定量, one word twice
 *       under 定性 (高高), or nothing.</li>
 * </ul>
 * A row any part of which is not certain (one figure: target or actual?; a unit cell that is not the
 * figures' unit: where does the name end?) is returned unread with its text, never guessed.
 */
public final class CoreMarkedRows {

    /** A figure: comparator, number, unit (% or one or two characters). */
    private static final Pattern FIGURE = Pattern.compile("[≥≤=<>]?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:%|[\\u4e00-\\u9fa5]{1,2})?");
    private static final Pattern NUMBER = Pattern.compile("(?:0|[1-9]\\d*)(?:\\.\\d+)?");
    /** A 定性 row's target or actual: a few words, no figure. */
    private static final int MAX_WORD = 4;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal(100);
    /** 得分 = 权重 × 系数 is printed rounded: to two decimals at most. */
    private static final BigDecimal ROUNDING = new BigDecimal("0.01");

    /** One row read: its cells per field, and the notes its reading needs (a scrambled 指标性质 read). */
    public record Row(Map<IndicatorField, String> cells, int start, int end, List<String> notes) {
    }

    /** A row not read: its text (是 / 否 included) and where it starts. */
    public record Unread(String text, int start) {
    }

    /** The rows read, the rows not read, and where the text after the last 是 / 否 starts (a row cut off, or none). */
    public record Result(List<Row> rows, List<Unread> unread, int restStart) {
    }

    private final List<IndicatorField> fields;
    private final Lexicon lex;
    /** The 指标性质 in force (merged down): true 定性, false 定量, null not printed yet. */
    private Boolean qualitative;

    private CoreMarkedRows(List<IndicatorField> fields, Lexicon lex) {
        this.fields = fields;
        this.lex = lex;
    }

    private static final Set<IndicatorField> KNOWN = EnumSet.of(IndicatorField.NAME, IndicatorField.UNIT, IndicatorField.NATURE,
            IndicatorField.TARGET, IndicatorField.IGNORED, IndicatorField.ACTUAL, IndicatorField.WEIGHT, IndicatorField.SCORE,
            IndicatorField.CORE);

    /** True for a header this reader knows: 指标名称 first, 是否核心指标 last, 全年完成值 then 权重 and 得分 before it. */
    public static boolean handles(List<IndicatorField> fields) {
        if (fields.size() < 5 || fields.get(0) != IndicatorField.NAME || fields.get(fields.size() - 1) != IndicatorField.CORE
                || !KNOWN.containsAll(fields)) {
            return false;
        }
        int actual = fields.indexOf(IndicatorField.ACTUAL);
        List<IndicatorField> tail = actual < 0 ? List.of() : fields.subList(actual + 1, fields.size() - 1);
        return tail.equals(List.of(IndicatorField.WEIGHT, IndicatorField.SCORE))
                || tail.equals(List.of(IndicatorField.IGNORED, IndicatorField.WEIGHT, IndicatorField.SCORE));
    }

    public static Result read(String text, List<IndicatorField> fields, Lexicon lex) {
        return new CoreMarkedRows(fields, lex).read(text);
    }

    private Result read(String text) {
        List<Row> rows = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        int start = 0;
        for (int m = 1; m < text.length(); m++) {
            char c = text.charAt(m);
            if ((c == '是' || c == '否') && Character.isDigit(text.charAt(m - 1))) {
                Row row = row(text.substring(start, m), c);
                if (row == null) {
                    unread.add(new Unread(text.substring(start, m + 1), start));
                } else {
                    rows.add(new Row(row.cells(), start, m + 1, row.notes()));
                }
                start = m + 1;
            }
        }
        return new Result(rows, unread, start);
    }

    /** One row's text before its 是 / 否, read; null when not certain. */
    private Row row(String text, char mark) {
        Map<IndicatorField, String> cells = new EnumMap<>(IndicatorField.class);
        int head = points(text, cells);
        if (head < 0) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        if (!head(text.substring(0, head), cells, notes)) {
            return null;
        }
        cells.put(IndicatorField.CORE, String.valueOf(mark));
        return new Row(cells, 0, text.length(), notes);
    }

    // ---------------------------------------------------------------- 系数, 权重, 得分

    /** Reads the row's 权重 and 得分 (and 系数) off its end; returns where they begin, or -1. */
    private int points(String text, Map<IndicatorField, String> cells) {
        int run = text.length();
        while (run > 0 && (Character.isDigit(text.charAt(run - 1)) || text.charAt(run - 1) == '.')) {
            run--;
        }
        String digits = text.substring(run);
        boolean coefficient = fields.get(fields.size() - 4) == IndicatorField.IGNORED;
        if (digits.length() < 2) {
            return -1;
        }
        int found = -1;
        String[] pair = null;
        if (!coefficient) {
            for (String[] cut : cuts(digits, null)) {
                if (pair != null) {
                    return -1;
                }
                pair = cut;
                found = run;
            }
        } else {
            if (run == 0 || text.charAt(run - 1) != '%') {
                return -1;
            }
            int pct = run - 1;
            for (int c = pct - 1; c >= 0 && (Character.isDigit(text.charAt(c)) || text.charAt(c) == '.'); c--) {
                String rate = text.substring(c, pct);
                if (!NUMBER.matcher(rate).matches()) {
                    continue;
                }
                for (String[] cut : cuts(digits, new BigDecimal(rate))) {
                    if (pair != null && (found != c || !Arrays.equals(pair, cut))) {
                        return -1; // two readings: not certain
                    }
                    pair = cut;
                    found = c;
                }
            }
        }
        if (pair == null) {
            return -1;
        }
        cells.put(IndicatorField.WEIGHT, pair[0]);
        cells.put(IndicatorField.SCORE, pair[1]);
        return found;
    }

    /** The cuts of a digit run into 权重 | 得分 that fit: 0 < 得分 ≤ 权重 ≤ 100, 得分 = 权重 × rate where a rate is printed. */
    private static List<String[]> cuts(String digits, BigDecimal ratePercent) {
        List<String[]> cuts = new ArrayList<>();
        for (int at = 1; at < digits.length(); at++) {
            String w = digits.substring(0, at);
            String s = digits.substring(at);
            if (!NUMBER.matcher(w).matches() || !NUMBER.matcher(s).matches()) {
                continue;
            }
            BigDecimal weight = new BigDecimal(w);
            BigDecimal score = new BigDecimal(s);
            if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0 || score.compareTo(weight) > 0) {
                continue;
            }
            if (ratePercent != null) {
                BigDecimal expected = weight.multiply(ratePercent).divide(MAX_WEIGHT, 4, RoundingMode.HALF_UP);
                if (expected.subtract(score).abs().compareTo(ROUNDING) > 0) {
                    continue;
                }
            }
            cuts.add(new String[] {w, s});
        }
        return cuts;
    }

    // ---------------------------------------------------------------- 名称, 单位, 性质, 指标值, 完成值

    /** Reads name, unit, nature, target and actual from the row's start; false when not certain. */
    private boolean head(String text, Map<IndicatorField, String> cells, List<String> notes) {
        // the 指标性质 printed on the row: the first place its spelling stands where the rest reads as the row's values
        // (定性 inside a name, 稳定性, is no nature: what follows it is no target and actual)
        for (int[] nature : natureCandidates(text)) {
            String printed = text.substring(nature[0], nature[1]);
            String spelt = natureSpelling(printed);
            boolean words = lex.qualitativeNatures.contains(spelt);
            Map<IndicatorField, String> read = cells(text.substring(0, nature[0]), text.substring(nature[1]), words);
            if (read != null) {
                qualitative = words;
                cells.putAll(read);
                if (!printed.equals(spelt)) {
                    notes.add("识别错误的指标性质已更正：'" + printed + "' 读作 '" + spelt + "'（竖排单元格的字序被打乱） — OCR'd 指标性质 corrected: '"
                            + printed + "' read as '" + spelt + "' (exactly its characters in another order, as a scan reads a vertical cell)");
                }
                return true;
            }
        }
        if (qualitative == null) {
            return false; // no 指标性质 printed yet: figures or words?
        }
        int start = qualitative ? wordsStart(text) : figuresStart(text);
        Map<IndicatorField, String> read = cells(text.substring(0, start), text.substring(start), qualitative);
        if (read == null) {
            return false;
        }
        cells.putAll(read);
        return true;
    }

    /** The name, target and actual of a row's words before and after its nature; null when not certain. */
    private Map<IndicatorField, String> cells(String nameAndUnit, String values, boolean words) {
        List<String> read = words ? words(values) : figures(values);
        if (read == null && !words && unitAfterNature()) {
            // 指标性质 before 计量单位: the unit opens the values (定量指标%100%92%)
            read = figures(values.startsWith("%") ? values.substring(1) : values);
        }
        int most = fields.contains(IndicatorField.IGNORED) && fields.indexOf(IndicatorField.IGNORED) < fields.indexOf(IndicatorField.ACTUAL) ? 3 : 2;
        if (read == null || read.size() == 1 || read.size() > most) {
            return null; // one value: target or actual?
        }
        String name = unitAfterNature() ? nameAndUnit : nameWithoutUnit(nameAndUnit, read, words);
        if (name == null || name.isEmpty()) {
            return null;
        }
        Map<IndicatorField, String> cells = new EnumMap<>(IndicatorField.class);
        cells.put(IndicatorField.NAME, name);
        if (!read.isEmpty()) {
            cells.put(IndicatorField.TARGET, read.get(0));
            cells.put(IndicatorField.ACTUAL, read.get(read.size() - 1));
        }
        return cells;
    }

    private boolean unitAfterNature() {
        return fields.contains(IndicatorField.UNIT) && fields.indexOf(IndicatorField.UNIT) > fields.indexOf(IndicatorField.NATURE)
                && fields.contains(IndicatorField.NATURE);
    }

    /** Where the run of figures that ends the text begins (its length when it ends in none). */
    private static int figuresStart(String text) {
        int start = text.length();
        for (int s = figureEndingAt(text, start); s >= 0; s = figureEndingAt(text, start)) {
            start = s;
        }
        return start;
    }

    /**
     * The start of the whole figure that ends at {@code end} (its number not cut out of a longer one, a
     * comparator before it taken in), or -1.
     */
    private static int figureEndingAt(String text, int end) {
        int found = -1;
        for (int s = end - 1; s >= 0; s--) {
            boolean whole = s == 0 || !Character.isDigit(text.charAt(s - 1)) && text.charAt(s - 1) != '.';
            if (startsFigure(text, s) && whole && FIGURE.matcher(text.substring(s, end)).matches()) {
                found = s;
            }
        }
        return found;
    }

    /** A figure starts with a comparator or a digit. */
    private static boolean startsFigure(String text, int s) {
        char c = text.charAt(s);
        return Character.isDigit(c) || "≥≤=<>".indexOf(c) >= 0;
    }

    /** The figures of a 定量 row's values in order, or null when the text is not all figures. */
    private static List<String> figures(String text) {
        List<String> out = new ArrayList<>();
        int end = text.length();
        while (end > 0) {
            int s = figureEndingAt(text, end);
            if (s < 0) {
                return null;
            }
            out.add(0, text.substring(s, end));
            end = s;
        }
        return out;
    }

    /** A 定性 row: where the one word printed twice that ends the text begins; the text's length when none. */
    private static int wordsStart(String text) {
        for (int n = 1; n <= MAX_WORD && 2 * n < text.length(); n++) {
            String word = text.substring(text.length() - n);
            if (text.endsWith(word + word) && noDigit(word)) {
                return text.length() - 2 * n;
            }
        }
        return text.length();
    }

    /** A 定性 row's target and actual: one word twice, or nothing; null otherwise. */
    private static List<String> words(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        int half = text.length() / 2;
        if (text.length() % 2 != 0 || half > MAX_WORD || !text.substring(0, half).equals(text.substring(half)) || !noDigit(text)) {
            return null;
        }
        return List.of(text.substring(0, half), text.substring(half));
    }

    private static boolean noDigit(String text) {
        return text.chars().noneMatch(Character::isDigit);
    }

    /**
     * The name, the 计量单位 cut off its end: the unit the row's figures carry, or "%" (a name never ends
     * in one). Null when the header prints a unit column, the figures carry a unit and the text before
     * them does not end in it: where the name ends is not certain.
     */
    private String nameWithoutUnit(String text, List<String> values, boolean words) {
        if (!fields.contains(IndicatorField.UNIT) || words) {
            return text; // a 定性 row's unit cell is empty
        }
        String unit = null;
        for (String value : values) {
            String u = value.replaceFirst("^[≥≤=<>]?[0-9.]+", "");
            if (!u.isEmpty()) {
                if (unit != null && !unit.equals(u)) {
                    return null;
                }
                unit = u;
            }
        }
        if (unit == null) {
            // no figure shows the unit: a "%" ends no name; a 定量 row's last character may be its unit or its name's
            return text.endsWith("%") ? text.substring(0, text.length() - 1) : null;
        }
        return text.endsWith(unit) ? text.substring(0, text.length() - unit.length()) : null;
    }

    /**
     * Where the row may print its 指标性质: a whole spelling of four characters or more (定量指标), as spelt or its
     * characters in another order, then a shorter one (定量) as spelt; each place in the order found.
     */
    private List<int[]> natureCandidates(String text) {
        List<int[]> found = new ArrayList<>();
        if (!fields.contains(IndicatorField.NATURE)) {
            return found;
        }
        for (boolean whole : new boolean[] {true, false}) {
            for (int at = 0; at < text.length(); at++) {
                for (String spelling : allNatures()) {
                    int end = at + spelling.length();
                    if (spelling.length() >= 4 != whole || end > text.length()) {
                        continue;
                    }
                    String window = text.substring(at, end);
                    if (window.equals(spelling) || whole && Anagrams.sameCharacters(window, spelling)) {
                        found.add(new int[] {at, end});
                    }
                }
            }
        }
        return found;
    }

    private List<String> allNatures() {
        List<String> all = new ArrayList<>(lex.quantitativeNatures);
        all.addAll(lex.qualitativeNatures);
        return all;
    }

    /** The nature spelling a printed nature is (as spelt, or its characters in another order). */
    private String natureSpelling(String printed) {
        for (String spelling : allNatures()) {
            if (spelling.equals(printed)) {
                return spelling;
            }
        }
        for (String spelling : allNatures()) {
            if (Anagrams.sameCharacters(spelling, printed)) {
                return spelling;
            }
        }
        return printed;
    }

}
