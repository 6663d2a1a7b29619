package perfaudit.ingest.pdf.flow;

/** One cell of a row of an unruled table ({@link PdfRowBands}): its text (wrapped lines joined) and where it stands across the page. */
public record BandCell(String text, float x, float endX) {
}
