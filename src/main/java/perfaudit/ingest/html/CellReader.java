package perfaudit.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import perfaudit.ingest.CellText;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one table cell as the office readers give a cell's text: its lines (split at
 * {@code <br>}, paragraphs and other blocks, the rows of a table nested in it) joined by
 * {@link CellText}, so that {@code 项目<br>名称} reads {@code 项目名称} as a Word cell's two paragraphs
 * do. Cells of a nested table are separated by a space. Iterative, like the page walk.
 */
final class CellReader implements NodeFilter {

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final HiddenParts hidden;

    private CellReader(HiddenParts hidden) {
        this.hidden = hidden;
    }

    static String text(Element cell) {
        return text(cell, HiddenParts.NONE);
    }

    /** The cell's text, leaving out what the page hides inline or by its stylesheet's classes. */
    static String text(Element cell, HiddenParts hidden) {
        CellReader reader = new CellReader(hidden);
        NodeTraversor.filter(reader, cell);
        reader.flush();
        return CellText.join(reader.lines);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            line.append(text.getWholeText());
        } else if (node instanceof Element element && depth > 0) {
            if (Chrome.isSkipped(element) || hidden.byClass(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element.nameIs("br") || element.nameIs("tr") || Chrome.isBlock(element) && !isCell(element)) {
                flush();
            } else if (element.nameIs("input")) {
                line.append(Chrome.inputMark(element));
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && depth > 0) {
            if (isCell(element)) {
                line.append(' ');
            } else if (element.nameIs("tr") || Chrome.isBlock(element)) {
                flush();
            }
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isCell(Element element) {
        return element.nameIs("td") || element.nameIs("th");
    }

    /** Each line as displayed, stripped: white space at a line's ends is the source's layout, not text. */
    private void flush() {
        if (!line.isEmpty()) {
            lines.add(HtmlText.collapse(line).strip());
            line.setLength(0);
        }
    }
}
