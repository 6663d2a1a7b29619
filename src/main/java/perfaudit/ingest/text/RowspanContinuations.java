package perfaudit.ingest.text;

import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.List;

/**
 * A table copied from a browser's rendering into plain text: a cell merged down (rowspan) is copied
 * once, in its first row, and the rows under it lose their LEADING cells — no empty cell is left for
 * it, unlike an export that pads merged cells. Such a row is padded on the left, noted once per
 * table, only where all the evidence is there:
 * <ul>
 * <li>the table is a browser's copy: no row of it opens with an empty cell (a padded export does), and
 * the text keeps trailing empty cells (asked by the caller: an export that trims them shortens rows too);</li>
 * <li>each column the row lost is covered: the nearest row above holding that column holds text there,
 * the cell the rowspan carries;</li>
 * <li>its cells fit the table's trailing columns: no words where the table's rows hold figures;</li>
 * <li>it is not a total, tail or header row (those are short by a colspan, not a rowspan), and not a
 * piece of a row broken over two lines (it and the next add up to the table's width).</li>
 * </ul>
 * A short row without that evidence is left as it is, for the width check to report (a row damaged in
 * the middle).
 */
final class RowspanContinuations {

    private RowspanContinuations() {
    }

    static List<GridRow> padded(List<GridRow> rows, ProblemLog log, Vocabulary vocabulary) {
        List<GridRow> out = null;
        for (int i = 0; i < rows.size(); i++) {
            if (!opensTable(rows.get(i), vocabulary)) {
                continue;
            }
            int end = tableEnd(rows, i, vocabulary);
            List<GridRow> table = rows.subList(i, end);
            if (end - i > 1 && isBrowserCopy(table)) {
                List<GridRow> fixed = paddedTable(table, log, vocabulary);
                if (fixed != null) {
                    out = out == null ? new ArrayList<>(rows) : out;
                    for (int k = 0; k < fixed.size(); k++) {
                        out.set(i + k, fixed.get(k));
                    }
                }
            }
            i = end - 1;
        }
        return out == null ? rows : out;
    }

    /** A funds, goal or indicator table's head: its first cell an anchor alone (项目资金（万元）, 年度总体目标, 绩效指标 …). */
    private static boolean opensTable(GridRow row, Vocabulary vocabulary) {
        if (!row.tabular() || row.cells().isEmpty() || row.cells().get(0).isBlank()) {
            return false;
        }
        return FormGrammar.opensFormPart(row.cells().get(0).text().strip(), vocabulary);
    }

    /** The table runs from its head over the tabular rows no wider than it, up to the next table or form block. */
    private static int tableEnd(List<GridRow> rows, int head, Vocabulary vocabulary) {
        int width = rows.get(head).cells().size();
        int i = head + 1;
        while (i < rows.size()) {
            GridRow row = rows.get(i);
            if (!row.isBlank() && (!row.tabular() || row.cells().size() > width || opensTable(row, vocabulary)
                    || FormGrammar.startsForm(first(row), vocabulary))) {
                break;
            }
            i++;
        }
        return i;
    }

