package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nineteenth blind round, web pages (t01–t05 in src/test/resources/perfaudit/blind, made by web-src/make.sh; see its
 * README.md): a family B form pasted from Word into a CMS article (TRS_Editor, MsoNormalTable markup, figures broken by
 * br, conditional comments) with a print copy of the table hidden by a descendant selector; a family C form whose
 * editor kept a hidden col of the colgroup but wrote no cell for it; a family C′ page in GBK bytes under a meta saying
 * utf-8; a family D form laid out as a CSS grid of divs (spans by stylesheet classes); two family E forms in an
 * iframe's srcdoc. Facts in {@link BlindFormsTest#facts}'s notation.
 */
public class BlindForms19Test {

    private static final Path FOLDER = Path.of("src", "test", "resources", "perfaudit", "blind");
    private static final String T01 = "t01-ziyang-shuili-familyB-trseditor-wordpaste-printcopy-2023";
    private static final String T02 = "t02-hechuan-gongshui-familyC-jiyuehua-colleftout-2023";
    private static final String T03 = "t03-lanyu-fuyu-familyCprime-gbkbytes-utf8meta-2024";
    private static final String T04 = "t04-luming-shitang-familyD-cssgrid-2023";
    private static final String T05 = "t05-shaping-wenhua-familyE-iframesrcdoc-twoforms-2023";

    private static final Map<String, String> READ = Map.of(
            T01, """
                    B 2023 | 梓阳县2023年脱贫村小型水利设施维修养护项目 | 205 梓阳县水利局 | - 梓阳县农村饮水安全管理站
                    total - 1234.5 1172.78 10 95 9.5
                    central - 1000 950 - 95 -
                    county - 234.5 222.78 - 95 -
                    产出指标 数量指标 ★维修养护小型水利设施数量（≥**处） | ≥120处 | 124处 | 15 15
                    产出指标 数量指标 新建排灌渠道长度 | ≥8.5公里 | 8.6公里 | 10 10
                    产出指标 质量指标 工程验收合格率 | 100% | 100% | 10 10
                    产出指标 时效指标 工程完工及时率 | ≥95% | 96% | 5 5
                    产出指标 成本指标 单处维修养护平均成本 | ≤9.5万元/处 | 9.46万元/处 | 10 10
                    效益指标 社会效益指标 ★受益脱贫人口数（≥**人） | ≥3200人 | 3260人 | 15 15
                    效益指标 可持续影响指标 工程设施正常使用年限 | ≥10年 | 10年 | 15 15
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 88% | 10 8
                    总分 100 97.5""",
            T02, """
                    C 2023 | 农村供水工程维修养护补助资金 | - 鹤川县水利局 | - 鹤川县农村供水管理站
                    total - 680 646 - 95 -
                    central - 500 485 - 97 -
                    local - 180 161 - 89.44 -
                    产出指标 数量指标 维修养护农村供水工程数量 | ≥45处 | 47处 | - -
                    产出指标 质量指标 水质检测合格率 | ≥95% | 96.8% | - -
                    产出指标 时效指标 资金下达时限 | ≤30天 | 26天 | - -
                    产出指标 成本指标 单处工程维修养护补助标准 | ≤15万元/处 | 13.7万元/处 | - -
                    效益指标 社会效益指标 受益农村人口数量 | ≥6.2万人 | 6.3万人 | - -
                    效益指标 可持续影响指标 工程良性运行机制 | 长期 | 长期 | - -
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 87% | - -
                    总分 - -""",
            T03, """
                    C' 2024 | 林业草原改革发展资金（森林抚育） | - 岚峪县林业局 | - 岚峪县国有林场
                    total - 420 399 - 95 -
                    central - 400 384 - 96 -
                    local - 20 15 - 75 -
                    产出指标 数量指标 完成森林抚育面积 | ≥2.5万亩 | 2.56万亩 | - -
                    产出指标 质量指标 抚育作业验收合格率 | ≥95% | 97% | - -
                    产出指标 时效指标 资金拨付及时率 | 100% | 100% | - -
                    产出指标 成本指标 亩均抚育补助标准 | ≤160元/亩 | 156元/亩 | - -
                    效益指标 生态效益指标 森林蓄积量增长 | ≥1.2万立方米 | 1.25万立方米 | - -
                    效益指标 社会效益指标 带动林农务工人数 | ≥300人 | 276人 | - -
                    满意度指标 服务对象满意度指标 林农满意度 | ≥90% | 94% | - -
                    总分 - -""",
            T04, """
                    D 2023 | 51162123T000000734561-鹿鸣县城乡学校食堂设备购置 | - 鹿鸣县教育和体育局 | - 鹿鸣县教育事务服务中心
                    total 300 280 266 10 95 9.5
                    currentYear 300 280 266 - 95 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 0 0 - - -
                    产出指标 数量指标 购置食堂设备学校数 | ≥32所 | 32 | 20 20
                    产出指标 质量指标 设备验收合格率 | =100% | 100 | 15 15
                    产出指标 时效指标 设备交付及时率 | ≥95% | 96 | 10 10
                    产出指标 成本指标 校均设备购置成本 | ≤8.75万元 | 8.31 | 10 10
                    效益指标 社会效益指标 受益学生人数 | ≥12000人 | 12350 | 15 15
                    效益指标 可持续影响指标 设备使用年限 | ≥8年 | 8 | 10 10
                    满意度指标 服务对象满意度指标 师生满意度 | ≥95% | 92 | 10 9
                    总分 100 98.5""");

