package perfaudit.ingest.text;

import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;

/**
 * "|" rows hard-wrapped at a fixed width (an e-mail body, a text export wrapped at 60–80 columns): a row breaks
 * anywhere, inside a cell, a word or a figure ("…高山茶园8" / "200亩…"). In a table whose rows open and close with a
 * "|", a line that opens with one and does not close is a row the wrap broke: the lines after it, up to the one
 * that closes it, are its rest and are joined to it as printed (no space added: the wrap cut the text where it stood).
 * A blank line or a line opening with "|" ends the joining, and the row joined must hold as many bars as a row printed
 * whole: otherwise the row was cut, not wrapped (an excerpt ending inside it, the next form after it), and is read as
 * before.
 */
final class WrappedPipeRows {

    /** Share of the lines opening with a "|" that must close with one for the table to be printed with outer bars. */
    private static final double CLOSED_SHARE = 0.6;
    private static final int MIN_CLOSED_ROWS = 3;
    /** Lines a wrapped row may run over; more is no wrapped row. */
    private static final int MAX_PIECES = 6;

    private WrappedPipeRows() {
    }

    static List<TextLine> joined(List<TextLine> lines, ProblemLog log) {
        if (!outerBars(lines)) {
            return lines;
        }
        java.util.Set<Integer> widths = closedRowBars(lines);
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (!text.startsWith("|") || text.endsWith("|") || text.length() < 2) {
                continue;
            }
            int end = i;
            StringBuilder row = new StringBuilder(lines.get(i).text().stripLeading());
            while (end + 1 < lines.size() && end - i < MAX_PIECES && !row.toString().strip().endsWith("|")) {
                String next = lines.get(end + 1).text();
                if (next.isBlank() || next.strip().startsWith("|")) {
                    break;
                }
                row.append(next);
                end++;
            }
            // the rest of a wrapped row makes it as wide as a row printed whole: a row cut short, with the next
            // form's title and rows after it, makes none of the table's widths
            if (end == i || !row.toString().strip().endsWith("|") || !widths.contains(bars(row))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            TextLine first = lines.get(i);
            out.set(i, new TextLine(first.number(), row.toString()));
            for (int k = i + 1; k <= end; k++) {
                out.set(k, new TextLine(lines.get(k).number(), ""));
            }
            log.note(first, "行在固定宽度处折断（邮件或文本导出），第 " + first.number() + "–" + lines.get(end).number()
                    + " 行按一行读取 — row hard-wrapped at a fixed width (an e-mail or text export) over lines " + first.number()
                    + "–" + lines.get(end).number() + ": read as one row");
            i = end;
        }
        return out == null ? lines : out;
    }

    /** The numbers of bars of the rows printed whole (opened and closed by a bar) with two cells or more. */
    private static java.util.Set<Integer> closedRowBars(List<TextLine> lines) {
        java.util.Set<Integer> widths = new java.util.HashSet<>();
        for (TextLine line : lines) {
            String text = line.text().strip();
            if (text.length() > 1 && text.startsWith("|") && text.endsWith("|")) {
                int bars = bars(text);
                if (bars >= 3) {
                    widths.add(bars);
                }
            }
        }
        return widths;
    }

    private static int bars(CharSequence text) {
        int bars = 0;
        for (int i = 0; i < text.length(); i++) {
            bars += text.charAt(i) == '|' ? 1 : 0;
        }
        return bars;
    }

    /**
     * Whether the table prints its rows with outer bars: most lines that open with a "|" close with one too (at least
     * {@link #MIN_CLOSED_ROWS}). A table without outer bars closes none; "cell |" lines open none.
     */
    private static boolean outerBars(List<TextLine> lines) {
        int opened = 0;
        int closed = 0;
        for (TextLine line : lines) {
            String text = line.text().strip();
            if (!text.startsWith("|") || text.chars().allMatch(c -> c == '|' || Character.isWhitespace(c))) {
                continue;
            }
            opened++;
            if (text.endsWith("|")) {
                closed++;
            }
        }
        return closed >= MIN_CLOSED_ROWS && closed >= CLOSED_SHARE * opened;
    }
}
