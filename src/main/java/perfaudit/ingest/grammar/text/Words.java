package perfaudit.ingest.grammar.text;

import java.util.ArrayList;
import java.util.List;

/** A line or a paragraph cut into its words: the text between runs of white space of any kind. */
public final class Words {

    private Words() {
    }

    /** {@code text} split at runs of white space (ASCII, full-width, no-break). */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** White space of any kind; letters, digits and CJK ideographs (most characters) answered without a Unicode table. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
