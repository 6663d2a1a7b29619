package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.SourceLocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cell's key lines up with its printed text past a mirror site's pinyin glosses, which the key drops. */
class GlossedCellTest {

    private static Cell cell(String text) {
        return new Cell(text, SourceLocation.ofLine("g.txt", 1), 1, -1, Cell.Gap.ROW);
    }

    @Test
    void aBracketAfterAGlossIsTheTextsOwnBracket() {
        Cell cell = cell("產(chǎn)出指標(biāo)(40分)");
        assertEquals("产出指标(40分)", cell.key());
        // cut after 产出指标 (glued text cut at a label): the gloss stays with its character
        assertEquals("產(chǎn)出指標(biāo)", cell.textOf(0, 4));
        assertEquals("(40分)", cell.textOf(4, cell.key().length()));
    }

    @Test
    void aCellWithoutGlossesIsCutAsPrinted() {
        Cell cell = cell("產出指標(40分)");
        assertEquals("產出指標", cell.textOf(0, 4));
        assertEquals("(40分)", cell.textOf(4, cell.key().length()));
    }
}
