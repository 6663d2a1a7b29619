package perfaudit.report.xlsx;

/**
 * How wide text shows in a spreadsheet, in Excel's column unit (the width of a digit of the
 * workbook font), and how many lines it takes wrapped in a column. A streaming sheet cannot measure
 * fonts, so this estimates from typical glyph widths: CJK and full-width characters nearly two digits,
 * capitals and digits one, lower case and punctuation less. Estimates err on the wide side: a row a
 * little too tall is harmless, one too short hides text.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The width of a single line of text, rounded up to whole digits. */
    static int of(String text) {
        return (int) Math.ceil(exact(text));
    }

    /** The widest line of a text that may hold line breaks. */
    static int widestLine(String text) {
        if (text.indexOf('\n') < 0) {
            return of(text);
        }
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, of(line));
        }
        return widest;
    }

    /**
     * Lines the text takes wrapped in a column {@code columnWidth} digits wide, wrapping as
     * spreadsheet programs do: Latin words move whole to the next line, CJK text breaks between any
     * two characters, and line breaks in the text start new lines.
     *
     * <p>Every table cell is measured, so this walks the text in place (no split, no substring per
     * character), and the one-line test stops at the first character past the column: widths only add
     * up, so a partial sum over the column means the whole is too.
     */
    static int lines(String text, int columnWidth) {
        double usable = Math.max(1, columnWidth - 0.5);
        if (text.indexOf('\n') < 0 && !wider(text, usable)) { // most cells: one line, no wrapping to work out
            return 1;
        }
        int lines = 0;
        int length = text.length();
        int start = 0;
        while (true) { // each paragraph, as split at line breaks
            int paragraphEnd = text.indexOf('\n', start);
            if (paragraphEnd < 0) {
                paragraphEnd = length;
            }
            lines++;
            double used = 0;
            int i = start;
            while (i < paragraphEnd) {
                int end = tokenEnd(text, i, paragraphEnd);
                double width = exact(text, i, end);
                if (used > 0 && used + width > usable) {
                    lines++;
                    used = 0;
                    if (text.charAt(i) == ' ') { // a space at a wrap point takes no room
                        i = end;
                        continue;
                    }
                }
                // a word wider than the column is broken wherever it reaches the edge
                while (width > usable) {
                    lines++;
                    width -= usable;
                }
                used += width;
                i = end;
            }
            if (paragraphEnd == length) {
                return lines;
            }
            start = paragraphEnd + 1;
        }
    }

    /**
     * End of the unit that wraps whole, in a paragraph ending at {@code limit}: a run of Latin letters
     * and digits, or one other character.
     */
    private static int tokenEnd(String text, int start, int limit) {
        int end = start;
        while (end < limit && isWordChar(text.charAt(end))) {
            end++;
        }
        // the character after a paragraph is a line break or none, never the low half of a pair
        return end == start ? start + Character.charCount(text.codePointAt(start)) : end;
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && c != ' ' && c != '\n' && c != '—';
    }

    private static double exact(String text) {
        return exact(text, 0, text.length());
    }

    /** The width of {@code text[start, end)}, summed character by character as {@link #exact(String)} does. */
    private static double exact(String text, int start, int end) {
        double width = 0;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            width += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** Whether the text is wider than {@code limit}: {@code exact(text) > limit}, stopping once a partial sum is. */
    private static boolean wider(String text, double limit) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += width(codePoint);
            if (width > limit) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    private static double width(int c) {
        if (isWide(c)) {
            // an em of an 11 pt CJK font over the digit width of the workbook font (等线: 8 of 14.7 px)
            return 1.85;
        }
        if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '|' || c == '!'
                || c == 'i' || c == 'j' || c == 'l' || c == '(' || c == ')' || c == '[' || c == ']') {
            return 0.6;
        }
        if (c >= 'a' && c <= 'z') {
            return c == 'm' || c == 'w' ? 1.4 : 0.9;
        }
        if (c >= 'A' && c <= 'Z') {
            return c == 'M' || c == 'W' ? 1.5 : 1.15;
        }
        return 1.0;
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115F                                  // Hangul Jamo
                || c == 0x2014 || c == 0x2026                                  // — … are full-width in CJK fonts
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)                 // CJK radicals … Yi
                || (c >= 0xAC00 && c <= 0xD7A3)                                // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)                                // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F)                                // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)                                // full-width forms
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD));                            // CJK extensions
    }
}
