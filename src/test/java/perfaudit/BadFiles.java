package perfaudit;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and broken office files, built from scratch: a zip bomb, XML external entities, entity
 * expansion, encryption, truncation, and minimal PDFs. The bad-input corpus is made from these
 * (tools/BadCorpusMaker), and the zip bomb at test time, since it is big on disk.
 */
public final class BadFiles {

    private BadFiles() {
    }

    /** A one-sheet workbook with a form's title in A1. */
    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("自评表").createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-paragraph document. */
    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("项目支出绩效自评表");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip with the named entries' content replaced. */
    public static byte[] replaceEntries(byte[] zip, Map<String, UnaryOperator<String>> edits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                UnaryOperator<String> edit = edits.get(entry.getName());
                if (edit != null) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Puts a DOCTYPE before the root element of an entry's XML, and {@code reference} as the first text. */
    static String withDoctype(String xml, String doctype, String textTag, String reference) {
        int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
        String withType = xml.substring(0, root) + doctype + xml.substring(root);
        int text = withType.indexOf(textTag);
        int close = withType.indexOf('>', text) + 1;
        return withType.substring(0, close) + reference + withType.substring(close);
    }

    /** A docx whose text is an external entity naming {@code secret}: a reader that resolves it leaks the file. */
    public static byte[] xxeDocx(Path secret) {
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        return replaceEntries(docx(), Map.of("word/document.xml", xml -> withDoctype(xml, doctype, "<w:t", "&xxe;")));
    }

    /** A docx with nested entities that expand to a billion copies of a word ("billion laughs"). */
    public static byte[] entityExpansionDocx() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        return replaceEntries(docx(), Map.of("word/document.xml", xml -> withDoctype(xml, doctype.toString(), "<w:t", "&lol9;")));
    }

    /** A workbook whose shared strings name {@code secret} as an external entity. */
    public static byte[] xxeXlsx(Path secret) {
        String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        return replaceEntries(xlsx(), Map.of("xl/sharedStrings.xml", xml -> withDoctype(xml, doctype, "<t", "&xxe;")));
    }

    /** The workbook encrypted with a password, as Excel's "protect with password" stores it (an OLE2 container). */
    public static byte[] encrypted(byte[] ooxml, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(ooxml)); OutputStream data = encryptor.getDataStream(fs)) {
                opc.save(data);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** The first {@code fraction} of the bytes: a half-downloaded file. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /**
     * Writes a workbook whose sheet inflates to {@code inflatedBytes} of white space from about a
     * thousandth of that on disk: far below POI's minimum inflate ratio. Streamed, never in memory.
     */
    public static void writeZipBombXlsx(Path target, long inflatedBytes) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (long written = 0; written < inflatedBytes; written += blanks.length) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * A minimal well-formed PDF of one page: {@code content} is its content stream, {@code resources}
     * its resource dictionary, {@code extraObjects} further objects numbered from 5 on.
     */
    public static byte[] pdf(String content, String resources, byte[]... extraObjects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources + " /Contents 4 0 R >>",
            "<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + content + "\nendstream"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        for (int i = 0; i < extraObjects.length; i++) {
            offsets.add(out.size());
            write(out, (objects.length + i + 1) + " 0 obj\n");
            out.writeBytes(extraObjects[i]);
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** A PDF of one page of text in Helvetica: a text layer, as an export from a word processor has. */
    public static byte[] textPdf(String asciiText) {
        return pdf("BT /F1 12 Tf 72 760 Td (" + asciiText + ") Tj ET",
                "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>");
    }

    /** A scanned page: one grey image and no text at all, as a scanner's PDF has. */
    public static byte[] scannedPdf() {
        int width = 400;
        int height = 60;
        byte[] pixels = new byte[width * height];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < pixels.length; i++) {
            // light paper with dark specks where characters would be
            pixels[i] = (byte) (random.nextInt(10) == 0 ? 40 : 235);
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            deflate.write(pixels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        write(image, "<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " + compressed.size()
                + " >>\nstream\n");
        image.writeBytes(compressed.toByteArray());
        write(image, "\nendstream");
        return pdf("q 400 0 0 60 97 700 cm /Im1 Do Q", "<< /XObject << /Im1 5 0 R >> >>", image.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
