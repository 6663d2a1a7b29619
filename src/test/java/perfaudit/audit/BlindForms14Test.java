package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fourteenth blind round, web pages (n01–n05 in src/test/resources/perfaudit/blind, see its README.md), each as
 * units publish a form on the web, in families other than A: Excel's "save as web page" of a family E sheet with a
 * hidden indicator row (its 二级 and 得分 merged down from it) and a hidden column (mso styles, x:num, col widths),
 * a family B form in a CMS article three layout tables deep (rowspan / colspan, br in cells), a family D form split
 * into three tables with headings between in a page whose GBK is declared only in its meta tag, a family C form as
 * Word's single-file web page (.mht, quoted-printable gb2312), and a family C′ system export whose indicator table has
 * its header in a thead of th cells and a header row repeated mid-table under a 一级 cell spanning it. Facts in
 * {@link BlindFormsTest#facts}'s notation.
 */
public class BlindForms14Test {

    private static final Path FOLDER = Path.of("src", "test", "resources", "perfaudit", "blind");
    private static final String N01 = "n01-fenchuan-jiceng-familyE-excelweb-hidden-2023";
    private static final String N02 = "n02-qinglan-wugong-familyB-cms-nested-2023";

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry(N01, """
                    E 2023 | 汾川县基层医疗机构能力提升项目 | - 汾川县卫生健康局 | - 汾川县基层卫生服务中心
                    total - 240 228 20 95 19
                    产出指标 数量指标 配备急救转运车辆 | 2辆 | 2辆 | - 16
                    产出指标 数量指标 基层医务人员培训人次 | ≥300人次 | 326人次 | - -
                    产出指标 质量指标 设备验收合格率 | 100% | 100% | - 8
                    产出指标 时效指标 项目完成时间 | ≤2023-12-31 | 2023-11-28 | - 8
                    产出指标 成本指标 急救转运车辆单价 | ≤45万元/辆 | 44.6万元/辆 | - 8
                    效益指标 社会效益指标 基层门急诊人次增长率 | ≥5% | 6.2% | - 15
                    效益指标 可持续影响指标 设备正常使用年限 | ≥5年 | 5年 | - 15
                    满意度指标 服务对象满意度指标 就诊群众满意度 | ≥90% | 88% | - 9
                    总分 - 98"""),
            Map.entry(N02, """
                    B 2023 | 青岚县2023年脱贫劳动力外出务工交通补助项目 | 318 青岚县人力资源和社会保障局 | - 青岚县就业服务中心
                    total - 120 112.8 10 94 9.4
                    central - 80 76 - 95 -
                    provincial - 25 22.8 - 91.2 -
                    county - 15 14 - 93.33 -
                    产出指标 数量指标 ★补助脱贫劳动力人数（≥**人） | ≥2400人 | 2460人 | 15 15
                    产出指标 数量指标 跨省务工补助人数 | ≥900人 | 930人 | 10 10
                    产出指标 质量指标 补助对象识别准确率 | 100% | 100% | 10 10
                    产出指标 时效指标 补助资金发放及时率 | ≥95% | 96% | 5 5
                    产出指标 成本指标 跨省务工人均交通补助 | ≤600元/人 | 600元/人 | 10 10
                    效益指标 社会效益指标 ★带动脱贫人口务工就业稳定率 | ≥90% | 86% | 15 13
                    效益指标 可持续影响指标 务工就业帮扶机制持续运行年限 | ≥3年 | 3年 | 15 15
                    满意度指标 服务对象满意度指标 补助对象满意度 | ≥95% | 97% | 10 10
                    总分 100 97.4"""),
            Map.entry("n03-cangling-gonglu-familyD-threetables-gbkmeta-2023", """
                    D 2023 | 51082423T000000512345-苍岭县农村公路日常养护 | - 苍岭县交通运输局 | - 苍岭县农村公路养护中心
                    total 260 250 240 10 96 9.6
                    currentYear 260 250 240 - 96 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 0 0 - - -
                    产出指标 数量指标 日常养护农村公路里程 | ≥420公里 | 426 | 20 20
                    产出指标 质量指标 路面技术状况指数达标率 | ≥85% | 87 | 15 15
                    产出指标 时效指标 日常巡查及时率 | =100% | 100 | 10 10
                    产出指标 成本指标 每公里年养护成本 | ≤0.6万元 | 0.56 | 10 10
                    效益指标 社会效益指标 农村公路优良中等路率 | ≥80% | 78 | 15 14
                    效益指标 可持续影响指标 养护长效机制运行情况 | 长期 | 长期 | 10 10
                    满意度指标 服务对象满意度指标 沿线群众满意度 | ≥90% | 93 | 10 10
                    总分 100 98.6"""),
            Map.entry("n04-yuxi-weifang-familyC-wordmht-2023", """
                    C 2023 | 农村危房改造补助资金 | - 榆溪县住房和城乡建设局 | - 榆溪县农村住房服务中心
                    total - 450 432 - 96 -
                    central - 300 300 - 100 -
                    local - 150 132 - 88 -
                    产出指标 数量指标 农村危房改造户数 | ≥320户 | 326户 | - -
                    产出指标 质量指标 改造后住房竣工验收合格率 | 100% | 100% | - -
                    产出指标 时效指标 改造任务完成时间 | ≤2023-10-31 | 2023-10-20 | - -
                    产出指标 成本指标 户均中央补助标准 | ≤1万元/户 | 0.92万元/户 | - -
                    效益指标 社会效益指标 农村低收入群体住房安全保障率 | 100% | 98% | - -
                    效益指标 可持续影响指标 改造住房安全使用年限 | ≥20年 | 20年 | - -
                    满意度指标 服务对象满意度指标 受益农户满意度 | ≥90% | 95% | - -
                    总分 - -"""),
            Map.entry("n05-xikou-zhuti-familyCprime-thead-repeatheader-2024", """
                    C' 2024 | 农业经营主体能力提升资金 | - 溪口县农业农村局 | - 溪口县农业技术推广中心
                    total - 360 342 - 95 -
                    central - 300 288 - 96 -
                    local - 60 54 - 90 -
                    产出指标 数量指标 新型农业经营主体培训人数 | ≥800人 | 826人 | - -
                    产出指标 数量指标 家庭农场示范创建数量 | ≥12家 | 12家 | - -
                    产出指标 质量指标 培训考核合格率 | ≥95% | 96.5% | - -
                    产出指标 时效指标 资金下达时限 | ≤30天 | 28天 | - -
                    产出指标 成本指标 人均培训补助标准 | ≤2000元/人 | 1980元/人 | - -
                    效益指标 经济效益指标 示范主体户均增收 | ≥5000元 | 5200元 | - -
                    效益指标 可持续影响指标 示范主体带动农户数 | ≥600户 | 560户 | - -
                    满意度指标 服务对象满意度指标 培训学员满意度 | ≥90% | 93% | - -
                    总分 - -"""));

    private static final Map<String, List<String>> GOALS = Map.of(
            N02, Arrays.asList("1.对外出务工脱贫劳动力发放一次性交通补助，补助不少于2400人；2.稳定脱贫人口务工就业，带动脱贫户增收。",
                    "1.发放交通补助2460人，其中跨省务工930人；2.脱贫人口务工就业稳定率86%。"),
            "n03-cangling-gonglu-familyD-threetables-gbkmeta-2023", Arrays.asList(
                    "完成420公里农村公路日常养护，路面技术状况指数达标率不低于85%，优良中等路率不低于80%。",
                    "完成426公里农村公路日常养护，路面技术状况指数达标率87%，优良中等路率78%。"),
            "n04-yuxi-weifang-familyC-wordmht-2023", Arrays.asList(
                    "完成农村低收入群体等重点对象危房改造320户，改造后住房全部竣工验收合格，保障农村低收入群体住房安全。",
                    "完成危房改造326户，竣工验收合格率100%；6户因外出务工未按期开工。"),
            "n05-xikou-zhuti-familyCprime-thead-repeatheader-2024", Arrays.asList(
                    "培训新型农业经营主体带头人800人以上，创建家庭农场示范12家，示范主体户均增收5000元以上。",
                    "培训826人，创建家庭农场示范12家，示范主体户均增收5200元。"));

    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            N01, Map.of(),
            N02, Map.of("★带动脱贫人口务工就业稳定率", "部分务工人员年中返乡，稳定就业率未达目标；下年加强岗位对接。"),
            "n03-cangling-gonglu-familyD-threetables-gbkmeta-2023", Map.of("农村公路优良中等路率", "部分路段受汛期水毁影响，修复工程延至次年。"),
            "n04-yuxi-weifang-familyC-wordmht-2023", Map.of("农村低收入群体住房安全保障率", "6户因外出务工未按期开工，已列入2024年改造计划。"),
            "n05-xikou-zhuti-familyCprime-thead-repeatheader-2024", Map.of("示范主体带动农户数", "受市场行情影响，部分合作社带动规模缩减；下年加强订单农业对接。"));

    /**
     * Every fact of the five, their goals and each row's 偏差原因 (n01's hidden row and column misread them on main); n02–n05
     * read without a problem or note.
     */
    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
        for (String stem : READ.keySet()) {
            if (!stem.equals(N01)) {
                Document doc = BlindFormsTest.readBlind(stem);
                assertEquals(List.of(), doc.problems(), stem);
                assertEquals(List.of(), doc.notes(), stem);
            }
        }
        BlindFormsTest.assertGoals(GOALS);
        BlindFormsTest.assertDeviations(DEVIATIONS);
        assertEquals("部分乡镇卫生院候诊环境改造滞后，就诊群众满意度未达到年初目标。",
                BlindFormsTest.readBlind(N01).forms().get(0).formDeviation());
    }

    /**
     * n01's first 数量指标 row is a deleted indicator the unit hid (display:none, its 二级 and 得分 merged down from it)
     * and its 指标编码 column is hidden (a hidden col, its cells hidden by a stylesheet class): Excel neither shows nor
     * prints them. Left out, the merged 二级 and 得分 shown on the next row, and noted once at the first hidden cell with
     * text; on main they were read (the codes as targets, the rows as not fitting the columns) and only reported.
     */
    @Test
    void excelsHiddenRowAndColumnAreLeftOutAndNoted() {
        Document n01 = BlindFormsTest.readBlind(N01);
        assertEquals(List.of(), n01.problems());
        List<ParseProblem> notes = n01.notes();
        assertEquals(1, notes.size(), notes.toString());
        assertEquals("表1!R8C6", notes.get(0).location().position());
        assertTrue(notes.get(0).reason().contains("cells the page hides"), notes.get(0).reason());
        assertTrue(notes.get(0).reason().contains("(13 cells; this is the first)"), notes.get(0).reason());
    }

    /**
     * The other ways Excel and WPS save hidden rows and columns read the same: a row set by hand to zero height (no
     * display:none), a row hidden by a stylesheet class, a column whose cells alone are hidden (no hidden col).
     */
    @Test
    void hiddenRowsAndColumnsSavedOtherwiseReadTheSame() throws IOException {
        Path n01 = FOLDER.resolve(N01 + ".htm");
        String expected = READ.get(N01);
        assertEquals(expected, BlindFormsTest.facts(Fixtures.readWith(n01, "display:none;mso-height-source:userset;mso-height-alt:405",
                "mso-height-source:userset;height:0pt", "n01-zero-height.htm")));
        assertEquals(expected, BlindFormsTest.facts(Fixtures.readWith(n01, "<tr height=0 style='display:none;mso-height-source:"
                + "userset;mso-height-alt:405'>", "<tr height=18 class=xl72 style='height:13.5pt'>", "n01-class-row.htm")));
        assertEquals(expected, BlindFormsTest.facts(Fixtures.readWith(n01, "<col width=0 style='display:none;mso-width-source:"
                + "userset;mso-width-alt:2304'>", "<col width=64 style='width:48pt'>", "n01-no-hidden-col.htm")));
    }

    /**
     * The document's title is what the page shows as its heading: not a toolbar or export note its stylesheet hides
     * (n03, n05: on main the hidden text was the title), and a page heading naming a form title beside the site's
     * breadcrumb and 发布时间 line is kept rather than given way to the form's (on main: 绩效目标自评表).
     */
    @Test
    void theTitleIsThePagesHeadingNotItsChromeOrHiddenText() throws IOException {
        assertEquals("部门预算项目支出绩效自评表", BlindFormsTest.readBlind("n03-cangling-gonglu-familyD-threetables-gbkmeta-2023").title());
        assertEquals("中央对地方转移支付区域绩效目标自评表",
                BlindFormsTest.readBlind("n05-xikou-zhuti-familyCprime-thead-repeatheader-2024").title());
        assertEquals("绩效目标自评表", BlindFormsTest.readBlind(N02).title());
        Document titled = Fixtures.readWith(FOLDER.resolve(N02 + ".html"), "<h1>青岚县人力资源和社会保障局2023年度项目绩效自评结果公开</h1>",
                "<h1>青岚县人力资源和社会保障局2023年度项目绩效目标自评表</h1>", "n02-titled.html");
        assertEquals("青岚县人力资源和社会保障局2023年度项目绩效目标自评表", titled.title());
        assertEquals(READ.get(N02), BlindFormsTest.facts(titled));
    }
}
