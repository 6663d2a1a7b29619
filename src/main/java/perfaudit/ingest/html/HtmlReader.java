package perfaudit.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.ingest.grammar.rows.ErrorCells;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.NoForm;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Web pages as government sites publish the form and auditors save it, read with jsoup, a real
 * HTML5 parser: broken markup (unclosed cells, stray tags, Word's conditional comments) reads as a
 * browser shows it. A web archive ({@code .mht}, Word's "single file web page") is read by its page
 * ({@link WebArchive}). The bytes are decoded by the page's own charset declaration ({@link PageCharset}),
 * the body walked in reading order ({@link PageWalker}), tables expanded into grids with their
 * spans ({@link TableGrid}), and the rows handed to the form grammar. Locations are as for Word:
 * {@code 表2!R3C5} (the page's 2nd table, row 3, grid column 5) and {@code P12} (the 12th line of
 * text outside tables); reasons name the line of the page source (of pages up to 4 MB).
 */
public final class HtmlReader implements DocumentReader {

    static final String NAME = "html";
    /**
     * Pages up to this size are parsed noting where each element starts in the source, so that
     * reasons name its line. jsoup keeps that note on every element: it costs 1.5 times the memory
     * on a form's page and 3.5 times on a page of nothing but tags (a 10 MB page of nested tables
     * holds 470 MB so, 140 MB without), so larger pages are located by table, row and column only.
     */
    static final int LINES_NAMED_UP_TO_BYTES = 4 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(HtmlReader.class);

    @Override
    public Document read(InputFile input) {
        byte[] bytes = input.bytes();
        String transportCharset = null;
        if (WebArchive.isArchive(bytes)) {
            WebArchive archive = WebArchive.page(bytes);
            if (archive == null) {
                return Document.unreadable(input.name(), NAME, "web archive (.mht) holding no web page (no text/html"
                        + " part): open it in a browser or Word and save it as a web page (.html) or .docx");
            }
            bytes = archive.page();
            transportCharset = archive.charset();
        }
        PageCharset decoded = PageCharset.decode(bytes, transportCharset);
        Element body;
        try {
            body = parse(decoded.text(), bytes.length <= LINES_NAMED_UP_TO_BYTES);
        } catch (RuntimeException e) {
            // jsoup reads any markup; this is for its own failures, which would say nothing of the page
            LOG.debug("{}: cannot parse the page", input.name(), e);
            return Document.unreadable(input.name(), NAME, "cannot read the web page: " + e.getMessage());
        }
        Page page = page(input.name(), decoded, body);
        // a sheet's error values (#REF!, #DIV/0!, #####) saved into the page: empty, reported at their cells
        ProblemLog log = page.rows().log(); // a new log on each call: taken once
        Document document = FormGrammar.read(input.name(), NAME, List.of(ErrorCells.blanked(page.rows().rows(), log)), log,
                input.vocabulary());
        return document.forms().isEmpty() ? saysWhyNoForm(document, page.summary()) : document;
    }

    /** A page's rows in reading order, with the problems met making them, and what else it holds. */
    record Page(PageRows rows, PageWalker.Summary summary) {
    }

    /** The page in {@code bytes}; {@code transportCharset} is the charset its container names, or null. */
    static Page page(String name, byte[] bytes, String transportCharset) {
        PageCharset decoded = PageCharset.decode(bytes, transportCharset);
        return page(name, decoded, parse(decoded.text(), bytes.length <= LINES_NAMED_UP_TO_BYTES));
    }

    /** jsoup keeps at most 512 elements open (deeper ones become siblings): no page exhausts a stack. */
    private static Element parse(String text, boolean noteLines) {
        return Parser.htmlParser().setTrackPosition(noteLines).parseInput(text, "").body();
    }

    private static Page page(String name, PageCharset decoded, Element body) {
        PageRows rows = new PageRows(name);
        if (decoded.problem() != null) {
            rows.problem(decoded.problem());
        }
        PageWalker.Summary summary = PageWalker.walk(body, rows);
        LOG.debug("{}: {} page, {} tables, {} rows", name, decoded.charset(), summary.tables(), rows.rowCount());
        return new Page(rows, summary);
    }

    /** A page without a form says so first, with what it holds instead (no table, images, attached files). */
    private static Document saysWhyNoForm(Document document, PageWalker.Summary summary) {
        return NoForm.explained(document, new NoForm.Holdings(summary.tables(), summary.images(), 0,
                summary.attachments().isEmpty() ? null : PageWalker.named(summary.attachments())));
    }

    /** The line of the page source a node starts on, 0 when unknown. */
    static int line(Node node) {
        return node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 0;
    }

    /** {@code " (line 12 of the page)"}, or nothing for an unknown line. */
    static String onLine(int line) {
        return line > 0 ? " (line " + line + " of the page)" : "";
    }
}
