package perfaudit.ingest.text;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traces of a web page left in text copied or exported from it: character references never decoded ({@code &nbsp;}
 * in empty cells, {@code &gt;=90%}, {@code &#8805;95%}, {@code &amp;}), {@code <br>} inside a cell, and characters a
 * page holds that print nothing or a plain space: zero-width spaces and joiners, soft hyphens (inside a label or a
 * figure, "5​000亩"), a byte-order mark inside the text, no-break spaces. Read as printed, {@code &nbsp;} was a cell's
 * text and {@code &gt;=5​000亩} no target; they are read as the page showed them. A reference is decoded only when
 * it ends in ";" (a bare "&" is text), and only the references HTML names.
 */
final class WebLeftovers {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** A line break a web page's text keeps as markup: the cell's text goes on (joined as a cell's lines are). */
    private static final Pattern BREAK = Pattern.compile(" *<[bB][rR] */?> *");
    /**
     * A no-break space after one to three digits and before three more ("4 800亩", "1 234 567") groups thousands, as a
     * comma does; elsewhere it is a space. Not before a per cent: "10 100%" is two figures, never ten thousand per cent.
     */
    private static final Pattern GROUPING = Pattern.compile("(?<=(?<![\\d.,])\\d{1,3})[\u00A0\u202F](?=\\d{3}(?![\\d%％]))");

    private WebLeftovers() {
    }

    /** The lines with the page's traces read as the page showed them; the same list when there are none. */
    static List<TextLine> decoded(List<TextLine> lines) {
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (!mayHoldLeftovers(text)) {
                continue;
            }
            String decoded = decoded(text);
            if (!decoded.equals(text)) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, new TextLine(lines.get(i).number(), decoded));
            }
        }
        return out == null ? lines : out;
    }

    static String decoded(String text) {
        String out = text;
        if (out.indexOf('&') >= 0) {
            out = references(out);
        }
        if (out.indexOf('<') >= 0) {
            out = breaks(out);
        }
        out = GROUPING.matcher(out).replaceAll("");
        StringBuilder kept = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\u00A0' || c == '\u202F') {
                kept.append(' ');
            } else if (!isInvisible(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String references(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String decoded = Parser.unescapeEntities(m.group(), false);
            // an unknown name stays as printed; a reference to a control character is no text either
            boolean known = !decoded.equals(m.group()) && !decoded.isEmpty() && !Character.isISOControl(decoded.charAt(0));
            m.appendReplacement(out, Matcher.quoteReplacement(known ? decoded : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code <br>} dropped, with a space kept only between two Latin letters or digits (as {@link perfaudit.ingest.CellText} joins lines). */
    private static String breaks(String text) {
        Matcher m = BREAK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean latinBefore = m.start() > 0 && isLatin(text.charAt(m.start() - 1));
            boolean latinAfter = m.end() < text.length() && isLatin(text.charAt(m.end()));
            m.appendReplacement(out, latinBefore && latinAfter ? " " : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Zero-width space, non-joiner and joiner, word joiner, soft hyphen, a byte-order mark inside the text. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD' || c == '\uFEFF';
    }

    /** Whether the line may hold a trace at all: most lines hold none of these characters (a loop over every line of a text). */
    private static boolean mayHoldLeftovers(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '\u00A0' || c == '\u202F' || isInvisible(c)) {
                return true;
            }
        }
        return false;
    }
}
