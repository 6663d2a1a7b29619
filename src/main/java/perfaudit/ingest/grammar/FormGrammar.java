package perfaudit.ingest.grammar;

import perfaudit.model.Document;

import java.util.List;

/**
 * The one entry point from the format readers into the form grammar: a reader turns its input into
 * rows of located cells in reading order and hands them here; the grammar finds the forms.
 */
public final class FormGrammar {

    private FormGrammar() {
    }

    /**
     * Reads the forms of {@code sections} (a workbook's sheets, or one section for other inputs: a
     * form never runs from one section into the next). {@code log} locates the rows (numbered 1.. in
     * reading order over all sections) and may already hold the problems the format's reader met.
     */
    public static Document read(String file, String layoutName, List<List<GridRow>> sections, ProblemLog log) {
        return GridLayout.read(file, layoutName, sections, log);
    }
}
