package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.LabelPieces;
import perfaudit.ingest.grammar.indicators.cells.Placeholders;
import perfaudit.ingest.grammar.indicators.cells.PointsLabel;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.indicators.levels.Level2PointsLabel;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Level2;

import java.math.BigDecimal;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;

/**
 * The 绩效指标 rows of text that lost its grid: cell by cell, the 一级 / 二级 / block labels are told
 * from the rows' cells, and a row ends where the next one's label or 三级 name begins ({@link RowEnds}).
 * Each row gathered is read by {@link FlowRowReader}; this class only finds where labels and rows are.
 */
final class FlowRows {

    private final PartScan s;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorHeader header;
    private final IndicatorBuilder builder;
    private final RowEnds ends;
    private final Placeholders placeholders;
    private final BlockLabel blockLabel;
    private final Level2PointsLabel level2Points;
    /** Makes the reader of the rows gathered, given the width at which the 三级指标 column wraps. */
    private final DoubleFunction<FlowRowReader> readerAtNameWidth;
    /** Reads each row gathered; made at the table's first row, where the 三级指标 column's wrap width is known. */
    private FlowRowReader rowReader;
    /** Reads the rows of a table with a status column (family G), or null; made at the table's first row. */
    private StatusRows statusRows;

    FlowRows(PartScan scanner, IndicatorHeader header, IndicatorBuilder builder, RowEnds ends, Placeholders placeholders,
             BlockLabel blockLabel, DoubleFunction<FlowRowReader> readerAtNameWidth) {
        this.s = scanner;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.header = header;
        this.builder = builder;
        this.ends = ends;
        this.placeholders = placeholders;
        this.blockLabel = blockLabel;
        this.readerAtNameWidth = readerAtNameWidth;
        this.level2Points = new Level2PointsLabel(scanner, header);
    }

