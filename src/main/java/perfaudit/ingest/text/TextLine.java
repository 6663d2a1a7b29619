package perfaudit.ingest.text;

import perfaudit.ingest.grammar.rows.SourceRow;

/** One line of a text export: its 1-based number and its text without the line break. */
public record TextLine(int number, String text) implements SourceRow {

    @Override
    public boolean isBlank() {
        return text.isBlank();
    }
}
