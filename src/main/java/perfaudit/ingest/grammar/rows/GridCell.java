package perfaudit.ingest.grammar.rows;

import perfaudit.model.SourceLocation;

/**
 * One cell of a form grid: its text as found (not stripped) and where it is. A merged range holds
 * its text in its top-left cell; the other cells of the range are empty, as in the tabbed export.
 */
public record GridCell(String text, SourceLocation location) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
