package perfaudit.ingest.grammar.indicators.columns;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.indicators.cells.PointsLabel;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 绩效指标 table's header: its column labels in the order printed, wrapped labels and an OCR'd
 * cell of run-together labels read, then put in the order the rows print them. Apart from the rows
 * because it is read once, before them, and the rows ask it only which columns there are.
 */
public final class IndicatorHeader {

    /** A column of the header: its field, its grid column (-1 when unknown) and the label's key (null when not printed). */
    private record Column(IndicatorField field, int order, int gridColumn, String label) {
        Column(IndicatorField field, int order, int gridColumn) {
            this(field, order, gridColumn, null);
        }
    }

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final Lexicon lex;
    private final List<Column> header = new ArrayList<>();
    private final LevelPointsColumns levelPoints = new LevelPointsColumns();
    /** Every column whose label the header printed, before wrapped and repeated labels are merged: what a reprint of it shows. */
    private final Set<IndicatorField> labelled = EnumSet.noneOf(IndicatorField.class);
    /** The cells where the 一级 / 二级 / 三级 labels start (-1 when not printed): where "|" rows place them. */
    private int level1At = -1;
    private int level2At = -1;
    private int nameAt = -1;
    private int lastPointsAt = -1;
    private BarColumns barColumns = BarColumns.NONE;

    public IndicatorHeader(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.lex = scanner.lex;
    }

    /** The columns in the rows' order (after {@link #read}). */
    public List<IndicatorField> fields() {
        return header.stream().map(Column::field).toList();
    }

    /** Each column's grid column, in the rows' order; -1 where unknown. */
    public int[] gridColumns() {
        return header.stream().mapToInt(Column::gridColumn).toArray();
    }

    /** The 分值 columns printed after the 一级 / 二级 labels (评价评分表), if any. */
    public LevelPointsColumns levelPoints() {
        return levelPoints;
    }

