package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.glued.CoreMarkedRows;
import perfaudit.ingest.grammar.indicators.glued.GluedIndicatorRows;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Level2;
import perfaudit.model.Indicator;
import perfaudit.model.Terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 绩效指标 table: its header (columns in the order printed, a two-row header and the split
 * 指标性质 / 指标值 / 度量单位 target resolved: {@link IndicatorHeader}), then its rows up to the 总分
 * row or the notes after it. Where the grid is known each grid row is a row; where it is not, a row
 * ends where the next one's 一级 / 二级 label or 三级 name begins ({@link RowEnds}), and glued text is
 * cut by {@link GluedSection}. 一级 and 二级 cells are merged over their rows in the original table,
 * so a row without them inherits the last ones seen ({@link IndicatorBuilder}).
 */
public final class IndicatorTable {

    /** A wrapped reason's tail on a line of its own is short (a narrow column's last words), in key characters. */
    private static final int WRAPPED_REASON_TAIL = 20;

    private static final Pattern POINTS = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");
    /** Points stated in text, "(50分)" or "（５０分）": matched on the folded text, full-width digits as ASCII. */
    static Matcher points(String text) {
        return POINTS.matcher(perfaudit.ingest.grammar.text.TextFold.fold(text));
    }

    static final Pattern POINTS_ONLY = Pattern.compile("^[(（]?(\\d+(?:\\.\\d+)?)分[)）]?$");
    private static final Pattern BLOCK_NUMBER = Pattern.compile("^\\d{0,2}(?:[(（](\\d+(?:\\.\\d+)?)分[)）])?$");
    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorHeader header;
    private final Placeholders placeholders;
    /** The 一级 / 二级 / block in force; turns each row read into an indicator of the form. */
    private final IndicatorBuilder builder;
    /** Where rows and the table end; made once the header's columns are known. */
    private RowEnds ends;
    /** Rows of glued text, cut by the header's columns; made with the ends. */
    private GluedSection glued;
    private RowAligner gridAligner;
    private RowAligner flowAligner;
    private List<IndicatorField> valueFields;

    public IndicatorTable(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.header = new IndicatorHeader(scanner, form);
        this.placeholders = new Placeholders(lex, scanner.log);
        this.builder = new IndicatorBuilder(scanner, form, header);
    }

    public int read(int i) {
        form.partsRead.add(Terms.INDICATOR_HEADER);
        form.hasContent = true;
        int k = i;
        if (t.blockAt(k) != null) {
            k = readBlock(k); // a block label (年度绩效目标1 (60分)) may come before the header
        }
        k = header.read(k);
        buildAligners();
        int end = s.grid ? gridRows(k) : flowRows(k);
        glued.settleByTotal(end);
        int lastFilled = lastFilled(k, end);
        if (end < t.size() && lastFilled >= 0 && s.startsOtherText(end) && lex.startsLevelName(t.get(lastFilled).key())) {
            // the table's last words are a label cut short (满 of 满意度指标) right before another text: the
            // text stops inside the table, as where a file ends
            form.stoppedAt = lastFilled;
        }
        form.tableRanToEnd = end >= t.size();
        endWithoutTotal(k, end);
        return end;
    }

    /**
     * A table that ends in the next part or form, not at its 总分, may have lost its total (the text
     * did not stop); the form decides once it ends, since some templates print the 总分 after notes.
     */
    private void endWithoutTotal(int from, int end) {
        boolean printsTotal = form.titleFamily == null || form.titleFamily.printsTotal();
        if (form.stoppedAt >= 0 || end >= t.size() || !printsTotal || t.labelAt(end, lex.total, true) != null || end <= from) {
            return;
        }
        int last = end - 1;
        while (last > from && t.get(last).isBlank()) {
            last--;
        }
        form.tableEndWithoutTotal = last;
    }

    // ---------------------------------------------------------------- header

    private void buildAligners() {
        List<IndicatorField> all = header.fields();
        int[] columns = header.gridColumns();
        gridAligner = new RowAligner(all, columns, lex);
        valueFields = all.stream().filter(f -> f != IndicatorField.LEVEL1 && f != IndicatorField.LEVEL2).toList();
        int[] none = new int[valueFields.size()];
        java.util.Arrays.fill(none, -1);
        flowAligner = new RowAligner(valueFields, none, lex);
        ends = new RowEnds(s, header, valueFields);
        glued = new GluedSection(s, form, builder, ends, placeholders, valueFields);
    }

