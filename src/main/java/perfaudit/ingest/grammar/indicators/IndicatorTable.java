package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.text.MeasureParser;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Level2;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
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
 * 指标性质 / 指标值 / 度量单位 target resolved), then its rows up to the 总分 row or the notes after it.
 * Where the grid is known each grid row is a row; where it is not, a row ends where the next one's
 * 一级 / 二级 label or 三级 name begins. 一级 and 二级 cells are merged over their rows in the original
 * table, so a row without them inherits the last ones seen.
 */
public final class IndicatorTable {

    private static final Pattern POINTS = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");
    /** Points stated in text, "(50分)" or "（５０分）": matched on the folded text, full-width digits as ASCII. */
    static Matcher points(String text) {
        return POINTS.matcher(perfaudit.ingest.grammar.text.TextFold.fold(text));
    }

    static final Pattern POINTS_ONLY = Pattern.compile("^[(（]?(\\d+(?:\\.\\d+)?)分[)）]?$");
    private static final Pattern BLOCK_NUMBER = Pattern.compile("^\\d{0,2}(?:[(（](\\d+(?:\\.\\d+)?)分[)）])?$");
    private static final Pattern CHINESE_ENUMERATOR = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]");
    private static final Pattern ARABIC_ENUMERATOR = Pattern.compile("^(\\d{1,2}[、.．)）]|[(（]\\d{1,2}[)）])");

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorHeader header;
    private final Placeholders placeholders;
    /** Where rows and the table end; made once the header's columns are known. */
    private RowEnds ends;
    private RowAligner gridAligner;
    private RowAligner flowAligner;
    private List<IndicatorField> valueFields;

    private String level1;
    private String level1Raw;
    private BigDecimal level1Points;
    private BigDecimal pendingPoints;
    private String level2;
    private String level2Raw;
    private String block;
    private BigDecimal blockPoints;
    private String vertical;
    private int verticalSpelt;
    private String lastParentName;

    public IndicatorTable(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.header = new IndicatorHeader(scanner, form);
        this.placeholders = new Placeholders(lex, scanner.log);
    }

    public int read(int i) {
        form.partsRead.add(Terms.INDICATOR_HEADER);
        form.hasContent = true;
        int k = i;
        if (t.labelAt(k, lex.indicatorBlock, true) != null) {
            k = readBlock(k); // a block label (年度绩效目标1 (60分)) may come before the header
        }
        k = header.read(k);
        buildAligners();
        int end = s.grid ? gridRows(k) : flowRows(k);
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
        if (end >= t.size() || !printsTotal || t.labelAt(end, lex.total, true) != null || end <= from) {
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
            rowUnread();
            return;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> aligned = gridAligner.align(items, level1, level2Taken);
        if (aligned.isEmpty()) {
            s.problem(from, "indicator row does not fit the 绩效指标 columns — 指标行与表头列对不上");
            for (RowAligner.Item item : items) {
                String key = item.value().cell().key();
                if (lex.level2.exact(key) != null) {
                    setLevel2(item.text(), false);
                } else if (lex.level1Of(key) != null) {
                    setLevel1(item.text());
                }
            }
            // after its own 一级 label, if it prints one: the category the lost row belongs to
            rowUnread();
            return;
        }
        Map<IndicatorField, RowAligner.Item> fields = lonePointsByColumn(aligned.get());
        if (fields.containsKey(IndicatorField.LEVEL1)) {
            setLevel1(fields.get(IndicatorField.LEVEL1).text());
        }
        if (fields.containsKey(IndicatorField.LEVEL2)) {
            String label = fields.get(IndicatorField.LEVEL2).value().cell().key();
            level2Taken = lex.covers(level1, lex.level1Of(label));
            setLevel2(fields.get(IndicatorField.LEVEL2).text(), fields.containsKey(IndicatorField.LEVEL1));
        } else if (fields.containsKey(IndicatorField.LEVEL1)) {
            level2 = null;
            level2Raw = null;
            level2Taken = false;
        }
        if (namesNoIndicator(fields)) {
            // a 二级 with no row under it (生态效益指标 left empty), or a template leftover (……)
            s.use(from, to);
            return;
        }
        add(t.get(from), fields, false);
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
                pendingPoints = new BigDecimal(points.group(1));
                s.use(j, j + 1);
                j++;
                continue;
            }
            if (t.labelAt(j, lex.indicatorBlock, true) != null) {
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
                    && !l1.value().equals(level1) && !l1.value().equals(vertical)));
            if (level1Label && lex.covers(level1, l1.value())) {
                // under 项目绩效 (an 一级 spanning 产出 / 效益 / 满意度) their labels are its 二级
                row = close(row, j);
                setLevel2(t.text(j, l1.next()), false);
                levelJustSet = true;
                s.use(j, l1.next());
                j = l1.next();
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
                        pendingPoints = new BigDecimal(stated.group(1)); // 项目决策 2分 (广水): points beside it
                    }
                    next++;
                }
                setLevel1(raw);
                level2 = null;
                level2Raw = null;
                s.use(j, next);
                j = next;
                continue;
            }
            if (l2 != null) {
                // the same 二级 twice (经济效益 / 经济效益指标): the second is the row's 三级指标, named after it
                boolean nameNext = row.isEmpty() && level2 != null && levelJustSet && !ends.followedByLabel(l2.next())
                        && l2.value().name().equals(level2);
                if (!nameNext) {
                    row = close(row, j);
                    setLevel2(t.text(j, l2.next()), false);
                    levelJustSet = true;
                    s.use(j, l2.next());
                    j = l2.next();
                    continue;
                }
            }
            Value value = Value.of(cell);
            if (!row.isEmpty() && ends.endsAtCoreMark(row, cell)) {
                // the row's last column is 是否核心指标: its 是 / 否 ends the row (rows run on one line)
                row.cells.add(cell);
                row.last = j;
                row = close(row, j + 1);
                levelJustSet = false;
                j++;
                continue;
            }
            if (!row.isEmpty() && ends.endsWithScores(row) && RowEnds.startsLine(cell)) {
                // a line ending in 分值 得分 ends its row (text that kept its lines)
                row = close(row, j);
            } else if (value.kind() == Value.Kind.TEXT && row.hasText() && !ends.unitCell(row, cell) && !ends.targetAfterWeight(row)
                    && !ends.fillsTextColumn(row, cell) && (RowEnds.isValue(row.lastKind())
                    && (cell.gap() == Cell.Gap.ROW || ends.startsRow(j)) || row.textAfterNumbers() || placeholders.isPlaceholder(cell.key()))) {
                row = close(row, j);
            }
            if (row.first < 0) {
                row.first = j;
            }
            row.cells.add(cell);
            row.last = j;
            levelJustSet = false;
            j++;
        }
        close(row, j);
        return j;
    }

    private boolean levelJustSet;

    /** 一级 labels printed one character per line (PDF text of a vertical merged cell). */
    private boolean verticalLabelChar(Cell cell) {
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
        if (t.glued && !cutShort && GluedIndicatorRows.handles(valueFields) && (ends.weightBeforeTarget() || ends.noPoints())) {
            gluedRows(cells, first, last);
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
            rowUnread();
            return;
        }
        RowAligner.Item nameItem = aligned.get().get(IndicatorField.NAME);
        boolean childRow = nameItem != null && isChild(nameItem.text());
        if (!cutShort && !childRow && ends.missesScores(row, aligned.get())) {
            for (int k = first; k <= last; k++) {
                if (!t.get(k).isBlank() && (k == first || t.get(k).row() != t.get(k - 1).row())) {
                    s.problem(k, "indicator row has no 分值/得分 at its end (its line was lost?) — 指标行缺少分值和得分");
                }
            }
            rowUnread();
            return;
        }
        boolean figures = items.stream().anyMatch(i -> i.value().isNumeric() || i.value().kind() == Value.Kind.MEASURE);
        if (cutShort && (!figures || aligned.get().keySet().stream().allMatch(f -> f == IndicatorField.NAME))) {
            // the text stops inside the row's name: nothing of it to audit (the form says where it stops)
            s.use(first, last + 1);
            return;
        }
        add(t.get(first), aligned.get(), cutShort);
        s.use(first, last + 1);
    }

    /**
     * Glued text: the row's cells run together are cut into rows by the header's columns where
     * exactly one cut fits; each OCR'd comparator read is noted, and what cannot be cut with
     * certainty is reported with its text rather than read as a row with wrong or missing values.
     */
    private void gluedRows(List<Cell> cells, int first, int last) {
        StringBuilder joined = new StringBuilder();
        for (Cell cell : cells) {
            joined.append(cell.key());
        }
        Matcher level2Points = points(joined.toString());
        BigDecimal maxWeight = level1Points;
        BigDecimal level2Stated = null;
        if (level2Points.lookingAt()) {
            // the 二级's points printed before its first row (数量指标(10分)): no part of the row, its rows' bound
            BigDecimal points = new BigDecimal(level2Points.group(1));
            level2Stated = points;
            maxWeight = maxWeight == null || points.compareTo(maxWeight) < 0 ? points : maxWeight;
            joined.delete(0, level2Points.end());
        }
        String text = placeholders.withoutPlaceholders(joined.toString(), t.get(first));
        if (text.isEmpty()) {
            s.use(first, last + 1);
            return;
        }
        GluedIndicatorRows.Result result = GluedIndicatorRows.read(text, valueFields, maxWeight, lex);
        Cell at = t.get(first);
        for (GluedIndicatorRows.Row row : result.rows()) {
            addGlued(row, text, at);
        }
        if (result.readTo() < text.length()) {
            String rest = text.substring(result.readTo());
            BigDecimal left = level2Stated != null ? pointsLeft(level2Stated, result.rows()) : sectionPointsLeft();
            List<GluedIndicatorRows.Row> settled = left == null || !sectionEndsAfter(last, level2Stated != null) ? null
                    : GluedIndicatorRows.settle(rest, valueFields, maxWeight, left, sectionHasDashRows(), lex);
            if (settled != null) {
                List<String> weights = settled.stream().map(r -> r.cells().get(IndicatorField.WEIGHT).reading()).toList();
                String section = (level2Stated != null ? level2 + "(" + level2Stated.toPlainString() : level1 + "("
                        + level1Points.toPlainString()) + "分)";
                s.log.note(at.row(), at.location(), rest, "粘连的指标行按本节分值拆分：" + section + " 其余各行之外剩余 "
                        + left.toPlainString() + " 分 = " + String.join(" + ", weights) + " — glued indicator rows cut where the"
                        + " section's points settle it: " + section + " leaves " + left.toPlainString() + " points after its other"
                        + " rows = " + String.join(" + ", weights) + ", and no other cut of the text adds up so");
                for (GluedIndicatorRows.Row row : settled) {
                    addGlued(row, rest, at);
                }
                s.use(first, last + 1);
                return;
            }
            s.log.report(at.row(), at.location(), rest, "glued indicator text cannot be cut into the columns "
                    + valueFields + " with certainty; not read: " + rest + " — 粘连的指标行无法确定地按表头各列拆分，未读取");
            rowUnread();
        }
        s.use(first, last + 1);
    }

    /** One glued row read: its cells added as a row, each OCR correction noted with the text before and after. */
    private void addGlued(GluedIndicatorRows.Row row, String text, Cell at) {
        Map<IndicatorField, RowAligner.Item> fields = new java.util.EnumMap<>(IndicatorField.class);
        row.cells().forEach((field, read) -> {
            fields.put(field, new RowAligner.Item(-1, read.reading(),
                    Value.of(new Cell(read.reading(), at.location(), at.row(), -1, Cell.Gap.NONE))));
            if (read.corrected()) {
                s.log.note(at.row(), at.location(), text.substring(row.start(), row.end()), "识别错误已更正：'" + read.text()
                        + "' 读作 '" + read.reading() + "' — OCR misreading corrected: '" + read.text() + "' read as '"
                        + read.reading() + "' (" + read.why() + ")");
            }
        });
        add(at, fields, false);
    }

    /** A 二级's printed points less the 分值 of its rows read before the rest. */
    private static BigDecimal pointsLeft(BigDecimal points, List<GluedIndicatorRows.Row> read) {
        BigDecimal left = points;
        for (GluedIndicatorRows.Row row : read) {
            GluedIndicatorRows.Read weight = row.cells().get(IndicatorField.WEIGHT);
            if (weight == null) {
                return null;
            }
            left = left.subtract(new BigDecimal(weight.reading()));
        }
        return left;
    }

    /**
     * The 一级's printed points less the 分值 of the rows read under it; null when its points are not
     * printed, a row of it was left unread, or one was read without a 分值 (the sum would not tell).
     */
    private BigDecimal sectionPointsLeft() {
        if (level1 == null || level1Points == null || form.unreadIn.contains(level1)) {
            return null;
        }
        BigDecimal left = level1Points;
        for (int k = form.indicators.size() - 1; k >= 0; k--) {
            Indicator row = form.indicators.get(k);
            if (!level1.equals(row.level1()) || !java.util.Objects.equals(block, row.block())) {
                break;
            }
            if (row.child()) {
                continue;
            }
            if (row.weight() == null) {
                return null;
            }
            left = left.subtract(row.weight());
        }
        return left;
    }

    /** Rows of the 一级 in force print a dash as 年度指标值 (项目决策 / 项目管理): a row may have lost it. */
    private boolean sectionHasDashRows() {
        for (int k = form.indicators.size() - 1; k >= 0; k--) {
            Indicator row = form.indicators.get(k);
            if (!java.util.Objects.equals(level1, row.level1())) {
                break;
            }
            if (row.target() == null && row.actual() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing of the section follows cell {@code last}: the next filled cell is another 一级 (or, for a
     * 二级's points, another 二级), a block, or the 总分 row. Only then are its points all spent: where the
     * text stops or another form begins, rows of the section may be lost past the cut.
     */
    private boolean sectionEndsAfter(int last, boolean level2Scoped) {
        int j = last + 1;
        while (j < t.size() && t.get(j).isBlank()) {
            j++;
        }
        if (j >= t.size()) {
            return false;
        }
        if (t.labelAt(j, lex.total, true) != null || t.labelAt(j, lex.indicatorBlock, true) != null) {
            return true;
        }
        Hit<String> l1 = t.labelAt(j, lex.level1, Tokens.Rest.BRACKETED);
        if (l1 != null && !l1.value().equals(level1) && !lex.covers(level1, l1.value())
                && (t.labelAt(j, lex.level2, false) == null || ends.followedByPoints(j, l1))) {
            return true;
        }
        return level2Scoped && t.labelAt(j, lex.level2, false) != null;
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
        for (int i = 0; i < items.size(); i++) {
            result.put(fields.get(i), items.get(i));
        }
        boolean fits = result.entrySet().stream().allMatch(e -> e.getKey() != IndicatorField.WEIGHT && e.getKey() != IndicatorField.SCORE
                || e.getValue().value().kind() == Value.Kind.NUMBER || e.getValue().value().isBlank());
        return fits ? Optional.of(result) : flowAligner.align(items);
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
        Hit<Boolean> blockLabel = t.labelAt(j, lex.indicatorBlock, true);
        Matcher stated = points(t.text(j, blockLabel.next()));
        blockPoints = stated.find() ? new BigDecimal(stated.group(1)) : null;
        String name = blockName(j, blockLabel.next());
        int next = blockLabel.next();
        Matcher numbered = BLOCK_NUMBER.matcher(next < t.size() ? t.get(next).key() : "");
        if (blockPoints == null && numbered.matches()) {
            name = name + t.get(next).key().replaceAll("[(（].*", "");
            blockPoints = numbered.group(1) == null ? null : new BigDecimal(numbered.group(1));
            next++;
        }
        block = name;
        level1 = null;
        level1Raw = null;
        level1Points = null;
        level2 = null;
        level2Raw = null;
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

    /** A row of the current 一级指标 was reported, not read: its category's sums lack it. */
    private void rowUnread() {
        form.unreadIn.add(level1 == null ? "" : level1);
    }

    // ---------------------------------------------------------------- the indicator

    private void setLevel1(String raw) {
        level1Raw = raw.strip();
        String key = LabelIndex.key(raw);
        LabelIndex.Match<String> m = lex.level1.longestAt(key, 0);
        level1 = m != null ? m.value() : level1Raw;
        Matcher points = points(raw);
        level1Points = points.find() ? new BigDecimal(points.group(1)) : pendingPoints;
        pendingPoints = null;
        levelJustSet = true;
    }

    private void setLevel2(String raw, boolean level1InRow) {
        level2Raw = raw.strip();
        Level2 level = lex.level2.exact(LabelIndex.key(raw));
        level2 = level != null ? level.name() : level2Raw;
        String parent = level == null ? null : level.parent();
        // under 项目绩效 a 产出 / 效益 / 满意度 二级 keeps it as its 一级
        if (!level1InRow && parent != null && !parent.equals(level1) && !lex.covers(level1, parent)) {
            level1 = parent;
            // printed one character per line beside the rows (PDF text of a vertical cell), or not at all
            level1Raw = parent.equals(vertical) ? vertical : null;
            level1Points = pendingPoints;
            pendingPoints = null;
        }
    }

    private void add(Cell at, Map<IndicatorField, RowAligner.Item> fields, boolean truncated) {
        String name = text(fields.get(IndicatorField.NAME));
        Measure target = target(fields);
        boolean child = isChild(name);
        if (!child) {
            lastParentName = name;
        }
        form.indicators.add(new Indicator(at.location(), level1, level1Raw, level1Points, level2, level2Raw, name,
                target, MeasureParser.parse(text(fields.get(IndicatorField.ACTUAL))),
                number(fields.get(IndicatorField.WEIGHT), "分值", at), number(fields.get(IndicatorField.SCORE), "得分", at),
                text(fields.get(IndicatorField.DEVIATION)), child, block, blockPoints, truncated,
                number(fields.get(IndicatorField.REVIEW), "复核分", at), false, core(fields)));
    }

    /** 是否核心指标: 是 true, 否 false; null where the table has no such column or the cell is empty. */
    private Boolean core(Map<IndicatorField, RowAligner.Item> fields) {
        String mark = text(fields.get(IndicatorField.CORE));
        return mark == null || !valueFields.contains(IndicatorField.CORE) ? null : mark.equals("是");
    }

    /** The target: one cell, or 指标性质 + 指标值 + 度量单位 put together (≧ | 735 | 人次 → ≧735人次). */
    private static Measure target(Map<IndicatorField, RowAligner.Item> fields) {
        if (fields.containsKey(IndicatorField.TARGET)) {
            return MeasureParser.parse(text(fields.get(IndicatorField.TARGET)));
        }
        String nature = text(fields.get(IndicatorField.NATURE));
        String value = text(fields.get(IndicatorField.TARGET_VALUE));
        String unit = text(fields.get(IndicatorField.UNIT));
        if (value == null) {
            return null;
        }
        // 指标性质 holds a comparator (≥, 大于等于) or the kind of indicator (定性, 正向), which is no part of the value
        boolean comparator = nature != null && (fields.get(IndicatorField.NATURE).value().kind() == Value.Kind.COMPARATOR
                || MeasureParser.parse(nature + "1").comparator() != null);
        return MeasureParser.parse((comparator ? nature : "") + value + (unit == null ? "" : unit));
    }

    private boolean isChild(String name) {
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

    private static String text(RowAligner.Item item) {
        return item == null || item.value().isBlank() ? null : item.text().strip();
    }

    private BigDecimal number(RowAligner.Item item, String field, Cell at) {
        if (item == null || item.value().isBlank()) {
            return null;
        }
        if (item.value().kind() == Value.Kind.NUMBER) {
            return item.value().number();
        }
        s.log.report(at.row(), item.value().cell().location(), item.text(), field + ": not a number: '" + item.text() + "' — 不是数字");
        return null;
    }
}
