package perfaudit.ingest.grammar.goal;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.text.TextWidth;
import perfaudit.model.Goal;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/** The two goal texts of PDF text, which lost their cells, parted by their line wraps. */
final class GoalWraps {

    /** A line at least this share of the widest is full: the paragraph goes on after it. */
    private static final double FULL_LINE = 0.85;

    private GoalWraps() {
    }

    /**
     * PDF text: a paragraph's lines are full to the column width except its last, so 预期目标 ends
     * at its first short line. When a page break splits the row, each cell's text starts on the first
     * page and the text after the break continues the cell that had not finished.
     */
    static Goal byWrap(List<Cell> cells, SourceLocation at) {
        List<List<String>> pages = new ArrayList<>();
        pages.add(new ArrayList<>());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Cell.Gap gap = cell.gap();
            if (i > 0 && (gap == Cell.Gap.LINE || gap == Cell.Gap.BLANK || gap == Cell.Gap.BREAK || gap == Cell.Gap.ROW)) {
                pages.get(pages.size() - 1).add(line.toString());
                line = new StringBuilder();
                if (gap == Cell.Gap.BREAK) {
                    pages.add(new ArrayList<>());
                }
            } else if (i > 0) {
                line.append(' ');
            }
            line.append(cell.text().strip());
        }
        pages.get(pages.size() - 1).add(line.toString());
        double full = FULL_LINE * pages.stream().flatMap(List::stream).mapToDouble(TextWidth::of).max().orElse(0);
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        boolean expectedOpen = true;
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            int end = expectedOpen ? firstShort(page, full) : -1;
            if (expectedOpen && p == 0 && pages.size() > 1 && end == page.size() - 1 && end > 0) {
                end = page.size() - 2;
                append(expected, page, 0, end + 1);
                append(actual, page, end + 1, page.size());
                continue;
            }
            if (!expectedOpen) {
                append(actual, page, 0, page.size());
            } else if (end < 0) {
                append(expected, page, 0, page.size());
            } else {
                append(expected, page, 0, end + 1);
                append(actual, page, end + 1, page.size());
                expectedOpen = false;
            }
        }
        return new Goal(at, blankToNull(expected.toString()), blankToNull(actual.toString()));
    }

    private static int firstShort(List<String> page, double full) {
        for (int i = 0; i < page.size(); i++) {
            if (TextWidth.of(page.get(i)) < full) {
                return i;
            }
        }
        return -1;
    }

    private static void append(StringBuilder into, List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            into.append(lines.get(i));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
