package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vertical 一级 cell OCR read column by column (real form 19: 出标产指 for 产出指标) is read as the label
 * where its characters are exactly one label's and a 二级 label follows; anything less certain is left.
 */
class ScrambledLabelsTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());

    @Test
    void aLabelReadOutOfOrderBeforeALevel2LabelIsRead() {
        ProblemLog log = new ProblemLog("19.txt");
        assertEquals("得分产出指标数量指标补贴渔船数6620", repaired("得分出标产指数量指标补贴渔船数6620", log));
        assertEquals(1, log.notes().size());
        assertTrue(log.notes().get(0).reason().contains("'出标产指' 读作 '产出指标'"), log.notes().toString());
    }

    @Test
    void traditionalCharactersAreComparedFolded() {
        assertEquals("得分产出指标數量指標补贴渔船数", repaired("得分出標產指數量指標补贴渔船数", new ProblemLog("19.txt")));
    }

    @Test
    void whatIsNotCertainIsLeftAsPrinted() {
        String printedRight = "得分产出指标数量指标补贴渔船数";
        assertEquals(printedRight, repaired(printedRight, new ProblemLog("f")), "a label printed right");
        String noLevel2After = "得分出标产指补贴渔船数量6620";
        assertEquals(noLevel2After, repaired(noLevel2After, new ProblemLog("f")), "no 二级 label follows: any four characters");
        String oneMore = "得分出标产指X数量指标补贴渔船数";
        assertEquals(oneMore, repaired(oneMore, new ProblemLog("f")), "not the label's characters alone");
    }

    /**
     * Characters that spell a 一级 label out of order only because a 二级 label printed in order starts among them
     * (held-out h23: 产出指标产出数量, 达成预期指标产出质量: 指标产出 + 质量) are that 二级 label's head, not a scrambled 一级.
     */
    @Test
    void theHeadOfALevel2LabelPrintedInOrderIsNoScrambledLabel() {
        for (String text : List.of("原因及改进措施产出指标产出数量灭火设备配备率", "5个达成预期指标产出质量森林火灾火因查明率",
                "5個達成預期指標產出質量森林火災")) {
            ProblemLog log = new ProblemLog("h23.txt");
            assertEquals(text, repaired(text, log));
            assertEquals(List.of(), log.notes());
        }
    }

    private static String repaired(String text, ProblemLog log) {
        List<Cell> cells = List.of(new Cell(text, null, 1, -1, Cell.Gap.ROW));
        return ScrambledLabels.repair(cells, LEX, log).get(0).text();
    }
}
