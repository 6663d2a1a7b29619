package perfaudit.ingest.text;

import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tab-separated export: one table row per line, merged cells repeated as empty cells. Each line
 * becomes a grid row (cells split at tabs). A tabbed export pads every row of a table to the same
 * number of cells, so a row with another count was damaged: two short pieces that add up to the
 * table's width are one row broken over two lines and are read whole; other rows are reported.
 * Widths are judged per section (the table a row belongs to: a G export's 一、…四、 sections differ),
 * and a row shorter only by trailing empty cells, which many exports drop, is whole.
 */
final class TabbedLayout {

    static final String NAME = "tabbed";
    private static final Pattern YEAR_LINE = Pattern.compile("[(（]\\d{4}年度?[)）]");

    private TabbedLayout() {
    }

    /** True when the text looks like a tabbed export: tab-separated label rows. */
    static boolean recognises(List<TextLine> lines, Vocabulary vocabulary) {
        for (TextLine line : lines) {
            int tab = line.text().indexOf('\t');
            if (tab >= 0 && FormGrammar.startsFormOrList(line.text().substring(0, tab), vocabulary)) {
                return true;
            }
        }
        return false;
    }

    static Document read(String file, DecodedText text, Vocabulary vocabulary) {
        ProblemLog log = new ProblemLog(file);
        List<TextLine> lines = GluedCopy.withoutCopies(text.lines(), log);
        List<GridRow> rows = new ArrayList<>(lines.size()); // a loop, not a stream: every line of every tabbed file
        for (TextLine line : lines) {
            rows.add(GridRow.ofLine(file, line));
        }
        text.reportDamage(log);
        return FormGrammar.read(file, NAME, List.of(repaired(rows, log, vocabulary)), log, vocabulary);
    }

    static List<GridRow> repaired(List<GridRow> rows, ProblemLog log, Vocabulary vocabulary) {
        if (!dropsTrailingEmptyCells(rows)) {
            // a text that keeps trailing empty cells shortens a row only by losing cells: a browser's copy loses
            // its leading ones under a merged cell, padded back where the evidence is there
            rows = RowspanContinuations.padded(rows, log, vocabulary);
        }
        int[] starts = new int[rows.size()];
        int[] widths = sectionWidths(rows, vocabulary, starts);
        ColumnKinds kinds = new ColumnKinds(rows, starts);
        Boolean trims = null; // asked of the whole text only once a short row is met
        List<GridRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            GridRow line = rows.get(i);
            int width = widths[i];
            int cells = line.cells().size();
            if (width > 0 && line.tabular() && cells != width) {
                GridRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
                int nextCells = next != null && next.tabular() ? next.cells().size() : 0;
                if (cells < width && cells + nextCells - 1 == width) {
                    log.report(line, "row broken over lines " + line.number() + " and " + next.number() + " ("
                            + cells + " + " + nextCells + " cells, the form's rows have " + width + "); read as one row");
                    log.use(next);
                    out.add(line.joinedWith(next));
                    i++;
                    continue;
                }
                List<GridRow> parted = cells > width ? RunTogetherRows.parted(line, width, vocabulary) : null;
                if (parted != null) {
                    log.note(line, "一行中两行连在一起，按第二行的二级指标标签对齐拆成两行 — two rows run together on one line ("
                            + cells + " cells, the form's rows have " + width + "), parted where the second row's level label"
                            + " falls under the first's");
                    out.addAll(parted);
                    continue;
                }
                if (cells < width && isLast(rows, i) && closesForm(line, vocabulary)) {
                    // a signature or conclusion line (评价组组长: …, 复核人: …) after the table: shorter by nature
                    out.add(line);
                    continue;
                }
                if (cells < width && !isLast(rows, i) && !line.cells().get(cells - 1).isBlank()
                        && (trims == null ? trims = dropsTrailingEmptyCells(rows) : trims)
                        && lostOnlyTrailingEmpties(line, i, kinds)) {
                    out.add(line);
                    continue;
                }
                if (cells < width && isLast(rows, i)) {
                    // an excerpt cut short: the cells after the cut are missing, not damaged
                    log.note(line, "文本在此行中断，其后的单元格被截去 — the text ends inside this row (" + cells + " of "
                            + width + " cells): an excerpt cut short");
                } else if (!line.isBlank() && !headerFields(line, vocabulary)) {
                    log.report(line, "row has " + cells + " cells, the form's rows have " + width
                            + (cells < width ? ": cut short, its last cell may be incomplete" : ": two rows run together?"));
                }
            }
            out.add(line);
        }
        return out;
    }

    /**
     * A row of header fields (项目名称 | …, 主管部门 | … | 项目负责人及电话 | …) is read by its labels, not by column: its
     * cell count is the fields it holds, no damage (c03, e05: a 4-cell 主管部门 row among 2-cell ones was "two rows").
     * One broken over two lines is still read whole first.
     */
    private static boolean headerFields(GridRow row, Vocabulary vocabulary) {
        return FormGrammar.opensHeaderField(firstCell(row), vocabulary);
    }

    /** The line opens with one of the vocabulary's labels that follow the table (tail: 填表人, 复核人, 评价结论 …). */
    private static boolean closesForm(GridRow row, Vocabulary vocabulary) {
        return startsWithAny(LabelIndex.key(firstCell(row)), vocabulary.tail());
    }

    private static boolean isLast(List<GridRow> rows, int i) {
        for (int k = i + 1; k < rows.size(); k++) {
            if (!rows.get(k).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The export drops trailing empty cells: no row of it ends in an empty cell. One row that does shows
     * the rows are padded, and then a short row lost cells (a row cut in half ends in its cut cell).
     * Stops at the first padded row.
     */
    private static boolean dropsTrailingEmptyCells(List<GridRow> rows) {
        for (GridRow row : rows) {
            List<GridCell> cells = row.cells();
            if (row.tabular() && !row.isBlank() && cells.get(cells.size() - 1).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short row whose last cell holds something: the export dropped the empty cells after it (a row
     * that lost a cell in the middle keeps its trailing tabs, or shows its shift: a text where the
     * section's rows hold figures). A row ending in an empty cell was not trimmed, so it lost a cell.
     */
    private static boolean lostOnlyTrailingEmpties(GridRow row, int index, ColumnKinds kinds) {
        List<GridCell> cells = row.cells();
        return !cells.get(cells.size() - 1).isBlank() && !kinds.shifted(row, index);
    }

    /**
     * The number of cells in the rows of each line's section (0 before the first form). A section runs
     * from a form's title, year or 项目名称 line, a heading line (一、基本情况: one cell), or a table's
     * anchor row (项目资金, 绩效指标 …) to the next; its width is the most common cell count of its rows,
     * so one damaged row cannot change it.
     */
    private static int[] sectionWidths(List<GridRow> rows, Vocabulary vocabulary, int[] starts) {
        int[] widths = new int[rows.size()];
        int start = -1;
        int previousCells = -1;
        for (int i = 0; i <= rows.size(); i++) {
            GridRow row = i < rows.size() ? rows.get(i) : null;
            if (row == null || beginsSection(row, previousCells, vocabulary)) {
                if (start >= 0) {
                    Arrays.fill(widths, start, i, commonWidth(rows.subList(start, i)));
                    Arrays.fill(starts, start, i, start);
                }
                if (row == null || start >= 0 || beginsFormBlock(row, vocabulary)) {
                    start = i;
                }
            }
            if (row != null && row.tabular()) {
                previousCells = row.cells().size();
            }
        }
        return widths;
    }

    /**
     * A form block, a heading line, or a table anchor where the width changes (only then does a new
     * table matter here, and the anchor lookup stays off most rows).
     */
    private static boolean beginsSection(GridRow row, int previousCells, Vocabulary vocabulary) {
        if (!row.tabular()) {
            // a line of one cell between tables is a heading (一、基本情况), a title or a year line
            return !row.isBlank();
        }
        return row.cells().size() != previousCells && opensTable(firstCell(row), vocabulary)
                || beginsFormBlock(row, vocabulary);
    }

    /**
     * Compared by matching keys, as the grammar reads labels: a 繁體 mirror's 項(xiàng)目資金 or 績效指標 opens
     * its table as 项目资金 does (compared as printed, a 繁體 form was one section and its tables' widths mixed).
     */
    private static boolean opensTable(String first, Vocabulary vocabulary) {
        String key = LabelIndex.key(first);
        return startsWithAny(key, vocabulary.fundAnchors()) || startsWithAny(key, vocabulary.indicatorAnchors())
                || startsWithAny(key, vocabulary.goalAnchors())
                || startsWithAny(key, vocabulary.indicatorColumns().getOrDefault(Vocabulary.IndicatorField.LEVEL1, List.of()));
    }

    private static boolean startsWithAny(String key, List<String> labels) {
        for (String label : labels) {
            if (key.startsWith(LabelIndex.spellingKey(label))) {
                return true;
            }
        }
        return false;
    }

    private static boolean beginsFormBlock(GridRow row, Vocabulary vocabulary) {
        String first = firstCell(row);
        // every title ends in 表 and every 项目名称 spelling holds 名: most rows are rejected on that
        return !first.isEmpty() && (first.indexOf('表') >= 0 || first.indexOf('名') >= 0) && FormGrammar.startsForm(first, vocabulary)
                || row.text().indexOf('年') >= 0 && isYearLine(row.text());
    }

    /**
     * The year line alone: "(2024年度)", "（2023年）", spaces anywhere. Asked of every row with a 年 in
     * it, so the spaces are dropped by a loop, not a regex compiled on each call.
     */
    private static boolean isYearLine(String text) {
        StringBuilder compact = new StringBuilder(10);
        for (int i = 0; i < text.length() && compact.length() <= 8; i++) {
            char c = text.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                compact.append(c);
            }
        }
        return compact.length() <= 8 && YEAR_LINE.matcher(compact).matches();
    }

    private static String firstCell(GridRow row) {
        for (var cell : row.cells()) {
            String text = cell.text().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    /**
     * The section's width: its most common cell count, or its head (first tabular row: the table's
     * column labels) where that is wider, as in an export that drops trailing empty cells from most rows.
     */
    private static int commonWidth(List<GridRow> block) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int head = 0;
        for (GridRow row : block) {
            if (row.tabular()) {
                head = head == 0 ? row.cells().size() : head;
                int width = row.cells().size();
                int count = counts.merge(width, 1, Integer::sum);
                int bestCount = counts.getOrDefault(best, 0);
                // on a tie the wider: exports drop trailing empty cells, so a row is rarely wider by damage
                if (count > bestCount || count == bestCount && width > best) {
                    best = width;
                }
            }
        }
        return Math.max(best, head);
    }

    /**
     * Which columns of a section hold figures (分值, 得分 …): more of its cells there are bare figures
     * than words. Worked out only for a section with a short row, once, so padded exports pay nothing.
     */
    private static final class ColumnKinds {
        private final List<GridRow> rows;
        private final int[] starts;
        private final Map<Integer, boolean[]> figureColumns = new HashMap<>();

        ColumnKinds(List<GridRow> rows, int[] starts) {
            this.rows = rows;
            this.starts = starts;
        }

        /** The row holds words in a column where its section holds figures: its cells moved left. */
        boolean shifted(GridRow row, int index) {
            boolean[] figures = figureColumns.computeIfAbsent(starts[index], this::figureColumnsFrom);
            List<GridCell> cells = row.cells();
            for (int j = 0; j < cells.size() && j < figures.length; j++) {
                if (figures[j] && hasWords(cells.get(j).text())) {
                    return true;
                }
            }
            return false;
        }

        private boolean[] figureColumnsFrom(int start) {
            int[] balance = new int[0];
            for (int i = start; i < rows.size() && starts[i] == start; i++) {
                List<GridCell> cells = rows.get(i).cells();
                if (cells.size() > balance.length) {
                    balance = Arrays.copyOf(balance, cells.size());
                }
                for (int j = 0; j < cells.size(); j++) {
                    String text = cells.get(j).text();
                    balance[j] += isFigure(text) ? 1 : hasWords(text) ? -1 : 0;
                }
            }
            boolean[] figures = new boolean[balance.length];
            for (int j = 0; j < balance.length; j++) {
                figures[j] = balance[j] > 0;
            }
            return figures;
        }

        /** A bare figure: digits with . , % + - only (100, 80.00%, 1,500). */
        private static boolean isFigure(String text) {
            boolean digit = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (".,%+- ".indexOf(c) < 0) {
                    return false;
                }
            }
            return digit;
        }

        private static boolean hasWords(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
