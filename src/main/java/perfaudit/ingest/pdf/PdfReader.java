package perfaudit.ingest.pdf;

import perfaudit.ingest.grammar.FormGrammar;
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
        try (PDDocument pdf = Loader.loadPDF(input.bytes())) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PdfPageScanner.Result drawn = PdfPageScanner.scan(pdf.getPage(i));
                pages.add(new PdfPage(i + 1, drawn.glyphs(), PdfTable.find(drawn.rulings()), drawn.images()));
            }
        } catch (InvalidPasswordException e) {
            return Document.unreadable(input.name(), GRID, "PDF 设有密码，请提交无密码的副本 — password-protected PDF: submit a copy without a password");
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: cannot read PDF", input.name(), e);
            return Document.unreadable(input.name(), GRID, OpenFailure.reason("the PDF", e));
        }
        return read(input.name(), pages, input.vocabulary());
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
                ? grid(file, PdfPageFurniture.remove(withText, vocabulary).stream().filter(PdfPage::hasText).toList(), vocabulary)
                : PdfFlowText.read(file, FLOW, withText, vocabulary);
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

    private static Document grid(String file, List<PdfPage> pages, Vocabulary vocabulary) {
        List<GridRow> rows = PdfGrid.rows(file, pages);
        ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
        return FormGrammar.read(file, GRID, List.of(rows), log, vocabulary);
    }
}
