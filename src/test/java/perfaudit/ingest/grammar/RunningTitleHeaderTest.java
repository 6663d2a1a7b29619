package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form whose indicator table runs over a page break in PDF text: the page's footer, then the next page's running
 * header (the document's title, printed at the top of every page), then the table's remaining rows. The running
 * header is no new form: the table reads on to its 总分. A title followed by a form's own head still starts a form.
 */
class RunningTitleHeaderTest {

    private static final String FIRST_PAGE = SyntheticForm.HEAD + SyntheticForm.INDICATOR_HEADER + """
            产出指标 | 数量指标 | 保洁面积 | ≥5000平方米 | 5000平方米 | 40 | 40 |
            效益指标 | 社会效益指标 | 群众投诉率 | ≤5% | 3% | 30 | 30 |
            第 1 页 共 2 页


            """;

    private static final String RUNNING_HEADER = "鄂州市2022年度项目支出绩效自评表 |\n";

    private static final String REST_OF_TABLE = """
            效益指标 | 可持续影响指标 | 设备完好率 | ≥95% | 98% | 10 | 10 |
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 |
            总分 | 100 | 98.35 |
            第 2 页 共 2 页
            """;

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "pages.txt", Limits.DEFAULT);
    }

    private static void assertWholeForm(Document doc) {
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        Form form = doc.forms().get(0);
        List<String> names = form.indicators().stream().map(Indicator::name).toList();
        assertEquals(List.of("保洁面积", "群众投诉率", "设备完好率", "群众满意度"), names);
        assertEquals(0, form.total().score().compareTo(new BigDecimal("98.35")));
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    @Test
    void theRunningHeaderAfterAPageBreakIsNoNewForm() {
        assertWholeForm(read(FIRST_PAGE + RUNNING_HEADER + REST_OF_TABLE));
    }

    /** A title followed by its own head (year, 项目名称, funds) is the next form, even where the form before lost its 总分. */
    @Test
    void aTitleWithItsOwnHeadStillStartsAForm() {
        String second = SyntheticForm.SECOND_HEAD + SyntheticForm.INDICATOR_HEADER + REST_OF_TABLE;
        Document doc = read(FIRST_PAGE + second);
        assertEquals(2, doc.forms().size(), doc.problems().toString());
        assertEquals("市民中心运行维护费", doc.forms().get(0).projectName());
        assertEquals(2, doc.forms().get(0).indicators().size());
        assertEquals("政务服务大厅运行经费", doc.forms().get(1).projectName());
    }
}
