package perfaudit.ingest.text;

import perfaudit.ingest.grammar.ProblemLog;

import perfaudit.model.Goal;
import perfaudit.model.Terms;

import java.util.ArrayList;
import java.util.List;

/**
 * 年度总体目标 in the flow layout: the 预期目标 paragraph, then the 实际完成情况 paragraph, both
 * wrapped. A paragraph's lines are full to the column width except its last, so 预期目标 ends at its
 * first short line. When the row is split by a page break, each cell's text starts on the first
 * page and the text after the break continues the cell that had not finished.
 */
final class GoalSection {

    private static final double FULL_LINE = 0.85;

    private final ProblemLog log;

    GoalSection(ProblemLog log) {
        this.log = log;
    }

    Goal read(FlowLayout.Cursor cursor) {
        int labelLines = cursor.labelLength(Terms.GOAL_HEADER);
        if (labelLines == 0) {
            throw cursor.missing("年度总体目标 not found");
        }
        int at = cursor.peek().number();
        for (int i = 0; i < labelLines; i++) {
            log.use(cursor.next().line());
        }
        int headerLines = cursor.labelLength(Terms.GOAL_EXPECTED + Terms.GOAL_ACTUAL);
        for (int i = 0; i < headerLines; i++) {
            log.use(cursor.next().line());
        }
        List<List<FlowLine>> pages = new ArrayList<>();
        while (cursor.hasNext() && cursor.labelLength(Terms.INDICATOR_HEADER) == 0) {
            FlowLine line = cursor.next();
            log.use(line.line());
            if (pages.isEmpty() || line.pageBreakBefore()) {
                pages.add(new ArrayList<>());
            }
            pages.get(pages.size() - 1).add(line);
        }
        return split(at, pages);
    }

    private Goal split(int line, List<List<FlowLine>> pages) {
        double full = FULL_LINE * pages.stream().flatMap(List::stream)
                .mapToDouble(l -> TextWidth.of(l.text())).max().orElse(0);
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        boolean expectedOpen = true;
        for (int p = 0; p < pages.size(); p++) {
            List<FlowLine> page = pages.get(p);
            int end = expectedOpen ? firstShort(page, full) : -1;
            if (expectedOpen && p == 0 && pages.size() > 1 && end == page.size() - 1 && end > 0) {
                end = page.size() - 2;
                appendLines(expected, page, 0, end + 1);
                appendLines(actual, page, end + 1, page.size());
                continue;
            }
            if (!expectedOpen) {
                appendLines(actual, page, 0, page.size());
                continue;
            }
            if (end < 0) {
                appendLines(expected, page, 0, page.size());
            } else {
                appendLines(expected, page, 0, end + 1);
                appendLines(actual, page, end + 1, page.size());
                expectedOpen = false;
            }
        }
        return new Goal(log.locate(line), blankToNull(expected), blankToNull(actual));
    }

    private static int firstShort(List<FlowLine> page, double full) {
        for (int i = 0; i < page.size(); i++) {
            if (TextWidth.of(page.get(i).text()) < full) {
                return i;
            }
        }
        return -1;
    }

    private static void appendLines(StringBuilder into, List<FlowLine> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            into.append(lines.get(i).text());
        }
    }

    private static String blankToNull(StringBuilder text) {
        String value = text.toString().strip();
        return value.isEmpty() ? null : value;
    }
}
