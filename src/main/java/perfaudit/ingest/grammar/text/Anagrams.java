package perfaudit.ingest.grammar.text;

import java.util.Arrays;

/**
 * Scrambled text (a PDF's or an OCR'd vertical cell's characters out of order: 益标效指 for 效益指标) is told by
 * its characters: the repairs of labels, headers and glued rows all ask this one question.
 */
public final class Anagrams {

    private Anagrams() {
    }

    /** Whether {@code a} and {@code b} hold the same characters, each as often, in any order. */
    public static boolean sameCharacters(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }
}
