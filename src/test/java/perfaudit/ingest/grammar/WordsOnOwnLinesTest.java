package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One cell per line, no 分值 column (family C′): a row of words only is never read as one name made of its name,
 * target and actual. Where its last two lines print the same words they are the target and the actual; otherwise
 * nothing tells a wrapped name from name / target / actual, and the row is refused with a parse problem.
 */
class WordsOnOwnLinesTest {

    private static final String FORM = """
            转移支付区域绩效目标自评表

            （2024年度）

            转移支付（项目）名称

            乡村道路养护补助

            中央主管部门

            交通运输部

            地方主管部门

            某县交通运输局

            资金使用单位

            某县公路事务中心

            资金投入情况（万元）

            全年预算数(A)

            全年执行数(B)

            预算执行率(B/A)

            年度资金总额

            300

            300

            100%%

            一级指标

            二级指标

            三级指标

            指标值

            全年实际完成值

            未完成原因和改进措施

            产出指标

            数量指标

            养护道路里程

            ≥50公里

            52公里

            效益指标

            社会效益指标

            群众出行条件

            %s

            %s

            满意度指标

            服务对象满意度指标

            沿线群众满意度

            ≥90%%

            95%%
            """;

    @Test
    void sameWordsTwiceAreTargetAndActual() {
        Document doc = read("明显改进", "明显改进");
        Indicator row = doc.forms().get(0).indicators().get(1);
        assertEquals("群众出行条件", row.name());
        assertEquals("明显改进", row.target().raw());
        assertEquals("明显改进", row.actual().raw());
    }

    @Test
    void differentWordsOnOwnLinesAreRefusedNotJoined() {
        Document doc = read("明显改进", "有所改进");
        List<Indicator> rows = doc.forms().get(0).indicators();
        assertTrue(rows.stream().noneMatch(i -> i.name().startsWith("群众出行条件")), rows.toString());
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(doc.problems().toString().contains("cannot be told apart"), doc.problems().toString());
    }

    private static Document read(String target, String actual) {
        return Inputs.read(FORM.formatted(target, actual).getBytes(StandardCharsets.UTF_8), "c-prime.txt", Limits.DEFAULT);
    }
}
