package perfaudit.ingest.pdf;

/**
 * One character drawn on a PDF page, in points from the page's top-left corner: where its
 * baseline starts, how wide and tall it is. {@code size} is the font size in points.
 */
record PdfGlyph(String text, float x, float baseline, float width, float size) {

    float endX() {
        return x + width;
    }

    float centreX() {
        return x + width / 2;
    }

    /** Halfway up the glyph: a baseline sits on a cell's lower border, its middle is inside. */
    float centreY() {
        return baseline - size * 0.35f;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
