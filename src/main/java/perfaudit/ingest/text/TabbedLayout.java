package perfaudit.ingest.text;

import perfaudit.ingest.grammar.FormGrammar;
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
 * becomes a grid row (cells split at tabs). A tabbed export pads every row of a form to the same
 * number of cells, so a row with another count was damaged: two short pieces that add up to the
 * form's width are one row broken over two lines and are read whole; other rows are reported.
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

    private static List<GridRow> repaired(List<GridRow> rows, ProblemLog log, Vocabulary vocabulary) {
        int[] widths = tableWidths(rows, vocabulary);
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
                if (cells < width && isLast(rows, i) && closesForm(line, vocabulary)) {
                    // a signature or conclusion line (评价组组长: …, 复核人: …) after the table: shorter by nature
                    out.add(line);
                    continue;
                }
                if (cells < width && isLast(rows, i)) {
                    // an excerpt cut short: the cells after the cut are missing, not damaged
                    log.note(line, "文本在此行中断，其后的单元格被截去 — the text ends inside this row (" + cells + " of "
                            + width + " cells): an excerpt cut short");
                } else if (!line.isBlank()) {
                    log.report(line, "row has " + cells + " cells, the form's rows have " + width
                            + (cells < width ? ": cut short, its last cell may be incomplete" : ": two rows run together?"));
                }
            }
            out.add(line);
        }
        return out;
    }

    /** The line opens with one of the vocabulary's labels that follow the table (tail: 填表人, 复核人, 评价结论 …). */
    private static boolean closesForm(GridRow row, Vocabulary vocabulary) {
        String first = firstCell(row);
        for (String label : vocabulary.tail()) {
            if (first.startsWith(label)) {
                return true;
            }
        }
        return false;
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
     * The number of cells in the rows of each line's form (0 before the first form). A form runs from
     * its title, year or 项目名称 line to the next; its width is the most common cell count of its
     * rows, so one damaged row cannot change it.
     */
    private static int[] tableWidths(List<GridRow> rows, Vocabulary vocabulary) {
        int[] widths = new int[rows.size()];
        int start = -1;
        for (int i = 0; i <= rows.size(); i++) {
            if (i == rows.size() || beginsFormBlock(rows.get(i), vocabulary)) {
                if (start >= 0) {
                    Arrays.fill(widths, start, i, commonWidth(rows.subList(start, i)));
                }
                start = i;
            }
        }
        return widths;
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

    private static int commonWidth(List<GridRow> block) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        for (GridRow row : block) {
            if (row.tabular()) {
                int width = row.cells().size();
                if (counts.merge(width, 1, Integer::sum) > counts.getOrDefault(best, 0)) {
                    best = width;
                }
            }
        }
        return best;
    }
}
