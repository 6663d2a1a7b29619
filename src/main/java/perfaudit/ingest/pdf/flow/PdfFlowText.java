package perfaudit.ingest.pdf.flow;

import perfaudit.ingest.pdf.PdfLines;
import perfaudit.ingest.pdf.PdfPage;

import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.text.TextCells;
import perfaudit.ingest.text.TextLine;

import perfaudit.model.Document;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PDF without table borders as the flow reader expects its text: one line per line of the page
 * (cells far apart on a line separated by a space) and two blank lines between pages, which is how
 * the flow reader sees a page break; a row of an unruled table whose cells wrap over several lines is put back on
 * one line ({@link PdfRowBands}). Locations are {@code p2!L14}: page 2, its 14th line of text.
 */
public final class PdfFlowText {

    private final String file;
    private final List<TextLine> lines = new ArrayList<>();
    private final List<SourceLocation> locations = new ArrayList<>();

    private PdfFlowText(String file) {
        this.file = file;
    }

    /**
     * The pages read line by line, and, where a page of an unruled table holds rows whose cells wrap, read again with
     * those rows put back on one line ({@link PdfRowBands}); the second reading is kept only where the grammar reads
     * it with fewer problems (lines unread, rows that do not fit): each reading is a guess at where the rows are, and
     * the form's own grammar tells which one its text follows.
     */
    public static Document read(String file, String layout, List<PdfPage> pages, Vocabulary vocabulary) {
        Document lines = read(file, layout, pages, null, vocabulary);
        if (lines.problems().isEmpty()) {
            return lines; // nothing for a second reading to read better: the row bands are not worked out at all
        }
        // each page's row bands worked out once, for the test and the second reading alike
        List<List<String>> bands = pages.stream().map(page -> PdfRowBands.lines(page.glyphs())).toList();
        if (bands.stream().allMatch(Objects::isNull)) {
            return lines;
        }
        Document rows = read(file, layout, pages, bands, vocabulary);
        return rows.problems().size() < lines.problems().size() ? rows : lines;
    }

    /** A page's lines with each wrapped row of an unruled table on one line ({@link PdfRowBands}), or null where none wraps. */
    public static List<String> rowBands(PdfPage page) {
        return PdfRowBands.lines(page.glyphs());
    }

    /** A page's rows of an unruled table, each as its cells left to right ({@link PdfRowBands#cells}); null where they cannot be told. */
    public static List<List<BandCell>> rowCells(PdfPage page) {
        return PdfRowBands.cells(page.glyphs());
    }

    /** The pages' lines, or where {@code bands} is given, each page's row bands in place of its lines where it has any. */
    private static Document read(String file, String layout, List<PdfPage> pages, List<List<String>> bands,
            Vocabulary vocabulary) {
        PdfFlowText text = new PdfFlowText(file);
        for (int i = 0; i < pages.size(); i++) {
            text.page(pages.get(i), bands == null ? null : bands.get(i));
        }
        ProblemLog log = new ProblemLog(number -> text.locations.get(number - 1), "line");
        return FormGrammar.readCells(file, layout, List.of(TextCells.flow(text.lines, log::locate)), text.lines, log,
                vocabulary);
    }

    private void page(PdfPage page, List<String> rowBands) {
        if (!lines.isEmpty()) {
            for (int i = 0; i < 2; i++) {
                locations.add(SourceLocation.ofCell(file, "p" + page.number(), "L0"));
                lines.add(new TextLine(lines.size() + 1, ""));
            }
        }
        List<String> onPage = rowBands;
        if (onPage == null) {
            onPage = PdfLines.of(page.glyphs()).stream().map(l -> l.text().strip()).toList();
        }
        for (int i = 0; i < onPage.size(); i++) {
            locations.add(SourceLocation.ofCell(file, "p" + page.number(), "L" + (i + 1)));
            lines.add(new TextLine(lines.size() + 1, onPage.get(i)));
        }
    }
}
