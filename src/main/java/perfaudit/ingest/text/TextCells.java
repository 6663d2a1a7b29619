package perfaudit.ingest.text;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Cell.Gap;
import perfaudit.ingest.grammar.text.Words;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as cells for the form grammar. Four ways a table reaches a reader as text are four
 * tokenisations of one grid: tab-separated rows (the grid is kept: each cell has its column), "|"
 * rows and "cell |" lines (cells end at a "|"; a line of "|||", or a row of cells opened and closed by a
 * "|", ends a row), and everything else — PDF lines, one cell per line, space-separated rows, a whole
 * form on one line — split at white space, each cell knowing whether a space, a line break or blank
 * lines came before it.
 */
public final class TextCells {

    /** How the text arrived. */
    public enum Serialisation { TABBED, PIPE, FLOW }

    private TextCells() {
    }

    public static Serialisation detect(List<TextLine> lines, perfaudit.ingest.grammar.vocabulary.Vocabulary vocabulary) {
        int pipes = 0;
        int filled = 0;
        for (TextLine line : lines) {
            String text = line.text();
            if (TextLine.isBlank(text)) {
                continue;
            }
            filled++;
            if (text.indexOf('|') >= 0 || text.indexOf('丨') >= 0 && OCR_RULING.matcher(text).find()) {
                pipes++;
            }
        }
        if (TabbedLayout.recognises(lines, vocabulary)) {
            return Serialisation.TABBED;
        }
        return filled > 0 && pipes * 3 >= filled ? Serialisation.PIPE : Serialisation.FLOW;
    }

    /**
     * A run of three or more spaces inside a "|" cell: a column gap, as OCR tools print a table whose rulings they
     * read only here and there ("总分          100          97.5", "[221]黄岭县乡村振兴局      实施单位 …"). The
     * pieces are cells of their own: a cell's key drops white space, so kept together they would read as one
     * figure (10097.5) or one name. Words inside a cell are set one space apart (two at most, before a unit).
     */
    private static final java.util.regex.Pattern COLUMN_GAP = java.util.regex.Pattern.compile("[ \\t\u3000]{3,}");

    /**
     * The cell without a quote mark at its edge that nothing in it pairs: an OCR tool reads the stroke of a table's
     * ruling as “ or ” beside the "|" it reads for it ("项目名称 “|黄岭镇…", "3.6公里“|20"). A quote that opens or closes a
     * quotation in the cell (“十四五”规划) is kept, as is any quote inside the text.
     */
    static String withoutStrayQuotes(String cell) {
        String out = cell;
        while (!out.isEmpty() && isQuote(out.charAt(0)) && !paired(out, out.charAt(0))) {
            out = out.substring(1).strip();
        }
        while (!out.isEmpty() && isQuote(out.charAt(out.length() - 1)) && !paired(out, out.charAt(out.length() - 1))) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    private static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '"';
    }

    /** Whether the quote mark {@code q} has a partner in the cell: “ a ”, or a second ". */
    private static boolean paired(String cell, char q) {
        return switch (q) {
            case '“' -> cell.indexOf('”') >= 0;
            case '”' -> cell.indexOf('“') >= 0;
            default -> cell.indexOf('"') != cell.lastIndexOf('"');
        };
    }

    /**
     * A table's ruling OCR read as the character 丨 or the letter I, standing alone between spaces (or at the line's
     * edge, for 丨): in a "|" text it is a "|" ("名称 丨 农村饮水…", "水质达标率 I ≥95% I 91.5%"). Glued to a word it is
     * that word's (丨 is also a radical; I in a code or an English name).
     */
    private static final java.util.regex.Pattern OCR_RULING =
            java.util.regex.Pattern.compile("(?:(?<=^|[ \t　])丨(?=[ \t　]|$))|(?:(?<=[ \t　])I(?=[ \t　]))");

