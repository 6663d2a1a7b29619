package perfaudit.ingest.grammar.indicators.levels;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Indicator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A short 二级 spelling (时效, 成本) where glued rows stopped is the 二级 label only where the position leaves no other
 * reading; a 三级 name headed by such a word (时效性, 成本控制率, 成本每年财政补助) is never cut.
 */
class ShortLevel2Test {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());
    private static final String BEFORE = "保证财政建设补助专款专用专款专用专款专用10";

    private static String at(String after, String level1, String level2, List<Indicator> rows) {
        String text = LabelIndex.key(BEFORE + after);
        Vocabulary.Level2 level = ShortLevel2.at(text, LabelIndex.key(BEFORE).length(), LEX, level1, level2, rows);
        return level == null ? null : level.name();
    }

    private static Indicator row(String level1, String level2) {
        return new Indicator(null, level1, level1, null, level2, level2, "某指标", null, null, null, null, null, false,
                null, null, false, null);
    }

    @Test
    void aShortSpellingBeforeAFigureOfAnUnreadSecondLevelIsItsLabel() {
        // h07: …专款专用10时效1年1年1年10 under 质量指标
        assertEquals("时效指标", at("时效1年1年1年10", "产出指标", "质量指标", List.of()));
    }

    @Test
    void aThirdLevelNameHeadedByTheWordIsNeverCut() {
        assertNull(at("时效性95%95%10", "产出指标", "质量指标", List.of()));
        assertNull(at("成本控制率95%95%10", "产出指标", "质量指标", List.of()));
        assertNull(at("成本每年财政补助1000万元1000万元1000万元10", "产出指标", "质量指标", List.of()));
    }

    @Test
    void onlyANewSecondLevelOfTheFirstLevelInForceAfterAWholeRow() {
        // the 二级 in force, one read before under this 一级, one of another 一级, or at the text's start (no row yet)
        assertNull(at("时效1年1年1年10", "产出指标", "时效指标", List.of()));
        assertNull(at("时效1年1年1年10", "产出指标", "质量指标", List.of(row("产出指标", "时效指标"), row("产出指标", "质量指标"))));
        assertNull(at("时效1年1年1年10", "效益指标", "经济效益指标", List.of()));
        assertNull(ShortLevel2.at(LabelIndex.key("时效1年1年1年10"), 0, LEX, "产出指标", "质量指标", List.of()));
        // a long spelling is cut by the glued text itself, not here
        assertNull(at("时效指标1年1年1年10", "产出指标", "质量指标", List.of()));
    }
}
