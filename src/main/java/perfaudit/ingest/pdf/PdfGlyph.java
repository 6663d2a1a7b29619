package perfaudit.ingest.pdf;

/**
 * One character drawn on a PDF page, in points from the page's top-left corner: where its
 * baseline starts, how wide and tall it is. {@code size} is the font size in points.
 */
public record PdfGlyph(String text, float x, float baseline, float width, float size) {

    public float endX() {
        return x + width;
    }

    public float centreX() {
        return x + width / 2;
    }

    /** Halfway up the glyph: a baseline sits on a cell's lower border, its middle is inside. */
    public float centreY() {
        return baseline - size * 0.35f;
    }

    public boolean isSpace() {
        return text.isBlank();
    }
}
