package perfaudit.ingest.office;

import perfaudit.ingest.CellText;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Excel 2003 XML (SpreadsheetML), as budget systems export a form and name it .xls: each Worksheet's Table as a
 * sheet's cells. A row or cell without {@code ss:Index} follows the one before (a cell after its {@code MergeAcross});
 * {@code MergeAcross} / {@code MergeDown} are merged ranges; a number is shown in its style's NumberFormat (named
 * formats as Excel names them: Percent, Fixed, Standard, Short Date); hidden rows and columns and a sheet set
 * SheetHidden are as in a workbook.
 */
final class SpreadsheetXml {

    private static final String SS = "urn:schemas-microsoft-com:office:spreadsheet";
    private static final Map<String, String> NAMED_FORMATS = Map.of("general", "General", "general number", "General",
            "fixed", "0.00", "standard", "#,##0.00", "percent", "0.00%", "scientific", "0.00E+00",
            "short date", "yyyy/m/d", "general date", "yyyy/m/d h:mm", "long date", "yyyy\"年\"m\"月\"d\"日\"");
    /** Not a built-in format index: formats are given by their text. */
    private static final int CUSTOM_FORMAT = 200;

    private final DataFormatter formatter;
    private final int maxColumns;
    private final Map<String, String> styleFormats = new HashMap<>();
    private final List<SheetContent> sheets = new ArrayList<>();

    private SpreadsheetXml(DataFormatter formatter, int maxColumns) {
        this.formatter = formatter;
        this.maxColumns = maxColumns;
    }

    static List<SheetContent> read(byte[] bytes, DataFormatter formatter, int maxColumns) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            SpreadsheetXml reader = new SpreadsheetXml(formatter, maxColumns);
            reader.document(xml);
            xml.close();
            return reader.sheets;
        } catch (XMLStreamException e) {
            throw new IOException("not well-formed Excel 2003 XML: " + e.getMessage(), e);
        }
    }

    private String style;
    private Sheet sheet;

    private void document(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Worksheet") && sheet != null) {
                sheets.add(sheet.content());
                sheet = null;
            }
        }
    }

    private void start(XMLStreamReader xml) throws XMLStreamException {
        switch (xml.getLocalName()) {
            case "Style" -> style = attribute(xml, "ID");
            case "NumberFormat" -> {
                String format = attribute(xml, "Format");
                if (style != null && format != null) {
                    styleFormats.put(style, NAMED_FORMATS.getOrDefault(format.toLowerCase(java.util.Locale.ROOT), format));
                }
            }
            case "Worksheet" -> sheet = new Sheet(attribute(xml, "Name"));
            case "Column" -> {
                if (sheet != null) {
                    sheet.column(attribute(xml, "Index"), attribute(xml, "Span"), "1".equals(attribute(xml, "Hidden")));
                }
            }
            case "Row" -> {
                if (sheet != null) {
                    sheet.row(attribute(xml, "Index"), "1".equals(attribute(xml, "Hidden")));
                }
            }
            case "Cell" -> {
                if (sheet != null) {
                    sheet.cell(attribute(xml, "Index"), attribute(xml, "MergeAcross"), attribute(xml, "MergeDown"),
                            attribute(xml, "StyleID"));
                }
            }
            case "Data" -> {
                if (sheet != null) {
                    String type = attribute(xml, "Type");
                    sheet.data(shown(type, text(xml)));
                }
            }
            case "Visible" -> {
                if (sheet != null && xml.getElementText().strip().startsWith("SheetHidden")) {
                    sheet.hidden = true;
                }
            }
            default -> {
            }
        }
    }

    /** A Data element's value as Excel shows it in its cell's style. */
    private String shown(String type, String value) {
        String format = sheet.cellStyle == null ? null : styleFormats.get(sheet.cellStyle);
        try {
            if ("Number".equals(type) && !value.isBlank()) {
                return CellFormats.format(formatter, Double.parseDouble(value.strip()), CUSTOM_FORMAT,
                        format == null ? "General" : format, false);
            }
            if ("DateTime".equals(type) && !value.isBlank()) {
                double serial = DateUtil.getExcelDate(LocalDateTime.parse(value.strip()));
                return CellFormats.format(formatter, serial, CUSTOM_FORMAT, format == null ? "yyyy/m/d" : format, false);
            }
        } catch (RuntimeException unreadable) {
            return value; // a number or date Excel would not have written: shown as it stands
        }
        if ("Boolean".equals(type)) {
            return value.strip().equals("1") ? "TRUE" : "FALSE";
        }
        return value;
    }

    /** The text of the element the reader is at, rich text's runs (html:B, html:Font) included; ends at its end. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(SS, name);
        return value != null ? value : xml.getAttributeValue(null, name);
    }

    /** One Worksheet being read: its rows' texts, merged ranges and hidden rows and columns. */
    private final class Sheet {
        private final String name;
        private final List<String[]> rows = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private final Set<Integer> hiddenRows = new HashSet<>();
        private final Set<Integer> hiddenColumns = new HashSet<>();
        boolean hidden;
        private int row = -1;
        private int nextColumn;
        private int nextDefinedColumn;
        private int column = -1;
        String cellStyle;

        Sheet(String name) {
            this.name = name == null ? "Sheet" + (sheets.size() + 1) : name;
        }

        void column(String index, String span, boolean hide) {
            int first = index == null ? nextDefinedColumn : Integer.parseInt(index) - 1;
            int count = span == null ? 1 : Integer.parseInt(span) + 1;
            for (int c = first; c < first + count && c < maxColumns; c++) {
                if (hide) {
                    hiddenColumns.add(c);
                }
            }
            nextDefinedColumn = first + count;
        }

        void row(String index, boolean hide) {
            row = index == null ? row + 1 : Integer.parseInt(index) - 1;
            nextColumn = 0;
            column = -1;
            if (hide) {
                hiddenRows.add(row);
            }
        }

        void cell(String index, String across, String down, String styleId) {
            column = index == null ? nextColumn : Integer.parseInt(index) - 1;
            int right = column + (across == null ? 0 : Integer.parseInt(across));
            int bottom = row + (down == null ? 0 : Integer.parseInt(down));
            if (right > column || bottom > row) {
                merged.add(new CellRangeAddress(row, bottom, column, Math.min(right, maxColumns - 1)));
            }
            nextColumn = right + 1;
            cellStyle = styleId;
        }

        void data(String text) {
            if (row < 0 || column < 0 || column >= maxColumns) {
                return;
            }
            while (rows.size() <= row) {
                rows.add(null);
            }
            String[] cells = rows.get(row);
            if (cells == null || cells.length <= column) {
                String[] wider = new String[column + 1];
                java.util.Arrays.fill(wider, "");
                if (cells != null) {
                    System.arraycopy(cells, 0, wider, 0, cells.length);
                }
                cells = wider;
                rows.set(row, cells);
            }
            cells[column] = CellText.join(text);
        }

        SheetContent content() {
            return new SheetContent(name, hidden, rows, merged, List.of(), new SheetContent.Hidden(hiddenRows, hiddenColumns));
        }
    }
}
