package perfaudit.ingest;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import perfaudit.ingest.html.HtmlSniffer;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file holds, told from its bytes, never from its name: units rename files freely (a
 * workbook saved as {@code .txt}, a {@code .doc} that is really RTF, a web page saved as {@code .doc}
 * or {@code .xls}, as sites often serve them). Office files are containers, so a ZIP is told apart by
 * its entry names and an OLE2 file by its streams; a web page by the markup it starts with.
 */
public enum InputFormat {
    TEXT("text"), HTML("html"), XLSX("xlsx"), XLS("xls"), DOCX("docx"), DOC("doc"), PDF("pdf"),
    /** Excel 2003 XML (SpreadsheetML) and Word 2003 XML: markup, but no web page. */
    EXCEL_XML("excel 2003 xml"), WORD_XML("word 2003 xml"),
    /** OpenDocument: a spreadsheet (.ods) is read as a workbook, a text (.odt) as a Word document; any other ODF file is refused. */
    ODS("ods"), ODT("odt"), OTHER_ODF("opendocument"),
    /** An OLE2 container with EncryptionInfo: a password-protected xlsx or docx. */
    ENCRYPTED_OFFICE("encrypted office file"),
    OTHER_ZIP("zip"), OTHER_OLE("ole2"), RTF("rtf"), IMAGE("image"),
    /** An archive of another kind than ZIP: RAR, 7-Zip, gzip, bzip2, xz (attachments are often downloaded so). */
    ARCHIVE("archive"), BINARY("binary");

    /** Entries looked at before a ZIP is called "not an Office package". */
    private static final int MAX_ZIP_ENTRIES = 2000;

    public final String label;

    InputFormat(String label) {
        this.label = label;
    }

    public static InputFormat detect(byte[] bytes) {
        if (Bytes.startsWith(bytes, 'P', 'K', 3, 4)) {
            return zip(bytes);
        }
        if (Bytes.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole(bytes);
        }
        if (Bytes.startsWith(bytes, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (Bytes.startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        if (Bytes.startsWith(bytes, 0x89, 'P', 'N', 'G') || Bytes.startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || Bytes.startsWith(bytes, 'I', 'I', '*', 0) || Bytes.startsWith(bytes, 'M', 'M', 0, '*')
                || Bytes.startsWith(bytes, 'G', 'I', 'F', '8') || isBitmap(bytes)) {
            return IMAGE;
        }
        if (Bytes.startsWith(bytes, 'R', 'a', 'r', '!', 0x1A, 0x07) || Bytes.startsWith(bytes, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || Bytes.startsWith(bytes, 0x1F, 0x8B) || Bytes.startsWith(bytes, 'B', 'Z', 'h')
                || Bytes.startsWith(bytes, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return ARCHIVE;
        }
        if (HtmlSniffer.isExcelXml(bytes)) {
            return EXCEL_XML;
        }
        if (HtmlSniffer.isWordXml(bytes)) {
            return WORD_XML;
        }
        if (HtmlSniffer.isHtml(bytes)) {
            return HTML;
        }
        if (Bytes.startsWith(bytes, 0xFF, 0xFE) || Bytes.startsWith(bytes, 0xFE, 0xFF)) {
            // UTF-16: every ASCII character has a zero byte, so the control count below means nothing.
            return TEXT;
        }
        // No single-NUL shortcut: a few garbage bytes in a text file are reported on their line
        // by the reader; only a file that is largely control bytes is binary.
        int controls = 0;
        int sample = Math.min(bytes.length, 4096);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                controls++;
            }
        }
        return controls * 20 > sample ? BINARY : TEXT;
    }

    /**
     * Reads entry names only, in file order, and stops at the first that decides: a truncated
     * package still shows the names before the cut, and no entry is inflated into memory.
     */
    private static InputFormat zip(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    // ODF's first entry, stored: the package's media type, which names what it holds
                    return openDocument(new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip());
                }
                if (name.startsWith("xl/")) {
                    return XLSX;
                }
                if (name.startsWith("word/")) {
                    return DOCX;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged archive: whatever was seen before the damage decides.
        }
        return OTHER_ZIP;
    }

    /**
     * The names of the files in a ZIP archive, up to {@code max} (directories left out); empty for a damaged one. Names
     * without ZIP's UTF-8 flag are taken as GBK, as Chinese Windows writes them.
     */
    public static List<String> zipEntryNames(byte[] bytes, int max) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), Charset.forName("GBK"))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && names.size() < max && (entry = zip.getNextEntry()) != null; i++) {
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        } catch (IOException | RuntimeException e) {
            // damaged: the names before the damage stand
        }
        return names;
    }

    private static InputFormat openDocument(String mediaType) {
        if (mediaType.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            return ODS; // -template too
        }
        if (mediaType.startsWith("application/vnd.oasis.opendocument.text")) {
            return ODT;
        }
        return mediaType.startsWith("application/vnd.oasis.opendocument.") ? OTHER_ODF : OTHER_ZIP;
    }

    private static InputFormat ole(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return ENCRYPTED_OFFICE;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return XLS;
            }
            if (root.hasEntry("WordDocument")) {
                return DOC;
            }
        } catch (IOException | RuntimeException e) {
            // Damaged: reported as an unreadable OLE2 file.
        }
        return OTHER_OLE;
    }

    /** "BM" alone starts ordinary text too: a bitmap also has four zero bytes at offset 6. */
    private static boolean isBitmap(byte[] bytes) {
        return Bytes.startsWith(bytes, 'B', 'M') && bytes.length > 14
                && bytes[6] == 0 && bytes[7] == 0 && bytes[8] == 0 && bytes[9] == 0;
    }


    /**
     * True when the bytes look like UTF-16 text written without its byte-order mark: Latin text in
     * UTF-16 has a zero byte in every other position. Only then does a "binary" file get the hint to
     * save it with one; random bytes (a damaged file) have few zeros.
     */
    static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        return pairs >= 8 && Math.max(evenZeros, oddZeros) * 3 > pairs && Math.min(evenZeros, oddZeros) * 10 < pairs;
    }
}