    // ---------------------------------------------------------------- rows, grid known

    private int gridRows(int k) {
        int end = k;
        // in a grid a part begins at the first filled cell of a row: only those are asked
        boolean atRowStart = true;
        while (end < t.size()) {
            Cell cell = t.get(end);
            if (cell.gap() == Cell.Gap.ROW) {
                atRowStart = true;
            }
            if (atRowStart && !cell.isBlank()) {
                if (ends.endsTable(end)) {
                    break;
                }
                atRowStart = false;
            }
            end++;
        }
        int rowStart = k;
        for (int j = k; j <= end; j++) {
            boolean boundary = j == end || j > rowStart && t.get(j).gap() == Cell.Gap.ROW;
            if (boundary) {
                if (rowStart < j) {
                    gridRow(rowStart, j);
                }
                rowStart = j;
            }
        }
        return end;
    }

    private void gridRow(int from, int to) {
        List<RowAligner.Item> items = new ArrayList<>();
        for (int j = from; j < to; j++) {
            Cell cell = t.get(j);
            if (!cell.isBlank()) {
                items.add(new RowAligner.Item(cell.column(), cell.text().strip(), Value.of(cell)));
            }
        }
        LevelPointsColumns.Taken taken = header.levelPoints().take(items);
        items = taken.rest();
        if (items.isEmpty()) {
            return;
        }
        if (repeatsHeader(from, to)) {
            s.use(from, to);
            return;
        }
        if (items.size() == 1 && items.get(0).column() < 0 && to - from == 1) {
            // a line of plain text inside a grid's table (a tabbed export's row without its tabs)
            s.problem(from, "line inside the 绩效指标 table has no cells (tab-separated) — 指标表中的这一行没有分列");
            builder.rowUnread();
            return;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> aligned = gridAligner.align(items, builder.level1, level2Taken);
        if (aligned.isEmpty()) {
            s.problem(from, "indicator row does not fit the 绩效指标 columns — 指标行与表头列对不上");
            for (RowAligner.Item item : items) {
                String key = item.value().cell().key();
                if (lex.level2Of(key) != null) {
                    builder.setLevel2(item.text(), false);
                } else if (lex.level1Of(key) != null) {
                    builder.setLevel1(item.text());
                }
            }
            // after its own 一级 label, if it prints one: the category the lost row belongs to
            builder.rowUnread();
            return;
        }
        Map<IndicatorField, RowAligner.Item> fields = lonePointsByColumn(aligned.get());
        if (fields.containsKey(IndicatorField.LEVEL1)) {
            builder.pendingPoints = taken.level1Points() != null ? taken.level1Points() : builder.pendingPoints;
            builder.setLevel1(fields.get(IndicatorField.LEVEL1).text());
        }
        if (fields.containsKey(IndicatorField.LEVEL2)) {
            String label = fields.get(IndicatorField.LEVEL2).value().cell().key();
            level2Taken = lex.covers(builder.level1, lex.level1Of(label));
            builder.setLevel2(fields.get(IndicatorField.LEVEL2).text(), fields.containsKey(IndicatorField.LEVEL1));
        } else if (fields.containsKey(IndicatorField.LEVEL1)) {
            builder.level2 = null;
            builder.level2Raw = null;
            level2Taken = false;
        }
        if (namesNoIndicator(fields)) {
            // a 二级 with no row under it (生态效益指标 left empty), or a template leftover (……)
            s.use(from, to);
            return;
        }
        builder.add(t.get(from), fields, false);
        s.use(from, to);
    }

    /** The grid columns the table's rows printing both 分值 and 得分 put them in; -1 until one is read. */
    private int weightColumn = -1;
    private int scoreColumn = -1;

    /**
     * A row printing one of 分值 / 得分: aligned alone, a lone number reads as the 得分 (rows end in
     * 分值 得分, the weight left out); where the table's other rows show that column to be the 分值
     * (得分 left empty: MISS-SCORE), it is the weight.
     */
    private Map<IndicatorField, RowAligner.Item> lonePointsByColumn(Map<IndicatorField, RowAligner.Item> fields) {
        RowAligner.Item weight = fields.get(IndicatorField.WEIGHT);
        RowAligner.Item score = fields.get(IndicatorField.SCORE);
        if (weight != null && score != null && weight.column() >= 0 && score.column() > weight.column()) {
            weightColumn = weight.column();
            scoreColumn = score.column();
        } else if (weight == null && score != null && score.column() >= 0 && score.column() == weightColumn) {
            Map<IndicatorField, RowAligner.Item> moved = new java.util.EnumMap<>(fields);
            moved.remove(IndicatorField.SCORE);
            moved.put(IndicatorField.WEIGHT, score);
            return moved;
        }
        return fields;
    }

    private boolean namesNoIndicator(Map<IndicatorField, RowAligner.Item> fields) {
        List<IndicatorField> rest = fields.keySet().stream()
                .filter(f -> f != IndicatorField.LEVEL1 && f != IndicatorField.LEVEL2).toList();
        return rest.isEmpty() || rest.equals(List.of(IndicatorField.NAME)) && placeholders.isPlaceholder(fields.get(IndicatorField.NAME).value().cell().key());
    }

    private boolean repeatsHeader(int from, int to) {
        if (t.labelAt(from, lex.indicatorColumn, false) == null && t.labelAt(from, lex.indicatorAnchor, Tokens.Rest.BRACKETED) == null) {
            return false;
        }
        int labels = 0;
        int filled = 0;
        for (int j = from; j < to; j++) {
            if (!t.get(j).isBlank()) {
                filled++;
                Hit<IndicatorField> column = t.labelAt(j, lex.indicatorColumn, false);
                if (column != null && column.next() == j + 1) {
                    labels++;
                }
            }
        }
        return labels >= 3 && labels * 2 >= filled;
    }

    // ---------------------------------------------------------------- rows, grid lost

    /** The 二级 in force is the label of an 一级 the 一级 in force spans (得分表: 项目绩效 / 项目产出). */
    private boolean level2Taken;

    /** The width at which the 三级指标 column wraps (see RowEnds.wrapWidth). */
    private double nameWidth;

    private int flowRows(int k) {
        nameWidth = ends.wrapWidth(k);
        FlowRow row = new FlowRow();
        int j = k;
        while (j < t.size() && !ends.endsTable(j)) {
            Cell cell = t.get(j);
            if (cell.isBlank()) {
                if (!row.cells.isEmpty()) {
                    row.cells.add(cell);
                }
                j++;
                continue;
            }
            if (verticalLabelChar(cell)) {
                s.use(j, j + 1);
                j++;
                continue;
            }
            Hit<IndicatorField> repeatedHeader = row.isEmpty() ? t.labelAt(j, lex.indicatorColumn, false) : null;
            if (repeatedHeader != null && repeatedHeader.next() == j + 1 && lex.level2.exact(cell.key()) == null) {
                // the header printed again (a new page, a second 年度绩效目标 block)
                s.use(j, j + 1);
                j++;
                continue;
            }
            Matcher points = RowEnds.pointsOnly(cell.key()) ? POINTS_ONLY.matcher(cell.key()) : null;
            if (points != null && points.matches()) {
                row = close(row, j);
                builder.pendingPoints = new BigDecimal(points.group(1));
                s.use(j, j + 1);
                j++;
                continue;
            }
            if (t.blockAt(j) != null) {
                row = close(row, j);
                j = readBlock(j);
                continue;
            }
            Hit<String> l1 = t.labelAt(j, lex.level1, Tokens.Rest.BRACKETED);
            Hit<Level2> l2 = t.labelAt(j, lex.level2, false);
            // 满意度指标 is both an 一级 and a 二级 name: it is the 一级 when it states points, or when a 二级
            // follows and it is not the 一级 already in force (spelt one character per line beside the rows)
            boolean level1Label = l1 != null && (l2 == null || l1.next() > l2.next()
                    || l1.next() == l2.next() && (ends.followedByPoints(j, l1) || ends.followedByLabel(l1.next())
                    && !l1.value().equals(builder.level1) && !l1.value().equals(builder.vertical)));
            if (level1Label && lex.covers(builder.level1, l1.value())) {
                // under 项目绩效 (an 一级 spanning 产出 / 效益 / 满意度) their labels are its 二级
                row = close(row, j);
                builder.setLevel2(t.text(j, l1.next()), false);
                builder.levelJustSet = true;
                level2Taken = true;
                int after = levelFigureAt(l1.next(), IndicatorField.LEVEL2) ? l1.next() + 1 : l1.next();
                s.use(j, after);
                j = after;
                continue;
            }
            if (level1Label) {
                row = close(row, j);
                int next = l1.next();
                String raw = t.text(j, next);
                Matcher stated = next < t.size() ? POINTS_ONLY.matcher(t.get(next).key()) : null;
                if (stated != null && stated.matches() && !points(raw).find()) {
                    if (points(t.get(next).key()).find()) {
                        raw = raw + t.get(next).text().strip(); // 产出指标 (50分): the bracket is part of the label
                    } else {
                        builder.pendingPoints = new BigDecimal(stated.group(1)); // 项目决策 2分 (广水): points beside it
                    }
                    next++;
                } else if (levelFigureAt(next, IndicatorField.LEVEL1)) {
                    builder.pendingPoints = Value.of(t.get(next)).number(); // 项目决策 20 (the 分值 column after 一级指标)
                    next++;
                }
                builder.setLevel1(raw);
                builder.level2 = null;
                builder.level2Raw = null;
                level2Taken = false;
                s.use(j, next);
                j = next;
                continue;
            }
            if (l2 != null) {
                // the same 二级 twice (经济效益 / 经济效益指标): the second is the row's 三级指标, named after it
                boolean nameNext = row.isEmpty() && builder.level2 != null && builder.levelJustSet && !ends.followedByLabel(l2.next())
                        && l2.value().name().equals(builder.level2);
                // under 项目绩效 / 项目产出 a 二级 spelling is the row's 三级 (产出数量), as in a grid; and where
                // 二级 labels print their own 分值, a line with only a row's 分值 and 得分 is a row (财务管理 3 … 3)
                nameNext |= level2Taken || header.levelPoints().printsFor(IndicatorField.LEVEL2) && !s.grid && figuresOnLine(j) < 3;
                if (!nameNext) {
                    row = close(row, j);
                    builder.setLevel2(t.text(j, l2.next()), false);
                    builder.levelJustSet = true;
                    int after = levelFigureAt(l2.next(), IndicatorField.LEVEL2) ? l2.next() + 1 : l2.next();
                    s.use(j, after);
                    j = after;
                    continue;
                }
            }
            if (PointsLabel.of(cell.text()) != null && nextStatesPoints(j)) {
                // a label stating points followed by another (目标任务(10分) 相关性(5分)): the 二级 of the rows below
                row = close(row, j);
                builder.setLevel2(cell.text(), false);
                builder.levelJustSet = true;
                s.use(j, j + 1);
                j++;
                continue;
            }
            Value value = Value.of(cell);
            if (!row.isEmpty() && ends.endsAtCoreMark(row, cell)) {
                // the row's last column is 是否核心指标: its 是 / 否 ends the row (rows run on one line)
                row.cells.add(cell);
                row.last = j;
                row = close(row, j + 1);
                builder.levelJustSet = false;
                j++;
                continue;
            }
            if (!row.isEmpty() && ends.endsWithScores(row) && RowEnds.startsLine(cell)) {
                // a line ending in 分值 得分 ends its row (text that kept its lines)
                row = close(row, j);
            } else if (value.kind() == Value.Kind.TEXT && row.hasText() && !ends.unitCell(row, cell) && !ends.targetAfterWeight(row)
                    && !ends.fillsTextColumn(row, cell) && !ends.reasonEndsLine(row, cell, j) && (RowEnds.isValue(row.lastKind())
                    && (cell.gap() == Cell.Gap.ROW || ends.startsRow(j)) || row.textAfterNumbers() || placeholders.isPlaceholder(cell.key()))) {
                row = close(row, j);
            }
            if (row.first < 0) {
                row.first = j;
            }
            row.cells.add(cell);
            row.last = j;
            builder.levelJustSet = false;
            j++;
        }
        close(row, j);
        return j;
    }

    /**
     * The very next cell, on the same line, is a label stating its points: this label is a level above
     * it. A row's empty 得分 or a line break between them ends the row instead (工作质量(10分) | |).
     */
    private boolean nextStatesPoints(int j) {
        if (j + 1 >= t.size()) {
            return false;
        }
        Cell next = t.get(j + 1);
        boolean sameLine = next.gap() == Cell.Gap.SPACE || next.gap() == Cell.Gap.CELL || next.gap() == Cell.Gap.NONE;
        return sameLine && !next.isBlank() && PointsLabel.of(next.text()) != null;
    }

    /** The figures on cell {@code j}'s line, from it on. */
    private int figuresOnLine(int j) {
        int figures = 0;
        for (int k = j; k < t.size() && (k == j || !RowEnds.startsLine(t.get(k)) && t.get(k).gap() != Cell.Gap.ROW); k++) {
            if (Value.of(t.get(k)).kind() == Value.Kind.NUMBER) {
                figures++;
            }
        }
        return figures;
    }

    /** Cell {@code k} is the figure of a level's 分值 column, right after its label (text that lost its grid). */
    private boolean levelFigureAt(int k, IndicatorField level) {
        return !s.grid && header.levelPoints().printsFor(level) && k < t.size() && Value.of(t.get(k)).kind() == Value.Kind.NUMBER;
    }

    /** 一级 labels printed one character per line (PDF text of a vertical merged cell). */
    private boolean verticalLabelChar(Cell cell) {
        String key = cell.key();
        if (key.length() != 1 || cell.column() >= 0) {
            return false;
        }
        char c = key.charAt(0);
        if (builder.vertical != null && builder.verticalSpelt < builder.vertical.length()) {
            if (builder.vertical.charAt(builder.verticalSpelt) == c) {
                builder.verticalSpelt++;
                return true;
            }
            return false;
        }
        for (String name : lex.vocabulary.level1().keySet()) {
            if (name.length() >= 4 && name.charAt(0) == c) {
                builder.vertical = name;
                builder.verticalSpelt = 1;
                return true;
            }
        }
        return false;
    }

    private FlowRow close(FlowRow row, int at) {
        if (row.first >= 0 && !row.isEmpty()) {
            flowRow(row);
        }
        return new FlowRow();
    }

    /** A row's cells (after its labels): name, target and actual texts, then the values. */
    private void flowRow(FlowRow row) {
        List<Cell> cells = row.cells.stream().filter(c -> !c.isBlank() || c.gap() == Cell.Gap.CELL).toList();
        List<RowAligner.Item> items = RowText.items(cells, lex, valueFields, nameWidth, t.glued);
        int first = row.first;
        int last = Math.max(first, row.last);
        if (items.isEmpty()) {
            s.use(first, last + 1);
            return;
        }
        if (isPlaceholder(items)) {
            s.use(first, last + 1);
            return;
        }
        boolean cutShort = ends.lastFilledCell(last);
        if (!cutShort && ends.otherTextAfter(last) && stopsBeforePoints(items)) {
            // the next form's title or page follows a row without its 分值/得分: the text was cut inside the
            // row, as where a file ends (an excerpt, then the next form), not a row that lost a line
            cutShort = true;
            form.stoppedAt = last;
        }
        if (t.glued && CoreMarkedRows.handles(valueFields)) {
            glued.readCoreMarked(cells, first, last, ends.lastFilledCell(last));
            return;
        }
        if (t.glued && !cutShort && GluedIndicatorRows.handles(valueFields) && (ends.weightBeforeTarget() || ends.noPoints() || ends.scoreOnly())) {
            glued.read(cells, first, last);
            return;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> aligned = cutShort ? positional(items) : flowAligner.align(items);
        if (aligned.isEmpty()) {
            List<RowAligner.Item> kept = new ArrayList<>(items);
            while (aligned.isEmpty() && kept.size() > 1 && kept.get(kept.size() - 1).value().kind() == Value.Kind.EMPTY) {
                kept.remove(kept.size() - 1);
                aligned = flowAligner.align(kept);
            }
            if (aligned.isEmpty()) {
                kept = items.stream().filter(i -> i.value().kind() != Value.Kind.EMPTY).toList();
                aligned = flowAligner.align(kept);
            }
            List<RowAligner.Item> oneName = aligned.isEmpty() ? RowText.wrappedName(items, valueFields) : null;
            if (oneName != null) {
                aligned = flowAligner.align(oneName);
            }
        }
        if (aligned.isEmpty()) {
            long targets = items.stream().filter(i -> i.value().kind() == Value.Kind.MEASURE
                    && Value.COMPARATORS.indexOf(i.value().cell().key().charAt(0)) >= 0).count();
            String reason = (targets >= 2 || items.size() > valueFields.size()
                    ? "two indicator rows run together (a row's 分值/得分 line was lost?): " : "indicator row does not fit the 绩效指标 columns: ")
                    + String.join(" | ", items.stream().map(RowAligner.Item::text).toList()) + " — 指标行与表头列对不上";
            for (int k = first; k <= last; k++) {
                // on every line of the row: the damage may be on any of them
                if (!t.get(k).isBlank() && (k == first || t.get(k).row() != t.get(k - 1).row())) {
                    s.problem(k, reason);
                }
            }
            builder.rowUnread();
            return;
        }
        RowAligner.Item nameItem = aligned.get().get(IndicatorField.NAME);
        boolean childRow = nameItem != null && builder.isChild(nameItem.text());
        if (!cutShort && !childRow && ends.missesScores(row, aligned.get())) {
            if (continuesReasonAbove(items, first, last)) {
                return;
            }
            for (int k = first; k <= last; k++) {
                if (!t.get(k).isBlank() && (k == first || t.get(k).row() != t.get(k - 1).row())) {
                    s.problem(k, "indicator row has no 分值/得分 at its end (its line was lost?) — 指标行缺少分值和得分");
                }
            }
            builder.rowUnread();
            return;
        }
        boolean figures = items.stream().anyMatch(i -> i.value().isNumeric() || i.value().kind() == Value.Kind.MEASURE);
        if (cutShort && (!figures || aligned.get().keySet().stream().allMatch(f -> f == IndicatorField.NAME))) {
            // the text stops inside the row's name: nothing of it to audit (the form says where it stops)
            s.use(first, last + 1);
            return;
        }
        builder.add(t.get(first), aligned.get(), cutShort);
        s.use(first, last + 1);
    }

    /**
     * A line holding one short text alone, right under the row whose 偏差原因 ended the line above: a PDF or
     * a narrow column wrapped that reason (部分项目延续至 / 下年), no row lost its figures. The text is joined to
     * the reason, and a note says so.
     */
    private boolean continuesReasonAbove(List<RowAligner.Item> items, int first, int last) {
        if (s.grid || items.size() != 1 || first == 0 || t.get(first).row() != t.get(last).row() || form.indicators.isEmpty()) {
            return false;
        }
        RowAligner.Item only = items.get(0);
        if (only.value().kind() != Value.Kind.TEXT || only.value().cell().key().length() > WRAPPED_REASON_TAIL) {
            return false;
        }
        Indicator above = form.indicators.get(form.indicators.size() - 1);
        Cell before = t.get(first - 1);
        if (above.deviation() == null || before.row() != t.get(first).row() - 1
                || !above.deviation().endsWith(before.text().strip())) {
            return false;
        }
        String joined = above.deviation() + only.text().strip();
        form.indicators.set(form.indicators.size() - 1, above.withDeviation(joined));
        Cell at = t.get(first);
        s.log.note(at.row(), at.location(), at.text(), "续行并入上一行的偏差原因：" + joined
                + " — a line continuing the 偏差原因 of the row above (wrapped text) was joined to it");
        s.use(first, last + 1);
        return true;
    }

    /** The last filled cell in {@code from}..{@code end}, or -1. */
    private int lastFilled(int from, int end) {
        for (int k = end - 1; k >= from; k--) {
            if (!t.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** Read in column order, the row's cells end before the last of the 分值 / 得分 columns the header prints. */
    private boolean stopsBeforePoints(List<RowAligner.Item> items) {
        IndicatorField lastPoints = valueFields.contains(IndicatorField.SCORE) ? IndicatorField.SCORE
                : valueFields.contains(IndicatorField.WEIGHT) ? IndicatorField.WEIGHT : null;
        if (lastPoints == null) {
            return false;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> inOrder = positional(items);
        return inOrder.isEmpty() || !inOrder.get().containsKey(lastPoints);
    }

    /**
     * A row the text stops in lost its last cells, not its first: its cells are the columns in order
     * (the 满意度 row of a web excerpt cut after its 分值).
     */
    private Optional<Map<IndicatorField, RowAligner.Item>> positional(List<RowAligner.Item> items) {
        List<IndicatorField> fields = valueFields.stream().filter(f -> f != IndicatorField.IGNORED).toList();
        if (items.size() > fields.size()) {
            return flowAligner.align(items);
        }
        Map<IndicatorField, RowAligner.Item> result = new java.util.EnumMap<>(IndicatorField.class);
        int f = 0;
        for (RowAligner.Item item : items) {
            // text that lost its cells joined 指标性质 / 指标值 / 度量单位 into one value (≥95 %, =100): a value
            // where the header has a comparator or unit column passes that column by
            while (f + 1 < fields.size() && passedBy(fields.get(f), item)) {
                f++;
            }
            if (f >= fields.size()) {
                return flowAligner.align(items);
            }
            result.put(fields.get(f++), item);
        }
        boolean fits = result.entrySet().stream().allMatch(e -> e.getKey() != IndicatorField.WEIGHT && e.getKey() != IndicatorField.SCORE
                || e.getValue().value().kind() == Value.Kind.NUMBER || e.getValue().value().isBlank());
        return fits ? Optional.of(result) : flowAligner.align(items);
    }

    private static boolean passedBy(IndicatorField column, RowAligner.Item item) {
        Value.Kind kind = item.value().kind();
        boolean value = kind == Value.Kind.NUMBER || kind == Value.Kind.PERCENT || kind == Value.Kind.MONEY || kind == Value.Kind.MEASURE;
        return value && (column == IndicatorField.NATURE || column == IndicatorField.UNIT);
    }

    private boolean isPlaceholder(List<RowAligner.Item> items) {
        boolean anyValue = items.stream().skip(1).anyMatch(i -> !i.value().isBlank());
        return placeholders.isPlaceholder(items.get(0).value().cell().key()) && !anyValue
                || items.stream().allMatch(i -> i.value().isBlank());
    }

    /**
     * A block label with its own points above the 一级指标 (湖北 年度绩效目标1 (40分), or 年度绩效目标 /
     * 2(40分) in two cells): the rows after it belong to it. Returns the index after the label.
     */
    private int readBlock(int j) {
        Hit<Boolean> blockLabel = t.blockAt(j);
        Matcher stated = points(t.text(j, blockLabel.next()));
        builder.blockPoints = stated.find() ? new BigDecimal(stated.group(1)) : null;
        String name = blockName(j, blockLabel.next());
        int next = blockLabel.next();
        Matcher numbered = BLOCK_NUMBER.matcher(next < t.size() ? t.get(next).key() : "");
        if (builder.blockPoints == null && numbered.matches()) {
            name = name + t.get(next).key().replaceAll("[(（].*", "");
            builder.blockPoints = numbered.group(1) == null ? null : new BigDecimal(numbered.group(1));
            next++;
        }
        // 年度目标1:(80分) | 增强政府工作效率…: the block's own goal, printed on its row up to the next label, is no row
        while (next < t.size() && s.sameRow(j, next) && t.labelAt(next, lex.structural, true) == null) {
            next++;
        }
        builder.block = name;
        builder.level1 = null;
        builder.level1Raw = null;
        builder.level1Points = null;
        builder.level2 = null;
        builder.level2Raw = null;
        s.use(j, next);
        return next;
    }

    /** A block's name as the folded label reads (traditional characters and pinyin glosses gone), without its points. */
    private String blockName(int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            name.append(t.get(k).key());
        }
        return name.toString().replaceAll("[(（][^)）]*分[)）]?$", "");
    }

}
