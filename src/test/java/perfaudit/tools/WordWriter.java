package perfaudit.tools;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.bench.corpus.drawing.Drawing.Line;
import perfaudit.bench.corpus.drawing.Drawing.Section;
import perfaudit.bench.corpus.drawing.Drawing.Style;
import perfaudit.bench.corpus.drawing.Drawing.Table;
import perfaudit.bench.corpus.drawing.Drawing;

import java.math.BigInteger;
import java.util.List;

/**
 * Renders drawn forms as a Word document: lines as paragraphs (bold centred titles), tables with
 * single borders, {@code gridSpan} for cells across columns and {@code vMerge} for cells down rows,
 * rows that do not break across pages. A4 landscape; each form starts a new page.
 */
final class WordWriter {

    /** Text width of A4 landscape with 1.5 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 16838 - 2 * 850;

    private final XWPFDocument document = new XWPFDocument();

    XWPFDocument write(List<Section> sections) {
        boolean first = true;
        for (Section section : sections) {
            for (Item item : section.items()) {
                if (item instanceof Line line) {
                    paragraph(line, line.text().equals("附件：") && !first);
                    first = false;
                } else {
                    table((Table) item);
                    first = false;
                }
            }
        }
        // The section properties must be the body's last child.
        pageSetup();
        return document;
    }

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(850));
        margins.setBottom(BigInteger.valueOf(850));
        margins.setLeft(BigInteger.valueOf(850));
        margins.setRight(BigInteger.valueOf(850));
    }

    private void paragraph(Line line, boolean newPage) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setPageBreak(newPage);
        boolean title = line.style() == Style.DOC_TITLE || line.style() == Style.FORM_TITLE;
        paragraph.setAlignment(line.style() == Style.PLAIN ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        font(run, switch (line.style()) {
            case DOC_TITLE -> 16;
            case FORM_TITLE -> 18;
            case YEAR -> 12;
            default -> 11;
        });
        run.setBold(title);
        run.setText(line.text());
    }

    private void table(Table table) {
        XWPFTable word = document.createTable();
        word.removeRow(0);
        int[] widths = twips(table.widths());
        CTTblPr properties = word.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        word.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid grid = word.getCTTbl().getTblGrid() == null ? word.getCTTbl().addNewTblGrid() : word.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        Drawing.Cell[][] starts = new Drawing.Cell[table.rows()][table.columns()];
        Drawing.Cell[][] covers = new Drawing.Cell[table.rows()][table.columns()];
        for (Drawing.Cell cell : table.cells()) {
            starts[cell.row()][cell.column()] = cell;
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    covers[r][c] = cell;
                }
            }
        }
        for (int r = 0; r < table.rows(); r++) {
            XWPFTableRow row = word.insertNewTableRow(r);
            row.setCantSplitRow(true);
            for (int c = 0; c < table.columns(); ) {
                Drawing.Cell cell = covers[r][c];
                int span = cell == null ? 1 : cell.columnSpan();
                XWPFTableCell wordCell = row.addNewTableCell();
                CTTcPr tcPr = wordCell.getCTTc().isSetTcPr() ? wordCell.getCTTc().getTcPr() : wordCell.getCTTc().addNewTcPr();
                int width = 0;
                for (int i = c; i < c + span; i++) {
                    width += widths[i];
                }
                tcPr.addNewTcW().setW(BigInteger.valueOf(width));
                tcPr.getTcW().setType(STTblWidth.DXA);
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                if (span > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (cell != null && cell.rowSpan() > 1) {
                    tcPr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (cell != null && starts[r][c] == cell) {
                    text(wordCell, cell);
                }
                c += span;
            }
        }
        // A paragraph between tables keeps Word from joining two tables into one.
        document.createParagraph();
    }

    private void text(XWPFTableCell cell, Drawing.Cell drawn) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(drawn.style() == Style.HEADER || drawn.style() == Style.LABEL ? ParagraphAlignment.CENTER
                : drawn.style() == Style.NUMBER ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        XWPFRun run = paragraph.createRun();
        font(run, 10);
        run.setBold(drawn.style() == Style.HEADER);
        run.setText(drawn.text());
    }

    private static void font(XWPFRun run, int size) {
        run.setFontFamily("宋体");
        run.setFontSize(size);
    }

    private static int[] twips(double[] widths) {
        double total = 0;
        for (double width : widths) {
            total += width;
        }
        int[] twips = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            twips[i] = (int) Math.round(TEXT_WIDTH * widths[i] / total);
        }
        return twips;
    }
}
