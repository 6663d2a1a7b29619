package perfaudit.ingest.text;

import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;

/**
 * A page that tells its form twice: its 内容概述 (description) metadata holds the form's text glued
 * — every space, bar and line break gone, often cut short — and then the page gives the form
 * itself. Read both and one form becomes two, the glued one worse. A line is such a copy when, glued,
 * it is the start of the text that follows it (after a short label such as "内容概述:"; the copy
 * may be cut short, with or without "…", and a few words such as "附件:" may come between): it is
 * blanked, and a note says so. Only the text's first lines are looked at, where page metadata sits.
 */
final class GluedCopy {

    /** A copy shorter than this, glued, is a title or a label, not a copy of the form. */
    private static final int MIN_CHARS = 80;
    /** How many glued characters of the following text must be found in the copy to place it. */
    private static final int PROBE = 30;
    /** At most this many characters of label ("内容概述:") before the copied text. */
    private static final int MAX_LABEL = 12;
    /** At most this many characters ("附件:", a page title) between the copy and the form it copies. */
    private static final int MAX_LEAD = 40;
    private static final int LOOKED_AT_LINES = 40;

    private GluedCopy() {
    }

    static List<TextLine> withoutCopies(List<TextLine> lines, ProblemLog log) {
        List<TextLine> out = null;
        int looked = 0;
        for (int i = 0; i < lines.size() && looked < LOOKED_AT_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            looked++;
            if (lines.get(i).text().length() < MIN_CHARS) {
                continue; // glued, a line only loses characters: a short one is no copy, and is not glued
            }
            String copy = glue(lines.get(i).text());
            if (copy.length() >= MIN_CHARS && isCopyOfWhatFollows(copy, lines, i + 1)) {
                out = out == null ? new ArrayList<>(lines) : out;
                log.note(lines.get(i).number(), log.locate(lines.get(i).number()), lines.get(i).text(),
                        "页面元数据中的表单副本（无分隔符），表单只读一次 — a glued copy of the form (page metadata such as"
                                + " 内容概述) before the form itself: the form is read once, from the text that follows");
                out.set(i, new TextLine(lines.get(i).number(), ""));
            }
        }
        return out == null ? lines : out;
    }

    private static boolean isCopyOfWhatFollows(String copy, List<TextLine> lines, int from) {
        String cut = copy.replaceFirst("(…|\\.{3})$", "");
        // glued as one text, as the copy was: a run of "—" may go on from one line into the next
        StringBuilder raw = new StringBuilder();
        for (int k = from; k < lines.size() && raw.length() < 3 * (cut.length() + MAX_LEAD); k++) {
            raw.append(lines.get(k).text()).append('\n');
        }
        String rest = glue(raw.toString());
        for (int label = 0; label <= MAX_LABEL && label + MIN_CHARS <= cut.length(); label++) {
            int at = rest.indexOf(cut.substring(label, label + PROBE));
            if (at >= 0 && at <= MAX_LEAD) {
                return rest.startsWith(cut.substring(label), at);
            }
        }
        return false;
    }

    /** The text without separators; a run of "—" (empty cells, one a cell) glued into one, as copies give it. */
    private static String glue(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean repeatedDash = c == '—' && out.length() > 0 && out.charAt(out.length() - 1) == '—';
            if (c != '|' && !Character.isWhitespace(c) && c != '\u3000' && !repeatedDash) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
