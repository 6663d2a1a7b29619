package perfaudit.ingest.html;

/**
 * Text as a browser shows it, from the raw text of a run of HTML: runs of HTML white space (space,
 * tab, line breaks) become one space. A source line break is a space even between two Chinese
 * characters, as browsers other than Firefox show it: exporters wrap long source lines at the
 * spaces of the text (LibreOffice writes {@code 社会效益 指标} as {@code 社会效益⏎指标}), so dropping
 * the break would drop a printed space. A no-break space ({@code &nbsp;}, which Word puts in every
 * empty cell) is an ordinary space that does not collapse.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** {@code raw} with white space as displayed, not yet stripped at its ends. */
    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (!isHtmlSpace(c)) {
                out.append(c == '\u00A0' ? ' ' : c);
                i++;
                continue;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != ' ' || raw.charAt(i - 1) == '\u00A0') {
                out.append(' ');
            }
            while (i < raw.length() && isHtmlSpace(raw.charAt(i))) {
                i++;
            }
        }
        return out.toString();
    }

    static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
