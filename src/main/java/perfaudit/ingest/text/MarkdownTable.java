package perfaudit.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A form as a Markdown document, as document converters and some portals write one: "|" rows under a header row
 * with a {@code |---|---|} separator row, the title as a heading ({@code ## …自评表}), bold labels ({@code **项目名称**}).
 * The separator row is no table row, and a heading's "#" marks are no part of its text (a text's leading "#" lines are
 * otherwise a collector's comments, and the title would be lost with them). Only a text holding a separator row is
 * Markdown; the "|" rows are then read as any "|" rows ({@code \|} inside a cell is a bar of its text, see {@link TextCells}).
 */
final class MarkdownTable {

    /** {@code |---|:---:|---|}: three or more dashes per cell, alignment colons, outer bars optional. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*");
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6} +(.*?)(?: +#+)? *");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");

    private MarkdownTable() {
    }

    /** The lines as plain "|" text when they are a Markdown table; the same list otherwise. */
    static List<TextLine> plain(List<TextLine> lines) {
        if (!anySeparator(lines)) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            String text = line.text();
            if (SEPARATOR.matcher(text).matches()) {
                text = "";
            } else {
                java.util.regex.Matcher heading = HEADING.matcher(text);
                if (heading.matches()) {
                    text = heading.group(1);
                }
                if (text.indexOf("**") >= 0) {
                    text = BOLD.matcher(text).replaceAll("$1");
                }
            }
            out.add(text.equals(line.text()) ? line : new TextLine(line.number(), text));
        }
        return out;
    }

    private static boolean anySeparator(List<TextLine> lines) {
        for (TextLine line : lines) { // a loop: every text is asked; most lines hold no "---" and are passed at once
            String text = line.text();
            if (text.contains("---") && text.indexOf('|') >= 0 && SEPARATOR.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
