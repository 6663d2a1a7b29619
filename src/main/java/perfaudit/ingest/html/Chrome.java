package perfaudit.ingest.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of a page is not its content, and which elements break lines. Skipped: scripts, styles and
 * other non-text elements, form controls that hold no answer, navigation and footers (by element,
 * ARIA role, or a class or id such as {@code nav}, {@code menu}, {@code footer}, {@code breadcrumb}
 * on an element that holds no table, a table so named included), and what the page hides ({@code hidden}, {@code display:none}),
 * as a browser does not show it (a table's hidden rows, cells and columns: {@link HiddenParts}).
 * Page chrome that is content (索引号 / 发布机构 tables, the date banner) is read: what belongs to
 * a form is decided by the form grammar, not here.
 */
final class Chrome {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "frame",
            "frameset", "object", "embed", "applet", "svg", "math", "canvas", "audio", "video", "map", "select",
            "textarea", "button", "nav", "footer", "head", "title", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "td", "th", "caption", "section", "article", "main", "aside", "header",
            "blockquote", "pre", "center", "address", "form", "fieldset", "legend", "figure", "figcaption", "hr",
            "tbody", "thead", "tfoot", "body", "html", "option", "details", "summary");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "contentinfo", "menu", "menubar", "search");
    private static final Set<String> CHROME_NAMES = Set.of("nav", "navbar", "navigation", "menu", "menubar", "topmenu",
            "mainmenu", "submenu", "footer", "foot", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sitemap",
            "bdshare", "share", "skip", "skiplink");
    private static final Pattern NOT_SHOWN = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*(?:hidden|collapse))");

    private Chrome() {
    }

    static boolean isSkipped(Element element) {
        String name = element.normalName();
        if (SKIPPED.contains(name) || isHidden(element)) {
            return true;
        }
        if (name.equals("input")) {
            return false;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (CHROME_ROLES.contains(role)) {
            return true;
        }
        // a name is a weaker sign than an element or a role: a "nav" wrapper around a table is kept, but a table so
        // named (a table-layout site's footer, class="footer") is the chrome itself unless it holds a table
        return (names(element.className()) || names(element.id())) && !holdsTable(element);
    }

    /** A table inside the element (jsoup counts a table among its own tables: not it). */
    private static boolean holdsTable(Element element) {
        for (Element table : element.getElementsByTag("table")) {
            if (table != element) {
                return true;
            }
        }
        return false;
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && mayHide(style) && NOT_SHOWN.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether {@code style} holds "none", "hidden" or "collapse" in any case, as {@link #NOT_SHOWN} needs: Word's markup styles
     * every cell and paragraph (borders, widths, fonts), and those hold neither, so most are done without a lower-case
     * copy and a regex search.
     */
    private static boolean mayHide(String style) {
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if ((c == 'n' || c == 'N') && style.regionMatches(true, i, "none", 0, 4)
                    || (c == 'h' || c == 'H') && style.regionMatches(true, i, "hidden", 0, 6)
                    || (c == 'c' || c == 'C') && style.regionMatches(true, i, "collapse", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** A ticked checkbox or radio button as ☑, an empty one as □ (the forms print them so); other inputs by their value. */
    static String inputMark(Element input) {
        String type = input.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("checkbox") || type.equals("radio")) {
            return input.hasAttr("checked") ? "☑" : "□";
        }
        if (type.equals("hidden") || type.equals("submit") || type.equals("button") || type.equals("image")
                || type.equals("reset") || type.equals("password")) {
            return "";
        }
        return input.attr("value");
    }

    private static boolean names(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        // the words are the runs of [a-z0-9] of the lower-cased name (a regex split of every class="MsoNormal" cost more)
        String lower = attribute.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !isWordChar(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && isWordChar(lower.charAt(i))) {
                i++;
            }
            if (i > start && CHROME_NAMES.contains(lower.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
