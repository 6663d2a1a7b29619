package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pieces of labels wrapped in their cells, left on lines of their own by text read line by line (a scan's OCR layer,
 * blind form m04): the header's column letters （A） （B） were read as an indicator row with no figures, and the 分）
 * of a wrapped 年度绩效目标1（80 / 分） as the row above's 偏差原因. Neither is any row's; each is set aside, noted.
 */
class WrappedLabelPiecesTest {

    private static final String FORM = """
            2022年度项目自评表
            单位名称（盖章）：示例县文化和旅游局 填报日期：2023年3月8日
            项目名称 示例公共文化服务
            主管部门 示例县文化和旅游局 项目实施单位 示例县文化馆
            预算执行情况（万元） 预算数（A） 执行数（B） 执行率（B/A） 得分（20分*执行率）
            （20分）
            年度财政资金总额 100 90 90% 18
            年初目标值 实际完成值
            一级指标 二级指标 三级指标 得分
            （A） （B）
            年度绩效目标1（80
            产出指标 数量指标 送戏下乡场次 ≥100场 110场 10
            分）
            效益指标 社会效益指标 群众参与人次 ≥10万人次 11万人次 10
            总分 98
            """;

    @Test
    void columnLettersOnTheirOwnLineAreNoRow() {
        Document doc = read(FORM);
        Form form = doc.forms().get(0);
        assertEquals(List.of("送戏下乡场次", "群众参与人次"), form.indicators().stream().map(Indicator::name).toList());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("column letters")), doc.notes().toString());
    }

    @Test
    void aPointsBracketsTailIsNoReason() {
        Document doc = read(FORM);
        assertEquals(Arrays.asList(null, null), doc.forms().get(0).indicators().stream().map(Indicator::deviation).toList());
        assertTrue(doc.notes().stream().anyMatch(n -> n.text().equals("分）") && n.reason().contains("points bracket")),
                doc.notes().toString());
    }

    /** A reason that opened a bracket keeps the 分） that closes it. */
    @Test
    void aReasonsOwnBracketKeepsItsTail() {
        Document doc = read(FORM.replace("效益指标 社会效益指标 群众参与人次 ≥10万人次 11万人次 10\n",
                "效益指标 社会效益指标 群众参与人次 ≥10万人次 9万人次 8 雨季停演（扣2\n分）\n"));
        Indicator row = doc.forms().get(0).indicators().get(1);
        assertEquals("雨季停演（扣2分）", row.deviation().replace(" ", ""));
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "pieces.txt", Limits.DEFAULT);
    }
}
