package perfaudit.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows, cells and columns of a table that the page hides, as Excel's "save as web page" writes the sheet's hidden
 * rows and columns: {@code display:none} on the {@code <tr>}, {@code <td>} or {@code <col>}, inline or by a class the
 * page's stylesheet hides ({@code .xl70 {display:none}}), or a row or column set by hand to zero height or width
 * ({@code mso-height-source:userset; height:0pt}). Excel neither shows nor prints them, so the table is read without
 * them, as the workbook reader reads the sheet ({@link TableGrid}); other elements so hidden are skipped as a browser
 * skips them. Only plain class selectors outside {@code @media} are taken from the stylesheet (a rule that hides a
 * class on some screens only hides nothing printed), and a class any rule shows again is not hidden.
 */
final class HiddenParts {

    static final HiddenParts NONE = new HiddenParts(Set.of(), Set.of());

    private static final Pattern CLASS_SELECTOR = Pattern.compile("(?:[a-z0-9]+)?\\.([a-z0-9_-]+)");
    /** display:none, and visibility:collapse, which hides a table's row or column as display:none hides a row. */
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*collapse");
    private static final Pattern DISPLAY_SHOWN = Pattern.compile("display\\s*:\\s*(?!none)[a-z]");
    private static final Pattern CLASS_NAME = Pattern.compile("\\.([a-z0-9_-]+)");
    private static final Pattern ZERO_HEIGHT = Pattern.compile("(?:^|;)\\s*height\\s*:\\s*0(?:\\.0*)?\\s*(?:pt|px|cm|mm|in)?\\s*(?:;|$)");
    private static final Pattern ZERO_WIDTH = Pattern.compile("(?:^|;)\\s*width\\s*:\\s*0(?:\\.0*)?\\s*(?:pt|px|cm|mm|in)?\\s*(?:;|$)");

    private final Set<String> hiddenClasses;
    /** Elements a rule with a descendant or compound selector hides ({@code #zoom .print table}), by identity. */
    private final Set<Element> hiddenElements;

    private HiddenParts(Set<String> hiddenClasses, Set<Element> hiddenElements) {
        this.hiddenClasses = hiddenClasses;
        this.hiddenElements = hiddenElements;
    }

    /** The page's hiding classes, read from every {@code <style>} of the page (head and body). */
    static HiddenParts of(Document page) {
        if (page == null) {
            return NONE;
        }
        // the page's stylesheets read as one: a class one of them hides, another may show again
        String css = StyleRules.css(page);
        if (css.isBlank()) {
            return NONE;
        }
        Set<String> classes = hidingClasses(css);
        Set<Element> elements = hiddenBySelectors(page, css);
        return classes.isEmpty() && elements.isEmpty() ? NONE : new HiddenParts(Set.copyOf(classes), elements);
    }

    /**
     * The elements rules in force always hide by a selector that is no plain class ({@code #zoom .print-area table},
     * {@code .print .t}, {@code div > table.copy}): a CMS hides the print copy of a pasted table so, and a browser shows
     * one table. As for classes, an element a rule naming a class or id shows again ({@code @media print}, a tab made
     * active) is not hidden; a rule naming only element types ({@code table {display:table}}) is a reset, no showing.
     */
    private static Set<Element> hiddenBySelectors(Document page, String css) {
        int[] budget = {StyleRules.MAX_SELECTORS};
        Set<Element> hidden = StyleRules.matched(page, StyleRules.topLevel(css), d -> DISPLAY_NONE.matcher(d).find(),
                selector -> !CLASS_SELECTOR.matcher(selector.toLowerCase(Locale.ROOT)).matches(), budget);
        if (!hidden.isEmpty()) {
            hidden.removeAll(StyleRules.matched(page, StyleRules.all(css), d -> DISPLAY_SHOWN.matcher(d).find(),
                    selector -> selector.indexOf('.') >= 0 || selector.indexOf('#') >= 0, budget));
        }
        return hidden;
    }

    /**
     * The classes a stylesheet's plain rules give {@code display:none}, less those any rule shows again (a print-only
     * class shown {@code @media print}, a tab shown as {@code .tab.active}): only what is never shown is hidden.
     */
    static Set<String> hidingClasses(String css) {
        String all = withoutComments(css).replace("<!--", "").replace("-->", "").toLowerCase(Locale.ROOT);
        Set<String> classes = new HashSet<>();
        forEachRule(topLevel(all), (selectors, declarations) -> {
            if (DISPLAY_NONE.matcher(declarations).find()) {
                for (String selector : selectors.split(",")) {
                    Matcher plain = CLASS_SELECTOR.matcher(selector.strip());
                    if (plain.matches()) {
                        classes.add(plain.group(1));
                    }
                }
            }
        });
        if (!classes.isEmpty()) {
            forEachRule(all, (selectors, declarations) -> {
                if (DISPLAY_SHOWN.matcher(declarations).find()) {
                    Matcher named = CLASS_NAME.matcher(selectors);
                    while (named.find()) {
                        classes.remove(named.group(1));
                    }
                }
            });
        }
        return classes;
    }

