package perfaudit.ingest.grammar.indicators.cells;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.indicators.glued.LetteredNumerals;
import perfaudit.ingest.grammar.rows.ProblemLog;

/**
 * Template leftovers in the 三级指标 column (指标1, 指标2:, ……), printed where a form has fewer rows
 * than its template: not indicators. Apart because both the grid and the text readers ask, and an
 * OCR'd leftover (指标L) must be told from a real name the same way in both.
 */
public final class Placeholders {

    private final Lexicon lex;
    private final ProblemLog log;

    public Placeholders(Lexicon lex, ProblemLog log) {
        this.lex = lex;
        this.log = log;
    }

    /**
     * Template leftovers after the last 得分 (指标2:, an unused line): not a row. A text of nothing
     * else is an unused line. A leftover whose number an OCR read as a Latin letter (指标L) is one: it
     * differs from the numbered leftovers in that character alone, and no other label is spelt so.
     */
    public String withoutPlaceholders(String text, Cell at) {
        String rest = text;
        boolean cut = true;
        while (cut && !rest.isEmpty()) {
            cut = false;
            for (String placeholder : lex.placeholders) {
                String key = LabelIndex.spellingKey(placeholder);
                int length = key.length();
                if (key.isEmpty() || rest.length() < length || !(rest.endsWith(key) || isLetteredPlaceholder(rest.substring(rest.length() - length), key))) {
                    continue;
                }
                String before = rest.substring(0, rest.length() - length);
                char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
                if (before.isEmpty() || Character.isDigit(last) || LetteredNumerals.isDigitLetter(last)
                        || isPlaceholder(before) || isLetteredPlaceholder(before)) {
                    noteLettered(rest.substring(before.length()), key, at);
                    rest = before;
                    cut = true;
                    break;
                }
            }
        }
        if (isLetteredPlaceholder(rest)) {
            noteLettered(rest, null, at);
            return "";
        }
        return isPlaceholder(rest) ? "" : rest;
    }

    /** A numbered leftover (指标1) with its number read as a Latin letter: the same length, that character alone differing. */
    private static boolean isLetteredPlaceholder(String key, String placeholder) {
        int n = placeholder.length();
        if (key.length() != n || n < 2 || !Character.isDigit(placeholder.charAt(n - 1))) {
            return false;
        }
        char c = key.charAt(n - 1);
        return c < 128 && Character.isLetter(c) && key.regionMatches(0, placeholder, 0, n - 1);
    }

    private boolean isLetteredPlaceholder(String key) {
        return lex.placeholders.stream().anyMatch(p -> isLetteredPlaceholder(key, LabelIndex.spellingKey(p)));
    }

    private void noteLettered(String key, String placeholder, Cell at) {
        if (placeholder != null && key.equals(placeholder) || !isLetteredPlaceholder(key)) {
            return;
        }
        String read = key.substring(0, key.length() - 1) + "1、" + key.substring(0, key.length() - 1) + "2…";
        log.note(at.row(), at.location(), key, "识别错误的空白指标 '" + key + "' 读作模板占位（" + read + "），不是指标行 — OCR'd template"
                + " leftover '" + key + "' read as a numbered placeholder (" + read + "): a Latin letter where they print"
                + " their number, and no other label is spelt so; not an indicator row");
    }

    /** A template leftover as a 三级指标 (指标2:, ……): an unused line of the form. */
    public boolean isPlaceholder(String key) {
        for (String p : lex.placeholders) { // a loop, not a stream: asked of most flow rows' cells
            if (key.equals(p) || key.startsWith(p) && key.length() <= p.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
