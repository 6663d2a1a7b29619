package perfaudit.ingest.office;

import perfaudit.ingest.CellText;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An xlsx workbook read the way POI's event API reads one: the package opened, the shared strings
 * and the styles read once, each sheet's XML streamed through SAX straight into cell texts. POI's
 * object model (XSSFWorkbook) first builds every sheet's XML tree with XMLBeans and a cell object per
 * cell: in a cold run that was over half of reading a workbook. Cell texts are what Excel shows,
 * formatted as {@link DataFormatter#formatRawCellContents} formats them (numbers in their cell format,
 * dates in the workbook's date system), formulas by their cached value.
 */
final class StreamedWorkbook {

    /** Excel's last row number (1,048,576): no real sheet has a row beyond it. */
    private static final int MAX_ROWS = 1 << 20;

    private StreamedWorkbook() {
    }

    /** The workbook's sheets in order, at most {@code maxColumns} columns read per row. */
    static List<SheetContent> read(byte[] bytes, DataFormatter formatter, int maxColumns)
            throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XMLReader xml = newReader();
            List<String> strings = sharedStrings(pkg, xml);
            WorkbookFacts workbook = new WorkbookFacts();
            try (InputStream in = reader.getWorkbookData()) {
                xml.setContentHandler(workbook);
                xml.parse(new InputSource(in));
            }
            List<SheetContent> sheets = new ArrayList<>();
            XSSFReader.SheetIterator iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                try (InputStream in = iterator.next()) {
                    String name = iterator.getSheetName();
                    SheetHandler sheet = new SheetHandler(strings, styles, formatter, workbook.date1904, maxColumns);
                    xml.setContentHandler(sheet);
                    xml.parse(new InputSource(in));
                    sheets.add(new SheetContent(name, workbook.hidden.contains(name), sheet.rows, sheet.merged, sheet.uncomputed,
                            new SheetContent.Hidden(sheet.hiddenRows, sheet.hiddenColumns)));
                }
            }
            return sheets;
        }
    }

    /**
     * The shared strings, read once: each item's text without its phonetic runs, as Excel shows it
     * (POI's read-only table would build an XMLBeans rich-text object for every cell that uses one).
     */
    private static List<String> sharedStrings(OPCPackage pkg, XMLReader xml) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        SharedStringsHandler handler = new SharedStringsHandler();
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                xml.setContentHandler(handler);
                xml.parse(new InputSource(in));
            }
        }
        return handler.strings;
    }

    /** Excel's escapes for characters XML cannot hold, {@code _x000D_} for a carriage return. */
    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.startsWith("_x", i) && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** sharedStrings.xml: one text per {@code <si>}, its runs joined, phonetic runs left out. */
    private static final class SharedStringsHandler extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder item = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "si" -> item.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                item.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "si" -> strings.add(decode(item.toString()));
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }
    }

    /** An element's name without its namespace prefix, whether or not the parser resolves namespaces. */
    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private static XMLReader newReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader(); // POI's: no external entities, no DTDs fetched
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** workbook.xml: which sheets are hidden, and whether dates count from 1904. */
    private static final class WorkbookFacts extends DefaultHandler {
        final Set<String> hidden = new HashSet<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = name(localName, qName);
            if (name.equals("sheet")) {
                String state = attributes.getValue("state");
                if ("hidden".equals(state) || "veryHidden".equals(state)) {
                    hidden.add(attributes.getValue("name"));
                }
            } else if (name.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
        }
    }

    /** One worksheet's XML: rows of cells, merged ranges after them. */
    private static final class SheetHandler extends DefaultHandler {
        private final List<String> strings;
        private final StylesTable styles;
        private final DataFormatter formatter;
        private final boolean date1904;
        private final int maxColumns;
        final List<String[]> rows = new ArrayList<>();
        final List<CellRangeAddress> merged = new ArrayList<>();
        final List<SheetContent.Formula> uncomputed = new ArrayList<>();
        final Set<Integer> hiddenRows = new HashSet<>();
        final Set<Integer> hiddenColumns = new HashSet<>();
        /** Shared formulas' text by index: a cell that shares one names it by index only. */
        private final Map<String, String> sharedFormulas = new HashMap<>();

        private int row = -1;
        private final List<String> cells = new ArrayList<>();
        private int column = -1;
        private String type;
        private int style;
        private String formula;
        private boolean hasFormula;
        private boolean hasValue;
        private String sharedIndex;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(List<String> strings, StylesTable styles, DataFormatter formatter, boolean date1904, int maxColumns) {
            this.strings = strings;
            this.styles = styles;
            this.formatter = formatter;
            this.date1904 = date1904;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r.strip()) - 1;
                    if (row >= MAX_ROWS) {
                        // the grid is built down to the last row: a damaged number must not ask for billions of them
                        throw new SAXException("row number " + (row + 1) + " is beyond Excel's last row (" + MAX_ROWS + ")");
                    }
                    cells.clear();
                    column = -1;
                    if (isTrue(attributes.getValue("hidden"))) {
                        hiddenRows.add(row);
                    }
                }
                case "col" -> hiddenColumns(attributes);
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = null;
                    hasFormula = false;
                    hasValue = false;
                    sharedIndex = null;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                    value.setLength(0);
                }
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                    text.setLength(0);
                    if ("shared".equals(attributes.getValue("t"))) {
                        sharedIndex = attributes.getValue("si");
                    }
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
                case "mergeCell" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null) {
                        merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }

        /** A {@code <col min max hidden>} range (1-based, inclusive) of hidden columns, bounded by the columns read. */
        private void hiddenColumns(Attributes attributes) {
            String min = attributes.getValue("min");
            String max = attributes.getValue("max");
            if (!isTrue(attributes.getValue("hidden")) || min == null || max == null) {
                return;
            }
            try {
                for (int c = Integer.parseInt(min.strip()) - 1; c < Math.min(Integer.parseInt(max.strip()), maxColumns); c++) {
                    hiddenColumns.add(c);
                }
            } catch (NumberFormatException e) {
                // a damaged range hides nothing we can name
            }
        }

        private static boolean isTrue(String value) {
            return value != null && (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inFormula) {
                text.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "f" -> {
                    inFormula = false;
                    formula = text.toString();
                    if (sharedIndex != null) {
                        if (formula.isEmpty()) {
                            formula = sharedFormulas.getOrDefault(sharedIndex, "");
                        } else {
                            sharedFormulas.put(sharedIndex, formula);
                        }
                    }
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inInlineText = false;
                case "c" -> cell();
                case "row" -> rowEnd();
                default -> {
                }
            }
        }

        private void cell() {
            if (column < 0 || column >= maxColumns) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            if (hasFormula && !hasValue) {
                uncomputed.add(new SheetContent.Formula(row, column, "=" + formula));
                return;
            }
            cells.set(column, CellText.join(text()));
        }

        /** The cell's text as Excel shows it. */
        private String text() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                return number(Double.parseDouble(raw));
            }
            if (type.equals("d")) {
                return isoDate(raw.strip());
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.get(Integer.parseInt(raw.strip()));
                case "inlineStr" -> decode(inline.toString());
                case "b" -> raw.strip().equals("1") || raw.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                case "e" -> errorText(raw);
                default -> raw; // "str" (a formula's text result)
            };
        }

        private String number(double number) {
            XSSFCellStyle cellStyle = cellStyle();
            short format = cellStyle == null ? 0 : cellStyle.getDataFormat();
            String formatText = cellStyle == null ? "General" : cellStyle.getDataFormatString();
            return CellFormats.format(formatter, number, format, formatText == null ? "General" : formatText, date1904);
        }

        private XSSFCellStyle cellStyle() {
            return styles == null || styles.getNumCellStyles() == 0 ? null
                    : styles.getStyleAt(style < styles.getNumCellStyles() ? style : 0);
        }

        /**
         * A {@code t="d"} cell (an ISO 8601 date, as exporters that skip Excel's serial numbers write one): in its
         * cell's date format where it has one, else as the date (and time, if any) it is; never the ISO text, whose
         * digits would read as the number 2023.
         */
        private String isoDate(String raw) {
            java.time.LocalDateTime when;
            try {
                when = raw.length() <= 10 ? java.time.LocalDate.parse(raw).atStartOfDay()
                        : java.time.LocalDateTime.parse(raw.endsWith("Z") ? raw.substring(0, raw.length() - 1) : raw);
            } catch (java.time.format.DateTimeParseException e) {
                return raw;
            }
            XSSFCellStyle cellStyle = cellStyle();
            if (cellStyle != null && org.apache.poi.ss.usermodel.DateUtil.isADateFormat(cellStyle.getDataFormat(),
                    cellStyle.getDataFormatString())) {
                return number(org.apache.poi.ss.usermodel.DateUtil.getExcelDate(when, date1904));
            }
            return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? when.toLocalDate().toString()
                    : when.toLocalDate() + " " + when.toLocalTime();
        }

        private static String errorText(String raw) {
            try {
                return FormulaError.forString(raw.strip()).getString();
            } catch (IllegalArgumentException e) {
                return raw;
            }
        }

        private void rowEnd() {
            if (row < 0) {
                return;
            }
            while (rows.size() <= row) {
                rows.add(null);
            }
            rows.set(row, cells.toArray(String[]::new));
        }
    }
}
