package perfaudit.ingest;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forms that reach the auditor inside another file: a workbook embedded in a Word document as an object (Insert ▸
 * Object; Word shows a picture of it) is read as the workbook; a file that only shows a picture of a form, or embeds an
 * object of another kind, says so when it gives no form, instead of only "no form found".
 */
class EmbeddedAndPicturedFormsTest {

    private static final Path SEED_XLSX = Path.of("fixtures", "office", "seeds", "002_45c397f42cae37ec.xlsx");
    private static final Path SEED_XLS = Path.of("fixtures", "office", "seeds", "000_3bdf511d6872ca99.xls");
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String OLE_TYPE = "application/vnd.openxmlformats-officedocument.oleObject";

    @Test
    void aWorkbookEmbeddedInAWordDocumentIsReadAsTheWorkbook() throws IOException {
        Document alone = Fixtures.read(SEED_XLSX);
        Document embedded = read(wordWith("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx", XLSX_TYPE,
                POIXMLDocument.PACK_OBJECT_REL_TYPE, Files.readAllBytes(SEED_XLSX)), "report.docx");

        assertEquals(alone.forms().size(), embedded.forms().size());
        assertTrue(Facts.differences(Facts.of(alone).get("forms"), Facts.of(embedded).get("forms")).isEmpty(),
                () -> Facts.differences(Facts.of(alone).get("forms"), Facts.of(embedded).get("forms")).toString());
        String sheet = embedded.forms().get(0).location().sheet();
        assertEquals("对象1·" + alone.forms().get(0).location().sheet(), sheet, "located in the object, by its sheet");
        assertEquals("report.docx", embedded.forms().get(0).location().file());
        assertTrue(embedded.notes().stream().anyMatch(note -> note.reason().contains("嵌入")), embedded.notes().toString());
        assertEquals(alone.problems().size(), embedded.problems().size(), embedded.problems().toString());
    }

    @Test
    void aWordDocumentWhereLibreOfficeEmbeddedTheWorkbookReadsItsForm() {
        Path variations = Path.of("fixtures", "office", "variations");
        Document alone = Fixtures.read(variations.resolve("embedded-workbook.xlsx"));
        Document embedded = Fixtures.read(variations.resolve("embedded-workbook.docx"));

        assertEquals(1, embedded.forms().size());
        assertTrue(Facts.differences(Facts.of(alone).get("forms"), Facts.of(embedded).get("forms")).isEmpty(),
                () -> Facts.differences(Facts.of(alone).get("forms"), Facts.of(embedded).get("forms")).toString());
        assertTrue(embedded.problems().isEmpty(), embedded.problems().toString());
    }

    @Test
    void aWord97DocumentWhereLibreOfficeEmbeddedTheWorkbookReadsItsForm() {
        Path variations = Path.of("fixtures", "office", "variations");
        Document alone = Fixtures.read(variations.resolve("embedded-workbook.xlsx"));
        Document embedded = Fixtures.read(variations.resolve("embedded-workbook.doc"));

        assertEquals("doc", embedded.layout());
        assertEquals(1, embedded.forms().size());
        assertTrue(Facts.differences(Facts.of(alone).get("forms"), Facts.of(embedded).get("forms")).isEmpty(),
                () -> Facts.differences(Facts.of(alone).get("forms"), Facts.of(embedded).get("forms")).toString());
        assertTrue(embedded.forms().get(0).location().sheet().startsWith("对象1·"), embedded.forms().get(0).location().sheet());
    }

    @Test
    void anExcel97WorkbookInsideAnOleObjectIsReadAsTheWorkbook() throws IOException {
        Document alone = Fixtures.read(SEED_XLS);
        Document embedded = read(wordWith("/word/embeddings/oleObject1.bin", OLE_TYPE, POIXMLDocument.OLE_OBJECT_REL_TYPE,
                Files.readAllBytes(SEED_XLS)), "report.docx");

        assertEquals(alone.forms().size(), embedded.forms().size());
        assertTrue(Facts.differences(Facts.of(alone).get("forms"), Facts.of(embedded).get("forms")).isEmpty());
    }

    @Test
    void anOoxmlWorkbookWrappedInAnOleObjectsPackageStreamIsRead() throws IOException {
        ByteArrayOutputStream ole = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(Files.readAllBytes(SEED_XLSX)), "Package");
            fs.writeFilesystem(ole);
        }
        Document embedded = read(wordWith("/word/embeddings/oleObject1.bin", OLE_TYPE, POIXMLDocument.OLE_OBJECT_REL_TYPE,
                ole.toByteArray()), "report.docx");

        assertEquals(Fixtures.read(SEED_XLSX).forms().size(), embedded.forms().size());
    }

    @Test
    void aWordDocumentShowingOnlyAPictureSaysItHoldsAPicture() throws Exception {
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("附件：2023年度项目支出绩效自评表");
            word.createParagraph().createRun().addPicture(new ByteArrayInputStream(png()),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "scan.png", Units.toEMU(400), Units.toEMU(300));
            word.write(out);
            docx = out.toByteArray();
        }
        String reason = firstProblem(read(docx, "scan.docx"));
        assertTrue(reason.startsWith("文件中没有找到项目支出绩效自评表；其中有 1 张图片"), reason);
        assertTrue(reason.contains("1 picture(s)"), reason);
    }

    @Test
    void aWorkbookShowingOnlyAPictureSaysItHoldsAPicture() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("自评表");
            int picture = workbook.addPicture(png(), Workbook.PICTURE_TYPE_PNG);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(1);
            anchor.setRow1(1);
            drawing.createPicture(anchor, picture).resize();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        String reason = firstProblem(read(xlsx, "scan.xlsx"));
        assertTrue(reason.contains("其中有 1 张图片") && reason.contains("run OCR"), reason);
    }

    @Test
    void anEmbeddedObjectOfAnotherKindIsCountedWhenNoFormIsFound() throws IOException {
        Document document = read(wordWith("/word/embeddings/oleObject1.bin", OLE_TYPE, POIXMLDocument.OLE_OBJECT_REL_TYPE,
                "not a workbook".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "objects.docx");
        String reason = firstProblem(document);
        assertTrue(reason.contains("1 个嵌入对象") && reason.contains("1 object(s)"), reason);
    }

    @Test
    void aWordDocumentWithAFormAndAPictureIsNotToldToHoldNoForm() throws IOException {
        Document document = read(wordWith("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx", XLSX_TYPE,
                POIXMLDocument.PACK_OBJECT_REL_TYPE, Files.readAllBytes(SEED_XLSX)), "report.docx");
        assertTrue(document.problems().stream().noneMatch(p -> p.reason().contains("没有找到")), document.problems().toString());
    }

    /** A Word document of one paragraph with {@code bytes} embedded as a part related to it as {@code relation}. */
    private static byte[] wordWith(String partName, String contentType, String relation, byte[] bytes) throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("附件：");
            try {
                PackagePartName name = PackagingURIHelper.createPartName(partName);
                PackagePart part = word.getPackage().createPart(name, contentType);
                try (OutputStream partOut = part.getOutputStream()) {
                    partOut.write(bytes);
                }
                word.getPackagePart().addRelationship(name, TargetMode.INTERNAL, relation);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            word.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Document read(byte[] bytes, String name) {
        return Inputs.read(bytes, name, Limits.DEFAULT);
    }

    private static String firstProblem(Document document) {
        List<ParseProblem> problems = document.problems();
        assertTrue(document.forms().isEmpty() && !problems.isEmpty(), problems.toString());
        return problems.get(0).reason();
    }
}
