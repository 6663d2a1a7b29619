package perfaudit.ingest.grammar;

import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The heads of the synthetic '|' forms the form-boundary tests build on (title, year, names and the funds total), and how they read them. */
public final class SyntheticForm {

    /** Title to 年度资金总额 (lines 1–6): 150 / 150 / 125.25 at 83.5 %, 8.35 of 10 points. */
    public static final String HEAD = """
            项目支出绩效自评表 |
            (2022年度) |
            项目名称 | 市民中心运行维护费 |
            主管部门 | 鄂州市行政审批局 | 实施单位 | 鄂州市市民中心 |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | 150 | 150 | 125.25 | 10 | 83.5% | 8.35 |
            """;

    /** A second form's head, title to 年度资金总额: 80 / 80 / 80 at 100 %, 10 of 10 points. */
    public static final String SECOND_HEAD = """
            项目支出绩效自评表 |
            (2022年度) |
            项目名称 | 政务服务大厅运行经费 |
            主管部门 | 鄂州市行政审批局 | 实施单位 | 鄂州市政务服务中心 |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | 80 | 80 | 80 | 10 | 100% | 10 |
            """;

    /** The national indicator header line. */
    public static final String INDICATOR_HEADER =
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n";

    private SyntheticForm() {
    }

    /** A synthetic text read as a file of that name, with the default limits. */
    public static Document read(String text, String fileName) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), fileName, Limits.DEFAULT);
    }

    /** The names of a form's indicator rows, in order. */
    public static List<String> names(Form form) {
        return form.indicators().stream().map(Indicator::name).toList();
    }
}
