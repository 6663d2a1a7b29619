package perfaudit.ingest.pdf;

/**
 * A horizontal or vertical line drawn on a page (a table border), in points from the page's
 * top-left corner: {@code at} is its y (horizontal) or x (vertical), {@code from}..{@code to} its extent.
 */
record PdfRuling(boolean horizontal, float at, float from, float to) {

    float length() {
        return to - from;
    }

    /** True when this ruling runs along the whole of {@code from}..{@code to}, give or take {@code slack}. */
    boolean covers(float start, float end, float slack) {
        return from <= start + slack && to >= end - slack;
    }
}
