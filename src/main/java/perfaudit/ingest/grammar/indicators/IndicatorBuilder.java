package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.NoName;
import perfaudit.ingest.grammar.indicators.cells.OcrGlyphTarget;
import perfaudit.ingest.grammar.indicators.cells.PointsLabel;
import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import perfaudit.ingest.grammar.indicators.cells.SpreadsheetError;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.indicators.levels.CrossFiling;
import perfaudit.ingest.grammar.indicators.levels.FootLabels;
import perfaudit.ingest.grammar.text.MeasureParser;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Level2;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 一级 / 二级 (and block) in force while the 绩效指标 rows are read: merged over their rows in
 * the original table, so a row without them inherits the last ones. Each row read becomes an
 * {@link Indicator} of the form under them. Apart from the row readers because the grid, text and
 * glued readers all set the labels and add rows the same way; they set the fields as they meet
 * labels.
 */
final class IndicatorBuilder {

    private static final Pattern CHINESE_ENUMERATOR = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]");
    private static final Pattern ARABIC_ENUMERATOR = Pattern.compile("^(\\d{1,2}[、.．)）]|[(（]\\d{1,2}[)）])");

    private final PartScan s;
    private final FormDraft form;
    private final Lexicon lex;
    private final IndicatorHeader header;

    // the labels in force: set through setLevel1 / setLevel2 / startBlock as the row readers meet them
    private String level1;
    private String level1Raw;
    private BigDecimal level1Points;
    /** Points printed before or beside the next 一级 label (项目决策 20): its points where the label states none. */
    private BigDecimal pendingPoints;
    private String level2;
    private String level2Raw;
    /** The 二级 in force is the label of an 一级 the 一级 in force spans (得分表: 项目绩效 / 项目产出). */
    private boolean level2Taken;
    private String block;
    private BigDecimal blockPoints;
    /** An 一级 printed one character per line beside the rows, and how much of it has been met. */
    private String vertical;
    private int verticalSpelt;
    private String lastParentName;
    /** A 一级 / 二级 label was the last thing read: the same 二级 again is a row's name, not a label. */
    private boolean levelJustSet;
    /** Rows re-filed away from a printed 一级, put back where the form shows its cell spans them. */
    private final CrossFiling cross;
    /** Labels printed at the foot of their merged spans (Calc's default), placed once the table is read. */
    private final FootLabels foot = new FootLabels();
    /** The form's first row of this table, and whether the row being read printed its own 一级 / 二级. */
    private final int firstRow;
    private boolean level1Printed;
    private boolean level2Printed;

    IndicatorBuilder(PartScan scanner, FormDraft form, IndicatorHeader header) {
        this.s = scanner;
        this.form = form;
        this.lex = scanner.lex;
        this.header = header;
        this.cross = new CrossFiling(form, scanner.log);
        this.firstRow = form.indicators.size();
    }

    String level1() {
        return level1;
    }

    BigDecimal level1Points() {
        return level1Points;
    }

    String level2() {
        return level2;
    }

    String block() {
        return block;
    }

    /** The 一级 being spelt one character per line beside the rows, or null. */
    String verticalLevel1() {
        return vertical;
    }

    /** Whether the 二级 column holds the label of an 一级 the 一级 in force spans (项目绩效 / 项目产出). */
    boolean level2Taken() {
        return level2Taken;
    }

    void setLevel2Taken(boolean taken) {
        level2Taken = taken;
    }

    /** Points printed before or beside the next 一级 label: that label's points unless it states its own. */
    void pointsForNextLevel1(BigDecimal points) {
        pendingPoints = points;
    }

    /** Whether a 一级 / 二级 label was the last thing read (the same 二级 again is then a row's name). */
    boolean levelJustSet() {
        return levelJustSet;
    }

    /** A 二级 label was read outside {@link #setLevel1}: the same 二级 right after it is a row's name. */
    void labelRead() {
        levelJustSet = true;
    }

    /** A row's cell or a whole row was read: the last label is no longer the last thing read. */
    void rowCellRead() {
        levelJustSet = false;
    }

    /** The table's rows are all read: re-filed rows of the last printed 一级 are settled, labels printed at the foot of their spans placed. */
    void endTable() {
        cross.endRun();
        foot.settle(form.indicators, firstRow, s.log);
    }

    /** The labels in force at a row, to add the row later under them (a glued row settled by the 总分). */
    record Labels(String level1, String level1Raw, BigDecimal level1Points, String level2, String level2Raw, String block,
                  BigDecimal blockPoints) {
    }

    Labels labels() {
        return new Labels(level1, level1Raw, level1Points, level2, level2Raw, block, blockPoints);
    }

    /** Adds a row under {@code labels}, then puts the labels in force back. */
    void addUnder(Labels labels, Cell at, Map<IndicatorField, RowAligner.Item> fields) {
        Labels now = labels();
        set(labels);
        add(at, fields, false);
        set(now);
    }

    private void set(Labels labels) {
        level1 = labels.level1();
        level1Raw = labels.level1Raw();
        level1Points = labels.level1Points();
        level2 = labels.level2();
        level2Raw = labels.level2Raw();
        block = labels.block();
        blockPoints = labels.blockPoints();
    }

    /** A new block begins (its label read, stating {@code points} or null): no 一级 / 二级 in force until its rows name them. */
    void startBlock(String name, BigDecimal points) {
        cross.endRun();
        block = name;
        blockPoints = points;
        level1 = null;
        level1Raw = null;
        level1Points = null;
        level2 = null;
        level2Raw = null;
    }

    /** An 一级 label without a 二级 beside it: the 二级 of the rows before is no longer in force. */
    void clearLevel2() {
        level2 = null;
        level2Raw = null;
        level2Taken = false;
    }

    /**
     * Cell {@code cell} is the next character of an 一级 label printed one character per line beside
     * the rows (PDF text of a vertical merged cell): the first one starts spelling the 一级 it begins.
     */
    boolean spellsVerticalLevel1(Cell cell) {
        String key = cell.key();
        if (key.length() != 1 || cell.column() >= 0) {
            return false;
        }
        char c = key.charAt(0);
        if (vertical != null && verticalSpelt < vertical.length()) {
            if (vertical.charAt(verticalSpelt) == c) {
                verticalSpelt++;
                return true;
            }
            return false;
        }
        for (String name : lex.vocabulary.level1().keySet()) {
            if (name.length() >= 4 && name.charAt(0) == c) {
                vertical = name;
                verticalSpelt = 1;
                return true;
            }
        }
        return false;
    }

    /** The goal texts read from blocks' rows ({@link #blockGoal}), in order; empty until one is. */
    private final List<String> blockGoals = new ArrayList<>();

    /**
     * A block's own goal (年度绩效目标1 (80分) | its text, family E): the form's goal (预期目标; the template prints no
     * 实际完成情况 for it) where the form read none from a goal label; the goals of further blocks are added after it.
     */
    void blockGoal(perfaudit.model.SourceLocation at, String text) {
        if (form.goal != null && blockGoals.isEmpty()) {
            return; // a goal printed under its own label is the form's
        }
        blockGoals.add(text);
        form.goal = new perfaudit.model.Goal(form.goal == null ? at : form.goal.location(), String.join("\n", blockGoals), null);
        form.goalWithoutAchievement = true;
    }

    /** Whether any of the row's value cells (target, actual, 分值, 得分) is filled: a row of figures, not a bare label. */
    private static boolean holdsValue(Map<IndicatorField, RowAligner.Item> fields) {
        for (IndicatorField field : List.of(IndicatorField.TARGET, IndicatorField.TARGET_VALUE, IndicatorField.ACTUAL,
                IndicatorField.WEIGHT, IndicatorField.SCORE)) {
            RowAligner.Item item = fields.get(field);
            if (item != null && !item.value().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A row of the current 一级指标 was reported, not read: its category's sums lack it. */
    void rowUnread() {
        rowUnread(true);
    }

    /** As {@link #rowUnread()}; {@code figures} when the text left unread holds a figure (it may have held a 得分). */
    void rowUnread(boolean figures) {
        form.unreadIn.add(level1 == null ? "" : level1);
        if (figures) {
            unreadWithFigures++;
        }
    }

    /** Rows of this table reported unread whose text held a figure: the table's 得分 may lack theirs. */
    private int unreadWithFigures;

    int unreadWithFigures() {
        return unreadWithFigures;
    }

    void setLevel1(String raw) {
        level1Raw = raw.strip();
        String key = LabelIndex.spellingKey(raw); // the few 一级 spellings of a run: their keys are kept
        LabelIndex.Match<String> m = lex.level1.longestAt(key, 0);
        level1 = m != null ? m.value() : level1Raw;
        Matcher points = PointsLabel.statedIn(raw);
        level1Points = points.find() ? new BigDecimal(points.group(1)) : pendingPoints;
        pendingPoints = null;
        levelJustSet = true;
        level1Printed = true;
        cross.spansAgain(level1); // printed again after rows re-filed away from it: its cell spans them
        cross.printed(level1, level1Raw, level1Points);
    }

    void setLevel2(String raw, boolean level1InRow) {
        level2Printed = true;
        level2Raw = raw.strip();
        Level2 level = lex.level2Of(LabelIndex.spellingKey(raw));
        // a 二级 the vocabulary does not know is named as printed, its stated points aside (目标任务(10分))
        level2 = level != null ? level.name() : PointsLabel.withoutPoints(level2Raw);
        String parent = level == null ? null : level.parent();
        // under 项目绩效 a 产出 / 效益 / 满意度 二级 keeps it as its 一级
        if (!level1InRow && parent != null && !parent.equals(level1) && !lex.covers(level1, parent)) {
            if (cross.spansAgain(parent)) {
                // a 二级 of the printed 一级 after rows re-filed away from it: its merged cell spans them
                level1 = parent;
                level1Raw = cross.printedRaw();
                level1Points = cross.printedPoints();
                return;
            }
            if (cross.isPrinted(level1, level1Raw)) {
                cross.refiled(parent); // the printed 一级 may span the row yet: settled later
            } else {
                cross.close();
            }
            level1 = parent;
            // printed one character per line beside the rows (PDF text of a vertical cell), or not at all
            level1Raw = parent.equals(vertical) ? vertical : null;
            level1Points = pendingPoints;
            pendingPoints = null;
        }
    }

    void add(Cell at, Map<IndicatorField, RowAligner.Item> fields, boolean truncated) {
        add(at, fields, truncated, null);
    }

    /** As {@link #add(Cell, Map, boolean)}, with the row's 指标说明 where the row prints one. */
    void add(Cell at, Map<IndicatorField, RowAligner.Item> fields, boolean truncated, String description) {
        String name = text(fields.get(IndicatorField.NAME));
        // OCR debris (TI) is no row even with no figure beside it: a row of a name alone is read for its missing values
        if (NoName.of(name, text(fields.get(IndicatorField.TARGET))) && holdsValue(fields) || NoName.isOcrDebris(name)) {
            s.log.report(at.row(), at.location(), at.text(), "指标名称 '" + name + "' 不是指标名称（单个字，或目标值并不重复的数字：识别错乱的行？），"
                    + "该行不读 — '" + name + "' is no indicator name (one character, or a figure the target does not repeat: a row OCR misread?):"
                    + " the row is left unread");
            rowUnread();
            return;
        }
        cross.added(at);
        Indicator row = indicator(at, fields, truncated, description, null);
        if (!row.child()) {
            lastParentName = row.name();
        }
        form.indicators.add(row);
        foot.add(new FootLabels.Row(form.indicators.size() - 1, level1Printed,
                level2Printed, at.row(), at.location(), at.text()));
        level1Printed = false;
        level2Printed = false;
    }

    /**
     * Reads again the form's row {@code index}, read whole under {@code labels}, as cut by the text's end: its cells
     * {@code fields} in the columns the cut leaves them (its child mark, its labels as they were).
     */
    void replaceAsCut(int index, Labels labels, Cell at, Map<IndicatorField, RowAligner.Item> fields) {
        Labels now = labels();
        set(labels);
        Indicator cut = indicator(at, fields, true, null, form.indicators.get(index).child());
        set(now);
        form.indicators.set(index, cut);
    }

    /** The row read from {@code fields} under the labels in force; {@code child} as found from its name where null. */
    private Indicator indicator(Cell at, Map<IndicatorField, RowAligner.Item> fields, boolean truncated, String description,
                                Boolean child) {
        unread = new java.util.TreeSet<>();
        String name = text(fields.get(IndicatorField.NAME));
        rowName = name;
        // a damaged figure among the points (15 115: two cells, or a ruling OCR read as 1) leaves the row's columns
        // uncertain there: the other of 分值 / 得分 is not read either, as it may be the cell before it moved over
        RowAligner.Item damaged = garbled(fields.get(IndicatorField.WEIGHT)) ? fields.get(IndicatorField.WEIGHT)
                : garbled(fields.get(IndicatorField.SCORE)) ? fields.get(IndicatorField.SCORE) : null;
        BigDecimal weight = damaged != null && damaged != fields.get(IndicatorField.WEIGHT)
                ? besideDamaged(fields.get(IndicatorField.WEIGHT), FieldName.WEIGHT, at)
                : number(fields.get(IndicatorField.WEIGHT), FieldName.WEIGHT, at);
        BigDecimal score = damaged != null && damaged != fields.get(IndicatorField.SCORE)
                ? besideDamaged(fields.get(IndicatorField.SCORE), FieldName.SCORE, at)
                : number(fields.get(IndicatorField.SCORE), FieldName.SCORE, at);
        PointsLabel stated = header.has(IndicatorField.WEIGHT) ? null : PointsLabel.of(name);
        if (stated != null) {
            // no 分值 column: the 三级 label states the row's points (相关性(5分)), the sheet prints its weights there
            name = stated.name();
            weight = stated.points();
            form.weightsInLabels = true;
        }
        Measure actual = MeasureParser.parse(withCertainGlyph(valueText(fields.get(IndicatorField.ACTUAL), FieldName.ACTUAL, at), at));
        Measure target = unlessGlyphAmbiguous(target(fields, at), actual, at);
        markUnreadCells(at, fields);
        return new Indicator(at.location(), level1, level1Raw, level1Points, level2, level2Raw, name,
                target, actual,
                weight, score,
                text(fields.get(IndicatorField.DEVIATION)), child != null ? child : isChild(name), block, blockPoints, truncated,
                number(fields.get(IndicatorField.REVIEW), FieldName.REVIEW_SCORE, at), false, core(fields), description, unread);
    }

    /** The 三级 name of the row being read, for its reports (null where it prints none). */
    private String rowName;

    /** The fields of the row being read whose cell held something no value could be read from (Indicator.unread). */
    private java.util.Set<String> unread = new java.util.TreeSet<>();

    /**
     * A value field left empty whose cell in the header's column the file's reader could not read (a spreadsheet's
     * #REF!, a formula saved uncomputed, reported where it was met): filled in, not empty.
     */
    private void markUnreadCells(Cell at, Map<IndicatorField, RowAligner.Item> fields) {
        List<IndicatorField> columns = header.fields();
        int[] grid = header.gridColumns();
        for (int i = 0; i < columns.size(); i++) {
            FieldName name = FieldName.of(columns.get(i));
            RowAligner.Item item = fields.get(columns.get(i));
            if (name != null && (item == null || item.value().isBlank()) && s.log.isUnreadCell(at.row(), grid[i])) {
                unread.add(name.key);
                s.log.nameField(at.row(), grid[i], name.chinese + quotedName(), name.english + ofName());
            }
        }
    }

    /** A value cell whose figure an OCR'd ^ 工 $ 5= leads, read with ≥ and noted; any other cell as it is. */
    private String withCertainGlyph(String text, Cell at) {
        String read = OcrGlyphTarget.certainReading(text);
        if (read == null) {
            return text;
        }
        s.log.note(at.row(), at.location(), text, "识别错误已更正：'" + text + "' 读作 '" + read + "' — OCR misreading corrected: '"
                + text + "' read as '" + read + "' (^ 工 $ 5= before a figure are an OCR'd ≥)");
        return read;
    }

    /** The target, or null (reported) where its leading 2 may be an OCR'd ≥: no score is checked against a guess. */
    private Measure unlessGlyphAmbiguous(Measure target, Measure actual, Cell at) {
        String alternative = OcrGlyphTarget.alternative(target, actual);
        if (alternative == null) {
            return target;
        }
        s.log.report(at.row(), at.location(), target.raw(), "年度指标值 '" + target.raw() + "' 可能是识别错误的 '" + alternative
                + "'（≥ 被读成 2），无法确定，不读 — target '" + target.raw() + "' may be an OCR'd '" + alternative
                + "' (≥ read as 2): left unread");
        unread.add(Indicator.TARGET);
        return null;
    }

    /** 是否核心指标: 是 true, 否 false; null where the table has no such column or the cell is empty. */
    private Boolean core(Map<IndicatorField, RowAligner.Item> fields) {
        String mark = text(fields.get(IndicatorField.CORE));
        return mark == null || !header.has(IndicatorField.CORE) ? null : mark.equals("是");
    }

    /** The target: one cell, or 指标性质 + 指标值 + 度量单位 put together (≧ | 735 | 人次 → ≧735人次). */
    private Measure target(Map<IndicatorField, RowAligner.Item> fields, Cell at) {
        if (fields.containsKey(IndicatorField.TARGET)) {
            return MeasureParser.parse(withCertainGlyph(valueText(fields.get(IndicatorField.TARGET), FieldName.TARGET, at), at));
        }
        String nature = text(fields.get(IndicatorField.NATURE));
        String value = valueText(fields.get(IndicatorField.TARGET_VALUE), FieldName.TARGET_VALUE, at);
        String unit = text(fields.get(IndicatorField.UNIT));
        if (value == null) {
            return null;
        }
        if (OcrGlyphTarget.isLoneGlyph(nature)) {
            // 工 | 1500 | 人次: the OCR'd ≥ of 指标性质 leads the figure, read as ≥ and noted
            return MeasureParser.parse(withCertainGlyph(nature + value + (unit == null ? "" : unit), at));
        }
        // 指标性质 holds a comparator (≥, 大于等于) or the kind of indicator (定性, 正向), which is no part of the value
        boolean comparator = nature != null && (fields.get(IndicatorField.NATURE).value().kind() == Value.Kind.COMPARATOR
                || MeasureParser.parse(nature + "1").comparator() != null);
        return MeasureParser.parse((comparator ? nature : "") + value + (unit == null ? "" : unit));
    }

    boolean isChild(String name) {
        if (name == null) {
            return false;
        }
        String key = LabelIndex.key(name);
        if (lex.childPrefixes.stream().anyMatch(key::startsWith)) {
            return true;
        }
        return lastParentName != null && ARABIC_ENUMERATOR.matcher(key).find()
                && CHINESE_ENUMERATOR.matcher(LabelIndex.key(lastParentName)).find();
    }

    /**
     * A target or actual cell's text; null, reported and marked unread, where its figure is damaged (.25万亩: the OCR
     * lost its integer part; 8.�53; ioox) or a formula error stands for it: no reading of it is certain, and none is
     * scored against.
     */
    private String valueText(RowAligner.Item item, FieldName field, Cell at) {
        String error = SpreadsheetError.of(text(item));
        if (error != null) {
            s.log.report(at.row(), item.value().cell().location(), item.text(), field.chinese + quotedName() + " '" + error
                    + "' 是表格公式的错误值，原值已丢失（以 = 开头的值被当作公式？），不读 — " + field.english + ofName() + ": a spreadsheet's"
                    + " formula error, the value it stood for is lost (a value typed with a leading = taken for a formula?): left unread");
            unread.add(field.key);
            return null;
        }
        if (item == null || item.value().kind() != Value.Kind.GARBLED) {
            return text(item);
        }
        if (SpreadsheetError.isErrorValue(item.text())) {
            s.log.report(at.row(), item.value().cell().location(), item.text(), field.chinese + quotedName() + " '" + item.text().strip()
                    + "' 是表格的错误显示（公式出错或列宽不足），原值已丢失，不读 — " + field.english + ofName() + ": a spreadsheet's error"
                    + " display (a formula error, or a column too narrow for its figure): the value it stood for is lost; left unread");
            unread.add(field.key);
            return null;
        }
        s.log.report(at.row(), item.value().cell().location(), item.text(), field.chinese + quotedName() + " '" + item.text().strip()
                + "' 数字残缺（识别丢失了部分数字），不读 — " + field.english + ofName() + ": damaged figure (part of it lost in recognition): left unread");
        unread.add(field.key);
        return null;
    }

    /**
     * A damaged figure that still holds digits (15 115, 9?%): where its digits went is uncertain. A figure of letters
     * only (oo, ioox: an OCR's reading of digits in place) stands in its own column and leaves its neighbour certain.
     */
    private static boolean garbled(RowAligner.Item item) {
        return item != null && item.value().kind() == Value.Kind.GARBLED && item.text().chars().anyMatch(Character::isDigit);
    }

    /** Null, reported where a figure stood and marked unread: the points beside a damaged one, whose column is then uncertain. */
    private BigDecimal besideDamaged(RowAligner.Item item, FieldName field, Cell at) {
        if (item != null && !item.value().isBlank()) {
            s.log.report(at.row(), item.value().cell().location(), item.text(), field.chinese + quotedName() + " '"
                    + item.text().strip() + "' 旁边的分数残缺，列位不确定，不读 — " + field.english + ofName()
                    + ": beside a damaged figure among the row's points, its column is uncertain: left unread");
            unread.add(field.key);
        }
        return null;
    }

    /** The row's name as a report quotes it after the field: 得分「带动茶农户数」. */
    private String quotedName() {
        return rowName == null ? "" : "「" + rowName + "」";
    }

    /** The same in English: score of '带动茶农户数'. */
    private String ofName() {
        return rowName == null ? "" : " of '" + rowName + "'";
    }

    private static String text(RowAligner.Item item) {
        return item == null || item.value().isBlank() ? null : item.text().strip();
    }

    private BigDecimal number(RowAligner.Item item, FieldName field, Cell at) {
        if (item == null || item.value().isBlank()) {
            return null;
        }
        if (item.value().kind() == Value.Kind.NUMBER) {
            return item.value().number();
        }
        s.log.report(at.row(), item.value().cell().location(), item.text(), field.chinese + quotedName() + " '" + item.text().strip()
                + "' 不是数字，不读 — " + field.english + ofName() + ": not a number: '" + item.text().strip() + "', left unread");
        unread.add(field.key);
        return null;
    }

    /** A value field as reports name it, in Chinese and English, and as {@link Indicator#unread} names it. */
    private enum FieldName {
        TARGET("年度指标值", "target", Indicator.TARGET),
        TARGET_VALUE("指标值", "target", Indicator.TARGET),
        ACTUAL("实际完成值", "actual", Indicator.ACTUAL),
        WEIGHT("分值", "weight", Indicator.WEIGHT),
        SCORE("得分", "score", Indicator.SCORE),
        REVIEW_SCORE("复核分", "review score", Indicator.REVIEW_SCORE);

        final String chinese;
        final String english;
        final String key;

        FieldName(String chinese, String english, String key) {
            this.chinese = chinese;
            this.english = english;
            this.key = key;
        }

        /** The value field a column holds, or null for a label or text column. */
        static FieldName of(IndicatorField column) {
            return switch (column) {
                case TARGET -> TARGET;
                case TARGET_VALUE -> TARGET_VALUE;
                case ACTUAL -> ACTUAL;
                case WEIGHT -> WEIGHT;
                case SCORE -> SCORE;
                case REVIEW -> REVIEW_SCORE;
                default -> null;
            };
        }
    }
}