    /**
     * Each innermost rule of a stylesheet, its selectors and declarations, in one pass over it: a page's stray
     * {@code <style>} can make the rest of the page its text, so no scan goes back over what was read.
     */
    static void forEachRule(String css, java.util.function.BiConsumer<String, String> rule) {
        int pos = 0;
        int close = -1;
        while (pos < css.length()) {
            int open = css.indexOf('{', pos);
            if (open < 0) {
                return;
            }
            if (close <= open) {
                close = css.indexOf('}', open + 1);
                if (close < 0) {
                    return;
                }
            }
            int nextOpen = css.indexOf('{', open + 1);
            if (nextOpen >= 0 && nextOpen < close) {
                pos = open + 1; // a block holding rules (@media …): its rules are read
                continue;
            }
            String selectors = css.substring(pos, open);
            selectors = selectors.substring(selectors.lastIndexOf('}') + 1);
            rule.accept(selectors, css.substring(open + 1, close));
            pos = close + 1;
        }
    }

    /** The stylesheet without its comments; an unclosed one runs to the end. */
    static String withoutComments(String css) {
        StringBuilder kept = new StringBuilder(css.length());
        int pos = 0;
        while (pos < css.length()) {
            int start = css.indexOf("/*", pos);
            if (start < 0) {
                kept.append(css, pos, css.length());
                break;
            }
            kept.append(css, pos, start);
            int end = css.indexOf("*/", start + 2);
            pos = end < 0 ? css.length() : end + 2;
        }
        return kept.toString();
    }

    /** The stylesheet without its @-blocks ({@code @media print {…}}, {@code @page {…}}): only rules in force always. */
    static String topLevel(String css) {
        StringBuilder kept = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c != '@') {
                kept.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < css.length() && css.charAt(j) != '{' && css.charAt(j) != ';') {
                j++;
            }
            if (j >= css.length() || css.charAt(j) == ';') {
                i = j + 1; // @import …; @charset …; (or an unfinished one at the end)
                continue;
            }
            int depth = 0;
            for (; j < css.length(); j++) {
                if (css.charAt(j) == '{') {
                    depth++;
                } else if (css.charAt(j) == '}' && --depth == 0) {
                    break;
                }
            }
            i = j + 1;
        }
        return kept.toString();
    }

    /** A {@code <td>} or {@code <th>} the page hides. */
    boolean cell(Element cell) {
        return Chrome.isHidden(cell) || byClass(cell);
    }

    /** A {@code <tr>} the page hides, or one set by hand to zero height (Excel's hidden row). */
    boolean row(Element row) {
        return Chrome.isHidden(row) || byClass(row) || zeroBySource(row, "mso-height-source", "height", ZERO_HEIGHT);
    }

    /** The grid columns the table's {@code <col>} / {@code <colgroup>} hide, 0-based, up to {@code max}. */
    BitSet columns(Element table, int max) {
        BitSet hidden = new BitSet();
        int column = 0;
        for (Element child : table.children()) {
            if (child.nameIs("col")) {
                column = col(child, false, column, hidden, max);
            } else if (child.nameIs("colgroup")) {
                boolean groupHidden = column(child);
                boolean hasCols = false;
                for (Element col : child.children()) {
                    if (col.nameIs("col")) {
                        hasCols = true;
                        column = col(col, groupHidden, column, hidden, max);
                    }
                }
                if (!hasCols) {
                    column = col(child, groupHidden, column, hidden, max);
                }
            }
        }
        return hidden;
    }

    /** The columns the table's {@code <col>} / {@code <colgroup>} declare, up to {@code max}; 0 when it has none. */
    static int declaredColumns(Element table, int max) {
        int count = 0;
        for (Element child : table.children()) {
            if (child.nameIs("col")) {
                count += Math.max(1, PageWalker.span(child.attr("span"), 1));
            } else if (child.nameIs("colgroup")) {
                int cols = 0;
                for (Element col : child.children()) {
                    if (col.nameIs("col")) {
                        cols += Math.max(1, PageWalker.span(col.attr("span"), 1));
                    }
                }
                count += cols > 0 ? cols : Math.max(1, PageWalker.span(child.attr("span"), 1));
            }
            if (count >= max) {
                return max;
            }
        }
        return count;
    }

    private int col(Element col, boolean groupHidden, int from, BitSet hidden, int max) {
        int span = Math.max(1, Math.min(PageWalker.span(col.attr("span"), 1), max));
        int to = Math.min(max, from + span);
        if (groupHidden || column(col)) {
            hidden.set(from, to);
        }
        return to;
    }

    private boolean column(Element col) {
        return Chrome.isHidden(col) || byClass(col) || zeroBySource(col, "mso-width-source", "width", ZERO_WIDTH);
    }

    /**
     * An element the page's stylesheet hides, by its class or a selector reaching it: not shown, so not read (as
     * {@link Chrome} skips inline hiding).
     */
    boolean byClass(Element element) {
        if (!hiddenElements.isEmpty() && hiddenElements.contains(element)) {
            return true;
        }
        if (hiddenClasses.isEmpty()) {
            return false;
        }
        for (String name : element.classNames()) {
            if (hiddenClasses.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Excel's row or column set by hand ({@code mso-height-source} / {@code mso-width-source} in its style) to zero
     * height or width, by attribute or style. Word's own zero-height layout row ({@code <tr height=0>} with nothing set
     * by hand) is no hidden row of a form: it holds no text.
     */
    private static boolean zeroBySource(Element element, String source, String attribute, Pattern zeroStyle) {
        String style = element.attr("style").toLowerCase(Locale.ROOT);
        if (!style.contains(source)) {
            return false;
        }
        String value = element.attr(attribute).strip();
        return value.matches("0+(\\.0*)?(px|pt)?") || zeroStyle.matcher(style).find();
    }
}
