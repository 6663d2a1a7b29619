package perfaudit.ingest.office;

import perfaudit.ingest.CellText;
import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.model.Document;
import perfaudit.model.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word 97-2003 documents (POI HWPF), read like a docx: paragraphs as one-cell rows, table rows as
 * grid rows. The binary format keeps no table grid: each cell has its own left edge and width, so
 * the grid's columns are all the cell edges of the table, a cell spanning the columns between its
 * edges; a cell continuing a vertical (or old-style horizontal) merge is empty. Locations as for
 * docx: {@code 表2!R3C5}, {@code P12}.
 */
public final class DocReader implements DocumentReader {

    static final String NAME = "doc";
    private static final Logger LOG = LoggerFactory.getLogger(DocReader.class);
    /** Cell edges closer than this (twentieths of a point) are one column border. */
    private static final int SNAP = 30;

    @Override
    public Document read(InputFile input) {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(input.bytes()))) {
            Document body = new Body(input.name(), input.vocabulary()).read(document.getRange());
            EmbeddedObjects.Read embedded = EmbeddedObjects.inObjectPool(document.getDirectory(), input);
            return Pictures.explainNoForm(EmbeddedObjects.joined(body, embedded.workbooks()),
                    () -> (int) document.getPicturesTable().getAllPictures().stream()
                            .filter(picture -> Pictures.isRaster(picture.suggestFileExtension())).count(),
                    embedded.others());
        } catch (EncryptedDocumentException e) {
            return Document.unreadable(input.name(), NAME, "Word 文档设有密码，请去除密码后重新提交 — password-protected Word document: remove the password and submit it again");
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: cannot open .doc", input.name(), e);
            return Document.unreadable(input.name(), NAME, "无法读取 Word 97-2003 文档（已损坏或是更旧的 Word 格式？），请另存为 .docx"
                    + " — cannot read the Word 97-2003 document (damaged, or an older Word format?): " + e.getMessage()
                    + "; save it as .docx to audit it");
        }
    }

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

        Document read(Range range) {
            for (int i = 0; i < range.numParagraphs(); ) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    table(table);
                    i += Math.max(1, table.numParagraphs());
                } else {
                    paragraph(paragraph.text());
                    i++;
                }
            }
            ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
            return FormGrammar.read(file, NAME, List.of(rows), log, vocabulary);
        }

        private void paragraph(String text) {
            paragraphs++;
            SourceLocation at = SourceLocation.ofCell(file, null, "P" + paragraphs);
            rows.add(GridRow.ofCells(rows.size() + 1, List.of(new GridCell(clean(text), at)), false));
        }

        private void table(Table table) {
            tables++;
            String name = "表" + tables;
            int[] borders = borders(table);
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                String[] texts = new String[Math.max(1, borders.length - 1)];
                Arrays.fill(texts, "");
                List<Table> nested = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                            || cell.isMerged() && !cell.isFirstMerged();
                    int column = column(borders, cell.getLeftEdge());
                    if (!continues && column < texts.length) {
                        texts[column] = clean(ownText(cell, table.getTableLevel(), nested));
                    }
                }
                List<GridCell> cells = new ArrayList<>();
                for (int c = 0; c < texts.length; c++) {
                    cells.add(new GridCell(texts[c], SourceLocation.ofCell(file, name, "R" + (r + 1) + "C" + (c + 1))));
                }
                rows.add(GridRow.ofCells(rows.size() + 1, cells, true));
                // a table of rows nested in a cell (a form's part pasted beside its label): its rows are rows of the
                // form, read after the row that holds it, not one run-together line of the cell (as in a docx)
                nested.forEach(this::table);
            }
        }
    }

    /**
     * The text of a cell of a table at {@code level}: its own paragraphs and those of one-row tables nested in it;
     * tables of two rows or more nested in it go to {@code nested}.
     */
    private static String ownText(TableCell cell, int level, List<Table> nested) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < cell.numParagraphs(); k++) {
            Paragraph paragraph = cell.getParagraph(k);
            if (paragraph.getTableLevel() > level) {
                Table inner = cell.getTable(paragraph);
                if (inner.numRows() > 1) {
                    nested.add(inner);
                    k += Math.max(1, inner.numParagraphs()) - 1;
                    continue;
                }
            }
            text.append(paragraph.text());
        }
        return text.toString();
    }

    /** Every left and right cell edge of the table, sorted, edges within {@link #SNAP} taken as one. */
    private static int[] borders(Table table) {
        List<Integer> edges = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                edges.add(row.getCell(c).getLeftEdge());
                edges.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        edges.sort(Integer::compare);
        List<Integer> borders = new ArrayList<>();
        for (int edge : edges) {
            if (borders.isEmpty() || edge - borders.get(borders.size() - 1) > SNAP) {
                borders.add(edge);
            }
        }
        return borders.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int column(int[] borders, int leftEdge) {
        for (int i = 0; i < borders.length; i++) {
            if (Math.abs(borders[i] - leftEdge) <= SNAP) {
                return i;
            }
        }
        return borders.length;
    }

    /**
     * A cell's or paragraph's text without Word's marks: field codes, the cell and row end marks;
     * its paragraphs and manual line breaks joined as one cell's lines.
     */
    private static String clean(String text) {
        String visible = FieldText.visible(text).replace('\u0007', '\r');
        List<String> lines = new ArrayList<>();
        for (String line : visible.split("[\r\n\u000B]")) {
            lines.add(line.replaceAll("\\p{Cntrl}", ""));
        }
        return CellText.join(lines);
    }
}
