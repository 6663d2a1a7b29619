package perfaudit.ingest.office;

import perfaudit.ingest.OpenFailure;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
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
import java.util.List;

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
            return new Body(input.name(), input.vocabulary()).read(document);
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
        private int paragraphs;
        private int tables;

        Body(String file, Vocabulary vocabulary) {
            this.file = file;
            this.vocabulary = vocabulary;
        }

        Document read(XWPFDocument document) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph.getText());
                } else if (element instanceof XWPFSDT control) {
                    paragraph(control.getContent().getText());
                } else if (element instanceof XWPFTable table) {
                    table(table);
                }
            }
            ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
            return FormGrammar.read(file, NAME, List.of(rows), log, vocabulary);
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
            int width = 0;
            for (int r = 0; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRows().get(r);
                List<GridCell> cells = new ArrayList<>();
                for (int i = 0; i < gridBefore(row); i++) {
                    cells.add(cell(name, r, cells.size(), ""));
                }
                for (XWPFTableCell cell : row.getTableCells()) {
                    CTTcPr properties = cell.getCTTc().getTcPr();
                    cells.add(cell(name, r, cells.size(), continuesMerge(properties) ? "" : text(cell)));
                    for (int i = 1; i < span(properties); i++) {
                        cells.add(cell(name, r, cells.size(), ""));
                    }
                }
                width = Math.max(width, cells.size());
                cellRows.add(cells);
            }
            for (int r = 0; r < cellRows.size(); r++) {
                // Rows of a table may end early (gridAfter, a ragged table): pad them to its width.
                List<GridCell> cells = cellRows.get(r);
                while (cells.size() < width) {
                    cells.add(cell(name, r, cells.size(), ""));
                }
                rows.add(GridRow.ofCells(rows.size() + 1, cells, true));
            }
        }

        private GridCell cell(String table, int row, int column, String text) {
            return new GridCell(text, SourceLocation.ofCell(file, table, "R" + (row + 1) + "C" + (column + 1)));
        }
    }

    /** A cell's paragraphs (and any table nested in it) joined into one line of text. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            lines.add(CellText.join(paragraph.getText()));
        }
        for (XWPFTable nested : cell.getTables()) {
            for (XWPFTableRow row : nested.getRows()) {
                List<String> parts = new ArrayList<>();
                row.getTableCells().forEach(c -> parts.add(text(c)));
                lines.add(String.join(" ", parts).strip());
            }
        }
        return CellText.join(lines);
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
