package perfaudit.ingest.office;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import perfaudit.ingest.CellText;
import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.OpenFailure;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.model.Document;
import perfaudit.model.SourceLocation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * OpenDocument text (.odt: LibreOffice Writer, WPS, 永中 Office), read like a docx from its content.xml: the body in
 * order, a paragraph or heading a one-cell row of free text, a table row a grid row. A cell spanning columns holds
 * its text in its first column and the covered cells ODF writes after it (and below it, for a span down) are empty,
 * as a docx's gridSpan and vMerge give them; a table nested in a cell runs into the cell's text. Comments, tracked
 * deletions, footnotes, pictures' alternative text and placeholder prompts are not the form's text. Locations as for docx: {@code 表2!R3C5}
 * (table 2, row 3, column 5), {@code P12} (the 12th paragraph outside tables).
 */
public final class OdtReader implements DocumentReader {

    static final String NAME = "odt";
    private static final Logger LOG = LoggerFactory.getLogger(OdtReader.class);

    @Override
    public Document read(InputFile input) {
        Body body = new Body(input.name());
        try {
            OdfContent.parse(input.bytes(), body);
        } catch (IOException | SAXException | RuntimeException e) {
            LOG.debug("{}: cannot read the OpenDocument text", input.name(), e);
            return Document.unreadable(input.name(), NAME, OpenFailure.reason("the OpenDocument text", e));
        }
        List<GridRow> rows = body.rows;
        ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
        return Pictures.explainNoForm(FormGrammar.read(input.name(), NAME, List.of(rows), log, input.vocabulary()),
                () -> Pictures.inPackage(input.bytes()), 0);
    }

    /** content.xml's body as grid rows in reading order. */
    private static final class Body extends DefaultHandler {
        /**
         * Elements whose text is not the form's text: comments, tracked changes' deleted text, footnotes, pictures'
         * alternative text, and a placeholder field's prompt (ODF's grey "click here" text, nothing filled in).
         */
        private static final Set<String> SKIPPED = Set.of("annotation", "tracked-changes", "note", "desc", "deletion",
                "placeholder");
        private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
        /** Repeats beyond these (a table's trailing empty rows or columns, repeated by count) are not expanded. */
        private static final int MAX_COLUMNS = 64;
        private static final int MAX_ROW_REPEAT = 100;

        private final String file;
        final List<GridRow> rows = new ArrayList<>();
        private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
        private int skipped;
        private int paragraphCount;
        private int tableCount;
        private int tableDepth;

        // the table being read (depth 1): its rows, and the row and cell open
        private String table;
        private List<List<GridCell>> tableRows;
        private List<GridCell> cells;
        private int rowRepeat;
        private int cellRepeat;
        private final List<String> cellLines = new ArrayList<>();
        private StringBuilder cellLine;

        Body(String file) {
            this.file = file;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            String name = OdfContent.local(localName, qName);
            if (skipped > 0 || SKIPPED.contains(name) || name.equals("title") && SVG.equals(uri)) {
                skipped++;
                return;
            }
            switch (name) {
                case "table" -> {
                    if (tableDepth++ == 0) {
                        table = "表" + (++tableCount);
                        tableRows = new ArrayList<>();
                    } else if (cellLine != null) {
                        cellLine.append(' '); // a nested table runs into its cell's text, apart from what came before
                    }
                }
                case "table-row" -> {
                    if (tableDepth == 1) {
                        rowRepeat = Math.min(OdfContent.count(a, "number-rows-repeated"), MAX_ROW_REPEAT);
                        cells = new ArrayList<>();
                    }
                }
                case "table-cell", "covered-table-cell" -> {
                    if (tableDepth == 1) {
                        cellRepeat = OdfContent.count(a, "number-columns-repeated");
                        cellLines.clear();
                        cellLine = null;
                    } else if (cellLine != null) {
                        cellLine.append(' ');
                    }
                }
                case "p", "h" -> {
                    if (tableDepth == 0) {
                        paragraphs.push(new StringBuilder());
                    } else if (cells != null && cellLine == null) {
                        cellLine = new StringBuilder();
                    } else if (cellLine != null) {
                        cellLine.append(' '); // a paragraph of a table nested in the cell
                    }
                }
                case "s" -> append(" ".repeat(Math.min(OdfContent.count(a, "c"), 100)));
                case "tab" -> append("\t");
                case "line-break" -> append("\n");
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skipped == 0) {
                append(new String(ch, start, length));
            }
        }

