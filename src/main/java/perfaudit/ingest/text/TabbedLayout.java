package perfaudit.ingest.text;

import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.GridRow;
import perfaudit.ingest.grammar.ProblemLog;

import perfaudit.model.Document;
import perfaudit.model.Terms;

import java.util.List;

/**
 * The tab-separated export: one table row per line, merged cells repeated as empty cells. Each
 * line becomes a grid row (cells split at tabs) and the grid is read by the form grammar.
 */
final class TabbedLayout {

    static final String NAME = "tabbed";

    private TabbedLayout() {
    }

    /** True when the text looks like a tabbed export: tab-separated label rows. */
    static boolean recognises(List<TextLine> lines) {
        for (TextLine line : lines) {
            int tab = line.text().indexOf('\t');
            if (tab >= 0) {
                String first = Terms.squeeze(line.text().substring(0, tab));
                if (first.equals(Terms.PROJECT_NAME) || first.equals(Terms.LIST_HEADER_SEQ)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Document read(String file, DecodedText text) {
        List<GridRow> rows = text.lines().stream().map(line -> GridRow.ofLine(file, line)).toList();
        ProblemLog log = new ProblemLog(file);
        text.reportDamage(log);
        return FormGrammar.read(file, NAME, List.of(rows), log);
    }
}
