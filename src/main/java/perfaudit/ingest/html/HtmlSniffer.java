package perfaudit.ingest.html;

import perfaudit.ingest.Bytes;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a saved web page from text by its first markup, never by its name. A page starts with
 * markup a text export never starts with: a doctype, {@code <html>}, {@code <head>}, a comment
 * before them (browsers' "saved from" line, Word's conditional comments), an XML declaration of
 * an XHTML page, or a bare {@code <table>} copied from a page; or the file is a web archive
 * ({@code .mht}: a MIME message of related parts). A text file with a stray tag
 * inside it ({@code <td>} in a cell, {@code <p>} in a goal) stays text: only the start decides.
 */
public final class HtmlSniffer {

    /** How far into the file the start of the markup is looked for. */
    private static final int SAMPLE = 1024;
    /** The tags a page can start with; a lone {@code <p>} or {@code <td>} is not enough. */
    private static final Pattern PAGE_START = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|table|style|script|link|base)[\\s/>]");
    /** What must follow a leading comment or XML declaration for the file to be a page. */
    private static final Pattern PAGE_TAG = Pattern.compile("<(!doctype\\s+html|html|head|body|table)[\\s/>]");

    private HtmlSniffer() {
    }

    /** Excel's and Word's 2003 XML: the mso-application instruction or the root element of the format. */
    private static final Pattern EXCEL_XML = Pattern.compile(
            "<\\?mso-application\\s+progid=\"excel\\.sheet\"|<(ss:)?workbook[^>]*urn:schemas-microsoft-com:office:spreadsheet");
    private static final Pattern WORD_XML = Pattern.compile(
            "<\\?mso-application\\s+progid=\"word\\.document\"|<w:worddocument[\\s>]");

    /**
     * Whether the file is an Excel 2003 XML spreadsheet (SpreadsheetML, as budget systems export it, often named .xls):
     * XML, but no page, though its tags would make one of it.
     */
    public static boolean isExcelXml(byte[] bytes) {
        String start = start(bytes).toLowerCase(Locale.ROOT);
        return start.contains("<?xml") || start.contains("<?mso") ? EXCEL_XML.matcher(start).find() : false;
    }

    /** Whether the file is a Word 2003 XML document (WordprocessingML 2003, often named .doc). */
    public static boolean isWordXml(byte[] bytes) {
        String start = start(bytes).toLowerCase(Locale.ROOT);
        return start.contains("<?xml") || start.contains("<?mso") ? WORD_XML.matcher(start).find() : false;
    }

    public static boolean isHtml(byte[] bytes) {
        if (WebArchive.isArchive(bytes)) {
            return true;
        }
        String start = start(bytes).toLowerCase(Locale.ROOT);
        int at = 0;
        while (at < start.length() && isSpace(start.charAt(at))) {
            at++;
        }
        String rest = start.substring(at);
        if (rest.startsWith("<!--") || rest.startsWith("<?xml")) {
            return PAGE_TAG.matcher(rest).find();
        }
        return PAGE_START.matcher(rest).lookingAt();
    }

    /** The first characters: ASCII markup reads the same in every charset pages use except UTF-16. */
    private static String start(byte[] bytes) {
        if (Bytes.startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, Math.min(bytes.length, 2 * SAMPLE) - 2, StandardCharsets.UTF_16LE);
        }
        if (Bytes.startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, Math.min(bytes.length, 2 * SAMPLE) - 2, StandardCharsets.UTF_16BE);
        }
        int from = Bytes.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(bytes, from, Math.max(0, Math.min(bytes.length, SAMPLE) - from), StandardCharsets.ISO_8859_1);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
