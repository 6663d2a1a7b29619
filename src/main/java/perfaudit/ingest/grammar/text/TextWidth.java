package perfaudit.ingest.grammar.text;

/**
 * Printed width of a line in em: CJK characters and full-width punctuation take one, Latin letters,
 * digits and spaces half. The flow reader uses it to see where a PDF wrapped a cell's text: the
 * lines of a wrapped cell are full to the column's width except its last.
 */
public final class TextWidth {

    private TextWidth() {
    }

    public static double of(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x1100 ? 0.5 : 1.0;
        }
        return width;
    }
}
