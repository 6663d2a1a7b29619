package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.text.TextCells;
import perfaudit.ingest.text.TextLine;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text with one cell per line prints an empty cell as a line of white space. At the end of the text
 * nothing else says where the last row ended, so those lines are kept as empty cells: a last row whose
 * 实际完成值 was printed empty is whole (its empty actual is reported), where a text that simply stops
 * inside its last row is cut there.
 */
class PrintedEmptyCellsTest {

    private static final Path CPRIME = Path.of("fixtures/families/Cprime-defects.txt");

    @Test
    void linesOfWhiteSpaceAfterTheLastTextAreEmptyCells() {
        List<Cell> cells = TextCells.flow("f.txt", lines("服务对象满意度", "", "≥90%", "", " ", "", "\u3000", ""));
        assertEquals(4, cells.size());
        assertEquals("", cells.get(2).text());
        assertEquals(Cell.Gap.CELL, cells.get(2).gap());
        assertEquals(Cell.Gap.CELL, cells.get(3).gap());
    }

    @Test
    void emptyLinesAndWhiteSpaceBeforeMoreTextAreNoCells() {
        assertEquals(2, TextCells.flow("f.txt", lines("服务对象满意度", "", "≥90%", "", "")).size());
        // inside the text the next row's labels tell where a row ends: white space there stays a gap
        List<Cell> cells = TextCells.flow("f.txt", lines("≥90%", " ", "", "满意度指标"));
        assertEquals(2, cells.size());
        assertEquals(Cell.Gap.BREAK, cells.get(1).gap());
    }

    @Test
    void aLastRowPrintedWithAnEmptyActualIsWholeAndItsActualIsMissing() throws Exception {
        String text = Files.readString(CPRIME, StandardCharsets.UTF_8);
        assertTrue(text.stripTrailing().endsWith("≥90%") && !text.endsWith("≥90%\n"), "the fixture's last row moved");
        Indicator last = lastIndicator(text);
        assertFalse(last.truncated());
        assertEquals("≥90%", last.target().raw());
        assertNull(last.actual());
    }

    @Test
    void aTextThatStopsAfterTheLastTargetIsCutThere() throws Exception {
        String text = Files.readString(CPRIME, StandardCharsets.UTF_8).stripTrailing() + "\n";
        assertTrue(lastIndicator(text).truncated());
    }

    private static Indicator lastIndicator(String text) {
        Document document = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "Cprime.txt", Limits.DEFAULT);
        List<Indicator> indicators = document.forms().get(0).indicators();
        return indicators.get(indicators.size() - 1);
    }

    private static List<TextLine> lines(String... texts) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new TextLine(i + 1, texts[i]));
        }
        return lines;
    }
}
