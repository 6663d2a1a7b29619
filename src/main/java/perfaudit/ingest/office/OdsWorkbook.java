package perfaudit.ingest.office;

import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An OpenDocument spreadsheet (.ods: LibreOffice Calc, WPS, systems that export ODF), read from its content.xml into
 * the same sheet contents as an Excel workbook: each cell's text is its paragraphs as saved, which ODF keeps
 * formatted as shown (95%, 1,200.00), so no number format is applied; cells and rows repeated by count are
 * expanded, spans become merged ranges, collapsed or filtered rows and collapsed columns are hidden, a table whose
 * style says {@code table:display="false"} is a hidden sheet, and a formula saved with no value is uncomputed.
 */
final class OdsWorkbook {

    /** Repeats beyond this (a sheet's trailing empty rows, repeated a million times) are not expanded. */
    private static final int MAX_REPEAT = 1000;
    private static final int MAX_ROWS = 1 << 20;

    private OdsWorkbook() {
    }

    static List<SheetContent> read(byte[] bytes, int maxColumns) throws IOException, SAXException {
        Handler handler = new Handler(maxColumns);
        OdfContent.parse(bytes, handler);
        return handler.sheets;
    }

    /** content.xml: hidden tables' styles first (automatic styles), then the tables. */
    private static final class Handler extends DefaultHandler {
        private final int maxColumns;
        final List<SheetContent> sheets = new ArrayList<>();
        private final Set<String> hiddenTableStyles = new HashSet<>();
        private String styleName;

        private String name;
        private boolean hidden;
        private List<String[]> rows;
        private List<CellRangeAddress> merged;
        private List<SheetContent.Formula> uncomputed;
        private Set<Integer> hiddenRows;
        private Set<Integer> hiddenColumns;
        private int columnsDeclared;
        private int depth; // nested tables (a sub-table in a cell) are read as their cell's text

        private int row;
        private int rowRepeat;
        private boolean rowHidden;
        private List<String> cells;
        private int column;
        private int cellRepeat;
        private int spanColumns;
        private int spanRows;
        private String formula;
        private boolean inCell;
        private int annotation;
        private final StringBuilder text = new StringBuilder();
        private boolean paragraphs;

        Handler(int maxColumns) {
            this.maxColumns = maxColumns;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (OdfContent.local(localName, qName)) {
                case "style" -> styleName = OdfContent.attribute(a, "name");
                case "table-properties" -> {
                    if ("false".equals(OdfContent.attribute(a, "display")) && styleName != null) {
                        hiddenTableStyles.add(styleName);
                    }
                }
                case "table" -> {
                    if (depth++ == 0) {
                        startTable(a);
                    }
                }
                case "table-column" -> {
                    if (depth == 1) {
                        int repeat = OdfContent.count(a, "number-columns-repeated");
                        if ("collapse".equals(OdfContent.attribute(a, "visibility"))) {
                            for (int c = columnsDeclared; c < Math.min(columnsDeclared + repeat, maxColumns); c++) {
                                hiddenColumns.add(c);
                            }
                        }
                        columnsDeclared = (int) Math.min((long) columnsDeclared + repeat, maxColumns);
                    }
                }
                case "table-row" -> {
                    if (depth == 1) {
                        rowRepeat = OdfContent.count(a, "number-rows-repeated");
                        String visibility = OdfContent.attribute(a, "visibility");
                        rowHidden = "collapse".equals(visibility) || "filter".equals(visibility);
                        cells = new ArrayList<>();
                        column = 0;
                    }
                }
                case "table-cell", "covered-table-cell" -> {
                    if (depth == 1) {
                        inCell = true;
                        cellRepeat = OdfContent.count(a, "number-columns-repeated");
                        spanColumns = OdfContent.count(a, "number-columns-spanned");
                        spanRows = OdfContent.count(a, "number-rows-spanned");
                        formula = OdfContent.attribute(a, "formula");
                        text.setLength(0);
                        paragraphs = false;
                    }
                }
                case "annotation" -> annotation++;
                case "p", "h" -> {
                    if (inCell && annotation == 0) {
                        if (paragraphs) {
                            text.append('\n');
                        }
                        paragraphs = true;
                    }
                }
                case "s" -> {
                    if (inCell && annotation == 0) {
                        text.append(" ".repeat(Math.min(OdfContent.count(a, "c"), 100)));
                    }
                }
                case "tab" -> append("\t");
                case "line-break" -> append("\n");
                default -> {
                }
            }
        }

        private void append(String s) {
            if (inCell && annotation == 0) {
                text.append(s);
            }
        }

        private void startTable(Attributes a) {
            name = OdfContent.attribute(a, "name");
            hidden = hiddenTableStyles.contains(OdfContent.attribute(a, "style-name"));
            rows = new ArrayList<>();
            merged = new ArrayList<>();
            uncomputed = new ArrayList<>();
            hiddenRows = new HashSet<>();
            hiddenColumns = new HashSet<>();
            columnsDeclared = 0;
            row = 0;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inCell && annotation == 0 && paragraphs) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (OdfContent.local(localName, qName)) {
                case "style" -> styleName = null;
                case "annotation" -> annotation--;
                case "table-cell", "covered-table-cell" -> {
                    if (depth == 1) {
                        endCell();
                    } else if (depth > 1 && inCell) {
                        text.append(' '); // a sub-table's cells run into the cell's text, apart
                    }
                }
                case "table-row" -> {
                    if (depth == 1) {
                        endRow();
                    }
                }
                case "table" -> {
                    if (--depth == 0) {
                        sheets.add(new SheetContent(name == null ? "Sheet" + (sheets.size() + 1) : name, hidden, rows,
                                merged, uncomputed, new SheetContent.Hidden(hiddenRows, hiddenColumns)));
                    }
                }
                default -> {
                }
            }
        }

        private void endCell() {
            inCell = false;
            String cellText = text.toString();
            boolean blank = cellText.isBlank();
            int repeat = blank ? Math.min(cellRepeat, Math.max(0, maxColumns - column)) : Math.min(cellRepeat, MAX_REPEAT);
            if (!blank && (spanColumns > 1 || spanRows > 1) && column < maxColumns) {
                merged.add(new CellRangeAddress(row, row + spanRows - 1, column, Math.min(column + spanColumns - 1, maxColumns - 1)));
            }
            for (int i = 0; i < repeat && column < maxColumns; i++) {
                if (blank && formula != null) {
                    uncomputed.add(new SheetContent.Formula(row, column, formula.replaceFirst("^of:", "")));
                }
                cells.add(cellText);
                column++;
            }
            if (blank && cellRepeat > repeat) {
                column = maxColumns; // the row's blank rest
            }
        }

        private void endRow() throws SAXException {
            boolean blank = cells.stream().allMatch(String::isBlank);
            int repeat = blank ? 1 : Math.min(rowRepeat, MAX_REPEAT);
            for (int i = 0; i < repeat; i++) {
                if (row >= MAX_ROWS) {
                    throw new SAXException("row number " + (row + 1) + " is beyond a spreadsheet's last row (" + MAX_ROWS + ")");
                }
                if (!blank) {
                    while (rows.size() < row) {
                        rows.add(null);
                    }
                    rows.add(cells.toArray(String[]::new));
                }
                if (rowHidden) {
                    hiddenRows.add(row);
                }
                row++;
            }
            if (blank && rowRepeat > 1) {
                row = (int) Math.min((long) row + rowRepeat - 1, MAX_ROWS);
            }
        }
    }
}