    /**
     * The index in {@link #fields} of the 单项指标完成情况 column (family G), whose label the vocabulary lists as a
     * status column; -1 when the header prints none.
     */
    public int statusColumn() {
        for (int i = 0; i < header.size(); i++) {
            String label = header.get(i).label();
            if (label != null && lex.statusColumns.contains(label)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isEmpty() {
        return header.isEmpty();
    }

    /** The columns whose labels the header printed (empty when it printed none and the national columns are assumed). */
    public Set<IndicatorField> labelled() {
        return java.util.Collections.unmodifiableSet(labelled);
    }

    /** Reads the header from cell {@code i}; returns the cell after it, the columns put in the rows' order. */
    private static final java.util.regex.Pattern COLUMN_LETTER = java.util.regex.Pattern.compile("^\\([A-F](?:/[A-F])?\\)");

    /** The column label after a leading column letter that belongs to the label before it ((B)得分), or null. */
    private IndicatorField afterColumnLetter(String key) {
        java.util.regex.Matcher letter = COLUMN_LETTER.matcher(key);
        return letter.find() && letter.end() < key.length() ? lex.indicatorColumn.exact(key.substring(letter.end())) : null;
    }

    public int read(int i) {
        int k = i;
        int order = 0;
        while (k < t.size()) {
            Cell cell = t.get(k);
            if (cell.isBlank()) {
                k++;
                continue;
            }
            Hit<Boolean> anchor = t.labelAt(k, lex.indicatorAnchor, Tokens.Rest.BRACKETED);
            if (anchor != null) {
                // 绩效指标 (90分): the points it states are the section's, no column of the table
                form.saw(anchor.spelling());
                s.use(k, anchor.next());
                k = anchor.next();
                continue;
            }
            Hit<IndicatorField> column = t.labelAt(k, lex.indicatorColumn, false);
            if (column != null) {
                IndicatorField field = column.value();
                form.saw(column.spelling());
                labelled.add(field);
                if (!header.isEmpty() && levelPoints.claims(field, header.get(header.size() - 1).field(), cell.column())) {
                    s.use(k, column.next());
                    k = column.next();
                    continue;
                }
                if (field == IndicatorField.TARGET_VALUE && has(IndicatorField.TARGET) && !has(IndicatorField.NATURE)
                        && !willHave(k, IndicatorField.NATURE, IndicatorField.UNIT)) {
                    field = null; // the second line of a wrapped 年度 / 指标值 header
                } else if (has(field) && field != IndicatorField.IGNORED) {
                    field = null; // a wrapped header's second line repeating a label
                }
                if (field != null) {
                    header.add(new Column(field, order++, cell.column(), LabelIndex.spellingKey(column.spelling())));
                    markLevelLabel(field, k);
                }
                s.use(k, column.next());
                k = column.next();
                continue;
            }
            IndicatorField lettered = header.isEmpty() ? null : afterColumnLetter(cell.key());
            if (lettered != null) {
                // glued text cut after a label, before its column letter: 实际完成指标值 | (B)得分
                labelled.add(lettered);
                if (!has(lettered)) {
                    header.add(new Column(lettered, order++, cell.column()));
                }
                s.use(k, k + 1);
                k++;
                continue;
            }
            IndicatorField fragment = header.isEmpty() ? null : headerFragment(cell.key());
            if (fragment != null) {
                labelled.add(fragment);
                if (!has(fragment)) {
                    header.add(new Column(fragment, order++, cell.column()));
                }
                s.use(k, k + 1);
                k++;
                continue;
            }
            List<IndicatorField> scrambled = t.glued && !header.isEmpty() ? ScrambledHeader.read(cell.key(), lex.vocabulary) : null;
            if (scrambled != null) {
                labelled.addAll(scrambled);
                for (IndicatorField field : scrambled) {
                    if (!has(field)) {
                        header.add(new Column(field, order++, cell.column()));
                    }
                }
                s.log.note(cell.row(), cell.location(), cell.key(), "识别错误的表头已读作 " + scrambled
                        + " — OCR'd header cell read as the columns " + scrambled + " (made only of their labels, letters misplaced)");
                s.use(k, k + 1);
                k++;
                continue;
            }
            if (PointsLabel.POINTS_ONLY.matcher(cell.key()).matches() && header.isEmpty()) {
                s.use(k, k + 1);
                k++;
                continue;
            }
            break;
        }
        normaliseOrder();
        barColumns = BarColumns.of(t, level1At, level2At, nameAt, lastPointsAt);
        return k;
    }

    private void markLevelLabel(IndicatorField field, int k) {
        switch (field) {
            case LEVEL1 -> level1At = k;
            case LEVEL2 -> level2At = k;
            case NAME -> nameAt = k;
            case WEIGHT, SCORE -> lastPointsAt = Math.max(lastPointsAt, k);
            default -> {
            }
        }
    }

    /** The 一级 / 二级 / 三级 columns of a "|" header printed on one line, by position ({@link BarColumns#NONE} otherwise). */
    public BarColumns barColumns() {
        return barColumns;
    }

    private boolean willHave(int k, IndicatorField... fields) {
        for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
            Hit<IndicatorField> next = t.labelAt(j, lex.indicatorColumn, false);
            if (next != null && EnumSet.of(fields[0], fields).contains(next.value())) {
                return true;
            }
        }
        return false;
    }

    /** "年度" / "实际": a wrapped header cell that starts exactly one column's label. */
    private IndicatorField headerFragment(String key) {
        if (key.length() < 2 || key.length() > 4) {
            return null;
        }
        IndicatorField found = null;
        for (Map.Entry<IndicatorField, List<String>> column : lex.vocabulary.indicatorColumns().entrySet()) {
            for (String spelling : column.getValue()) {
                String label = LabelIndex.spellingKey(spelling);
                if (label.length() > key.length() && label.startsWith(key)) {
                    if (found != null && found != column.getKey()) {
                        return null;
                    }
                    found = column.getKey();
                }
            }
        }
        if (found == null) {
            // the second half of a wrapped header (指标值, 完成值) when its first half was read
            for (Column c : header) {
                for (String spelling : lex.vocabulary.indicatorColumns().getOrDefault(c.field(), List.of())) {
                    String label = LabelIndex.spellingKey(spelling);
                    if (label.length() > key.length() && label.endsWith(key)) {
                        return c.field();
                    }
                }
            }
        }
        return found;
    }

    /**
     * 计量单位 and 指标性质 printed before the target as columns of their own, no 指标值 among them (部门整体:
     * 指标名称 计量单位 指标性质 年初指标值): the target is one cell, not split into them.
     */
    private boolean ownColumnsBeforeTarget() {
        int target = -1;
        int lastPart = -1;
        for (Column c : header) {
            if (c.field() == IndicatorField.TARGET) {
                target = c.order();
            } else if (c.field() == IndicatorField.NATURE || c.field() == IndicatorField.UNIT) {
                lastPart = Math.max(lastPart, c.order());
            }
        }
        return target >= 0 && lastPart >= 0 && lastPart < target && !has(IndicatorField.TARGET_VALUE);
    }

    public boolean has(IndicatorField field) {
        for (Column c : header) { // a loop, not a stream: asked several times of every indicator row
            if (c.field() == field) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns in the order the rows print them: 一级, 二级, 三级 first (a two-row header may print
     * them after the value columns), and the split target (指标性质 / 指标值 / 度量单位) in place of 年度指标值.
     */
    private void normaliseOrder() {
        List<Column> ordered = new ArrayList<>();
        boolean positioned = header.stream().allMatch(c -> c.gridColumn() >= 0) && s.grid;
        List<Column> byPosition = new ArrayList<>(header);
        if (positioned) {
            byPosition.sort(java.util.Comparator.comparingInt(Column::gridColumn));
            // a two-row header: the later row's cells sit under the earlier row's merged cell
        }
        for (Column c : byPosition) {
            if (c.field() == IndicatorField.LEVEL1 || c.field() == IndicatorField.LEVEL2 || c.field() == IndicatorField.NAME) {
                ordered.add(c);
            }
        }
        boolean split = (has(IndicatorField.NATURE) || has(IndicatorField.UNIT) || has(IndicatorField.TARGET_VALUE)
                && !has(IndicatorField.TARGET)) && !ownColumnsBeforeTarget();
        for (Column c : byPosition) {
            switch (c.field()) {
                case LEVEL1, LEVEL2, NAME -> {
                }
                case TARGET -> {
                    if (split) {
                        for (IndicatorField part : List.of(IndicatorField.NATURE, IndicatorField.TARGET_VALUE, IndicatorField.UNIT)) {
                            header.stream().filter(x -> x.field() == part).findFirst().ifPresent(ordered::add);
                        }
                    } else {
                        ordered.add(c);
                    }
                }
                case NATURE, TARGET_VALUE, UNIT -> {
                    if (!has(IndicatorField.TARGET) || !split && c.field() != IndicatorField.TARGET_VALUE) {
                        ordered.add(c);
                    }
                }
                default -> ordered.add(c);
            }
        }
        if (ordered.stream().noneMatch(c -> c.field() == IndicatorField.NAME)) {
            ordered.add(Math.min(ordered.size(), (int) ordered.stream().filter(c -> c.field() == IndicatorField.LEVEL1
                    || c.field() == IndicatorField.LEVEL2).count()), new Column(IndicatorField.NAME, -1, -1));
        }
        boolean read = ordered.stream().anyMatch(c -> c.field() != IndicatorField.LEVEL1 && c.field() != IndicatorField.LEVEL2
                && c.field() != IndicatorField.NAME);
        if (!read) {
            // no header read: the national template's columns, assumed for reading, not known to be printed
            for (IndicatorField f : List.of(IndicatorField.TARGET, IndicatorField.ACTUAL, IndicatorField.WEIGHT,
                    IndicatorField.SCORE, IndicatorField.DEVIATION)) {
                ordered.add(new Column(f, -1, -1));
            }
        }
        header.clear();
        header.addAll(ordered);
        Set<IndicatorField> printed = EnumSet.noneOf(IndicatorField.class);
        header.forEach(c -> printed.add(c.field()));
        form.indicatorColumns = read ? printed : null;
        form.scoreBeforeWeight = read && scoreBeforeWeight(ordered);
        form.levelPointsColumns = levelPoints.gridColumns();
        form.levelPointsPrinted = levelPoints.printsFor(IndicatorField.LEVEL1) || levelPoints.printsFor(IndicatorField.LEVEL2);
    }

    /** The header prints 得分 left of 分值: the 总分 row's two figures follow the same order. */
    private static boolean scoreBeforeWeight(List<Column> ordered) {
        int weight = -1;
        int score = -1;
        for (int i = 0; i < ordered.size(); i++) {
            IndicatorField f = ordered.get(i).field();
            if (f == IndicatorField.WEIGHT && weight < 0) {
                weight = i;
            } else if (f == IndicatorField.SCORE && score < 0) {
                score = i;
            }
        }
        return weight >= 0 && score >= 0 && score < weight;
    }
}
