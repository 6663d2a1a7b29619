package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The title marks: characters of which every title holds one, so that a cell holding none is not searched for a
 * title at each of its positions. A single character common to all titles (表) stopped existing once the vocabulary
 * named …自评报告 and …自评清单 titles, and with it the shortcut: every cell of every form was searched.
 */
class TitleMarksTest {

    @Test
    void everyTitleOfTheShippedVocabularyHoldsAMarkAndCommonCellsHoldNone() {
        Vocabulary vocabulary = Vocabulary.standard();
        Lexicon lex = Lexicon.of(vocabulary);
        for (Vocabulary.Family family : vocabulary.families()) {
            for (String title : family.titles()) {
                assertTrue(lex.mayHoldTitle(LabelIndex.key(title), 0), title);
            }
        }
        for (String cell : List.of("实施单位", "年度资金总额", "产出指标", "服务对象满意度", "97.00%", "项目名称")) {
            assertFalse(lex.mayHoldTitle(cell, 0), cell);
        }
        // from a position on: the mark before it does not count
        assertTrue(lex.mayHoldTitle("项目支出绩效自评表", 3));
        assertFalse(lex.mayHoldTitle("自评表实施单位", 3));
    }

    @Test
    void marksAreFoundGreedilyAndNoneWhenATitleIsEmpty() {
        // the character most titles hold, the last of the first title's on a tie: 表 closes them
        assertArrayEquals(new char[] {'表'}, Lexicon.marks(List.of("项目支出绩效自评表", "绩效目标自评表")));
        List<String> mixed = List.of("项目支出绩效自评表", "项目绩效评价自评报告", "转移支付绩效目标表", "项目支出绩效自评清单");
        char[] marks = Lexicon.marks(mixed);
        for (String title : mixed) {
            assertTrue(new String(marks).chars().anyMatch(mark -> title.indexOf(mark) >= 0), title);
        }
        assertNull(Lexicon.marks(List.of("项目支出绩效自评表", "")));
    }
}
