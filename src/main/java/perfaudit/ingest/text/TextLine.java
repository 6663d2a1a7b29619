package perfaudit.ingest.text;

import perfaudit.ingest.grammar.rows.SourceRow;

/** One line of a text export: its 1-based number and its text without the line break. */
public record TextLine(int number, String text) implements SourceRow {

    @Override
    public boolean isBlank() {
        return isBlank(text);
    }

    /**
     * {@link String#isBlank()}, answered from the first character for most lines: one starting with
     * an ASCII letter, digit or sign, or a CJK ideograph, is not blank. Every line is asked several
     * times, and String.isBlank looks each character up in the Unicode tables.
     */
    static boolean isBlank(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first > ' ' && first < 0x7F || first >= 0x4E00 && first <= 0x9FFF) {
                return false;
            }
        }
        return text.isBlank();
    }
}
