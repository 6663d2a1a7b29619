package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.Placeholders;
import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.indicators.columns.LevelPointsColumns;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 绩效指标 rows where the grid is known: each grid row is a row, its cells aligned to the header's
 * columns by their column. Apart from {@link FlowRows} because a known grid needs none of the guessing
 * of where a row ends.
 */
final class GridRows {

    private final PartScan s;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorHeader header;
    private final IndicatorBuilder builder;
    private final RowEnds ends;
    private final Placeholders placeholders;
    private final RowAligner aligner;
    /** The grid columns the table's rows printing both 分值 and 得分 put them in; -1 until one is read. */
    private int weightColumn = -1;
    private int scoreColumn = -1;
    /** The header ends in 得分 | 权重占比 | 折算得分 after a status column (family G): each row's figures are checked. */
    private final boolean convertedScore;

    GridRows(PartScan scanner, IndicatorHeader header, IndicatorBuilder builder, RowEnds ends, Placeholders placeholders) {
        this.s = scanner;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.header = header;
        this.builder = builder;
        this.ends = ends;
        this.placeholders = placeholders;
        this.aligner = new RowAligner(header.fields(), header.gridColumns(), lex);
        this.convertedScore = ConvertedScore.printedBy(header);
    }

    /** Reads the rows from {@code k} to the table's end; returns the index of its end. */
    int read(int k) {
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
        Optional<Map<IndicatorField, RowAligner.Item>> aligned = aligner.align(items, builder.level1(), builder.level2Taken(), taken.level2Label());
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
            if (taken.level1Points() != null) {
                builder.pointsForNextLevel1(taken.level1Points());
            }
            builder.setLevel1(fields.get(IndicatorField.LEVEL1).text());
        }
        if (fields.containsKey(IndicatorField.LEVEL2)) {
            String label = fields.get(IndicatorField.LEVEL2).value().cell().key();
            // a label only its points column shows to be the 二级 (产出 / 效益) holds the 二级 column as a covered 一级 does
            builder.setLevel2Taken(lex.covers(builder.level1(), lex.level1Of(label))
                    || fields.get(IndicatorField.LEVEL2) == taken.level2Label() && lex.level2Of(label) == null);
            builder.setLevel2(fields.get(IndicatorField.LEVEL2).text(), fields.containsKey(IndicatorField.LEVEL1));
        } else if (fields.containsKey(IndicatorField.LEVEL1)) {
            builder.clearLevel2();
        }
        if (namesNoIndicator(fields)) {
            // a 二级 with no row under it (生态效益指标 left empty), or a template leftover (……)
            s.use(from, to);
            return;
        }
        String disagreement = convertedScoreDisagreement(items, fields);
        if (disagreement != null) {
            Cell at = t.get(from);
            String rowText = String.join(" ", items.stream().map(RowAligner.Item::text).toList());
            s.log.note(at.row(), at.location(), rowText, ConvertedScore.unreadNote(disagreement));
            builder.rowUnread();
            s.use(from, to);
            return;
        }
        builder.add(t.get(from), fields, false);
        s.use(from, to);
    }

    /**
     * Why the row's 得分 and the two figures printed after it (权重占比, 折算得分) are not known to be those columns
     * (the check text without a grid makes, {@link ConvertedScore}); null when they are, or when the table or the
     * row does not print all three.
     */
    private String convertedScoreDisagreement(List<RowAligner.Item> items, Map<IndicatorField, RowAligner.Item> fields) {
        RowAligner.Item score = fields.get(IndicatorField.SCORE);
        int at = convertedScore && score != null ? items.indexOf(score) : -1;
        if (at < 0 || items.size() - at != ConvertedScore.FIGURES) {
            return null;
        }
        List<RowAligner.Item> figures = items.subList(at, items.size());
        for (RowAligner.Item figure : figures) {
            if (figure.value().kind() != Value.Kind.NUMBER) {
                return null;
            }
        }
        RowAligner.Item weight = fields.get(IndicatorField.WEIGHT);
        return ConvertedScore.disagreement(weight == null || weight.value().kind() != Value.Kind.NUMBER ? null : weight.value().number(),
                figures.get(0).value().number(), figures.get(1).value().number(), figures.get(2).value().number());
    }

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
        // every row asks: a loop over the fields, not a stream and a list
        int rest = 0;
        boolean nameOnly = false;
        for (IndicatorField f : fields.keySet()) {
            if (f != IndicatorField.LEVEL1 && f != IndicatorField.LEVEL2) {
                rest++;
                nameOnly = f == IndicatorField.NAME;
            }
        }
        return rest == 0 || rest == 1 && nameOnly && placeholders.isPlaceholder(fields.get(IndicatorField.NAME).value().cell().key());
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
}
