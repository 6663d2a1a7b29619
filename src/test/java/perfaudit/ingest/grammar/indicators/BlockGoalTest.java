package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.model.Form;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Family E prints its goal after the block label (年度绩效目标1 (80分) | its text), no 年度总体目标 and no achievement
 * of it: the text is the form's 预期目标 where it is plainly one, and nothing where it may run on.
 */
class BlockGoalTest {

    private static final Path F03 = Path.of("src/test/resources/perfaudit/blind/f03-baiyan-lunzuo-familyE-ocr-2021.txt");
    private static final String GOAL = "完成耕地轮作1.2万亩、休耕0.3万亩，项目区亩均节本增效5O元以上。";

    @Test
    void theBlocksTextIsTheGoalWithNoAchievementPrinted() throws IOException {
        Form form = perfaudit.Fixtures.readWith(F03, GOAL, GOAL, "f03.txt").forms().get(0);
        assertEquals(GOAL, form.goal().expected());
        assertNull(form.goal().actual());
        assertTrue(form.template().lacks().contains("goalActual"), form.template().lacks().toString());
    }

    /** A text going on to a line that no label begins may have more after it: not read as the goal. */
    @Test
    void aTextRunningOnToTheNextLineIsNoGoal() throws IOException {
        Form form = perfaudit.Fixtures.readWith(F03, GOAL + "\n", GOAL + "\n并通过验收。\n", "f03.txt").forms().get(0);
        assertTrue(form.goal() == null || form.goal().expected() == null, String.valueOf(form.goal()));
    }

    /** A block label stating no points is a heading (年度绩效目标 | 完成情况), its text no goal. */
    @Test
    void aLabelWithoutPointsGivesNoGoal() throws IOException {
        Form form = perfaudit.Fixtures.readWith(F03, "年度绩效目标1 (8O分) ", "年度绩效目标1 ", "f03.txt").forms().get(0);
        assertTrue(form.goal() == null || form.goal().expected() == null, String.valueOf(form.goal()));
    }
}
