package perfaudit.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form laid out as a CSS grid of {@code <div>}s (or as a CSS table: {@code display: table / table-row / table-cell}), as modern portals render tables: a container with {@code display:grid}
 * and a fixed number of columns ({@code grid-template-columns: repeat(10, 1fr)} or ten track sizes), each child one cell,
 * merged cells spanning by {@code grid-column: span 3} / {@code grid-row: span 6} (inline, or by a class of the page's
 * stylesheet, {@link StyleRules}). The children are placed by CSS's auto-placement (row by row, each in the first free
 * place at or after the last one) and handed to {@link TableGrid} as the rows of a table, so that a cell is read in its
 * row and column, as a browser shows it, instead of as one line of text each. A grid that is page layout (a child holds
 * a table or another grid, text between its children, fewer than {@link #MIN_ROWS} rows) is walked as before.
 */
final class CssGrid {

    static final CssGrid NONE = new CssGrid(Map.of());

    /** Rows a grid needs to be read as a table: a page's layout grid (header, menu and article) has fewer. */
    static final int MIN_ROWS = 3;
    private static final Set<String> PROPERTIES = Set.of("display", "grid-template-columns", "grid-column", "grid-row",
            "grid-column-start", "grid-column-end", "grid-row-end");
    /** A grid's items placed at most: more are no form. */
    private static final int MAX_ITEMS = 20_000;

    private final Map<Element, Map<String, String>> sheetValues;

    private CssGrid(Map<Element, Map<String, String>> sheetValues) {
        this.sheetValues = sheetValues;
    }

    /** The grid properties the page's stylesheets give its elements; nothing when the page names no grid. */
    static CssGrid of(Document page) {
        if (page == null) {
            return NONE;
        }
        String css = StyleRules.css(page);
        boolean inSheet = css.contains("grid") || css.contains("table-");
        if (!inSheet && page.select("[style*=grid], [style*=table-]").isEmpty()) {
            return NONE;
        }
        int[] budget = {StyleRules.MAX_SELECTORS};
        return new CssGrid(inSheet ? StyleRules.values(page, StyleRules.topLevel(css), PROPERTIES, budget) : Map.of());
    }

    /** The rows of {@code element} read as a table, or null when it is no grid of cells. */
    List<TableGrid.SourceRow> rows(Element element, HiddenParts hidden) {
        if (this == NONE) {
            return null;
        }
        String display = value(element, "display");
        if (display != null && (display.equals("table") || display.equals("inline-table")) && !element.nameIs("table")) {
            return cssTable(element, hidden);
        }
        if (display == null || !(display.equals("grid") || display.equals("inline-grid"))) {
            return null;
        }
        int columns = columns(value(element, "grid-template-columns"));
        if (columns < 2) {
            return null;
        }
        List<Element> items = items(element, hidden);
        if (items == null || items.size() < columns || items.size() > MAX_ITEMS) {
            return null;
        }
        return place(items, columns, hidden);
    }

    /**
     * A table of divs by {@code display: table / table-row / table-cell} (row groups may wrap the rows): read as its
     * table, one cell per table-cell (CSS tables have no spans); null unless every child is a row and every row's child
     * a cell, no cell holds a table or a grid, and there are {@link #MIN_ROWS} rows or more.
     */
    private List<TableGrid.SourceRow> cssTable(Element table, HiddenParts hidden) {
        List<Element> rowElements = new ArrayList<>();
        List<Element> children = items(table, hidden);
        if (children == null) {
            return null;
        }
        for (Element child : children) {
            String display = value(child, "display");
            if ("table-row".equals(display)) {
                rowElements.add(child);
            } else if (display != null && display.startsWith("table-") && display.endsWith("-group")) {
                List<Element> grouped = items(child, hidden);
                if (grouped == null) {
                    return null;
                }
                for (Element row : grouped) {
                    if (!"table-row".equals(value(row, "display"))) {
                        return null;
                    }
                    rowElements.add(row);
                }
            } else if (!"table-caption".equals(display)) {
                return null;
            }
        }
        if (rowElements.size() < MIN_ROWS) {
            return null;
        }
        List<TableGrid.SourceRow> rows = new ArrayList<>();
        for (Element row : rowElements) {
            List<Element> cellElements = items(row, hidden);
            if (cellElements == null) {
                return null;
            }
            List<TableGrid.SourceCell> cells = new ArrayList<>();
            for (Element cell : cellElements) {
                if (!"table-cell".equals(value(cell, "display"))) {
                    return null;
                }
                cells.add(new TableGrid.SourceCell(CellReader.text(cell, hidden), 1, 1, HtmlReader.line(cell), false));
            }
            rows.add(new TableGrid.SourceRow(cells, rowElements.size(), false));
        }
        return rows;
    }

    /** The grid's items, or null when text lies between them or one holds a table or a grid (page layout). */
    private List<Element> items(Element grid, HiddenParts hidden) {
        List<Element> items = new ArrayList<>();
        for (Node child : grid.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return null;
            }
            if (child instanceof Element item) {
                if (Chrome.isSkipped(item) || hidden.byClass(item)) {
                    continue;
                }
                if (!item.getElementsByTag("table").isEmpty() || holdsGrid(item)) {
                    return null;
                }
                items.add(item);
            }
        }
        return items;
    }

    private boolean holdsGrid(Element item) {
        for (Element inner : item.getAllElements()) {
            String display = value(inner, "display");
            if (inner != item && display != null && (display.endsWith("grid") || display.endsWith("table"))) {
                return true;
            }
        }
        return false;
    }

    /** CSS auto-placement of the items, row by row ("sparse"), as rows of cells with blank cells for the holes. */
    private List<TableGrid.SourceRow> place(List<Element> items, int columns, HiddenParts hidden) {
        List<boolean[]> taken = new ArrayList<>();
        List<List<Placed>> starts = new ArrayList<>();
        int row = 0;
        int column = 0;
        for (Element item : items) {
            int[] across = across(value(item, "grid-column"), value(item, "grid-column-start"), value(item, "grid-column-end"), columns);
            int down = Math.max(1, Math.min(spanOf(value(item, "grid-row"), value(item, "grid-row-end")), 1000));
            int span = Math.min(across[1], columns);
            if (across[0] >= 0) {
                span = Math.min(span, columns - Math.min(across[0], columns - 1));
                // a definite column: the next row when the cursor is past it
                if (across[0] < column) {
                    row++;
                }
                column = Math.min(across[0], columns - 1);
                while (!fits(taken, row, column, span, down)) {
                    row++;
                }
            } else {
                while (column + span > columns || !fits(taken, row, column, span, down)) {
                    column++;
                    if (column + span > columns) {
                        column = 0;
                        row++;
                    }
                }
            }
            take(taken, row, column, span, down, columns);
            while (starts.size() <= row) {
                starts.add(new ArrayList<>());
            }
            starts.get(row).add(new Placed(column, span, down, CellReader.text(item, hidden), HtmlReader.line(item)));
            column += span;
        }
        if (starts.size() < MIN_ROWS) {
            return null;
        }
        List<TableGrid.SourceRow> rows = new ArrayList<>();
        for (int r = 0; r < starts.size(); r++) {
            rows.add(new TableGrid.SourceRow(cells(starts.get(r), taken.get(r)), starts.size(), false));
        }
        return rows;
    }

    private record Placed(int column, int across, int down, String text, int line) {
    }

    /**
     * A row's cells in column order, a blank cell in each hole (a place no item takes, which an HTML row's next cell
     * would fill); places taken by cells from rows above are left to their rowspan.
     */
    private static List<TableGrid.SourceCell> cells(List<Placed> placed, boolean[] taken) {
        placed.sort((a, b) -> Integer.compare(a.column(), b.column()));
        List<TableGrid.SourceCell> cells = new ArrayList<>();
        int next = 0;
        for (Placed cell : placed) {
            for (int c = next; c < cell.column(); c++) {
                if (!taken[c]) {
                    cells.add(new TableGrid.SourceCell("", 1, 1, cell.line(), false));
                }
            }
            cells.add(new TableGrid.SourceCell(cell.text(), cell.across(), cell.down(), cell.line(), false));
            next = cell.column() + cell.across();
        }
        return cells;
    }

    private static boolean fits(List<boolean[]> taken, int row, int column, int across, int down) {
        for (int r = row; r < row + down; r++) {
            if (r >= taken.size()) {
                return true;
            }
            for (int c = column; c < column + across; c++) {
                if (taken.get(r)[c]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void take(List<boolean[]> taken, int row, int column, int across, int down, int columns) {
        for (int r = row; r < row + down; r++) {
            while (taken.size() <= r) {
                taken.add(new boolean[columns]);
            }
            for (int c = column; c < column + across; c++) {
                taken.get(r)[c] = true;
            }
        }
    }

    /** The value a property has for the element: its inline style, else the stylesheet's. */
    private String value(Element element, String property) {
        String style = element.attr("style");
        if (!style.isEmpty()) {
            String inline = StyleRules.declarations(style, Set.of(property)).get(property);
            if (inline != null) {
                return inline;
            }
        }
        Map<String, String> sheet = sheetValues.get(element);
        return sheet == null ? null : sheet.get(property);
    }

    /**
     * The number of columns {@code grid-template-columns} lays out: {@code repeat(N, …)} (and such repeats among other
     * tracks), or the tracks listed; 0 for none, {@code auto-fill} / {@code auto-fit} (as many as fit: no table's).
     */
    static int columns(String template) {
        if (template == null || template.isBlank() || template.startsWith("none") || template.contains("auto-f")
                || template.contains("subgrid") || template.contains("masonry")) {
            return 0;
        }
        int count = 0;
        int depth = 0;
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= template.length(); i++) {
            char c = i < template.length() ? template.charAt(i) : ' ';
            if (depth == 0 && (c == ' ' || c == '\t')) {
                count += tracks(token.toString());
                token.setLength(0);
                continue;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            token.append(c);
        }
        return Math.min(count, TableGrid.MAX_COLUMNS);
    }

    private static int tracks(String token) {
        if (token.isEmpty() || token.startsWith("[")) {
            return 0; // a line name
        }
        if (token.startsWith("repeat(")) {
            int comma = token.indexOf(',');
            if (comma < 0) {
                return 0;
            }
            int times = PageWalker.span(token.substring(7, comma), 0);
            return times * Math.max(1, columns(token.substring(comma + 1, token.length() - 1).strip()));
        }
        return 1;
    }

    /** {start column (0-based) or -1 for auto, columns spanned} from grid-column (or its start and end). */
    private static int[] across(String gridColumn, String start, String end, int columns) {
        String from = start;
        String to = end;
        if (gridColumn != null) {
            int slash = gridColumn.indexOf('/');
            from = slash < 0 ? gridColumn : gridColumn.substring(0, slash);
            to = slash < 0 ? null : gridColumn.substring(slash + 1);
        }
        from = from == null ? "auto" : from.strip();
        to = to == null ? "auto" : to.strip();
        if (from.startsWith("span")) {
            return new int[] {-1, Math.max(1, PageWalker.span(from.substring(4), 1))};
        }
        int line = line(from, columns);
        if (line < 0) {
            return new int[] {-1, to.startsWith("span") ? Math.max(1, PageWalker.span(to.substring(4), 1)) : 1};
        }
        if (to.startsWith("span")) {
            return new int[] {line, Math.max(1, PageWalker.span(to.substring(4), 1))};
        }
        int endLine = line(to, columns);
        return new int[] {line, endLine > line ? endLine - line : 1};
    }

    /** A grid line as a 0-based column ({@code 1} is 0, {@code -1} the end), -1 for auto or a name. */
    private static int line(String value, int columns) {
        if (value.matches("-?\\d{1,4}")) {
            int n = Integer.parseInt(value);
            int column = n > 0 ? n - 1 : columns + 1 + n;
            return column >= 0 && column <= columns ? column : -1;
        }
        return -1;
    }

    private static int spanOf(String gridRow, String end) {
        String value = gridRow != null ? gridRow : end;
        if (value == null) {
            return 1;
        }
        int span = value.indexOf("span");
        if (span >= 0) {
            return PageWalker.span(value.substring(span + 4), 1);
        }
        int slash = value.indexOf('/');
        if (slash > 0 && value.substring(0, slash).strip().matches("\\d{1,4}") && value.substring(slash + 1).strip().matches("\\d{1,4}")) {
            return Math.max(1, Integer.parseInt(value.substring(slash + 1).strip()) - Integer.parseInt(value.substring(0, slash).strip()));
        }
        return 1;
    }
}
