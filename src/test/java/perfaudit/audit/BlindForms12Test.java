package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Indicator;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The twelfth blind round (l01–l05 in src/test/resources/perfaudit/blind, see its README.md): invented forms of
 * families other than A published as real PDFs, each made by LibreOffice from the page in {@code blind/pdf-src}
 * ({@code make.sh}): a family D docx printed by Writer whose indicator table breaks across pages with its header row
 * repeated (a row split by the break), a family C sheet printed by Calc in landscape with merged 一级 / 二级 cells
 * (the merged 一级 printed at the foot of its cells, across the page break), a family E web page printed with its
 * site chrome (a merged 得分 over two rows), a 部门整体 form whose table has no borders (text placed by position only)
 * and two family B forms stacked down one Calc sheet. Facts written before perfaudit read them, in
 * {@link BlindFormsTest#facts}'s notation.
 */
public class BlindForms12Test {

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023", """
                    D 2023 | 51132523T000000456789-乡镇卫生院医疗设备购置 | - 云峰县卫生健康局 | - 云峰县人民医院
                    total 260 280 266 10 95 9.5
                    currentYear 260 260 247 - 95 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 20 19 - 95 -
                    产出指标 数量指标 购置医疗设备台套数 | ≥48台套 | 50 | 15 15
                    产出指标 数量指标 受益乡镇卫生院数量 | =12个 | 12 | 10 10
                    产出指标 质量指标 设备验收合格率 | =100% | 100 | 10 10
                    产出指标 质量指标 设备完好率 | ≥95% | 96.5 | 5 5
                    产出指标 时效指标 设备采购完成时间 | ≤9月 | 10 | 5 4
                    产出指标 成本指标 单台套平均采购成本 | ≤5.6万元 | 5.32 | 5 5
                    效益指标 社会效益指标 乡镇卫生院诊疗人次增长率 | ≥8% | 6.4 | 10 8
                    效益指标 社会效益指标 基层首诊率 | ≥60% | 62 | 10 10
                    效益指标 可持续影响指标 设备使用年限 | ≥8年 | 8 | 10 10
                    满意度指标 服务对象满意度指标 患者满意度 | ≥90% | 93 | 5 5
                    满意度指标 服务对象满意度指标 医务人员满意度 | ≥85% | 91 | 5 5
                    总分 100 96.5"""),
            Map.entry("l02-shinan-yiwujiaoyu-familyC-calc-merged-2023", """
                    C 2023 | 城乡义务教育补助经费 | - 石楠县教育局 | - 石楠县各义务教育阶段学校
                    total - 1500 1440 - 96 -
                    central - 1200 1176 - 98 -
                    local - 300 264 - 88 -
                    产出指标 数量指标 免除学杂费学生人数 | ≥18000人 | 18350人 | - -
                    产出指标 数量指标 寄宿生生活补助人数 | ≥2600人 | 2480人 | - -
                    产出指标 质量指标 公用经费补助标准执行率 | 100% | 100% | - -
                    产出指标 时效指标 资金下达及时率 | 100% | 100% | - -
                    效益指标 社会效益指标 义务教育巩固率 | ≥98% | 98.6% | - -
                    效益指标 可持续影响指标 学校正常运转保障程度 | 有效保障 | 有效保障 | - -
                    满意度指标 服务对象满意度指标 学生家长满意度 | ≥90% | 94% | - -
                    总分 - -"""),
            Map.entry("l03-jinqiao-heliu-familyE-webpage-2022", """
                    E 2022 | 中小河流治理 | - - | - 金桥县水利和湖泊局
                    total - 480 456 20 95 19
                    产出指标(40) 数量指标 河道治理长度 | ≥12公里 | 12.5公里 | - 10
                    产出指标(40) 数量指标 新建护岸长度 | ≥8公里 | 8.2公里 | - -
                    产出指标(40) 质量指标 工程验收合格率 | 100% | 100% | - 10
                    产出指标(40) 时效指标 工程完工时间 | ≤2022-11-30 | 2022-12-20 | - 8
                    产出指标(40) 成本指标 每公里治理成本 | ≤40万元 | 36.48万元 | - 10
                    效益指标(30) 社会效益指标 受益人口 | ≥3万人 | 3.2万人 | - 10
                    效益指标(30) 生态效益指标 治理河段水质达标率 | ≥90% | 92% | - 10
                    效益指标(30) 可持续影响指标 工程设计使用年限 | ≥20年 | 20年 | - 10
                    满意度指标(10) 服务对象满意度指标 沿岸群众满意度 | ≥90% | 95% | - 10
                    总分 - 97"""),
            Map.entry("l04-beiling-shichang-bumenzhengti-noruling-2023", """
                    I 2023 | null | - - | - 重庆市北岭区市场监督管理局
                    total 1250 1380 1297.2 10 94 9.4
                    产出指标 数量指标 食品安全抽检批次 | ≥2000批次 | 2150 | 20 20
                    产出指标 数量指标 特种设备检验台数 | ≥1200台 | 1080 | 10 9
                    产出指标 质量指标 不合格食品核查处置率 | =100% | 100 | 20 20
                    产出指标 时效指标 投诉举报按时办结率 | ≥95% | 98 | 10 10
                    效益指标 社会效益指标 食品安全事故发生次数 | =0次 | 0 | 10 10
                    效益指标 可持续影响指标 市场主体信用监管覆盖率 | ≥90% | 92 | 10 10
                    满意度指标 服务对象满意度指标 群众满意度 | ≥85% | 88 | 10 10
                    总分 - 98.4"""),
            Map.entry("l05-qingfeng-xiaoxin-familyB-calc-twoforms-2023", """
                    B 2023 | 青峰县脱贫人口小额信贷贴息 | 402 青峰县乡村振兴局 | 402001 青峰县扶贫开发服务中心
                    total - 180 171 10 95 9.5
                    central - 120 120 - - -
                    provincial - 40 36 - - -
                    county - 20 15 - - -
                    产出指标 数量指标 ★贴息贷款户数 | ≥1500户 | 1520户 | 20 20
                    产出指标 质量指标 贴息资金足额兑付率 | 100% | 100% | 15 15
                    产出指标 时效指标 贴息资金兑付时间 | ≤2023-12-31 | 2023-12-15 | 10 10
                    产出指标 成本指标 贴息利率 | ≤3.65% | 3.45% | 5 5
                    效益指标 经济效益指标 ★带动脱贫户户均增收(≥**元) | ≥3000元 | 3200元 | 15 15
                    效益指标 社会效益指标 贷款逾期率 | ≤2% | 1.2% | 15 15
                    满意度指标 服务对象满意度指标 贷款户满意度 | ≥90% | 95% | 10 10
                    总分 100 99.5
                    B 2023 | 青峰县村级光伏电站运维 | 402 青峰县乡村振兴局 | 402003 青峰县农村能源服务站
                    total - 60 54 10 90 9
                    county - 60 54 - - -
                    产出指标 数量指标 运维光伏电站数量 | - | 45座 | 30 30
                    产出指标 质量指标 电站正常运行率 | ≥95% | 93% | 20 19.58
                    效益指标 经济效益指标 村集体光伏收益 | ≥400万元 | 412万元 | 30 30
                    满意度指标 服务对象满意度指标 村民满意度 | ≥90% | 96% | 10 10
                    总分 100 98.58"""));

    /** The rows that print a 偏差原因 (未完成原因分析, 未完成原因和改进措施, 说明), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023", Map.of(
                    "设备采购完成时间", "DR设备招标第一次流标，重新组织招标后于10月完成采购，下年度提前启动采购程序",
                    "乡镇卫生院诊疗人次增长率", "部分设备四季度才投入使用，使用时间不足，诊疗人次增长未达预期；下年度加强设备使用培训和宣传"),
            "l02-shinan-yiwujiaoyu-familyC-calc-merged-2023", Map.of("寄宿生生活补助人数", "部分寄宿生转学至外县，下年度按实际在校寄宿人数核定"),
            "l03-jinqiao-heliu-familyE-webpage-2022", Map.of(),
            "l04-beiling-shichang-bumenzhengti-noruling-2023", Map.of("特种设备检验台数", "部分设备停用报废，未纳入检验"),
            "l05-qingfeng-xiaoxin-familyB-calc-twoforms-2023", Map.of());

    /** Each form's 预期目标 and 实际完成情况 as printed (the first form of each file). */
    private static final Map<String, List<String>> GOALS = Map.of(
            "l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023", List.of(
                    "为12个乡镇卫生院购置基本医疗设备48台套，设备验收合格率100%，乡镇卫生院诊疗人次增长8%以上。",
                    "为12个乡镇卫生院购置基本医疗设备50台套，设备验收合格率100%，乡镇卫生院诊疗人次增长6.4%。"),
            "l02-shinan-yiwujiaoyu-familyC-calc-merged-2023", List.of(
                    "免除城乡义务教育阶段学生学杂费，补助寄宿生生活费，保障学校正常运转，义务教育巩固率达到98%以上。",
                    "免除18350名学生学杂费，补助寄宿生2480人，学校运转正常，义务教育巩固率98.6%。"),
            "l05-qingfeng-xiaoxin-familyB-calc-twoforms-2023", List.of(
                    "为1500户以上脱贫户发放小额信贷贴息，贷款逾期率控制在2%以内，带动脱贫户户均增收3000元以上。",
                    "为1520户脱贫户发放小额信贷贴息，贷款逾期率1.2%，带动脱贫户户均增收3200元。"));

    /** Every fact of each file (all forms, in order), and the goal texts each in its field. */
    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
        BlindFormsTest.assertGoals(GOALS);
    }

    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }

    /**
     * l05's second form types its target as "=45座": Calc took it for a formula and printed #NAME?. That cell is no
     * target (the value is lost): left unread and reported, the only problem of the file, never read as text.
     */
    @Test
    void aSpreadsheetErrorCellIsRefused() {
        List<String> problems = BlindFormsTest.readBlind("l05-qingfeng-xiaoxin-familyB-calc-twoforms-2023").problems()
                .stream().map(p -> p.text() + " " + p.reason()).toList();
        assertEquals(1, problems.size(), problems.toString());
        // since Residuals 4 in the workbook readers' words (an error value is refused in every field, ErrorCells)
        assertTrue(problems.get(0).startsWith("#NAME?"), problems.get(0));
        assertTrue(problems.get(0).contains("单元格显示公式错误值 #NAME?"), problems.get(0));
        // the workbook it was printed from shows the same error in its cell: refused there too
        perfaudit.model.Document workbook = perfaudit.Fixtures.read(java.nio.file.Path.of("src", "test", "resources", "perfaudit",
                "blind", "pdf-src", "l05-qingfeng-xiaoxin-familyB-calc-twoforms-2023.xlsx"));
        assertEquals(List.of("Sheet1!F30"), workbook.problems().stream().map(p -> p.location().position()).toList());
        assertEquals(null, workbook.forms().get(1).indicators().get(0).target());
        // filled in, only not readable: marked so in both, never taken for an empty target
        assertEquals(java.util.Set.of("target"), workbook.forms().get(1).indicators().get(0).unread());
        assertTrue(workbook.problems().get(0).reason().startsWith("年度指标值「运维光伏电站数量」："), workbook.problems().get(0).reason());
    }

    /** The forms read with no parse problem: the wrapped rows of l04's unruled table and l01's split row are whole. */
    @Test
    void theOtherFormsReadWithoutProblems() {
        for (String stem : List.of("l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023",
                "l02-shinan-yiwujiaoyu-familyC-calc-merged-2023", "l03-jinqiao-heliu-familyE-webpage-2022",
                "l04-beiling-shichang-bumenzhengti-noruling-2023")) {
            assertEquals(List.of(), BlindFormsTest.readBlind(stem).problems(), stem);
        }
    }

    /** l03 (family E) prints one goal under 年度绩效目标1 and a form-wide 偏差大或目标未完成原因分析. */
    @Test
    void theWebPagesGoalAndFormWideReason() {
        perfaudit.model.Form form = BlindFormsTest.readBlind("l03-jinqiao-heliu-familyE-webpage-2022").forms().get(0);
        assertEquals("完成中小河流治理12公里，新建护岸8公里，河段防洪标准提高到10年一遇。", form.goal().expected());
        assertEquals("主汛期持续降雨，部分河段停工，工程完工时间较计划延后20天。", form.formDeviation());
    }

    /** The 部门整体 form without ruling lines (l04) keeps each row's 是否核心指标 mark. */
    @Test
    void coreMarksOfTheUnruledTable() {
        assertEquals(List.of(true, false, false, false, true, false, false), BlindFormsTest
                .readBlind("l04-beiling-shichang-bumenzhengti-noruling-2023").forms().get(0).indicators().stream()
                .map(Indicator::core).toList());
    }
}
