package perfaudit.ingest.office;

import perfaudit.ingest.CellText;
import perfaudit.ingest.OpenFailure;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.model.Document;
import perfaudit.model.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word documents (POI XWPF). The body is read in order: a paragraph is a one-cell row of free text
 * (the title, the year line, {@code 附件：}); a table row is a grid row whose cells sit in the
 * table's grid columns: a cell spanning columns ({@code gridSpan}) holds its text in its first
 * column and leaves the others empty, a cell continuing a vertical merge ({@code vMerge}) is
 * empty, as in the tabbed export. Locations are {@code 表2!R3C5} (table 2, row 3, grid column 5)
 * and {@code P12} (the 12th paragraph of the body).
 */
public final class DocxReader implements DocumentReader {

    static final String NAME = "docx";
    private static final Logger LOG = LoggerFactory.getLogger(DocxReader.class);

    @Override
    public Document read(InputFile input) {
        // POI's zip-bomb and XML entity guards stay at their defaults.
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(input.bytes()))) {
            Document body = new Body(input.name(), input.vocabulary()).read(document);
            EmbeddedObjects.Read embedded = EmbeddedObjects.in(document, input);
            return Pictures.explainNoForm(EmbeddedObjects.joined(body, embedded.workbooks()),
                    () -> Pictures.inPackage(input.bytes()), embedded.others());
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: cannot open document", input.name(), e);
            return Document.unreadable(input.name(), NAME,
                    OpenFailure.reason("the Word document", e));
        }
    }

    /** The body's rows in reading order. */
    private static final class Body {
        private final String file;
        private final Vocabulary vocabulary;
        private final List<GridRow> rows = new ArrayList<>();
        private final Map<CTP, XWPFParagraph> bodyParagraphs = new IdentityHashMap<>();
        private final Map<CTTbl, XWPFTable> bodyTables = new IdentityHashMap<>();
        private int paragraphs;
        private int tables;

        Body(String file, Vocabulary vocabulary) {
            this.file = file;
            this.vocabulary = vocabulary;
        }

        Document read(XWPFDocument document) {
            ControlPrompts.blank(document.getDocument().getDomNode());
            // POI's own lookups by XML element are linear: one map each, so a long document stays linear
            document.getParagraphs().forEach(p -> bodyParagraphs.put(p.getCTP(), p));
            document.getTables().forEach(t -> bodyTables.put(t.getCTTbl(), t));
            body(document.getDocument().getBody(), document);
            ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
            return FormGrammar.read(file, NAME, List.of(rows), log, vocabulary);
        }

        /**
         * The paragraphs and tables of a body in order, and those inside its content controls (w:sdt): a template may
         * wrap a field, a paragraph or the whole form in one, and read as one line of text its table's rows would run
         * together.
         */
        private void body(XmlObject body, XWPFDocument document) {
            for (XmlObject child : children(body)) {
                if (child instanceof CTP p) {
                    XWPFParagraph paragraph = bodyParagraphs.get(p);
                    paragraph((paragraph == null ? new XWPFParagraph(p, document) : paragraph).getText());
                    for (XmlObject box : TextBoxes.in(p)) {
                        // a text box anchored in the paragraph (单位名称 and 填报日期 set above the table): its text
                        // follows the paragraph's, as a reader of the page takes it in
                        body(box, document);
                    }
                } else if (child instanceof CTTbl tbl) {
                    XWPFTable table = bodyTables.get(tbl);
                    table(table == null ? new XWPFTable(tbl, document) : table);
                } else if (child instanceof CTSdtBlock control && control.isSetSdtContent()) {
                    body(control.getSdtContent(), document);
                }
            }
        }

        private void paragraph(String text) {
            paragraphs++;
            SourceLocation at = SourceLocation.ofCell(file, null, "P" + paragraphs);
            rows.add(GridRow.ofCells(rows.size() + 1, List.of(new GridCell(CellText.join(text), at)), false));
        }

        private void table(XWPFTable table) {
            tables++;
            String name = "表" + tables;
            List<List<GridCell>> cellRows = new ArrayList<>();
            List<List<XWPFTable>> nestedRows = new ArrayList<>();
            int width = 0;
            List<XWPFTableRow> tableRows = rows(table);
            for (int r = 0; r < tableRows.size(); r++) {
                XWPFTableRow row = tableRows.get(r);
                List<GridCell> cells = new ArrayList<>();
                List<XWPFTable> nested = new ArrayList<>();
                for (int i = 0; i < gridBefore(row); i++) {
                    cells.add(cell(name, r, cells.size(), ""));
                }
                for (XWPFTableCell cell : cells(row, table)) {
                    CTTcPr properties = cell.getCTTc().getTcPr();
                    cells.add(cell(name, r, cells.size(), continuesMerge(properties) ? "" : text(cell, nested)));
                    for (int i = 1; i < span(properties); i++) {
                        cells.add(cell(name, r, cells.size(), ""));
                    }
                }
                width = Math.max(width, cells.size());
                cellRows.add(cells);
                nestedRows.add(nested);
            }
            for (int r = 0; r < cellRows.size(); r++) {
                // Rows of a table may end early (gridAfter, a ragged table): pad them to its width.
                List<GridCell> cells = cellRows.get(r);
                while (cells.size() < width) {
                    cells.add(cell(name, r, cells.size(), ""));
                }
                rows.add(GridRow.ofCells(rows.size() + 1, cells, true));
                // a table of rows nested in a cell (a form's part pasted into the cell beside its label): its rows
                // are rows of the form, read after the row that holds it, not one run-together line of the cell
                nestedRows.get(r).forEach(this::table);
            }
        }

        private GridCell cell(String table, int row, int column, String text) {
            return new GridCell(text, SourceLocation.ofCell(file, table, "R" + (row + 1) + "C" + (column + 1)));
        }
    }

    /**
     * The table's rows in order, those a content control wraps (a repeating section: w:sdt around w:tr) included:
     * POI's own list holds only the table's direct rows, so such rows were lost without a word.
     */
    private static List<XWPFTableRow> rows(XWPFTable table) {
        List<XWPFTableRow> rows = new ArrayList<>();
        addRows(table.getCTTbl(), table, rows);
        return rows;
    }

    private static void addRows(XmlObject parent, XWPFTable table, List<XWPFTableRow> rows) {
        for (XmlObject child : children(parent)) {
            if (child instanceof CTRow ctRow) {
                XWPFTableRow row = table.getRow(ctRow);
                rows.add(row == null ? new XWPFTableRow(ctRow, table) : row);
            } else if (child instanceof CTSdtRow control && control.isSetSdtContent()) {
                addRows(control.getSdtContent(), table, rows);
            }
        }
    }

    /** The row's cells in order, a cell a content control wraps (w:sdt around w:tc) included, as for rows. */
    private static List<XWPFTableCell> cells(XWPFTableRow row, XWPFTable table) {
        List<XWPFTableCell> cells = new ArrayList<>();
        addCells(row.getCtRow(), row, table, cells);
        return cells;
    }

    private static void addCells(XmlObject parent, XWPFTableRow row, XWPFTable table, List<XWPFTableCell> cells) {
        for (XmlObject child : children(parent)) {
            if (child instanceof CTTc tc) {
                XWPFTableCell cell = row.getTableCell(tc);
                cells.add(cell == null ? new XWPFTableCell(tc, row, table.getBody()) : cell);
            } else if (child instanceof CTSdtCell control && control.isSetSdtContent()) {
                addCells(control.getSdtContent(), row, table, cells);
            }
        }
    }

    /**
     * A cell's paragraphs, one-row tables nested in it and content controls in it, in order, joined into one line of
     * text; tables of two rows or more nested in it go to {@code nested} (null: joined into the line as well).
     */
    private static String text(XWPFTableCell cell, List<XWPFTable> nested) {
        List<String> lines = new ArrayList<>();
        addLines(cell.getCTTc(), cell, lines, nested);
        return CellText.join(lines);
    }

    private static void addLines(XmlObject parent, XWPFTableCell cell, List<String> lines, List<XWPFTable> nested) {
        for (XmlObject child : children(parent)) {
            if (child instanceof CTP p) {
                XWPFParagraph paragraph = cell.getParagraph(p);
                lines.add(CellText.join((paragraph == null ? new XWPFParagraph(p, cell) : paragraph).getText()));
            } else if (child instanceof CTTbl tbl) {
                XWPFTable found = cell.getTable(tbl);
                XWPFTable table = found == null ? new XWPFTable(tbl, cell) : found;
                List<XWPFTableRow> tableRows = rows(table);
                if (nested != null && tableRows.size() > 1) {
                    nested.add(table);
                    continue;
                }
                for (XWPFTableRow row : tableRows) {
                    List<String> parts = new ArrayList<>();
                    cells(row, row.getTable()).forEach(c -> parts.add(text(c, null)));
                    lines.add(String.join(" ", parts).strip());
                }
            } else if (child instanceof CTSdtBlock control && control.isSetSdtContent()) {
                addLines(control.getSdtContent(), cell, lines, nested);
            }
        }
    }

    /** The element's child elements in document order. */
    private static List<XmlObject> children(XmlObject parent) {
        List<XmlObject> children = new ArrayList<>();
        try (XmlCursor cursor = parent.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                children.add(cursor.getObject());
            }
        }
        return children;
    }

    private static int span(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        return Math.max(1, Math.min(properties.getGridSpan().getVal().intValue(), 64));
    }

    /** {@code <w:vMerge/>} without a value, or with "continue", continues the cell above; so does a legacy hMerge. */
    private static boolean continuesMerge(CTTcPr properties) {
        if (properties == null) {
            return false;
        }
        boolean vertical = properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
        boolean horizontal = properties.isSetHMerge()
                && (properties.getHMerge().getVal() == null || properties.getHMerge().getVal() == STMerge.CONTINUE);
        return vertical || horizontal;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber before = properties.getGridBeforeArray(0);
        return before.getVal() == null ? 0 : Math.max(0, Math.min(before.getVal().intValue(), 64));
    }
}