    /** t05's two forms; the second prints no year of its own (see {@link #twoFormsInAnIframesSrcdocAreRead}). */
    private static final String T05_FORM1 = """
            E 2023 | 沙坪县村级综合文化服务中心提升项目 | - 沙坪县文化和旅游局 | - 沙坪县文化馆
            total - 180 171 20 95 19
            产出指标 数量指标 提升村级综合文化服务中心数量 | ≥60个 | 60个 | - 20
            产出指标 质量指标 设施设备验收合格率 | 100% | 100% | - 10
            产出指标 时效指标 资金拨付及时率 | ≥95% | 100% | - 10
            产出指标 成本指标 单个中心提升补助标准 | ≤3万元 | 2.85万元 | - 10
            效益指标 社会效益指标 年均开展文化活动场次 | ≥600场 | 640场 | - 15
            满意度指标 服务对象满意度指标 群众满意度 | ≥95% | 93% | - 14
            总分 - 98""";
    private static final String T05_FORM2_BODY = """
            | 沙坪县公共图书馆数字化建设项目 | - 沙坪县文化和旅游局 | - 沙坪县图书馆
            total - 95 85.5 20 90 18
            产出指标 数量指标 数字资源建设容量 | ≥20TB | 20TB | - 20
            产出指标 质量指标 数字服务系统运行稳定率 | ≥99% | 99.5% | - 15
            产出指标 时效指标 项目验收及时率 | 100% | 100% | - 10
            产出指标 成本指标 项目建设总成本 | ≤95万元 | 85.5万元 | - 10
            效益指标 社会效益指标 年数字阅读人次 | ≥5万人次 | 4.6万人次 | - 13
            满意度指标 服务对象满意度指标 读者满意度 | ≥90% | 92% | - 10
            总分 - 96""";