    /** Reads the rows from {@code k} to the table's end; returns the index of its end. */
    int read(int k) {
        rowReader = readerAtNameWidth.apply(ends.wrapWidth(k));
        statusRows = StatusRows.of(s, header, builder, ends);
        FlowRow row = new FlowRow();
        int j = k;
        while (j < t.size() && !ends.endsTable(j)) {
            Cell cell = t.get(j);
            if (cell.isBlank()) {
                if (!row.cells.isEmpty() && ends.startsMarkedRow(row, j)) {
                    // a marked row opening with an empty cell (its merged 一级 / 二级, "| | 新建…" in "|" rows
                    // printed without outer bars): the row before is whole
                    row = close(row);
                } else if (!row.cells.isEmpty()) {
                    row.cells.add(cell);
                }
                j++;
                continue;
            }
            if (builder.spellsVerticalLevel1(cell)) {
                s.use(j, j + 1);
                j++;
                continue;
            }
            int reprint = ends.reprintedHeaderEnd(j);
            if (reprint > j) {
                // the header printed again from its 绩效指标 cell (a new page): no row
                row = close(row);
                s.use(j, reprint);
                j = reprint;
                continue;
            }
            Hit<IndicatorField> repeatedHeader = row.isEmpty() ? t.labelAt(j, lex.indicatorColumn, false) : null;
            if (repeatedHeader != null && repeatedHeader.next() == j + 1 && lex.level2.exact(cell.key()) == null) {
                // the header printed again (a new page, a second 年度绩效目标 block)
                s.use(j, j + 1);
                j++;
                continue;
            }
            Matcher points = RowEnds.pointsOnly(cell.key()) ? PointsLabel.POINTS_ONLY.matcher(cell.key()) : null;
            if (points != null && points.matches()) {
                row = close(row);
                builder.pointsForNextLevel1(new BigDecimal(points.group(1)));
                s.use(j, j + 1);
                j++;
                continue;
            }
            if (t.blockAt(j) != null) {
                row = close(row);
                j = blockLabel.read(j);
                continue;
            }
            int letters = LabelPieces.columnLettersEnd(s, j);
            if (letters > j) {
                // （A） （B） under 年初目标值 / 实际完成值: the wrapped tails of the header's labels, no row
                row = close(row);
                LabelPieces.noteColumnLetters(s, j, letters);
                j = letters;
                continue;
            }
            if (LabelPieces.pointsTail(cell) && !LabelPieces.opensBracket(row.cells)) {
                // 分） of 年度绩效目标1（80 / 分）: a wrapped label's points, never a row's reason or name
                LabelPieces.notePointsTail(s, j);
                j++;
                continue;
            }
            // "|" rows as wide as their header line: a cell's place says whether it is a label or a row's name
            IndicatorField barColumn = header.barColumns().columnOf(t, j);
            boolean namePlace = barColumn == IndicatorField.NAME;
            Hit<String> l1 = namePlace ? null : t.labelAt(j, lex.level1, Tokens.Rest.BRACKETED);
            Hit<Level2> l2 = namePlace ? null : t.labelAt(j, lex.level2, false);
            if (barColumn == IndicatorField.LEVEL2 && l1 == null && l2 == null && Value.of(cell).kind() == Value.Kind.TEXT) {
                // a 二级 the vocabulary does not know (a score sheet's 产出 / 效益), in the 二级 column
                row = close(row);
                j = level2Label(j, j + 1);
                continue;
            }
            // 满意度指标 is both an 一级 and a 二级 name: it is the 一级 when it states points, or when a 二级
            // follows and it is not the 一级 already in force (spelt one character per line beside the rows)
            boolean level1Label = l1 != null && (l2 == null || l1.next() > l2.next()
                    || l1.next() == l2.next() && (ends.followedByPoints(j, l1) || ends.followedByLabel(l1.next())
                    && !l1.value().equals(builder.level1()) && !l1.value().equals(builder.verticalLevel1())));
            if (level1Label && lex.covers(builder.level1(), l1.value())) {
                // under 项目绩效 (an 一级 spanning 产出 / 效益 / 满意度) their labels are its 二级
                row = close(row);
                builder.setLevel2Taken(true);
                j = level2Label(j, l1.next());
                continue;
            }
            if (level1Label) {
                row = close(row);
                int next = l1.next();
                String raw = t.text(j, next);
                Matcher stated = next < t.size() ? PointsLabel.POINTS_ONLY.matcher(t.get(next).key()) : null;
                if (stated != null && stated.matches() && !PointsLabel.statedIn(raw).find()) {
                    if (PointsLabel.statedIn(t.get(next).key()).find()) {
                        raw = raw + t.get(next).text().strip(); // 产出指标 (50分): the bracket is part of the label
                    } else {
                        builder.pointsForNextLevel1(new BigDecimal(stated.group(1))); // 项目决策 2分 (广水): points beside it
                    }
                    next++;
                } else if (levelFigureAt(next, IndicatorField.LEVEL1)) {
                    builder.pointsForNextLevel1(Value.of(t.get(next)).number()); // 项目决策 20 (the 分值 column after 一级指标)
                    next++;
                }
                builder.setLevel1(raw);
                builder.clearLevel2();
                s.use(j, next);
                j = next;
                continue;
            }
            if (l2 != null) {
                // the same 二级 twice (经济效益 / 经济效益指标): the second is the row's 三级指标, named after it
                boolean nameNext = row.isEmpty() && builder.level2() != null && builder.levelJustSet() && !ends.followedByLabel(l2.next())
                        && l2.value().name().equals(builder.level2());
                // under 项目绩效 / 项目产出 a 二级 spelling is the row's 三级 (产出数量), as in a grid; and where
                // 二级 labels print their own 分值, a line with only a row's 分值 and 得分 is a row (财务管理 3 … 3)
                // (unless the rows below it add up to the one figure after it: text with a cell per line has no line to count)
                nameNext |= builder.level2Taken() || header.levelPoints().printsFor(IndicatorField.LEVEL2) && !s.grid && figuresOnLine(j) < 3
                        && !level2Points.headsRowsWorth(j, builder.level1());
                if (!nameNext) {
                    row = close(row);
                    j = level2Label(j, l2.next());
                    continue;
                }
            }
            if (Value.of(cell).kind() == Value.Kind.TEXT && level2Points.headsRowsWorth(j, builder.level1())) {
                // a label the vocabulary does not know (产出 / 效益 under 项目绩效) with its 二级 分值: the 二级 of the rows below
                row = close(row);
                j = level2Label(j, j + 1);
                continue;
            }
            if (PointsLabel.of(cell.text()) != null && nextStatesPoints(j)) {
                // a label stating points followed by another (目标任务(10分) 相关性(5分)): the 二级 of the rows below
                row = close(row);
                setLevel2(cell.text());
                s.use(j, j + 1);
                j++;
                continue;
            }
            int statusEnd = statusRows != null && row.isEmpty() ? statusRows.rowEnd(j) : -1;
            if (statusEnd >= 0) {
                // a row ending in its status word and figures (family G): its cells read from that word
                row = close(row);
                statusRows.read(j, statusEnd);
                builder.rowCellRead();
                j = statusEnd + 1;
                continue;
            }
            Value value = Value.of(cell);
            if (!row.isEmpty() && ends.endsAtCoreMark(row, cell)) {
                // the row's last column is 是否核心指标: its 是 / 否 ends the row (rows run on one line)
                row.cells.add(cell);
                row.last = j;
                row = close(row);
                builder.rowCellRead();
                j++;
                continue;
            }
            if (!row.isEmpty() && ends.endsWithScores(row) && RowEnds.startsLine(cell)) {
                // a line ending in 分值 得分 ends its row (text that kept its lines)
                row = close(row);
            } else if (!row.isEmpty() && ends.endsWithScores(row) && ends.cutLabelEndsText(cell, j)) {
                // the text stops in the next row's label (可 of 可持续影响指标) right after this row's 分值 得分, on one
                // line with them: that word starts a row, so this one is whole, not cut
                row = close(row);
            } else if (!row.isEmpty() && ends.startsMarkedRow(row, j)) {
                // text marking its rows ("|" rows padded with empty cells): a whole row ends where the next begins
                row = close(row);
            } else if (value.kind() == Value.Kind.TEXT && row.hasText() && !ends.unitCell(row, cell) && !ends.targetAfterWeight(row)
                    && !ends.fillsTextColumn(row, cell) && !ends.reasonEndsLine(row, cell, j) && (RowEnds.isValue(row.lastKind())
                    && (cell.gap() == Cell.Gap.ROW || ends.startsRow(j)) || row.textAfterNumbers() || placeholders.isPlaceholder(cell.key()))) {
                row = close(row);
            }
            if (row.first < 0) {
                row.first = j;
                row.afterLabel = builder.levelJustSet();
            }
            row.cells.add(cell);
            row.last = j;
            builder.rowCellRead();
            j++;
        }
        if (!readAsCutBudgetRow(row, j)) {
            close(row);
            if (textEndsAt(j)) {
                rowReader.textEnds();
            }
        }
        return j;
    }

