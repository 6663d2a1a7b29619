package perfaudit.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reader's reason lands with its Chinese half after the Chinese words and its English half after the English. */
class ParseProblemsTest {

    private static final String TAIL = " — input could not be read as expected";

    @Test
    void aChineseFirstReasonKeepsItsOrder() {
        assertEquals("无法按预期读取：指标表中的这一行没有分列" + TAIL + ": line inside the 绩效指标 table has no cells",
                ParseProblems.message("指标表中的这一行没有分列 — line inside the 绩效指标 table has no cells"));
    }

    @Test
    void anEnglishFirstReasonIsTurnedRound() {
        // the English half quotes Chinese terms (全年执行数) and the Chinese half an ASCII figure: the shares decide
        assertEquals("无法按预期读取：全年执行数 'O' 不是数字" + TAIL + ": 全年执行数: not a number: 'O'",
                ParseProblems.message("全年执行数: not a number: 'O' — 全年执行数 'O' 不是数字"));
    }

    @Test
    void aReasonInOneLanguageStandsBetweenBoth() {
        assertEquals("无法按预期读取：form title with no form after it" + TAIL,
                ParseProblems.message("form title with no form after it"));
    }
}
