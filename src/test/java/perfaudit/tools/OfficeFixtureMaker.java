package perfaudit.tools;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.bench.corpus.drawing.Drawing.Section;
import perfaudit.bench.corpus.drawing.Drawing.Table;
import perfaudit.bench.corpus.drawing.Drawing;
import perfaudit.bench.corpus.drawing.WorkbookWriter;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the office fixtures under fixtures/office (run by fixtures/office/make.sh, which then
 * turns the docx and xlsx renditions into PDFs with LibreOffice):
 * <ul>
 * <li>{@code seeds/}: each seed read through perfaudit's own parser and written as xlsx and docx
 *     laid out like the published forms ({@link FormDrawing});</li>
 * <li>{@code variations/}: hand-made layouts of seed forms that real submissions show;</li>
 * <li>{@code bad/}: a password-protected xlsx, a truncated docx, a zero-byte file and (command
 *     {@code scan}) a PDF of page images with no text layer.</li>
 * </ul>
 * Usage: {@code OfficeFixtureMaker office fixtures/office}, {@code OfficeFixtureMaker scan IN.pdf OUT.pdf}
 * and {@code OfficeFixtureMaker plain OUT.docx} (the flow seed's text as plain paragraphs, which
 * LibreOffice turns into a PDF without table borders: the flow reader's input).
 */
public final class OfficeFixtureMaker {

    static final Path SEEDS = Path.of("fixtures", "seeds");
    static final String TABBED = "002_45c397f42cae37ec";
    static final String FLOW = "000_3bdf511d6872ca99";
    static final String PASSWORD = "perfaudit";

    private OfficeFixtureMaker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("scan")) {
            scan(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 2 && args[0].equals("plain")) {
            plain(SEEDS.resolve(FLOW + ".txt"), Path.of(args[1]));
        } else if (args.length == 2 && args[0].equals("office")) {
            office(Path.of(args[1]));
        } else {
            System.err.println("usage: OfficeFixtureMaker office OUTDIR | scan IN.pdf OUT.pdf | plain OUT.docx");
            System.exit(2);
        }
    }

    static void office(Path out) throws IOException {
        Path seeds = Files.createDirectories(out.resolve("seeds"));
        Path variations = Files.createDirectories(out.resolve("variations"));
        Path bad = Files.createDirectories(out.resolve("bad"));
        Document tabbed = seed(TABBED);
        Document flow = seed(FLOW);
        for (Document document : List.of(tabbed, flow)) {
            String name = document.file().replace(".txt", "");
            List<Section> whole = List.of(new Section("自评表", whole(document)));
            save(seeds.resolve(name + ".xlsx"), new WorkbookWriter(false, 0).write(whole, 2));
            save(seeds.resolve(name + ".docx"), new WordWriter().write(whole));
        }

        XSSFWorkbook stacked = new WorkbookWriter(false, 1)
                .write(List.of(new Section("Sheet1", forms(tabbed, 0, 13, 26))), 3);
        save(variations.resolve("stacked3.xlsx"), stacked);
        save(variations.resolve("sheets-with-list.xlsx"), new WorkbookWriter(false, 0).write(perSheet(flow), 0));
        save(variations.resolve("numbers-as-text.xlsx"),
                new WorkbookWriter(true, 0).write(List.of(new Section("自评表", forms(tabbed, 1, 2, 3))), 2));
        save(variations.resolve("formulas.xlsx"), formulas(tabbed));
        save(variations.resolve("hidden-sheet.xlsx"), hiddenSheet(flow, tabbed));
        save(variations.resolve("spacer-column.docx"),
                new WordWriter().write(List.of(new Section("自评表", withSpacerColumn(whole(flow), 7)))));

        Files.write(bad.resolve("password.xlsx"), encrypt(bytes(stacked), PASSWORD));
        byte[] docx = Files.readAllBytes(seeds.resolve(FLOW + ".docx"));
        Files.write(bad.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
        Files.write(bad.resolve("empty.xlsx"), new byte[0]);
        System.out.println("wrote office fixtures under " + out);
    }

    static Document seed(String name) {
        Document document = Inputs.read(SEEDS.resolve(name + ".txt"), name + ".txt");
        if (!document.problems().isEmpty()) {
            throw new IllegalStateException(name + " has parse problems: " + document.problems());
        }
        return document;
    }

    static List<Item> whole(Document document) {
        List<Item> items = new ArrayList<>(FormDrawing.preamble(document));
        document.forms().forEach(form -> items.addAll(FormDrawing.form(form)));
        return items;
    }

    static List<Item> forms(Document document, int... indexes) {
        List<Item> items = new ArrayList<>();
        for (int index : indexes) {
            items.addAll(FormDrawing.form(document.forms().get(index)));
        }
        return items;
    }

    /** The list on its own sheet, then one sheet per form, named by its sequence number. */
    static List<Section> perSheet(Document document) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("清单", FormDrawing.preamble(document)));
        for (int i = 0; i < document.forms().size(); i++) {
            sections.add(new Section(String.valueOf(i + 1), FormDrawing.form(document.forms().get(i))));
        }
        return sections;
    }

    /**
     * One form whose 执行率, budget 得分 and 总分 得分 are formulas, calculated so the file carries
     * their cached values as Excel would save them.
     */
    static XSSFWorkbook formulas(Document tabbed) {
        Form form = tabbed.forms().get(0);
        XSSFWorkbook workbook = new WorkbookWriter(false, 0)
                .write(List.of(new Section("自评表", FormDrawing.form(form))), 0);
        Sheet sheet = workbook.getSheetAt(0);
        int fundsRow = rowStartingWith(sheet, 2, "年度资金总额：");
        int totalRow = rowStartingWith(sheet, 0, "总分");
        int r = fundsRow + 1;
        formula(sheet, fundsRow, 7, "IF(E" + r + ">0,F" + r + "/E" + r + ",0)");
        formula(sheet, fundsRow, 8, "ROUND(MIN(H" + r + ",1)*G" + r + ",2)");
        int header = rowStartingWith(sheet, 0, "绩效指标");
        formula(sheet, totalRow, 8, "I" + r + "+SUM(I" + (header + 2) + ":I" + totalRow + ")");
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        return workbook;
    }

    private static void formula(Sheet sheet, int row, int column, String formula) {
        Cell cell = sheet.getRow(row).getCell(column);
        cell.setCellFormula(formula);
    }

    static int rowStartingWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.toString().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new IllegalStateException("no row with " + text + " in column " + CellReference.convertNumToColString(column));
    }

    /** A form on a visible sheet and an old form left on a hidden one, as units leave last year's copy. */
    static XSSFWorkbook hiddenSheet(Document flow, Document tabbed) {
        XSSFWorkbook workbook = new WorkbookWriter(false, 0).write(List.of(
                new Section("自评表", FormDrawing.form(flow.forms().get(0))),
                new Section("2023备份", FormDrawing.form(tabbed.forms().get(5)))), 0);
        workbook.setSheetHidden(1, true);
        return workbook;
    }

    static List<Item> withSpacerColumn(List<Item> items, int at) {
        List<Item> changed = new ArrayList<>();
        for (Item item : items) {
            changed.add(item instanceof Table table && table.columns() == Drawing.COLUMNS
                    ? table.withSpacerColumn(at) : item);
        }
        return changed;
    }

    /**
     * The flow seed's lines as paragraphs, a new page wherever the seed has a page break (two or
     * more blank lines); small type on A3 so that no other page break falls inside a seed page.
     */
    static void plain(Path seed, Path out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            boolean pageBreak = false;
            int blanks = 0;
            for (String line : Files.readAllLines(seed)) {
                if (line.isBlank()) {
                    blanks++;
                    continue;
                }
                pageBreak |= blanks >= 2 && !document.getParagraphs().isEmpty();
                blanks = 0;
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setPageBreak(pageBreak);
                paragraph.setSpacingAfter(0);
                paragraph.setSpacingBetween(1.0);
                XWPFRun run = paragraph.createRun();
                run.setFontFamily("宋体");
                run.setFontSize(7);
                run.setText(line.strip());
                pageBreak = false;
            }
            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(16838));
            section.getPgSz().setH(BigInteger.valueOf(23811));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(400));
            margins.setBottom(BigInteger.valueOf(400));
            margins.setLeft(BigInteger.valueOf(900));
            margins.setRight(BigInteger.valueOf(900));
            try (OutputStream stream = Files.newOutputStream(out)) {
                document.write(stream);
            }
        }
        System.out.println("wrote " + out);
    }

    /** Agile encryption, as Excel 2010 and later write it when a password is set. */
    static byte[] encrypt(byte[] xlsx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** Each page of {@code in} as a grey JPEG on a page of its own: a scan, with no text layer. */
    static void scan(Path in, Path out) throws IOException {
        try (PDDocument source = Loader.loadPDF(in.toFile()); PDDocument scanned = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < Math.min(source.getNumberOfPages(), 2); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 72, ImageType.GRAY);
                PDRectangle box = source.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                scanned.addPage(page);
                PDImageXObject picture = JPEGFactory.createFromImage(scanned, image, 0.6f);
                try (PDPageContentStream content = new PDPageContentStream(scanned, page)) {
                    content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            scanned.save(out.toFile());
        }
        System.out.println("wrote " + out);
    }

    private static void save(Path file, XSSFWorkbook workbook) throws IOException {
        Files.write(file, bytes(workbook));
    }

    private static void save(Path file, XWPFDocument document) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