    private static final Map<String, List<String>> GOALS = Map.of(
            T01, Arrays.asList("1.维修养护脱贫村小型水利设施不少于120处，新建排灌渠道8.5公里；2.改善农田灌溉条件，受益脱贫人口不少于3,200人。",
                    "1.维修养护小型水利设施124处，新建排灌渠道8.6公里；2.受益脱贫人口3,260人。"),
            T02, Arrays.asList("维修养护农村供水工程45处，保障6.2万农村人口稳定供水，农村自来水普及率保持在90%以上。",
                    "维修养护农村供水工程47处，保障6.3万农村人口稳定供水，农村自来水普及率91.5%。"),
            T03, Arrays.asList("完成中幼龄林抚育2.5万亩，抚育作业验收合格率95%以上，带动林农务工300人以上。",
                    "完成中幼龄林抚育2.56万亩，验收合格率97%，带动林农务工276人。"),
            T04, Arrays.asList("为32所学校食堂配齐设备，设备验收合格率100%，受益学生12000人以上。",
                    "为32所学校食堂配齐设备，验收全部合格，受益学生12350人。"));

    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            T01, Map.of("受益群众满意度", "部分村组渠道汛期淤积，清淤不及时；下年建立村级管护责任制。"),
            T02, Map.of("受益群众满意度", "个别村供水管网老化，用水高峰水压不足；下年纳入管网改造计划。"),
            T03, Map.of("带动林农务工人数", "雨季延长，部分作业改为机械作业，用工减少；下年优先吸纳本地林农。"),
            T04, Map.of());

    /**
     * Every fact of t01–t04, their goals and each row's 偏差原因; t01, t02 and t04 read with no problem or note (on main
     * t01 read its hidden print copy as a second form, t02 reported its hidden col, t04 lost its 实际完成情况). t03's GBK
     * bytes under a meta saying utf-8 read right on main already; the mismatch is reported, as it was.
     */
    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
        for (String stem : List.of(T01, T02, T04)) {
            Document doc = BlindFormsTest.readBlind(stem);
            assertEquals(List.of(), doc.problems(), stem);
            assertEquals(List.of(), doc.notes(), stem);
        }
        List<ParseProblem> t03 = BlindFormsTest.readBlind(T03).problems();
        assertEquals(1, t03.size(), t03.toString());
        assertTrue(t03.get(0).reason().contains("declares charset 'utf-8' but its bytes are GB18030"), t03.get(0).reason());
        BlindFormsTest.assertGoals(GOALS);
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }

    /**
     * t01's CMS keeps a print copy of the pasted table that its stylesheet hides by a descendant selector
     * ({@code #zoom .print-area table.MsoTableGrid {display:none}}): a browser shows one table, and one form is read (on
     * main the copy was a second, untitled form of the same project). Other selectors a CMS writes hide it alike.
     */
    @Test
    void aPrintCopyHiddenByADescendantSelectorIsNotASecondForm() throws IOException {
        Path t01 = FOLDER.resolve(T01 + ".html");
        assertEquals(1, BlindFormsTest.readBlind(T01).forms().size());
        for (String rule : List.of(".print-area > table { display:none; }", "div.print-area .MsoTableGrid { display:none; }",
                ".TRS_Editor .print-area table { visibility:collapse; display:none }")) {
            Document varied = Fixtures.readWith(t01, "#zoom .print-area table.MsoTableGrid { display:none; }", rule,
                    "t01-" + rule.hashCode() + ".html");
            assertEquals(READ.get(T01), BlindFormsTest.facts(varied), rule);
            assertEquals(List.of(), varied.problems(), rule);
        }
    }

    /**
     * t02's editor kept the colgroup's hidden col (8 cols, the 3rd display:none) but wrote no cell for it: every row
     * spans 7 columns, so the cells are not where the cols are and the table is read as written, with nothing to report
     * (on main: "the table's col hides this column but its cells are shown"). Where one row is of another width the
     * evidence is gone and the disagreement is still reported.
     */
    @Test
    void aHiddenColWhoseCellsWereLeftOutIsNoDisagreement() throws IOException {
        assertEquals(List.of(), BlindFormsTest.readBlind(T02).problems());
        Document ragged = Fixtures.readWith(FOLDER.resolve(T02 + ".html"), "<td colspan=\"5\">农村供水工程维修养护补助资金</td>",
                "<td colspan=\"4\">农村供水工程维修养护补助资金</td>", "t02-ragged.html");
        assertEquals(READ.get(T02), BlindFormsTest.facts(ragged));
        List<ParseProblem> problems = ragged.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().contains("<col> hides this column"), problems.get(0).reason());
    }

    /**
     * t04's form is a CSS grid of divs (10 columns, spans by stylesheet classes under a descendant selector): read as the
     * table a browser shows, so the goal's two cells are two texts (on main, one line per div: 预期目标 and 实际完成情况
     * run together as the expectation, no achievement). Spans written inline read the same.
     */
    @Test
    void aCssGridOfDivsIsReadAsItsTable() throws IOException {
        Path t04 = FOLDER.resolve(T04 + ".html");
        Document inline = Fixtures.readWith(t04, "<div class=\"cell span-4\">", "<div class=\"cell\" style=\"grid-column: span 4\">",
                "t04-inline.html");
        assertEquals(READ.get(T04), BlindFormsTest.facts(inline));
        assertEquals(GOALS.get(T04).get(1), inline.forms().get(0).goal().actual());
        assertEquals(List.of(), inline.problems());
    }

    /**
     * t05's two forms are in an iframe's srcdoc, as a CMS's document viewer embeds them: read in its place as a browser
     * shows it (on main: "no form found in this page; it has no table"). The second form prints no year (its title is
     * 项目自评表（二）, the page's heading above the first gives 2023): not read, so MISS-HEADER says so. A hidden iframe
     * is not read.
     */
    @Test
    void twoFormsInAnIframesSrcdocAreRead() throws IOException {
        Document t05 = BlindFormsTest.readBlind(T05);
        List<Form> forms = t05.forms();
        assertEquals(2, forms.size());
        assertEquals(T05_FORM1, BlindFormsTest.facts(forms.get(0)));
        assertEquals(T05_FORM2_BODY, BlindFormsTest.facts(forms.get(1)).replaceFirst("^E null ", ""));
        assertNull(forms.get(1).year());
        assertEquals("部分村综合文化服务中心开放时间与群众作息不一致，满意度未达到年初目标。", forms.get(0).formDeviation());
        assertEquals("数字阅读推广起步晚，年数字阅读人次未达目标。", forms.get(1).formDeviation());
        assertEquals(List.of(), t05.problems());
        Document hidden = Fixtures.readWith(FOLDER.resolve(T05 + ".html"), "<iframe class=\"doc-view\"",
                "<iframe style=\"display:none\" class=\"doc-view\"", "t05-hidden.html");
        assertEquals(List.of(), hidden.forms());
    }
}
