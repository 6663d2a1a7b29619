package perfaudit.ingest;

import java.util.List;

/**
 * The text of one cell from its lines: line breaks typed in a spreadsheet cell, the paragraphs of
 * a Word cell, the wrapped lines of a PDF cell. Lines join without a separator, as the flow reader
 * joins a wrapped cell (Chinese text has no spaces to lose), except after a line that ends with a
 * space (a PDF keeps the space a line was wrapped at) and between two Latin letters or digits,
 * where a wrap can only have been at a space.
 */
public final class CellText {

    private CellText() {
    }

    public static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean spaceBefore = false;
        for (String line : lines) {
            String part = line.strip();
            if (part.isEmpty()) {
                spaceBefore |= !line.isEmpty();
                continue;
            }
            if (!text.isEmpty() && (spaceBefore || isLatin(text.charAt(text.length() - 1)) && isLatin(part.charAt(0)))) {
                text.append(' ');
            }
            text.append(part);
            spaceBefore = Character.isWhitespace(line.charAt(line.length() - 1));
        }
        return text.toString();
    }

    /** Splits at any line break (CR, LF, vertical tab as Word and Excel store manual breaks). */
    public static String join(String multiline) {
        if (!hasBreak(multiline)) { // most cells: one line, nothing to join (and no pattern to run)
            return multiline.replace('\t', ' ').strip();
        }
        return join(List.of(multiline.replace('\t', ' ').split("\r\n|[\r\n\u000B\u2028\u2029]")));
    }

    private static boolean hasBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u000B' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
