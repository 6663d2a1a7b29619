package perfaudit.report.xlsx.stream;

import java.io.IOException;
import java.io.Writer;

/**
 * A cell's text as sheet XML, the same characters as POI's own escaping (SheetDataWriter.outputEscapedString)
 * but written a run of plain characters at a time: POI writes every character by itself (a code point
 * iterator, an array per character, a synchronized write), a fifth of the workbook writer's time for the
 * findings' long Chinese messages.
 */
final class SheetXmlText {

    private SheetXmlText() {
    }

    static void write(Writer out, String text) throws IOException {
        if (text == null) {
            return;
        }
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            String escape = escapeOf(text.charAt(i));
            if (escape != null) {
                out.write(text, plain, i - plain);
                out.write(escape);
                plain = i + 1;
            }
        }
        out.write(text, plain, text.length() - plain);
    }

    /**
     * What POI writes for a character, or null for the character itself: XML's markup characters and line
     * breaks, tabs and no-break spaces as references, and a question mark for the control characters and the
     * non-characters U+FFFE and U+FFFF, which XML cannot hold (surrogates pass as they are, so pairs do).
     */
    private static String escapeOf(char c) {
        switch (c) {
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '&': return "&amp;";
            case '"': return "&quot;";
            case '\n': return "&#xa;";
            case '\r': return "&#xd;";
            case '\t': return "&#x9;";
            case '\u00A0': return "&#xa0;";
            default: return c < ' ' || c >= '\uFFFE' ? "?" : null;
        }
    }
}