        private void append(String text) {
            if (skipped > 0) {
                return;
            }
            if (tableDepth > 0) {
                if (cellLine != null) {
                    cellLine.append(text);
                }
            } else if (!paragraphs.isEmpty()) {
                paragraphs.peek().append(text);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = OdfContent.local(localName, qName);
            if (skipped > 0) {
                skipped--;
                return;
            }
            switch (name) {
                case "p", "h" -> {
                    if (tableDepth == 0 && !paragraphs.isEmpty()) {
                        paragraph(paragraphs.pop().toString());
                    } else if (tableDepth == 1 && cellLine != null) {
                        endCellLine();
                    }
                }
                case "table-cell", "covered-table-cell" -> {
                    if (tableDepth == 1 && cells != null) {
                        endCell(name.equals("covered-table-cell"));
                    }
                }
                case "table-row" -> {
                    if (tableDepth == 1 && cells != null) {
                        for (int i = 0; i < rowRepeat; i++) {
                            tableRows.add(i == 0 ? cells : copy(cells, tableRows.size()));
                        }
                        cells = null;
                    }
                }
                case "table" -> {
                    if (--tableDepth == 0) {
                        endTable();
                    } else if (tableDepth == 1 && cellLine != null) {
                        endCellLine(); // the nested table's text, one line of its cell
                    }
                }
                default -> {
                }
            }
        }

        private void paragraph(String text) {
            paragraphCount++;
            SourceLocation at = SourceLocation.ofCell(file, null, "P" + paragraphCount);
            rows.add(GridRow.ofCells(rows.size() + 1, List.of(new GridCell(CellText.join(text), at)), false));
        }

        /** A paragraph of the cell: its lines (a line break typed in it parts them) join the cell's. */
        private void endCellLine() {
            cellLines.addAll(List.of(cellLine.toString().split("\n", -1)));
            cellLine = null;
        }

        /** A covered cell is empty: its text is the spanning cell's, read there. */
        private void endCell(boolean covered) {
            String text = covered ? "" : CellText.join(cellLines);
            int repeat = text.isEmpty() ? Math.min(cellRepeat, MAX_COLUMNS - cells.size()) : Math.min(cellRepeat, MAX_COLUMNS);
            for (int i = 0; i < repeat && cells.size() < MAX_COLUMNS; i++) {
                cells.add(cell(tableRows.size(), cells.size(), text));
            }
            cellLines.clear();
            cellLine = null;
        }

        /** The row a repeat copies, located at its own row. */
        private List<GridCell> copy(List<GridCell> row, int rowIndex) {
            List<GridCell> copied = new ArrayList<>(row.size());
            for (GridCell c : row) {
                copied.add(cell(rowIndex, copied.size(), c.text()));
            }
            return copied;
        }

        /** The table's rows padded to its widest row (a ragged table), without its trailing empty columns. */
        private void endTable() {
            int width = 0;
            for (List<GridCell> row : tableRows) {
                for (int c = row.size() - 1; c >= width; c--) {
                    if (!row.get(c).isBlank()) {
                        width = c + 1;
                        break;
                    }
                }
            }
            for (int r = 0; r < tableRows.size(); r++) {
                List<GridCell> row = new ArrayList<>(tableRows.get(r).subList(0, Math.min(width, tableRows.get(r).size())));
                while (row.size() < width) {
                    row.add(cell(r, row.size(), ""));
                }
                rows.add(GridRow.ofCells(rows.size() + 1, row, true));
            }
            tableRows = null;
        }

        private GridCell cell(int row, int column, String text) {
            return new GridCell(text, SourceLocation.ofCell(file, table, "R" + (row + 1) + "C" + (column + 1)));
        }
    }
}
