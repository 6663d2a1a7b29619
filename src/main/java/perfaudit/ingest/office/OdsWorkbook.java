package perfaudit.ingest.office;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An OpenDocument spreadsheet (.ods: LibreOffice Calc, WPS, systems that export ODF), read from its content.xml into
 * the same sheet contents as an Excel workbook: each cell's text is its paragraphs as saved, which ODF keeps
 * formatted as shown (95%, 1,200.00), so no number format is applied; cells and rows repeated by count are
 * expanded, spans become merged ranges, collapsed or filtered rows and collapsed columns are hidden, a table whose
 * style says {@code table:display="false"} is a hidden sheet, and a formula saved with no value is uncomputed.
 */
final class OdsWorkbook {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    /** Repeats beyond this (a sheet's trailing empty rows, repeated a million times) are not expanded. */
    private static final int MAX_REPEAT = 1000;
    private static final int MAX_ROWS = 1 << 20;

    private OdsWorkbook() {
    }

    static List<SheetContent> read(byte[] bytes, int maxColumns) throws IOException, SAXException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("content.xml")) {
                    Handler handler = new Handler(maxColumns);
                    XMLReader xml = newReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(new Bounded(zip, inflateLimit(bytes.length))));
                    return handler.sheets;
                }
            }
        }
        throw new IOException("the OpenDocument file has no content.xml");
    }

    /** POI's zip-bomb figures, applied to the one entry read here as POI applies them to a workbook's parts. */
    private static long inflateLimit(long compressed) {
        double ratio = Math.max(ZipSecureFile.getMinInflateRatio(), 1e-6);
        return Math.min(ZipSecureFile.getMaxEntrySize(), Math.max(1L << 20, (long) (compressed / ratio)));
    }

    private static XMLReader newReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader(); // no external entities, no DTDs fetched
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** Stops a content.xml that inflates beyond the limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("content.xml inflates beyond " + limit + " bytes (a zip bomb?)");
            }
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
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
            switch (local(localName, qName)) {
                case "style" -> styleName = value(a, "name");
                case "table-properties" -> {
                    if ("false".equals(value(a, "display")) && styleName != null) {
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
                        int repeat = count(a, "number-columns-repeated");
                        if ("collapse".equals(value(a, "visibility"))) {
                            for (int c = columnsDeclared; c < Math.min(columnsDeclared + repeat, maxColumns); c++) {
                                hiddenColumns.add(c);
                            }
                        }
                        columnsDeclared = (int) Math.min((long) columnsDeclared + repeat, maxColumns);
                    }
                }
                case "table-row" -> {
                    if (depth == 1) {
                        rowRepeat = count(a, "number-rows-repeated");
                        String visibility = value(a, "visibility");
                        rowHidden = "collapse".equals(visibility) || "filter".equals(visibility);
                        cells = new ArrayList<>();
                        column = 0;
                    }
                }
                case "table-cell", "covered-table-cell" -> {
                    if (depth == 1) {
                        inCell = true;
                        cellRepeat = count(a, "number-columns-repeated");
                        spanColumns = count(a, "number-columns-spanned");
                        spanRows = count(a, "number-rows-spanned");
                        formula = value(a, "formula");
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
                        text.append(" ".repeat(Math.min(count(a, "c"), 100)));
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
            name = value(a, "name");
            hidden = hiddenTableStyles.contains(value(a, "style-name"));
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
            switch (local(localName, qName)) {
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

        /** An attribute by its local name in the table (or any) namespace: ODF's names are not taken by other namespaces here. */
        private static String value(Attributes a, String localName) {
            String v = a.getValue(TABLE, localName);
            if (v != null) {
                return v;
            }
            for (int i = 0; i < a.getLength(); i++) {
                if (local(a.getLocalName(i), a.getQName(i)).equals(localName)) {
                    return a.getValue(i);
                }
            }
            return null;
        }

        private static int count(Attributes a, String localName) {
            String v = value(a, localName);
            try {
                return v == null ? 1 : Math.max(1, Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static String local(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
