package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "|" rows mark where a table row ends (a line padded with empty cells "| ||||"): a row holding its name, target and
 * actual ends there, whatever the next line starts with — a 三级 name starting with digits ("3个乡镇全覆盖", 黄石 2022's
 * "2022年全年"), or a name after a row with no figures (its 得分 merged over the 二级's rows), which prints only its name.
 * Neither is run together with the row above any more.
 */
class IndicatorMarkedRowsTest {

    private static final String FORM = String.join("\n",
            "2023年度项目自评表",
            "单位名称:某某县文化馆 填报日期:2024.3.1",
            "项目名称 | 文化下乡 | ||||||||",
            "主管部门 | 某某县文化和旅游局 | 项目实施单位 | 某某县文化馆 | ||||||",
            "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||",
            "年度财政资金总额 | 10 | 10 | 100% | 20 | |||||",
            "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||",
            "产出指标(40分) | 数量指标 | 演出场次 | 20场 | 20场 | 20 | ||||",
            "3个乡镇全覆盖 | 100% | 100% | |||||||",
            "时效指标 | 按时完成 | 按时 | 按时 | 20 | |||||",
            "效益指标(30分) | 社会效益 | 丰富群众文化生活 | 有效 | 有效 | ||||||",
            "提升群众满意度 | |||||||||",
            "可持续影响指标 | 长期服务 | ≥3年 | 3年 | 30 | |||||",
            "满意度指标(10分) | 服务对象满意度 | 群众满意度 | ≥90% | 95% | 10 | ||||",
            "总分 | 100 | 100 | |||||||", "");

    @Test
    void aPaddedPipeLineEndsAWholeRow() {
        Document document = Inputs.read(FORM.getBytes(StandardCharsets.UTF_8), "marked.txt", Limits.DEFAULT);
        List<String> rows = document.forms().get(0).indicators().stream()
                .map(row -> row.name() + " | " + (row.target() == null ? "—" : row.target().raw()) + " | "
                        + (row.actual() == null ? "—" : row.actual().raw()) + " | " + row.score()).toList();
        assertEquals(List.of("演出场次 | 20场 | 20场 | 20", "3个乡镇全覆盖 | 100% | 100% | null", "按时完成 | 按时 | 按时 | 20",
                "丰富群众文化生活 | 有效 | 有效 | null", "提升群众满意度 | — | — | null", "长期服务 | ≥3年 | 3年 | 30",
                "群众满意度 | ≥90% | 95% | 10"), rows);
        assertEquals(List.of(), document.problems().stream().filter(p -> p.reason().contains("指标行")).toList());
    }
}