    /** The line with each ruling read as 丨 or I (see {@link #OCR_RULING}) as a "|". */
    static List<TextLine> withRulingsAsBars(List<TextLine> lines) {
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.text();
            if (text.indexOf('丨') < 0 && text.indexOf('I') < 0) {
                continue;
            }
            String barred = OCR_RULING.matcher(text).replaceAll("|");
            if (!barred.equals(text)) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, new TextLine(line.number(), barred));
            }
        }
        return out == null ? lines : out;
    }

    /** "|"-separated cells: a "|" ends a cell; a leading "|" or a line of "||…" marks a row boundary. */
    public static List<Cell> pipe(String file, List<TextLine> rawLines) {
        List<TextLine> lines = withRulingsAsBars(rawLines);
        List<Cell> cells = new ArrayList<>();
        boolean noOuterBars = withoutOuterBars(lines);
        Gap next = Gap.ROW;
        Cell closingEmpty = null;
        for (TextLine line : lines) {
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            SourceLocation at = SourceLocation.ofLine(file, line.number());
            String stripped = text.strip();
            if (stripped.chars().allMatch(c -> c == '|' || Character.isWhitespace(c))) {
                // "|" alone is one empty cell; "|||" pads the end of a row
                if (stripped.length() == 1) {
                    cells.add(new Cell("", at, line.number(), -1, Gap.CELL));
                }
                next = Gap.ROW;
                closingEmpty = null;
                continue;
            }
            boolean leading = stripped.startsWith("|");
            // a table printed without outer bars opens a row with an empty first cell as "| …": that cell is kept
            String body = leading && !noOuterBars ? stripped.substring(1) : stripped;
            Gap gap = leading ? Gap.ROW : next;
            String[] parts = cellsOf(body);
            int last = parts.length;
            // trailing empty parts: the row's padding (or the cell's closing "|")
            while (last > 0 && parts[last - 1].isBlank()) {
                last--;
            }
            int pieces = 0;
            for (int i = 0; i < last; i++) {
                Gap before = i == 0 ? gap : Gap.CELL;
                for (String piece : COLUMN_GAP.split(parts[i].strip(), -1)) {
                    cells.add(Cell.ofRuledText(withoutStrayQuotes(piece), at, line.number(), before));
                    before = Gap.CELL;
                    pieces++;
                }
            }
            boolean padded = parts.length - last >= 3;
            boolean closed = closedRow(stripped, last);
            // a row of cells not closed by "|" is a whole row printed without outer bars; a line closed by "|" may be
            // one cell of a "cell |" per line text, and the next line goes on with its row
            // so is a line without a bar whose column gaps part three cells or more (OCR text that read no ruling on it)
            boolean unclosedRow = (parts.length >= 2 || pieces >= 3) && !stripped.endsWith("|");
            next = padded || closed || unclosedRow ? Gap.ROW : Gap.CELL;
            closingEmpty = closed && parts.length - last == 2 ? new Cell("", at, line.number(), -1, Gap.CELL) : null;
        }
        if (closingEmpty != null) {
            // the text's last line closes its row with an empty cell ("| … | 10 | |", an empty 复核分): the row is
            // printed whole, its empty cell is kept so that it is not taken for a row the text was cut in
            cells.add(closingEmpty);
        }
        return cells;
    }

    /**
     * The line's cells split at its bars; a bar written {@code \\|} (Markdown's escape, as converters write a bar
     * inside a cell) is the cell's own text, not a separator.
     */
    private static String[] cellsOf(String body) {
        if (body.indexOf('\\') < 0) {
            return body.split("\\|", -1);
        }
        String[] parts = body.split("(?<!\\\\)\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace("\\|", "|");
        }
        return parts;
    }

    /**
     * A line of two or more cells that opens and closes with a "|" ("| 0 | 20 | 95% |") is a whole table row: the
     * next line starts the next row. A line of one cell ("cell |", "| 100% |": one cell per line) and a line closed but not opened by a
     * bar ("a | b |") go on into the next line; a line of cells closed by none ("a | b | c") is a row of its own.
     */
    private static boolean closedRow(String stripped, int cells) {
        return cells >= 2 && stripped.length() > 1 && stripped.startsWith("|") && stripped.endsWith("|");
    }

    /**
     * Whether the text prints its rows without outer bars: no line of cells ends in "|" and some open without one.
     * Then a line that opens with "|" has an empty first cell (a merged 绩效指标 / 一级指标 cell), not a leading bar.
     */
    private static boolean withoutOuterBars(List<TextLine> lines) {
        boolean openWithout = false;
        for (TextLine line : lines) {
            String stripped = line.text().strip();
            if (stripped.indexOf('|') < 0 || stripped.chars().allMatch(c -> c == '|' || Character.isWhitespace(c))) {
                continue;
            }
            if (stripped.endsWith("|")) {
                return false;
            }
            openWithout |= !stripped.startsWith("|");
        }
        return openWithout;
    }

    /** The lines with those of bare "|" blanked. */
    public static List<TextLine> withoutBarePipes(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            boolean bare = !line.isBlank() && line.text().chars().allMatch(c -> c == '|' || Character.isWhitespace(c));
            out.add(bare ? new TextLine(line.number(), "") : line);
        }
        return out;
    }

    /** Lines split at white space, each cell knowing what came before it. */
    public static List<Cell> flow(String file, List<TextLine> lines) {
        return flow(lines, number -> SourceLocation.ofLine(file, number));
    }

    /** As {@link #flow(String, List)}, the lines located by {@code locator} (a PDF page's lines: p2!L14). */
    public static List<Cell> flow(List<TextLine> lines, java.util.function.IntFunction<SourceLocation> locator) {
        List<Cell> cells = new ArrayList<>();
        int blanks = 0;
        List<TextLine> printedEmpty = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.isBlank()) {
                blanks++;
                if (!line.text().isEmpty()) {
                    printedEmpty.add(line);
                }
                continue;
            }
            Gap gap = cells.isEmpty() ? Gap.ROW : blanks >= 2 ? Gap.BREAK : blanks == 1 ? Gap.BLANK : Gap.LINE;
            blanks = 0;
            printedEmpty.clear();
            SourceLocation at = locator.apply(line.number());
            for (String part : Words.of(line.text())) {
                cells.add(new Cell(part, at, line.number(), -1, gap));
                gap = Gap.SPACE;
            }
        }
        if (!cells.isEmpty()) {
            // lines holding only white space after the last text (one cell per line, empty cells printed as " "):
            // the last row's cells were printed empty. Kept as empty cells, as a "|" alone is in "|" text, so
            // that row is not taken for one the text was cut in. Elsewhere the next row's labels tell.
            for (TextLine line : printedEmpty) {
                cells.add(new Cell("", locator.apply(line.number()), line.number(), -1, Gap.CELL));
            }
        }
        return cells;
    }
}
