package perfaudit.ingest.grammar.goal;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * The goal's cells cut into texts by what the input marks: a cell edge, a "|" or tab, leader dots, a blank line, or
 * one space between two texts on a line (a flattened page prints the two cells side by side).
 */
final class GoalCells {

    private GoalCells() {
    }

    /** Whether the cells are on one text line: none after the first starts a line, a blank line or a page. */
    static boolean oneLine(List<Cell> filled) {
        return filled.stream().skip(1).allMatch(c -> c.gap() == Cell.Gap.SPACE || c.gap() == Cell.Gap.NONE);
    }

    /** The filled cells in runs parted by blank lines (several blank lines read as a break). */
    static List<List<Cell>> paragraphs(List<Cell> cells) {
        List<List<Cell>> paragraphs = new ArrayList<>();
        List<Cell> current = new ArrayList<>();
        for (Cell cell : cells) {
            if ((cell.isBlank() || cell.gap() == Cell.Gap.BLANK || cell.gap() == Cell.Gap.BREAK) && !current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            if (!cell.isBlank()) {
                current.add(cell);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /**
     * Texts split where the input marks a cell boundary: a "|" or tab, or a space between two texts
     * on one line (flattened pages put the two cells side by side).
     */
    static List<List<Cell>> marked(List<Cell> cells) {
        List<List<Cell>> texts = new ArrayList<>();
        List<Cell> current = new ArrayList<>();
        boolean anyMark = false;
        for (Cell cell : cells) {
            boolean filler = isFiller(cell);
            boolean boundary = filler || cell.gap() == Cell.Gap.CELL || cell.gap() == Cell.Gap.ROW;
            if (boundary && !current.isEmpty() && current.stream().anyMatch(c -> !c.isBlank())) {
                texts.add(current);
                current = new ArrayList<>();
                anyMark = true;
            }
            if (!cell.isBlank() && !filler) {
                current.add(cell);
            }
        }
        if (!current.isEmpty()) {
            texts.add(current);
        }
        if (anyMark) {
            return texts;
        }
        // one line holding both texts, a space between them
        boolean oneLine = cells.stream().skip(1).noneMatch(c -> c.gap() == Cell.Gap.LINE || c.gap() == Cell.Gap.BLANK);
        long spaces = cells.stream().skip(1).filter(c -> c.gap() == Cell.Gap.SPACE).count();
        if (oneLine && spaces == 1) {
            List<List<Cell>> pair = new ArrayList<>();
            int at = 1;
            while (cells.get(at).gap() != Cell.Gap.SPACE) {
                at++;
            }
            pair.add(cells.subList(0, at));
            pair.add(cells.subList(at, cells.size()));
            return pair;
        }
        return List.of(cells);
    }

    /**
     * A run of leader dots (….. or ·····) printed between the two texts: the filler of a cell's empty
     * space in a flattened page, so it parts the 预期目标 text from the 实际完成情况 text.
     */
    private static boolean isFiller(Cell cell) {
        String text = cell.text().strip();
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '…' && c != '·' && c != '。' && c != '_' && c != '．') {
                return false;
            }
        }
        return true;
    }

    static String join(List<Cell> cells) {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(Tokens.separator(cell.gap(), text.charAt(text.length() - 1), cell.text()));
            }
            text.append(cell.text().strip());
        }
        return text.isEmpty() ? null : text.toString();
    }
}
