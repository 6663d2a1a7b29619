package perfaudit.ingest.text;

import perfaudit.ingest.CellText;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Document;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV export of a form (Excel or WPS "save as CSV", UTF-8 with a BOM or GBK): one record per table row, fields
 * split at commas, a field in double quotes when it holds a comma ("1,260.00"), a quote (written "") or a line
 * break (Alt+Enter in the cell, so one record may run over several lines), trailing empty fields kept (,,,,).
 * Read as plain text, its commas were no cell boundary and its quotes stayed in the cells. Each record becomes a
 * grid row, each field a cell located as a spreadsheet shows the CSV (C8: column C of record 8), and the grid is
 * read as the tabbed export is: the same grid, another separator.
 */
final class CsvLayout {

    static final String NAME = "csv";
    /** Records opening with a form's label that make a text a CSV export: one may be a sentence with a comma. */
    private static final int LABEL_RECORDS = 2;
    /** The fewest fields of a CSV form's rows (label, value, one more), and the share of records holding the common count. */
    private static final int MIN_GRID_FIELDS = 3;
    private static final double GRID_SHARE = 0.6;
    /** A label cell is short; a longer first field is a sentence, whatever word it opens with. */
    private static final int LABEL_CHARS = 24;

    private CsvLayout() {
    }

    /**
     * True when at least {@link #LABEL_RECORDS} lines open with a form's label (a title, 项目名称, a header field, the
     * label of a form part) as a whole comma-separated first field, quoted or not, with no tab in it, and the records
     * are a grid ({@link #isGrid}).
     */
    static boolean recognises(List<TextLine> lines, Vocabulary vocabulary) {
        int labelled = 0;
        for (TextLine line : lines) {
            String first = firstField(line.text());
            if (first != null && isLabel(first, vocabulary) && ++labelled >= LABEL_RECORDS) {
                return isGrid(CsvRecords.parse(lines));
            }
        }
        return false;
    }

    /**
     * Whether the records are a grid: most of them hold the same number of fields, three or more, as a spreadsheet saved
     * as CSV writes every row of its used range. Prose whose sentences open with a label and hold commas is no grid.
     */
    private static boolean isGrid(CsvRecords parsed) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int filled = 0;
        for (CsvRecords.Record record : parsed.records()) {
            if (record.fields().size() > 1 || !record.fields().get(0).isBlank()) {
                filled++;
                counts.merge(record.fields().size(), 1, Integer::sum);
            }
        }
        int width = 0;
        int most = 0;
        for (java.util.Map.Entry<Integer, Integer> count : counts.entrySet()) {
            if (count.getValue() > most) {
                width = count.getKey();
                most = count.getValue();
            }
        }
        return width >= MIN_GRID_FIELDS && most >= GRID_SHARE * filled;
    }

    private static boolean isLabel(String field, Vocabulary vocabulary) {
        String text = field.strip();
        return !text.isEmpty() && text.length() <= LABEL_CHARS && (FormGrammar.startsFormOrList(text, vocabulary)
                || FormGrammar.opensFormPart(text, vocabulary) || FormGrammar.opensHeaderField(text, vocabulary));
    }

    /** The line's first field when a comma ends it (its quotes taken off), or null: no comma, a tab, an open quote. */
    static String firstField(String line) {
        if (line.startsWith("\"")) {
            int close = line.indexOf('"', 1);
            while (close > 0 && close + 1 < line.length() && line.charAt(close + 1) == '"') {
                close = line.indexOf('"', close + 2);
            }
            return close > 0 && close + 1 < line.length() && line.charAt(close + 1) == ','
                    ? line.substring(1, close).replace("\"\"", "\"") : null;
        }
        int comma = line.indexOf(',');
        return comma <= 0 || line.lastIndexOf('\t', comma) >= 0 ? null : line.substring(0, comma);
    }

    static Document read(String file, DecodedText text, Vocabulary vocabulary) {
        CsvRecords parsed = CsvRecords.parse(text.lines());
        List<GridRow> rows = new ArrayList<>(parsed.records().size());
        for (CsvRecords.Record record : parsed.records()) {
            rows.add(row(file, record.number(), record.fields()));
        }
        ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
        if (parsed.unclosedAt() > 0) {
            log.report(0, SourceLocation.ofLine(file, parsed.unclosedAt()), text.lines().get(parsed.unclosedAt() - 1).text().strip(),
                    "引号未闭合：此行起每行按一条记录读取，引号照原样保留 — a quoted field opened on this line is never closed: from"
                            + " here on each line is read as one record, its quotes kept as printed");
        }
        for (int line : parsed.strays()) {
            log.report(0, SourceLocation.ofLine(file, line), text.lines().get(line - 1).text().strip(),
                    "引号未在本格内闭合：其后一行自成一条完整记录（或引号跨越过多行），此引号不计，其后各行照常读取 — a quote"
                            + " opening a field on this line runs on into a line that reads as a whole record (or past "
                            + CsvRecords.MAX_QUOTED_LINES + " lines): a stray quote, this line read without it and the records"
                            + " after it read as they are");
        }
        for (int number : text.damagedLines()) {
            String line = text.lines().get(number - 1).text();
            log.report(0, SourceLocation.ofLine(file, number), line.strip(), DecodedText.damage(line, text.charset()));
        }
        text.withheldLines().forEach((number, reason) -> log.report(0, SourceLocation.ofLine(file, number), "", reason));
        return FormGrammar.read(file, NAME, List.of(TabbedLayout.repaired(rows, log, vocabulary)), log, vocabulary);
    }

    /** A record as a grid row numbered by the record; each field a cell (its line breaks joined as a cell's lines are). */
    private static GridRow row(String file, int record, List<String> fields) {
        List<GridCell> cells = new ArrayList<>(fields.size());
        for (int c = 0; c < fields.size(); c++) {
            cells.add(new GridCell(CellText.join(fields.get(c)), SourceLocation.ofCell(file, null, column(c) + record)));
        }
        return GridRow.ofCells(record, cells, fields.size() > 1);
    }

    /** The spreadsheet's name of column {@code index} (0 → A, 26 → AA). */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
