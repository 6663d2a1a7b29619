package perfaudit.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import perfaudit.ingest.CellText;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Walks a page's body in reading order and gives its rows: each line of text outside tables
 * (split at block elements and {@code <br>}) a paragraph, each data table a grid ({@link TableGrid}).
 * What a reader of the page does not see as its content is skipped ({@link Chrome}). A table whose
 * cells hold bigger tables than itself is page layout, not a form: it is walked into, so that the
 * form inside a layout table is a grid of its own; smaller tables nested in a form's cell are read
 * as that cell's text, one line per row, as in a Word cell. Every walk is iterative: a page of
 * tables nested ten thousand deep cannot exhaust the stack, and tables nested deeper than
 * {@link #MAX_NESTING} are read as the text of the cell that holds them.
 */
final class PageWalker implements NodeFilter {

    /** Tables inside tables deeper than this are text: real pages nest layout tables a few deep. */
    static final int MAX_NESTING = 12;
    /** srcdoc pages inside srcdoc pages read, at most: a browser nests them, no form does. */
    static final int MAX_FRAME_DEPTH = 3;
    /** Attached files named in a no-form reason, at most. */
    private static final int NAMED_ATTACHMENTS = 5;

    /** What the page held besides its rows, for the reason a page without a form gives. */
    record Summary(int tables, int images, Set<String> attachments) {
    }

    /** A table's place in the page: its number, how deep it is nested, its own cells and those of tables inside. */
    private static final class TableInfo {
        final int number;
        final int depth;
        long ownCells;
        long nestedCells;

        TableInfo(int number, int depth) {
            this.number = number;
            this.depth = depth;
        }
    }

    private final PageRows page;
    /** What the page hides of its tables: Excel's hidden rows and columns. */
    private final HiddenParts hiddenParts;
    /** The page's CSS grids of cells, read as tables. */
    private final CssGrid grids;
    private int gridCount;
    /** Tables of the pages before this one's (the page holding an iframe's srcdoc page), for unique table names. */
    private int tableOffset;
    /** Tables read in the srcdoc pages of this page's iframes. */
    private int frameTables;
    /** How deep this page is in srcdoc iframes: 0 for the page itself. */
    private int frameDepth;
    private final Map<Element, TableInfo> tables = new IdentityHashMap<>();
    private final StringBuilder line = new StringBuilder();
    private final Set<String> attachments = new LinkedHashSet<>();
    private int lineStart;
    private int images;
    private long visited;
    private boolean tooDeepReported;

    private PageWalker(PageRows page, HiddenParts hiddenParts, CssGrid grids) {
        this.page = page;
        this.hiddenParts = hiddenParts;
        this.grids = grids;
    }

    static Summary walk(Element body, PageRows rows) {
        PageWalker walker = new PageWalker(rows, HiddenParts.of(body.ownerDocument()), CssGrid.of(body.ownerDocument()));
        walker.countTables(body);
        NodeTraversor.filter(walker, body);
        walker.flush();
        return walker.summary();
    }

    private Summary summary() {
        return new Summary(tables.size() + frameTables, images, attachments);
    }

    /**
     * The page an iframe shows from its {@code srcdoc} attribute (a CMS viewer embeds the form's document so), read in
     * its place as a browser shows it: its own stylesheet and hidden parts, its tables numbered after the page's.
     */
    private void frame(Element iframe) {
        org.jsoup.nodes.Document inner = org.jsoup.parser.Parser.htmlParser().parseInput(iframe.attr("srcdoc"), "");
        PageWalker walker = new PageWalker(page, HiddenParts.of(inner), CssGrid.of(inner));
        walker.frameDepth = frameDepth + 1;
        walker.tableOffset = tableOffset + tables.size() + frameTables;
        walker.countTables(inner.body());
        NodeTraversor.filter(walker, inner.body());
        walker.flush();
        Summary read = walker.summary();
        frameTables += read.tables();
        images += read.images();
        attachments.addAll(read.attachments());
    }

    /** One pass over the page numbering its tables in source order, with their nesting and cells. */
    private void countTables(Element body) {
        List<TableInfo> open = new ArrayList<>();
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("table")) {
                        TableInfo info = new TableInfo(tableOffset + tables.size() + 1, open.size() + 1);
                        tables.put(element, info);
                        open.add(info);
                    } else if (isCell(element) && !open.isEmpty()) {
                        open.get(open.size() - 1).ownCells++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.nameIs("table") && !open.isEmpty()) {
                    TableInfo closed = open.remove(open.size() - 1);
                    if (!open.isEmpty()) {
                        open.get(open.size() - 1).nestedCells += closed.ownCells + closed.nestedCells;
                    }
                }
            }
        }, body);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        // an abandoned read (over --doc-timeout-s) stops here instead of walking on unseen
        if (page.isFull() || ++visited % 4096 == 0 && Thread.currentThread().isInterrupted()) {
            return FilterResult.STOP;
        }
        if (node instanceof TextNode text) {
            append(text.getWholeText(), node);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        if (element.nameIs("iframe") && element.hasAttr("srcdoc") && frameDepth < MAX_FRAME_DEPTH
                && !Chrome.isHidden(element) && !hiddenParts.byClass(element)) {
            flush();
            frame(element);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (Chrome.isSkipped(element) || hiddenParts.byClass(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (element.nameIs("br")) {
            flush();
        } else if (element.nameIs("img")) {
            images++;
        } else if (element.nameIs("a")) {
            attachment(element);
        } else if (element.nameIs("input")) {
            append(Chrome.inputMark(element), element);
        } else if (element.nameIs("table")) {
            flush();
            return table(element);
        } else if (Chrome.isBlock(element)) {
            flush();
            List<TableGrid.SourceRow> gridRows = grids.rows(element, hiddenParts);
            if (gridRows != null) {
                // a CSS grid of cells: read as the table a browser shows (numbered apart from the page's <table>s)
                boolean within = TableGrid.add(page, "网格" + ++gridCount, gridRows, new java.util.BitSet(), HtmlReader.line(element));
                return within ? FilterResult.SKIP_ENTIRELY : FilterResult.STOP;
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && (Chrome.isBlock(element) || element.nameIs("table"))) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult table(Element table) {
        TableInfo info = tables.get(table);
        if (info.depth > MAX_NESTING) {
            if (!tooDeepReported) {
                tooDeepReported = true;
                page.problem(page.rowCount() + 1, page.cell("表" + info.number, 0, 0), null, "tables nested more than " + MAX_NESTING
                        + " deep (no form does that): the tables inside are read as the text of the cell that holds"
                        + " them" + HtmlReader.onLine(HtmlReader.line(table)));
            }
            page.paragraph(CellReader.text(table, hiddenParts), HtmlReader.line(table));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (info.nestedCells > info.ownCells) {
            return FilterResult.CONTINUE;
        }
        for (Element caption : table.children()) {
            if (caption.nameIs("caption")) {
                page.paragraph(CellReader.text(caption, hiddenParts), HtmlReader.line(caption));
            }
        }
        boolean within = TableGrid.add(page, "表" + info.number, rows(table), hiddenParts.columns(table, TableGrid.MAX_COLUMNS),
                HiddenParts.declaredColumns(table, TableGrid.MAX_COLUMNS), HtmlReader.line(table));
        return within ? FilterResult.SKIP_ENTIRELY : FilterResult.STOP;
    }

    /**
     * The table's own rows in source order, each with the end of its row group (thead, tbody,
     * tfoot) and whether the page hides it. Rows, cells and columns the page hides (as Excel saves
     * hidden rows and columns, {@link HiddenParts}) are left out of the grid by {@link TableGrid},
     * as the workbook reader leaves out the sheet's.
     */
    private List<TableGrid.SourceRow> rows(Element table) {
        List<List<TableGrid.SourceCell>> cells = new ArrayList<>();
        List<Integer> groupEnds = new ArrayList<>();
        List<Boolean> hiddenRows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                cells.add(cells(child));
                hiddenRows.add(hiddenParts.row(child));
                groupEnds.add(cells.size());
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                boolean groupHidden = hiddenParts.row(child);
                for (Element row : child.children()) {
                    if (row.nameIs("tr")) {
                        cells.add(cells(row));
                        hiddenRows.add(groupHidden || hiddenParts.row(row));
                        groupEnds.add(-1);
                    }
                }
                for (int i = groupEnds.size() - 1; i >= 0 && groupEnds.get(i) == -1; i--) {
                    groupEnds.set(i, cells.size());
                }
            }
        }
        List<TableGrid.SourceRow> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new TableGrid.SourceRow(cells.get(i), groupEnds.get(i), hiddenRows.get(i)));
        }
        return rows;
    }

    private List<TableGrid.SourceCell> cells(Element row) {
        List<TableGrid.SourceCell> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            if (isCell(cell)) {
                cells.add(new TableGrid.SourceCell(CellReader.text(cell, hiddenParts), span(cell.attr("colspan"), 1),
                        span(cell.attr("rowspan"), 1), HtmlReader.line(cell), hiddenParts.cell(cell)));
            }
        }
        return cells;
    }

    /**
     * A span as browsers read it: the digits at the start ({@code "2px"} is 2), anything else the
     * default; huge values saturate and are capped by {@link TableGrid}.
     */
    static int span(String value, int otherwise) {
        String digits = value.strip();
        int end = 0;
        while (end < digits.length() && end < 10 && Character.isDigit(digits.charAt(end)) && digits.charAt(end) < 128) {
            end++;
        }
        if (end == 0) {
            return otherwise;
        }
        long parsed = Long.parseLong(digits.substring(0, end));
        return (int) Math.min(Integer.MAX_VALUE, parsed);
    }

    private static boolean isCell(Element element) {
        return element.nameIs("td") || element.nameIs("th");
    }

    private void append(String text, Node at) {
        if (line.isEmpty()) {
            lineStart = HtmlReader.line(at);
        }
        line.append(text);
    }

    private void flush() {
        if (!line.isEmpty()) {
            page.paragraph(HtmlText.collapse(line), lineStart);
            line.setLength(0);
        }
    }

    /** A link to an attached file: the form is often there rather than on the page. */
    private void attachment(Element link) {
        String href = link.attr("href").strip();
        String path = href.replaceAll("[?#].*", "").toLowerCase(Locale.ROOT);
        if (path.matches(".*\\.(xlsx?|docx?|pdf|wps|et|zip|rar)")) {
            String text = CellText.join(HtmlText.collapse(link.text()));
            attachments.add(text.isEmpty() ? href.substring(href.lastIndexOf('/') + 1) : text);
        }
    }

    /** The attachments to name in a reason, with how many more there are. */
    static String named(Set<String> attachments) {
        List<String> names = attachments.stream().limit(NAMED_ATTACHMENTS).toList();
        String more = attachments.size() > NAMED_ATTACHMENTS ? " …" : "";
        return String.join(", ", names) + more;
    }
}
