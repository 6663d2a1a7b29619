package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.header.FormTitles;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A whole form glued as text into one cell of a grid: a site's metadata table whose 内容概述 cell holds
 * the form's text run together (title, header fields, funds, indicator rows as flow text). A grid's
 * cells are never cut at labels (a cell is one label or one value), so such a cell is taken out of
 * its grid and read as glued text of its own, in a section of its own, keeping its location: the
 * findings point into the cell. Only a cell that opens as a form does (its title, or the 项目名称 label,
 * at its start) and goes on with the labels of at least two other parts of a form, in the vocabulary's
 * words, is taken so; any other cell, however long (a goal, a note naming the form), stays a cell.
 */
public final class FormInCell {

    /** The form's opening is looked for this far into the cell (a site's heading words may precede it). */
    private static final int OPENING_REACH = 60;
    /** A cell shorter than this (key characters) is one label or one value, not a form. */
    private static final int MIN_FORM_CHARS = 100;
    /** Parts of a form other than its opening a cell must name to be a form, not a cell mentioning one. */
    private static final int MIN_PARTS = 2;

    private enum Part { HEADER, FUNDS, GOAL, INDICATORS, TOTAL }

    private FormInCell() {
    }

    /**
     * {@code cells} of one grid section cut around its cells that hold a whole form: each such cell
     * becomes a section of its own, as text that lost its grid (column -1), the grid cells before and
     * after it sections of their own. A section without such a cell is returned as it is.
     */
    public static List<List<Cell>> split(List<Cell> cells, Lexicon lex) {
        List<List<Cell>> sections = new ArrayList<>();
        List<Cell> current = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.column() < 0 || !holdsForm(cell.key(), lex)) {
                current.add(cell);
                continue;
            }
            List<Cell> form = asText(rowBefore(current, cell.row()));
            form.add(new Cell(cell.text(), cell.location(), cell.row(), -1, form.isEmpty() ? Cell.Gap.ROW : Cell.Gap.CELL));
            if (!current.isEmpty()) {
                sections.add(current);
                current = new ArrayList<>();
            }
            sections.add(form);
        }
        if (sections.isEmpty()) {
            return List.of(cells);
        }
        if (!current.isEmpty()) {
            sections.add(current);
        }
        return sections;
    }

    /**
     * The cells of the form cell's own row before it, taken out of {@code grid}: the row's labels and the
     * title a site prints beside the form (信息名称 | …自评表 | 内容概述), read with the form as the text
     * reader reads the row, so a title announcing the form opens it rather than standing alone.
     */
    private static List<Cell> rowBefore(List<Cell> grid, int row) {
        int from = grid.size();
        while (from > 0 && grid.get(from - 1).row() == row) {
            from--;
        }
        List<Cell> before = new ArrayList<>(grid.subList(from, grid.size()));
        grid.subList(from, grid.size()).clear();
        return before;
    }

    /** Grid cells as cells of text that lost its grid, in their order, parted as a text table's cells are. */
    private static List<Cell> asText(List<Cell> cells) {
        List<Cell> text = new ArrayList<>();
        for (Cell cell : cells) {
            text.add(new Cell(cell.text(), cell.location(), cell.row(), -1, text.isEmpty() ? Cell.Gap.ROW : Cell.Gap.CELL));
        }
        return text;
    }

    /** Whether a cell's key is a form run together: a form's opening near its start, then other parts' labels. */
    static boolean holdsForm(String key, Lexicon lex) {
        if (key.length() < MIN_FORM_CHARS) {
            return false;
        }
        int opened = openingEnd(key, lex);
        return opened >= 0 && partsAfter(key, opened, lex).size() >= MIN_PARTS;
    }

    /**
     * Where the form's opening ends: a title standing as one (not quoted, not inside a sentence or a
     * bracket) within reach of the cell's start, or the 项目名称 label the cell starts with; -1 for none.
     */
    private static int openingEnd(String key, Lexicon lex) {
        LabelIndex.Match<Vocabulary.HeaderField> field = lex.header.longestAt(key, 0);
        if (field != null && field.value() == Vocabulary.HeaderField.PROJECT_NAME) {
            return field.end();
        }
        for (int at = 0; at < Math.min(key.length(), OPENING_REACH); at++) {
            LabelIndex.Match<Vocabulary.Family> title = lex.titles.longestAt(key, at);
            if (title == null) {
                continue;
            }
            boolean mention = FormTitles.runningText(title.value(), key, at, title.end()) || quoted(key, at);
            return mention ? -1 : title.end();
        }
        return -1;
    }

    /** A quote mark before the title: the cell names the document (《…自评表》), it does not print the form. */
    private static boolean quoted(String key, int at) {
        for (int k = 0; k < at; k++) {
            if ("\"“”《「『'".indexOf(key.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a form whose labels the key holds from {@code from} on, each label read whole once. */
    private static Set<Part> partsAfter(String key, int from, Lexicon lex) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        int at = from;
        while (at < key.length()) {
            int end = -1;
            Part longest = null;
            for (Part part : Part.values()) {
                int labelEnd = labelEnd(part, key, at, lex);
                if (labelEnd > Math.max(end, at)) {
                    end = labelEnd;
                    longest = part;
                }
            }
            if (longest == null) {
                at++;
                continue;
            }
            parts.add(longest);
            at = end;
        }
        return parts;
    }

    /** The end of the longest label of {@code part} at {@code at}, or -1. */
    private static int labelEnd(Part part, String key, int at, Lexicon lex) {
        return switch (part) {
            case HEADER -> end(lex.header.longestAt(key, at));
            case FUNDS -> Math.max(end(lex.fundAnchor.longestAt(key, at)),
                    Math.max(end(lex.fundColumn.longestAt(key, at)), end(lex.fundRow.longestAt(key, at))));
            case GOAL -> end(lex.goal.longestAt(key, at));
            case INDICATORS -> Math.max(Math.max(end(lex.indicatorAnchor.longestAt(key, at)),
                    end(lex.indicatorColumn.longestAt(key, at))), end(lex.level1.longestAt(key, at)));
            case TOTAL -> end(lex.total.longestAt(key, at));
        };
    }

    private static int end(LabelIndex.Match<?> match) {
        return match == null ? -1 : match.end();
    }
}
