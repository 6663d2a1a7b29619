package perfaudit.ingest.grammar.indicators.glued;

import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.text.MeasureParser;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Indicator rows of glued text (OCR or a flattened page: "指标1免费发放原原种8550万粒550万粒8指标2…")
 * read by the header's column order and what each column holds: a 三级指标 name, the 分值 / 得分
 * as bare numbers, the 年度指标值 / 实际完成值 as values (comparator, number, unit) or qualitative
 * words, a 偏差原因 only at the end. Every way of cutting the text into rows of that shape is tried;
 * a row is read only when exactly one cut fits, and the fit is judged by the row itself (得分 ≤ 分值
 * ≤ the section's points, target and actual of one kind and unit or a per-cent target answered with a
 * count ({@link CutCells#rateAnsweredWithCount}), the digits of a target's words
 * being dates). Comparators an OCR misread (≥ as ^ 工 $, or as 2 / 5= where the row's other value
 * shows the same figure) are corrected and reported, and so is a 分值 / 得分 with O / I / l among its
 * digits ("IO" = 10). The rest of a section that no row decides alone may be cut where exactly one way
 * of cutting it makes the 分值 add up to the points the section has left ({@link #settle}). What cannot
 * be cut with certainty is left to the caller as an unread tail, never guessed.
 */
public final class GluedIndicatorRows {

    /** Characters an OCR reads for ≥ that are never part of a value: certain wherever they lead one. */
    static final String CERTAIN_GLYPHS = "^工$";
    /** Spellings of ≥ that are also digits: read as ≥ only where the row's other value confirms the figure. */
    private static final List<String> DIGIT_GLYPHS = List.of("5=", "2");
    /** A dash as 年度指标值 (项目决策 / 项目管理 rows: no target); an OCR reads it as 一 too. */
    static final String DASHES = "一-—–－";
    /** Enough cuts to choose among; more means the text is too loose to read. */
    private static final int MAX_PARSES = 6;
    /** A whole row weighed against the one 得分 a 总分 leaves: more cuts may be weighed, still a bounded few. */
    private static final int MAX_SCORE_CUTS = 32;
    /** The cuts collected from one place before the text counts as too loose. */
    private int maxParses = MAX_PARSES;
    /**
     * The cut attempts one reader may make over its whole text before the text counts as too loose to read. The
     * forms of the corpus (real, held-out, fixtures, generated) take at most about 4,000; a mutated text whose
     * every figure could end every cell took a million (seconds for one input) before this bound.
     */
    private static final int MAX_CUT_STEPS = 50_000;
    private int cutSteps = MAX_CUT_STEPS;

    /** One value cell as cut: its text, and its reading (comparator or digits fixed) with the note when it changed. */
    public record Read(String text, String reading) {
        public boolean corrected() {
            return !text.equals(reading);
        }

        /** Why the reading is certain, for the note beside the correction. */
        public String why() {
            return LetteredNumerals.isNumeral(text) && reading.equals(LetteredNumerals.digitsOf(text)) ? "a letter an OCR reads for 0 / 1 in a 分值 / 得分 cell, which holds a number"
                    : "a comparator the row's own values make certain";
        }
    }

    /** One row read: the cells per field, in the order printed, and where it lies in the text. */
    public record Row(Map<IndicatorField, Read> cells, int start, int end) {
    }

    /**
     * The rows read from the start of the text, and where the unread rest begins (the length when none);
     * {@code unread}: rows passed over before it, [start, end) each, whose cuts all end at one place but
     * read its cells differently (reported, never guessed).
     */
    public record Result(List<Row> rows, int readTo, List<int[]> unread) {
        public Result(List<Row> rows, int readTo) {
            this(rows, readTo, List.of());
        }
    }

    private final List<IndicatorField> fields;
    private final GluedCellEnds cellEnds;
    /** The 年度指标值 column left out: rows whose dash was lost (可行性2实际工作需求2), read only by a section sum. */
    private final boolean dashLost;
    private final Map<Integer, Boolean> rowAt = new java.util.HashMap<>();

    private GluedIndicatorRows(List<IndicatorField> fields, Lexicon lex) {
        this(fields, lex, false);
    }

    private GluedIndicatorRows(List<IndicatorField> fields, Lexicon lex, boolean dashLost) {
        this(fields, new GluedCellEnds(lex), dashLost, lex);
    }

    private GluedIndicatorRows(List<IndicatorField> fields, GluedCellEnds cellEnds, boolean dashLost, Lexicon lex) {
        List<IndicatorField> asRead = fields.stream().map(f -> f == IndicatorField.TARGET_VALUE ? IndicatorField.TARGET : f).toList();
        this.fields = dashLost ? asRead.stream().filter(f -> f != IndicatorField.TARGET).toList() : asRead;
        this.unitColumn = asRead.contains(IndicatorField.UNIT);
        this.cellEnds = cellEnds;
        this.dashLost = dashLost;
        this.verdicts = lex.qualitativeActualSet;
    }

    /** The 计量单位 has a column of its own: the figures are bare numbers, the unit theirs (see {@link CutCells#withUnit}). */
    private final boolean unitColumn;
    /**
     * Every row scored its full 分值 (得分 = 分值): the form's 总分 lost no more points than its budget row did
     * ({@link #read(String, List, BigDecimal, Lexicon, boolean)}).
     */
    private boolean fullMarks;

    /** 实际完成值 words that report a target met or not whatever its kind (达成预期指标, 已完成): forms.yaml qualitative.actuals. */
    private final java.util.Set<String> verdicts;

    /**
     * True for a header this reader knows: 三级指标 first, then only 分值 / 年度指标值 / 实际完成值 / 得分,
     * optionally a 偏差原因 last (other columns are read by the general row reader).
     */
    public static boolean handles(List<IndicatorField> fields) {
        fields = wholeTargets(fields);
        if (fields.isEmpty() || fields.get(0) != IndicatorField.NAME) {
            return false;
        }
        boolean unit = fields.contains(IndicatorField.UNIT);
        for (int f = 1; f < fields.size(); f++) {
            IndicatorField field = fields.get(f);
            // with a 计量单位 column: the split target's 指标性质 and 指标值 (its figures bare, the unit in its cell)
            boolean split = unit && (field == IndicatorField.UNIT || field == IndicatorField.NATURE || field == IndicatorField.TARGET_VALUE);
            boolean value = field == IndicatorField.WEIGHT || field == IndicatorField.SCORE
                    || field == IndicatorField.TARGET || field == IndicatorField.ACTUAL || split;
            boolean lastDeviation = field == IndicatorField.DEVIATION && f == fields.size() - 1;
            if (!value && !lastDeviation) {
                return false;
            }
        }
        return (fields.contains(IndicatorField.TARGET) ^ (unit && fields.contains(IndicatorField.TARGET_VALUE)))
                && fields.contains(IndicatorField.ACTUAL);
    }

    /**
     * The fields with a 指标值 column read as the whole 年度指标值 where the header splits off no 指标性质 and no 计量单位
     * (转移支付 forms: 指标值 | 全年实际完成值): its cell holds comparator, figure and unit, as a 年度指标值 does.
     */
    public static List<IndicatorField> wholeTargets(List<IndicatorField> fields) {
        if (!fields.contains(IndicatorField.TARGET_VALUE) || fields.contains(IndicatorField.TARGET)
                || fields.contains(IndicatorField.UNIT) || fields.contains(IndicatorField.NATURE)) {
            return fields;
        }
        return fields.stream().map(f -> f == IndicatorField.TARGET_VALUE ? IndicatorField.TARGET : f).toList();
    }

    /** Reads rows from the start of {@code text}; {@code maxWeight} is the section's points (null: 100). */
    public static Result read(String text, List<IndicatorField> fields, BigDecimal maxWeight, Lexicon lex) {
        return read(text, fields, maxWeight, lex, false);
    }

    /**
     * As {@link #read(String, List, BigDecimal, Lexicon)}; {@code fullMarks}: the form's 总分 says every indicator
     * row scored its full 分值, so a cut whose 得分 is not its 分值 is no reading of the row.
     */
    public static Result read(String text, List<IndicatorField> fields, BigDecimal maxWeight, Lexicon lex, boolean fullMarks) {
        GluedIndicatorRows reader = new GluedIndicatorRows(fields, lex);
        reader.fullMarks = fullMarks;
        return reader.read(text, maxWeight == null ? new BigDecimal(100) : maxWeight);
    }

    private Result read(String text, BigDecimal maxWeight) {
        List<Row> rows = new ArrayList<>();
        List<int[]> unread = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            List<Row> found = new ArrayList<>();
            Map<IndicatorField, String> cut = new EnumMap<>(IndicatorField.class);
            cut(text, at, at, 0, cut, maxWeight, found);
            if (exhausted()) {
                break; // too loose to read: the rest is reported unread
            }
            Row row = only(found, text, maxWeight);
            if (row == null) {
                int end = oneEnd(found, text, maxWeight);
                if (end > at) {
                    unread.add(new int[] {at, end});
                    at = end;
                    continue;
                }
                break; // nothing fits, or more than one cut does: the rest is not read
            }
            rows.add(row);
            at = row.end();
        }
        return new Result(rows, at, unread);
    }

    /** At most this many ways to cut a text into whole rows are weighed against a section's points. */
    private static final int MAX_WAYS = 24;
    /** At most this many partial cuts are followed: a text loose enough to need more is not read. */
    private static final int MAX_STEPS = 20_000;

    /**
     * The rows of a text that is the rest of a section, cut where the section's points settle it: of
     * every way to cut the whole text into rows, exactly one has 分值 adding up to {@code points} (the
     * section's printed points less its rows already read). Where the section's rows print a dash as
     * 年度指标值, rows that lost it (可行性2实际工作需求2) are tried too. Null when no way or more than one
     * fits, or when the text allows too many cuts to weigh: nothing is guessed.
     */
    public static List<Row> settle(String text, List<IndicatorField> fields, BigDecimal maxWeight, BigDecimal points,
                            boolean dashRows, Lexicon lex) {
        if (!fields.contains(IndicatorField.WEIGHT) || points == null || points.signum() <= 0 || text.isEmpty()) {
            return null;
        }
        List<GluedIndicatorRows> readers = new ArrayList<>();
        readers.add(new GluedIndicatorRows(fields, lex));
        if (dashRows && fields.contains(IndicatorField.TARGET)) {
            readers.add(new GluedIndicatorRows(fields, lex, true));
        }
        BigDecimal bound = maxWeight == null ? points : maxWeight.min(points);
        Map<Integer, List<Row>> rowsAt = new java.util.HashMap<>();
        List<List<Row>> ways = new ArrayList<>();
        if (!segment(text, 0, readers, bound, rowsAt, new ArrayList<>(), BigDecimal.ZERO, points, ways, new int[] {MAX_STEPS})) {
            return null;
        }
        List<List<Map<IndicatorField, Read>>> distinct = new ArrayList<>();
        List<Row> only = null;
        for (List<Row> way : ways) {
            List<Map<IndicatorField, Read>> cells = way.stream().map(Row::cells).toList();
            if (!distinct.contains(cells)) {
                distinct.add(cells);
                only = way;
            }
        }
        return distinct.size() == 1 ? only : null;
    }

    /**
     * The one row a text is, cut where its 得分 is {@code score} (a table without 分值 whose 总分 leaves that
     * much for it); null when no cut or more than one fits.
     */
    public static Row settleScore(String text, List<IndicatorField> fields, BigDecimal score, Lexicon lex) {
        if (!fields.contains(IndicatorField.SCORE) || fields.contains(IndicatorField.WEIGHT) || score == null || text.isEmpty()) {
            return null;
        }
        GluedIndicatorRows reader = new GluedIndicatorRows(fields, new GluedCellEnds(lex, true), false, lex);
        reader.maxParses = MAX_SCORE_CUTS;
        List<Row> found = new ArrayList<>();
        reader.cut(text, 0, 0, 0, new EnumMap<>(IndicatorField.class), new BigDecimal(100), found);
        if (reader.exhausted()) {
            return null;
        }
        Row only = null;
        for (Row row : found) {
            Read read = row.cells().get(IndicatorField.SCORE);
            if (row.end() != text.length() || read == null || CutCells.number(read.reading()).compareTo(score) != 0) {
                continue;
            }
            if (only != null && !only.cells().equals(row.cells())) {
                return null;
            }
            only = row;
        }
        return found.size() >= MAX_SCORE_CUTS ? null : only;
    }

    /** Every way to cut text[pos..] into rows whose 分值 reach {@code points}; false when there are too many to weigh. */
    private static boolean segment(String text, int pos, List<GluedIndicatorRows> readers, BigDecimal bound,
                                   Map<Integer, List<Row>> rowsAt, List<Row> path, BigDecimal sum, BigDecimal points,
                                   List<List<Row>> ways, int[] steps) {
        if (--steps[0] < 0) {
            return false;
        }
        if (pos == text.length()) {
            if (sum.compareTo(points) == 0) {
                ways.add(List.copyOf(path));
            }
            return ways.size() <= MAX_WAYS;
        }
        if (sum.compareTo(points) >= 0) {
            return true;
        }
        List<Row> rows = rowsAt.get(pos);
        if (rows == null && !rowsAt.containsKey(pos)) {
            rows = new ArrayList<>();
            for (GluedIndicatorRows reader : readers) {
                List<Row> found = new ArrayList<>();
                reader.cut(text, pos, pos, 0, new EnumMap<>(IndicatorField.class), bound, found);
                if (found.size() >= MAX_PARSES || reader.exhausted()) {
                    rows = null; // too loose to weigh
                    break;
                }
                rows.addAll(found);
            }
            rowsAt.put(pos, rows);
        }
        if (rows == null) {
            return false;
        }
        for (Row row : rows) {
            Read weight = row.cells().get(IndicatorField.WEIGHT);
            if (weight == null) {
                continue;
            }
            path.add(row);
            boolean weighed = segment(text, row.end(), readers, bound, rowsAt, path, sum.add(CutCells.number(weight.reading())), points, ways, steps);
            path.remove(path.size() - 1);
            if (!weighed) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one row cut from here, or null. A cut whose 三级指标 swallows another cut's whole row, where
     * a row follows that shorter one, is the same text read as one name: the shorter cut is the row.
     */
    private Row only(List<Row> found, String text, BigDecimal maxWeight) {
        found = withoutSplitQuestion(found);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty() || found.size() >= MAX_PARSES) {
            return null;
        }
        Row shortest = found.stream().min(java.util.Comparator.comparingInt(Row::end)).orElseThrow();
        for (Row other : found) {
            int nameEnd = other.start() + other.cells().get(IndicatorField.NAME).text().length();
            if (other != shortest && nameEnd < shortest.end()) {
                return null;
            }
        }
        return rowFrom(text, shortest.end(), maxWeight) ? shortest : null;
    }

    /**
     * The cuts without those that read a glued 是否 as a 是 | 否 pair of target and actual where another cut reads it as
     * the question a name asks, answered by a 是 / 否 target (公众知晓度是否明显提高 | 是 | 达成预期指标, not 公众知晓度 | 是 |
     * 否 and a row 明显提高): 是否 is one word, and a name that asks it is answered yes or no.
     */
    private List<Row> withoutSplitQuestion(List<Row> found) {
        if (found.size() < 2 || fields.indexOf(IndicatorField.TARGET) != 1 || fields.indexOf(IndicatorField.ACTUAL) != 2) {
            return found; // only where the name, its target and its actual are printed in a row: name是否…
        }
        List<Row> kept = new ArrayList<>(found);
        for (Row split : found) {
            Read target = split.cells().get(IndicatorField.TARGET);
            Read actual = split.cells().get(IndicatorField.ACTUAL);
            Read name = split.cells().get(IndicatorField.NAME);
            if (target == null || actual == null || name == null || !target.text().equals("是") || !actual.text().equals("否")) {
                continue;
            }
            String question = name.text() + "是否";
            for (Row asked : found) {
                Read askedName = asked.cells().get(IndicatorField.NAME);
                Read answer = asked.cells().get(IndicatorField.TARGET);
                if (asked != split && asked.start() == split.start() && askedName != null && answer != null
                        && askedName.text().length() > question.length() && askedName.text().startsWith(question)
                        && perfaudit.ingest.grammar.Value.isYesNo(answer.text())) {
                    kept.remove(split);
                    break;
                }
            }
        }
        return kept.isEmpty() ? found : kept;
    }

    /** Tries every cut of field {@code f} onwards from {@code pos}; whole rows go to {@code found} (at most two). */
    private void cut(String text, int rowStart, int pos, int f, Map<IndicatorField, String> cut, BigDecimal maxWeight, List<Row> found) {
        if (found.size() >= maxParses || exhausted()) {
            return;
        }
        cutSteps--;
        if (f == fields.size()) {
            boolean rowEnds = pos == text.length() || !Character.isDigit(text.charAt(pos)) && text.charAt(pos) != '%'
                    && text.charAt(pos) != '‰' && text.charAt(pos) != '.';
            if (rowEnds) {
                Map<IndicatorField, Read> read = judge(cut, maxWeight);
                if (read != null) {
                    found.add(new Row(read, rowStart, pos));
                }
            }
            return;
        }
        IndicatorField field = fields.get(f);
        if (field == IndicatorField.DEVIATION) {
            int verdict = verdictAfterFigure(text, pos, cut);
            if (verdict > pos && f == fields.size() - 1) {
                // a verdict (达成预期指标) right after an actual that is a figure is no 实际完成值 and starts no
                // 三级 name: it is the row's last cell, whatever follows (100% | 1000件 | 达成预期指标)
                cut.put(field, text.substring(pos, verdict));
                cut(text, rowStart, verdict, f + 1, cut, maxWeight, found);
                cut.remove(field);
                return;
            }
            // words after the 得分 are the 偏差原因 unless a row can start there: never both readings
            // (words with figures that are no row are left unread after it: a row that lost its points)
            boolean words = pos < text.length() && noDigit(text, pos) && f == fields.size() - 1;
            if (!words || rowFrom(text, pos, maxWeight)) {
                cut(text, rowStart, pos, f + 1, cut, maxWeight, found);
            } else {
                cut.put(field, text.substring(pos));
                cut(text, rowStart, text.length(), f + 1, cut, maxWeight, found);
                cut.remove(field);
            }
            return;
        }
        List<Integer> ends = field == IndicatorField.UNIT ? GluedCellEnds.unitEnds(text, rowStart, pos)
                : field == IndicatorField.NATURE ? cellEnds.natureEnds(text, pos)
                : unitColumn && (field == IndicatorField.TARGET || field == IndicatorField.ACTUAL) ? cellEnds.bareValueEnds(text, pos,
                        field == IndicatorField.ACTUAL || !fields.contains(IndicatorField.NATURE))
                : cellEnds.ends(text, pos, field, f == fields.size() - 1);
        String target = cut.get(IndicatorField.TARGET);
        if (field == IndicatorField.ACTUAL && target != null && !isDash(target) && text.startsWith(target, pos)
                && !ends.contains(pos + target.length())) {
            ends = new ArrayList<>(ends);
            ends.add(pos + target.length()); // the actual restating the target word for word
        }
        if (field == IndicatorField.ACTUAL && (isDash(target) || dashLost)) {
            ends = new ArrayList<>(ends);
            int words = descriptionEnd(text, pos);
            if (words > 0 && !ends.contains(words)) {
                ends.add(words);
            }
        }
        for (int end : ends) {
            cut.put(field, text.substring(pos, end));
            cut(text, rowStart, end, f + 1, cut, maxWeight, found);
            cut.remove(field);
            if (found.size() >= maxParses) {
                return;
            }
        }
    }

    /**
     * Where a row ends that more than one cut reads differently, with a 计量单位 column (its unit word marks where
     * each row's figures begin): the cuts ending first all end there, every other cut's name swallows that
     * end (the same text read as one name, as in {@link #only}), and a row can be cut after it. The row is
     * passed over, the rows after it read; -1 otherwise. Names are cut shortest first, so once a cut's name
     * runs past that end every shorter reading of the row has been found, however many cuts were collected.
     */
    private int oneEnd(List<Row> found, String text, BigDecimal maxWeight) {
        if (!unitColumn || found.size() < 2) {
            return -1;
        }
        int end = found.stream().mapToInt(Row::end).min().orElseThrow();
        int readings = 0;
        boolean swallowed = false;
        for (Row row : found) {
            int nameEnd = row.start() + row.cells().get(IndicatorField.NAME).text().length();
            if (nameEnd >= end) {
                swallowed = true;
            } else if (row.end() != end) {
                return -1;
            } else {
                readings++;
            }
        }
        boolean complete = found.size() < maxParses || swallowed;
        return readings >= 2 && complete && (end == text.length() || rowFrom(text, end, maxWeight)) ? end : -1;
    }

    /** True once this reader has made its {@link #MAX_CUT_STEPS}: whatever it found since is no reading. */
    private boolean exhausted() {
        return cutSteps <= 0;
    }

    /** True when some row can be cut from {@code pos} (asked once per place: the answers are kept). */
    private boolean rowFrom(String text, int pos, BigDecimal maxWeight) {
        Boolean known = rowAt.get(pos);
        if (known == null) {
            rowAt.put(pos, false); // no row is its own continuation
            List<Row> found = new ArrayList<>();
            cut(text, pos, pos, 0, new EnumMap<>(IndicatorField.class), maxWeight, found);
            known = !found.isEmpty();
            rowAt.put(pos, known);
        }
        return known;
    }

    /** A lone dash: the row states no target. */
    static boolean isDash(String cell) {
        return cell != null && cell.length() == 1 && DASHES.indexOf(cell.charAt(0)) >= 0;
    }

    /**
     * Under a dash the 全年实际值 is a description (目标明确、内容细化): words up to the first digit,
     * the 得分; -1 when there are none or no 得分 follows.
     */
    private static int descriptionEnd(String text, int pos) {
        int e = pos;
        while (e < text.length() && !Character.isDigit(text.charAt(e))) {
            e++;
        }
        return e - pos >= 2 && e < text.length() ? e : -1;
    }

    /**
     * Where a verdict of the vocabulary (qualitative.actuals: 达成预期指标) starting at {@code pos} ends, when the row's
     * actual just cut is a figure (a verdict there would have been the actual itself); {@code pos} otherwise. The
     * longest verdict is taken (基本达成预期指标, not 基本达成).
     */
    private int verdictAfterFigure(String text, int pos, Map<IndicatorField, String> cut) {
        Figure actual = Figure.of(cut.get(IndicatorField.ACTUAL));
        if (actual == null || actual.qualitative()) {
            return pos;
        }
        int end = pos;
        for (String verdict : verdicts) {
            if (text.startsWith(verdict, pos) && pos + verdict.length() > end) {
                end = pos + verdict.length();
            }
        }
        return end;
    }

    /** Comparators that lead a bound (≥25个) and never stand inside a 三级指标 name in a figure of its own. */
    private static final String BOUNDS = "≥≤≧≦";

    /**
     * A name holding ≥ / ≤ right before a figure holds a target cell: a cut that reads it so swallowed the cells of
     * the row before (in text without 分值 nothing else ends that row). 65岁及以上, PM2.5 hold no such bound.
     */
    static boolean holdsBoundedFigure(String name) {
        if (name == null) {
            return false;
        }
        for (int i = 0; i + 1 < name.length(); i++) {
            if (BOUNDS.indexOf(name.charAt(i)) >= 0 && Character.isDigit(name.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A 偏差原因 glued after the 得分 holds no figure: digits there may be a row that lost its points. */
    private static boolean noDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The row's cells if they fit together, comparators read; null when they do not. */
    private Map<IndicatorField, Read> judge(Map<IndicatorField, String> cut, BigDecimal maxWeight) {
        BigDecimal weight = CutCells.number(cut.get(IndicatorField.WEIGHT));
        BigDecimal score = CutCells.number(cut.get(IndicatorField.SCORE));
        if (weight != null && (weight.compareTo(maxWeight) > 0 || weight.signum() == 0)
                || weight != null && score != null && score.compareTo(weight) > 0
                || fullMarks && weight != null && score != null && score.compareTo(weight) != 0) {
            return null;
        }
        String name = cut.get(IndicatorField.NAME);
        if (name != null && !name.isEmpty() && perfaudit.ingest.grammar.Value.COMPARATORS.indexOf(name.charAt(name.length() - 1)) >= 0) {
            return null; // a comparator leads the value after it: no 三级指标 ends in one (水标尺10≥ | 36 | 6米 is no cut)
        }
        if (holdsBoundedFigure(name)) {
            return null; // nor holds one before a figure: 项目个数≥25个26个新改建道路长度 is two rows' cells, not one name
        }
        if (MeasureParser.cutsWordBound(name, cut.get(fields.get(1)))) {
            return null; // nor in a bound in words, or part of one: 查明率不低于 | 95%, 查明率不 | 低于95% are no cuts
        }
        if (LetteredNumerals.isNumeral(cut.get(IndicatorField.WEIGHT)) && (score == null || score.compareTo(weight) != 0)) {
            return null; // a lettered 分值 is read only where the 得分 shows the same figure
        }
        String target = cut.get(IndicatorField.TARGET);
        String actual = cut.get(IndicatorField.ACTUAL);
        if (dashLost) {
            // the description a lost dash left: words that do not start with the dash itself
            return actual == null || actual.isEmpty() || DASHES.indexOf(actual.charAt(0)) >= 0 ? null : CutCells.noTarget(cut, actual);
        }
        if (isDash(target)) {
            return CutCells.noTarget(cut, actual);
        }
        Figure t = Figure.of(target);
        Figure a = Figure.of(actual);
        if (t == null || a == null || !t.wordsAreDates() || !t.words().isEmpty() && !t.wordsHoldDate()) {
            return null;
        }
        // an actual in words that reports the target met or not (达成预期指标) answers a plain figure (不低于95%, 0起) as well
        // as words; not a target with words before its figure (2021年12月完成2021年12月 | 完成 is no cut)
        String[] readings = verdicts.contains(actual) && !t.qualitative() && t.words().isEmpty() && !t.needsGlyph()
                ? new String[] {t.reading(false), actual} : CutCells.pair(t, a);
        if (readings == null && !unitColumn) {
            readings = CutCells.rateAnsweredWithCount(t, a); // 100% | 1000件: as printed, the two not comparable
        }
        if (readings == null) {
            return null;
        }
        Map<IndicatorField, Read> read = CutCells.cellsRead(cut);
        read.put(IndicatorField.TARGET, new Read(target, readings[0]));
        read.put(IndicatorField.ACTUAL, new Read(actual, readings[1]));
        return unitColumn ? CutCells.withUnit(read, t.qualitative() || a.qualitative()) : read;
    }

}
