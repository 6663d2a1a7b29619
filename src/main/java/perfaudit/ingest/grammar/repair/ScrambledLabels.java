package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.text.Anagrams;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;

/**
 * An 一级 label OCR read out of order: the label stands vertically in a tall merged cell, and a scan
 * read its characters column by column (出标产指 for 产出指标). In glued text such a label is told by
 * what follows it, a 二级 label (数量指标, 满意度指标), and by its characters, exactly those of one 一级
 * label in another order. It is read as that label, and noted; anything else is left as printed.
 */
public final class ScrambledLabels {

    /** Shorter labels (产出, 效益) are the anagram of too many pairs of characters to tell. */
    private static final int MIN_LENGTH = 4;

    private ScrambledLabels() {
    }

    public static List<Cell> repair(List<Cell> cells, Lexicon lex, ProblemLog log) {
        List<String> labels = null;
        List<Cell> out = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.key().length() < 2 * MIN_LENGTH) {
                continue;
            }
            labels = labels == null ? level1Spellings(lex) : labels;
            String fixed = repaired(cell, labels, lex, log);
            if (fixed != null) {
                out = out == null ? new ArrayList<>(cells) : out;
                out.set(i, new Cell(fixed, cell.location(), cell.row(), cell.column(), cell.gap()));
            }
        }
        return out == null ? cells : out;
    }

    /** The cell's text with each scrambled 一级 label before a 二级 label put right, or null when there is none. */
    private static String repaired(Cell cell, List<String> labels, Lexicon lex, ProblemLog log) {
        String key = cell.key();
        StringBuilder fixed = null;
        int copied = 0; // key characters whose text is in fixed
        for (int at = MIN_LENGTH; at < key.length(); at++) {
            if (lex.level2.longestAt(key, at) == null) {
                continue;
            }
            String label = unscrambled(key, at, labels, lex);
            int start = label == null ? -1 : at - label.length();
            if (label == null || start < copied || level2Across(key, start, at, lex)) {
                continue;
            }
            String printed = cell.textOf(start, at); // as printed: traditional characters, a space, fold to the key
            fixed = fixed == null ? new StringBuilder() : fixed;
            fixed.append(cell.textOf(copied, start)).append(label);
            copied = at;
            log.note(cell.row(), cell.location(), printed, "识别错误的一级指标已更正：'" + printed + "' 读作 '" + label
                    + "'（竖排单元格的字序被打乱） — OCR'd 一级 label corrected: '" + printed + "' read as '" + label
                    + "' (the characters of exactly one 一级 label in another order, as a scan reads a vertical cell,"
                    + " and a 二级 label follows)");
        }
        return fixed == null ? null : fixed.append(cell.textOf(copied, key.length())).toString();
    }

    /**
     * A 二级 label printed in order that starts inside [start, end) and runs past {@code end}: the window's tail
     * is the head of that label (达成预期指标|产出质量, 产出指标|产出数量: 指标产出 is no scrambled 产出指标), so its
     * characters are no 一级 label's.
     */
    private static boolean level2Across(String key, int start, int end, Lexicon lex) {
        for (int p = start + 1; p < end; p++) {
            LabelIndex.Match<?> label = lex.level2.longestAt(key, p);
            if (label != null && label.end() > end) {
                return true;
            }
        }
        return false;
    }

    /** The one 一级 label whose characters, in another order, end at {@code end}; null when none or several. */
    private static String unscrambled(String text, int end, List<String> labels, Lexicon lex) {
        String found = null;
        for (String label : labels) {
            int start = end - label.length();
            if (start < 0) {
                continue;
            }
            String window = text.substring(start, end);
            if (window.equals(label) || lex.level1.longestAt(text, start) != null) {
                return null; // printed right (or another spelling of a label): nothing to correct
            }
            if (Anagrams.sameCharacters(window, label)) {
                if (found != null && !found.equals(label)) {
                    return null; // two labels fit: not certain
                }
                found = label;
            }
        }
        return found;
    }


    /** The 一级 labels' spellings long enough to tell by their characters. */
    private static List<String> level1Spellings(Lexicon lex) {
        List<String> spellings = new ArrayList<>();
        lex.vocabulary.level1().values().forEach(list -> list.stream()
                .map(LabelIndex::spellingKey).filter(s -> s.length() >= MIN_LENGTH && !spellings.contains(s))
                .forEach(spellings::add));
        return spellings;
    }
}