    /** No row opens with an empty cell: merged cells were not padded. */
    private static boolean isBrowserCopy(List<GridRow> table) {
        for (GridRow row : table) {
            if (!row.isBlank() && row.cells().get(0).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<GridRow> paddedTable(List<GridRow> table, ProblemLog log, Vocabulary vocabulary) {
        int width = table.get(0).cells().size();
        boolean[] figures = figureColumns(table, width);
        Lexicon lex = Lexicon.of(vocabulary);
        IndicatorField[] fields = columnFields(table, lex);
        String[] cover = new String[width];
        List<GridRow> out = new ArrayList<>(table);
        boolean noted = false;
        for (int i = 0; i < table.size(); i++) {
            GridRow row = table.get(i);
            if (row.isBlank()) {
                continue;
            }
            int cells = row.cells().size();
            int lost = Math.max(width - cells, 0);
            if (lost > 0) {
                GridRow next = nextRow(table, i);
                boolean brokenPiece = next != null && cells + next.cells().size() - 1 == width;
                if (cells < 2 || brokenPiece || !covered(cover, lost) || !fits(row, lost, figures)
                        || !levelsInPlace(row, lost, fields, lex)
                        || shortByNature(row, vocabulary)) {
                    continue; // no evidence: left for the width check, and it covers nothing below
                }
                row = padded(row, lost);
                out.set(i, row);
                if (!noted) {
                    log.note(row, "表格自浏览器复制，合并单元格下的行缺少前面的单元格，已在左侧补齐 — a table copied from a"
                            + " browser's rendering: rows under a merged cell (rowspan) lost their leading cells; padded"
                            + " on the left where the cells above carry them and the rest fit the trailing columns");
                    noted = true;
                }
            }
            // the lost columns stay covered by the merged cells above; the row's own cells cover the rest
            for (int j = Math.max(lost, 0); j < width; j++) {
                cover[j] = row.cells().get(j).text();
            }
        }
        return noted ? out : null;
    }

    private static GridRow nextRow(List<GridRow> table, int i) {
        for (int k = i + 1; k < table.size(); k++) {
            if (!table.get(k).isBlank()) {
                return table.get(k);
            }
        }
        return null;
    }

    /** Every lost column is held, by the nearest row above holding it, with text: the merged cell carried down. */
    private static boolean covered(String[] cover, int lost) {
        for (int j = 0; j < lost; j++) {
            if (cover[j] == null || cover[j].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Set right, the row's cells put no words in a column of figures, and its first cell is no bare figure. */
    private static boolean fits(GridRow row, int lost, boolean[] figures) {
        List<GridCell> cells = row.cells();
        if (isFigure(cells.get(0).text().strip())) {
            return false;
        }
        for (int j = 0; j < cells.size(); j++) {
            if (figures[lost + j] && hasWords(cells.get(j).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Set right, an 一级 / 二级 name lands in its own column and only there: a row that lost a cell in the middle
     * (数量指标 | 名称 | 100 | 10 | 10, its target gone) set right puts its 二级 under 三级指标, and is refused.
     */
    private static boolean levelsInPlace(GridRow row, int lost, IndicatorField[] fields, Lexicon lex) {
        List<GridCell> cells = row.cells();
        for (int j = 0; j < cells.size(); j++) {
            IndicatorField field = fields[lost + j];
            String key = LabelIndex.key(cells.get(j).text().strip());
            boolean level1 = lex.level1Of(key) != null;
            boolean level2 = !level1 && lex.level2Of(key) != null;
            boolean inPlace = field == IndicatorField.LEVEL1 ? level1 || key.isEmpty()
                    : field == IndicatorField.LEVEL2 ? level2 || key.isEmpty()
                    : !level1 && !level2;
            if (!inPlace) {
                return false;
            }
        }
        return true;
    }

    /** The indicator columns the table's column row names (一级指标, 二级指标 …), by column; null where none. */
    private static IndicatorField[] columnFields(List<GridRow> table, Lexicon lex) {
        int width = table.get(0).cells().size();
        for (GridRow row : table.subList(0, Math.min(table.size(), 3))) {
            IndicatorField[] fields = new IndicatorField[width];
            boolean levels = false;
            for (int j = 0; j < row.cells().size() && row.cells().size() == width; j++) {
                fields[j] = lex.indicatorColumn.exact(LabelIndex.key(row.cells().get(j).text().strip()));
                levels |= fields[j] == IndicatorField.LEVEL1 || fields[j] == IndicatorField.LEVEL2;
            }
            if (levels) {
                return fields;
            }
        }
        return new IndicatorField[width];
    }

    /** A total, tail or header row is short by a cell merged across, which padding on the left would misplace. */
    private static boolean shortByNature(GridRow row, Vocabulary vocabulary) {
        String text = first(row);
        String key = LabelIndex.key(text);
        return startsWithAny(key, vocabulary.total()) || startsWithAny(key, vocabulary.tail())
                || FormGrammar.opensHeaderField(text, vocabulary);
    }

    private static GridRow padded(GridRow row, int lost) {
        List<GridCell> cells = new ArrayList<>(row.cells().size() + lost);
        GridCell first = row.cells().get(0);
        for (int j = 0; j < lost; j++) {
            cells.add(new GridCell("", first.location()));
        }
        cells.addAll(row.cells());
        return new GridRow(row.number(), cells, true, row.text());
    }

    /**
     * Which columns hold figures, the rows set right (as a browser's copy keeps its trailing columns): more
     * bare figures than words there. Rows wider than the head do not count.
     */
    private static boolean[] figureColumns(List<GridRow> table, int width) {
        int[] balance = new int[width];
        for (GridRow row : table) {
            List<GridCell> cells = row.cells();
            int offset = width - cells.size();
            for (int j = 0; j < cells.size() && offset >= 0; j++) {
                String text = cells.get(j).text().strip();
                balance[offset + j] += isFigure(text) ? 1 : hasWords(text) ? -1 : 0;
            }
        }
        boolean[] figures = new boolean[width];
        for (int j = 0; j < width; j++) {
            figures[j] = balance[j] > 0;
        }
        return figures;
    }

    /** A bare figure: digits (full-width too) with . , % + - and spaces only (100, 80.00%, １，９２０). */
    static boolean isFigure(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (".,%+- ，．％".indexOf(c) < 0) {
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

    private static String first(GridRow row) {
        for (GridCell cell : row.cells()) {
            if (!cell.isBlank()) {
                return cell.text().strip();
            }
        }
        return "";
    }

    private static boolean startsWithAny(String key, List<String> labels) {
        for (String label : labels) {
            if (key.startsWith(LabelIndex.spellingKey(label))) {
                return true;
            }
        }
        return false;
    }
}
