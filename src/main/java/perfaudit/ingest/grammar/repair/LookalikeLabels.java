package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A label an OCR engine spelt with a look-alike character (末完成原因和改进措施, 填报曰期; the vocabulary's
 * {@code ocrLookalikes}): where the cell, with those characters read as the ones they stand for, starts with a label of
 * the vocabulary longer than any its printed text starts with, and the changed characters lie inside that label, the
 * label is read so; a cell that is then wholly a qualitative actual (己完成) likewise. Each correction is noted. Words
 * that hold a look-alike rightly (年末, 自己) spell no label so changed and are left as printed.
 */
public final class LookalikeLabels {

    private LookalikeLabels() {
    }

    public static List<Cell> repair(List<Cell> cells, Lexicon lex, ProblemLog log) {
        Map<Character, Character> table = lex.vocabulary.ocrLookalikes();
        if (table == null || table.isEmpty()) {
            return cells;
        }
        List<Cell> out = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String fixed = fix(cell, table, lex);
            if (fixed == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(cells);
            }
            out.set(i, new Cell(fixed, cell.location(), cell.row(), cell.column(), cell.gap()));
            log.note(cell.row(), cell.location(), cell.text(), "识别错误已更正：'" + cell.text().strip() + "' 读作 '" + fixed.strip()
                    + "' — OCR misreading corrected (a look-alike character): '" + cell.text().strip() + "' read as '" + fixed.strip() + "'");
        }
        return out == null ? cells : out;
    }

    /** The cell's text with the look-alikes inside a label read right, or null when no label is so spelt. */
    static String fix(Cell cell, Map<Character, Character> table, Lexicon lex) {
        String key = cell.key();
        int first = firstLookalike(key, table);
        if (first < 0) {
            return null;
        }
        String read = replaced(key, table, key.length());
        int end = labelEnd(read, lex);
        if (end > first && end > labelEnd(key, lex)) {
            String printed = cell.textOf(0, end);
            int head = cell.text().indexOf(printed) + printed.length();
            return replaced(cell.text(), table, head);
        }
        if (lex.qualitativeActualSet.contains(read) && !lex.qualitativeActualSet.contains(key)) {
            return replaced(cell.text(), table, cell.text().length());
        }
        return null;
    }

    private static int firstLookalike(String key, Map<Character, Character> table) {
        for (int i = 0; i < key.length(); i++) {
            if (table.containsKey(key.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String replaced(String text, Map<Character, Character> table, int end) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            Character meant = table.get(out.charAt(i));
            if (meant != null) {
                out.setCharAt(i, meant);
            }
        }
        return out.toString();
    }

    /** The end of the longest column, field or section label the key starts with; 0 when none. */
    private static int labelEnd(String key, Lexicon lex) {
        int end = 0;
        for (LabelIndex<?> index : List.of(lex.header, lex.fundColumn, lex.fundRow, lex.goal, lex.indicatorColumn, lex.structural)) {
            LabelIndex.Match<?> match = index.longestAt(key, 0);
            if (match != null) {
                end = Math.max(end, match.end());
            }
        }
        return end;
    }
}
