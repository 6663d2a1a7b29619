package perfaudit.ingest.text;

import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * Two rows of a tabbed table on one line: the line break between them was lost, and with it the leading empty cells
 * (the merged 一级 / 绩效指标 columns) of the second row that the break stood for ("… | 93% | | 时效指标 | 维修养护完成时间
 * | …"). The line is wider than its section. Where its first {@code width} cells are a row whose cell at some column is
 * an 一级 / 二级 label, and the rest of the line, set flush right under the section's columns, puts its first filled
 * cell, a label of the same level, in that same column, the line is those two rows (the second padded with the empty
 * cells it lost). Anything else is left as printed, and reported as before.
 */
final class RunTogetherRows {

    private RunTogetherRows() {
    }

    /** The line as its two rows, or null where it does not part so. */
    static List<GridRow> parted(GridRow line, int width, Vocabulary vocabulary) {
        List<GridCell> cells = line.cells();
        int rest = cells.size() - width;
        if (rest < 2 || rest >= width) {
            return null;
        }
        List<GridCell> second = cells.subList(width, cells.size());
        int firstFilled = 0;
        while (firstFilled < rest && second.get(firstFilled).isBlank()) {
            firstFilled++;
        }
        if (firstFilled == rest) {
            return null;
        }
        int pad = width - rest;
        int column = pad + firstFilled;
        Lexicon lex = Lexicon.of(vocabulary);
        String level = levelOf(second.get(firstFilled).text(), lex);
        if (level == null || !level.equals(levelOf(cells.get(column).text(), lex))) {
            return null;
        }
        List<GridCell> padded = new ArrayList<>(width);
        for (int k = 0; k < pad; k++) {
            padded.add(new GridCell("", second.get(0).location()));
        }
        padded.addAll(second);
        return List.of(GridRow.ofCells(line.number(), cells.subList(0, width), true),
                GridRow.ofCells(line.number(), padded, true));
    }

    /** "1" for an 一级 label, "2" for a 二级 label of the vocabulary, else null. */
    private static String levelOf(String text, Lexicon lex) {
        String key = LabelIndex.key(text);
        if (key.isEmpty()) {
            return null;
        }
        return lex.level2.exact(key) != null ? "2" : lex.level1.exact(key) != null ? "1" : null;
    }
}
