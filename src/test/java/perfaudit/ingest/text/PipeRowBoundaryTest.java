package perfaudit.ingest.text;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Cell.Gap;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a "|" row ends. A line of two or more cells opened and closed by a bar is a whole row, and so is a line of
 * cells closed by none ("a | b | c", "| a | b": a table printed without outer bars); a line closed by a bar but not
 * opened by one ("cell |", "a | b |") goes on into the next line, and so does a one-cell line "| 100% |" (one cell per
 * line).
 */
class PipeRowBoundaryTest {

    /** Each cell as text, with "/" before a cell that starts a row. */
    private static String cells(String... lines) {
        List<TextLine> text = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            text.add(new TextLine(i + 1, lines[i]));
        }
        List<String> out = new ArrayList<>();
        for (Cell cell : TextCells.pipe("t.txt", text)) {
            out.add((cell.gap() == Gap.ROW ? "/" : "") + cell.text());
        }
        return String.join(" ", out);
    }

    @Test
    void aLineOpenedAndClosedByABarEndsItsRow() {
        assertEquals("/0 20 95% /一级指标 二级指标", cells("| 0 | 20 | 95% |", "一级指标 | 二级指标 |"));
    }

    @Test
    void linesClosedButNotOpenedGoOn() {
        assertEquals("/a b c d", cells("a | b |", "c | d"));
        assertEquals("/100% 名称", cells("| 100% |", "名称 |"));
    }

    @Test
    void linesClosedByNoBarAreRowsOfTheirOwn() {
        assertEquals("/a b c /d e", cells("a | b | c", "d | e"));
        assertEquals("/a b /c", cells("| a | b", "c"));
    }

    /** Only the text's last row keeps the empty cell before its closing bar (an empty 复核分): it is printed whole. */
    @Test
    void theLastClosedRowKeepsItsEmptyCell() {
        assertEquals("/a 1 /b 2 ", cells("| a | 1 | |", "| b | 2 | |"));
        assertEquals("/a 1 /b 2", cells("| a | 1 | |", "| b | 2 |"));
    }
}
