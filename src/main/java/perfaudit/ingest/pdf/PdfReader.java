package perfaudit.ingest.pdf;

import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.ErrorCells;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.OpenFailure;
import perfaudit.ingest.pdf.flow.PdfFlowText;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFs (PDFBox): characters with their positions and the lines the pages draw. Where the forms
 * are bordered tables, rows and cells are rebuilt from the borders and read as a grid
 * ({@link PdfGrid}, layout {@code pdf}); a PDF without table borders is read as lines of text
 * by the flow reader ({@link PdfFlowText}, layout {@code pdf-text}). A PDF of page images with no
 * text is a scan: reported as such, not as an empty form.
 */
public final class PdfReader implements DocumentReader {

    static final String GRID = "pdf";
    static final String FLOW = "pdf-text";
    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);

    @Override
    public Document read(InputFile input) {
        List<PdfPage> pages = new ArrayList<>();
        List<Integer> ocrPages = new ArrayList<>();
        PdfPageTrust trust = new PdfPageTrust(input.name());
        int sheets = 0;
        try (PDDocument pdf = Loader.loadPDF(input.bytes())) {
            sheets = pdf.getNumberOfPages();
            for (int i = 0; i < sheets; i++) {
                PdfPageScanner.Result drawn = PdfPageScanner.scan(pdf.getPage(i));
                List<PdfTable> tables = PdfTable.find(drawn.rulings());
                List<PdfGlyph> trusted = trust.trusted(i + 1, drawn, !tables.isEmpty());
                // an OCR layer's words laid out again so that its spaces part cells, not Tesseract's words
                List<PdfGlyph> glyphs = drawn.ocrLayer() ? OcrLayerWords.laidOut(trusted) : trusted;
                List<PdfSheetParts.Part> parts = glyphs.isEmpty() ? List.of(new PdfSheetParts.Part(glyphs, drawn.rulings()))
                        : PdfSheetParts.of(glyphs, drawn.rulings());
                for (PdfSheetParts.Part part : parts) {
                    // pages printed side by side on one sheet: each read as a page of its own, left to right
                    pages.add(new PdfPage(i + 1, part.glyphs(), parts.size() == 1 ? tables : PdfTable.find(part.rulings()),
                            drawn.images()));
                }
                trust.sheetParts(i + 1, parts.size());
                if (drawn.ocrLayer()) {
                    ocrPages.add(i + 1);
                }
            }
        } catch (InvalidPasswordException e) {
            return Document.unreadable(input.name(), GRID, "PDF 设有密码，请提交无密码的副本 — password-protected PDF: submit a copy without a password");
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: cannot read PDF", input.name(), e);
            return Document.unreadable(input.name(), GRID, OpenFailure.reason("the PDF", e));
        }
        if (trust.refusedAll(sheets)) {
            return Document.unreadable(input.name(), GRID, trust.refusal());
        }
        return trust.reported(withOcrNote(read(input.name(), pages, input.vocabulary()), input.name(), ocrPages));
    }

    /**
     * A note that the text was recognised from page images (an invisible text layer over a scan): its names and figures
     * may carry misreadings no reader can see (黄崔镇 for 黄岭镇), so an auditor checks them against the image.
     */
    private static Document withOcrNote(Document document, String file, List<Integer> ocrPages) {
        if (ocrPages.isEmpty() || document.forms().isEmpty()) {
            return document;
        }
        String pagesText = ocrPages.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        List<ParseProblem> notes = new ArrayList<>();
        notes.add(new ParseProblem(SourceLocation.ofCell(file, "p" + ocrPages.get(0), "R1C1"), null,
                "第 " + pagesText + " 页的文字是扫描图片上的识别（OCR）文字层：名称和数字可能有识别错误，请对照图片核对 — the text of page(s) "
                        + pagesText + " is an OCR layer over a scanned image: names and figures may carry misreadings"
                        + " the reader cannot see; check them against the image"));
        notes.addAll(document.notes());
        return document.withNotes(notes);
    }

    private static Document read(String file, List<PdfPage> pages, Vocabulary vocabulary) {
        List<PdfPage> withText = pages.stream().filter(PdfPage::hasText).toList();
        if (withText.isEmpty()) {
            boolean images = pages.stream().anyMatch(p -> p.images() > 0);
            return Document.unreadable(file, GRID, images
                    ? "扫描版 PDF：" + pages.size() + " 页都是没有文字层的图片，请做文字识别（OCR）或提交原始 xlsx、docx"
                            + " — scanned PDF: its " + pages.size() + " page(s) are images with no text layer; run OCR on it"
                            + " or submit the original xlsx or docx"
                    : pages.isEmpty() ? "PDF 没有可读的页面：文件已损坏或不完整（下载中断？） — the PDF has no page that can be read:"
                            + " it is damaged or truncated (a half download?)"
                    : "PDF 的 " + pages.size() + " 页都没有文字 — the PDF holds no text on its " + pages.size() + " page(s)");
        }
        boolean tables = withText.stream().anyMatch(p -> !p.tables().isEmpty());
        Document document = tables
                ? ruled(file, PdfPageFurniture.remove(withText, vocabulary).stream().filter(PdfPage::hasText).toList(), vocabulary)
                : PdfFlowText.read(file, FLOW, PdfPageFurniture.removeFromText(withText, vocabulary).stream()
                        .filter(PdfPage::hasText).toList(), vocabulary);
        List<ParseProblem> scannedPages = new ArrayList<>();
        for (PdfPage page : pages) {
            // A page with neither text nor images is blank (Word leaves one after a full page); no problem.
            if (!page.hasText() && page.images() > 0) {
                scannedPages.add(new ParseProblem(SourceLocation.ofCell(file, "p" + page.number(), "R1C1"), null,
                        "第 " + page.number() + " 页是没有文字的图片（扫描页？），未读取其内容 — page " + page.number()
                                + " is an image with no text (a scanned page?): nothing on it was read"));
            }
        }
        if (scannedPages.isEmpty()) {
            return document;
        }
        List<ParseProblem> problems = new ArrayList<>(scannedPages);
        problems.addAll(document.problems());
        return document.withProblems(problems);
    }

    /**
     * A PDF some of whose pages draw tables. Where ruled pages and pages without any ruling alternate (forms of
     * several units put together in one file, one printed with borders and the next without), each run of pages is
     * also read by its own reader — the grid for the ruled ones, lines of text for the others — and that reading is
     * kept where the grammar reads it with fewer problems: read as a grid, an unruled page is lines of one cell, its
     * wrapped rows left in pieces.
     */
    private static Document ruled(String file, List<PdfPage> pages, Vocabulary vocabulary) {
        Document whole = grid(file, pages, vocabulary);
        List<List<PdfPage>> runs = runs(pages);
        if (runs.size() < 2 || whole.problems().isEmpty()) {
            return whole;
        }
        Document best = whole;
        Document banded = banded(file, pages, vocabulary);
        if (banded != null && better(banded, best)) {
            best = banded;
        }
        List<Document> parts = new ArrayList<>();
        for (List<PdfPage> run : runs) {
            parts.add(run.get(0).tables().isEmpty() ? PdfFlowText.read(file, FLOW, run, vocabulary) : grid(file, run, vocabulary));
        }
        Document split = joined(file, parts);
        return !cut(parts, vocabulary) && better(split, best) ? split : best;
    }

    /**
     * Whether reading {@code a} is to be kept over {@code b}: it read more (indicators and funds rows), or as much with
     * fewer problems. Problems alone would keep a reading that lost rows, even all of them, over one that read them
     * and reported a few.
     */
    static boolean better(Document a, Document b) {
        int readA = rowsRead(a);
        int readB = rowsRead(b);
        return readA != readB ? readA > readB : a.problems().size() < b.problems().size();
    }

    /** The indicators and funds rows a reading holds, over all its forms. */
    static int rowsRead(Document document) {
        int read = 0;
        for (perfaudit.model.Form form : document.forms()) {
            read += form.indicators().size() + form.funds().size();
        }
        return read;
    }

    /**
     * Whether reading the runs apart cut a form at a join: a run after the first opens with text before any form of its
     * own that names no form (rows of the form the run before left open, its 总分), which read alone is only heading
     * text, lost without a word.
     */
    private static boolean cut(List<Document> parts, Vocabulary vocabulary) {
        for (Document part : parts.subList(1, parts.size())) {
            if (part.title() != null && !FormGrammar.startsFormOrList(part.title(), vocabulary)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole file as one grid, each page without tables given as its row bands (each wrapped row of its unruled
     * table on one line) where it has any: a form that runs on from a ruled page onto an unruled one (or back) read
     * as one form, its unruled rows whole. Null where no such page wraps a row (the whole reading is that reading).
     */
    private static Document banded(String file, List<PdfPage> pages, Vocabulary vocabulary) {
        java.util.Map<PdfPage, List<String>> bands = new java.util.HashMap<>();
        for (PdfPage page : pages) {
            List<String> lines = page.tables().isEmpty() ? PdfFlowText.rowBands(page) : null;
            if (lines != null) {
                bands.put(page, lines);
            }
        }
        if (bands.isEmpty()) {
            return null;
        }
        List<GridRow> rows = PdfGrid.rows(file, pages, bands::get);
        ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
        return FormGrammar.read(file, GRID, List.of(ErrorCells.blanked(rows, log)), log, vocabulary);
    }

    /** The pages in runs of ruled pages and of pages that draw no table. */
    private static List<List<PdfPage>> runs(List<PdfPage> pages) {
        List<List<PdfPage>> runs = new ArrayList<>();
        for (PdfPage page : pages) {
            List<PdfPage> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.get(0).tables().isEmpty() == page.tables().isEmpty()) {
                last.add(page);
            } else {
                runs.add(new ArrayList<>(List.of(page)));
            }
        }
        return runs;
    }

    /** The readings of a file's runs of pages as one document: forms, lists, problems and notes in page order. */
    private static Document joined(String file, List<Document> parts) {
        List<perfaudit.model.Form> forms = new ArrayList<>();
        List<perfaudit.model.ProjectListEntry> list = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        List<ParseProblem> notes = new ArrayList<>();
        List<Document.RecognisedForm> recognised = new ArrayList<>();
        String title = null;
        for (Document part : parts) {
            forms.addAll(part.forms());
            list.addAll(part.projectList());
            problems.addAll(part.problems());
            notes.addAll(part.notes());
            recognised.addAll(part.recognised());
            title = title == null ? part.title() : title;
        }
        return new Document(file, GRID, title, list, forms, problems, notes, recognised);
    }

    private static Document grid(String file, List<PdfPage> pages, Vocabulary vocabulary) {
        List<GridRow> rows = PdfGrid.rows(file, pages);
        ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
        // a sheet's error values (#REF!, #DIV/0!, #####) printed into the PDF: empty, reported at their cells
        return FormGrammar.read(file, GRID, List.of(ErrorCells.blanked(rows, log)), log, vocabulary);
    }
}
