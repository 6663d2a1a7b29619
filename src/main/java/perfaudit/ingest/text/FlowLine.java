package perfaudit.ingest.text;

/** A non-blank line of the flow layout, marking whether a page break (2+ blank lines) came before it. */
record FlowLine(TextLine line, boolean pageBreakBefore) {

    String text() {
        return line.text().strip();
    }

    int number() {
        return line.number();
    }
}