    /**
     * Family G's last row is its 预算执行率 row: where the form's text ends in that row's label (the input ends, or
     * another text begins), the excerpt cut it, and {@link StatusRows#cutBudgetRow} reads it (true) instead of the
     * row being closed as an ordinary one.
     */
    private boolean readAsCutBudgetRow(FlowRow row, int j) {
        return statusRows != null && textEndsAt(j) && row.first >= 0 && textEndsAt(statusRows.cutBudgetRow(row.first));
    }

    /** Where this form's text ends: the input's end, or the start of another text (the next form's title, a page). */
    private boolean textEndsAt(int k) {
        return k >= t.size() || s.startsOtherText(k);
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

    private FlowRow close(FlowRow row) {
        if (row.first >= 0 && !row.isEmpty()) {
            rowReader.read(row);
        }
        return new FlowRow();
    }

    /** Reads the 二级 label in {@code from}..{@code to} and its 分值 figure after it, if any; returns the index after them. */
    private int level2Label(int from, int to) {
        setLevel2(t.text(from, to));
        int after = levelFigureAt(to, IndicatorField.LEVEL2) ? to + 1 : to;
        s.use(from, after);
        return after;
    }

    /** A 二级 label was read: the same 二级 again right after it is a row's name. */
    private void setLevel2(String raw) {
        builder.setLevel2(raw, false);
        builder.labelRead();
    }
}
