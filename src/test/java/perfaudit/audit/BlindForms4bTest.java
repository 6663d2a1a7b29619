package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fourth round of hand-made forms (e01–e06 in src/test/resources/perfaudit/blind, see its README.md): the form as
 * it reaches the auditor in office and web formats and damaged text — a real .xlsx workbook (merged cells, numeric
 * cells in 0.00% / 0.0% / 0% formats, formulas, a list sheet first, cells stored out of reading order), a .docx
 * family D form as a Word table (gridSpan, vMerge), an HTML page with page chrome and the family E form nested in
 * layout tables, 预期目标 and 实际完成情况 printed side by side in PDF text, a 繁體 family B tabbed export with pinyin
 * glosses, and a family C' form flattened onto one line. Each is asserted with the facts an auditor reads off it, in
 * {@link BlindFormsTest#facts(Form)}'s notation, plus its goal texts and 偏差原因.
 */
public class BlindForms4bTest {


    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("e01-liutang-yanglao-xlsx-merged-2023", """
                    A 2023 | 柳塘县社区养老服务站运营补助 | 312 柳塘县民政局 | 312007 柳塘县养老服务中心
                    total 60 64 57.6 10 90 9
                    currentYear 50 54 48.6 - - -
                    carryOver 10 10 9 - - -
                    other 0 0 0 - - -
                    产出指标 数量指标 补助社区养老服务站数量 | ≥12个 | 12个 | 15 15
                    产出指标 数量指标 服务老年人次 | ≥3000人次 | 3260人次 | 15 15
                    产出指标 质量指标 服务站消防检查合格率 | 100% | 100% | 10 10
                    产出指标 时效指标 补助资金拨付时间 | ≤2023-09-30 | 2023-09-20 | 5 5
                    产出指标 成本指标 每站年运营补助标准 | ≤4.5万元 | 4.5万元 | 5 5
                    效益指标 社会效益指标 老年人助餐服务覆盖率 | ≥80% | 72% | 20 18
                    效益指标 可持续影响指标 服务站持续运营年限 | ≥3年 | 3年 | 10 10
                    满意度指标 服务对象满意度指标 老年人满意度 | ≥90% | 94.5% | 10 10
                    总分 100 97"""),
            Map.entry("e02-qingchuan-gonglu-familyD-docx-2022", """
                    D 2022 | 51130022T000000318842-青川镇农村公路养护补助 | - 青川县交通运输局 | - 青川县农村公路养护站
                    total 200 170 161.5 10 95 9.5
                    currentYear 200 170 161.5 - - -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 0 0 - - -
                    产出指标 数量指标 养护农村公路里程 | ≥320公里 | 326 | 15 15
                    产出指标 数量指标 整治公路安全隐患点 | ≥45处 | 40 | 10 8.89
                    产出指标 质量指标 养护路段优良路率 | ≥85% | 88.2 | 10 10
                    产出指标 时效指标 养护任务完成时限 | ≤12月 | 11 | 5 5
                    产出指标 成本指标 每公里养护成本 | ≤0.55万元/公里 | 0.52 | 10 10
                    效益指标 社会效益指标 公路安全事故发生率同比下降 | ≥5% | 6.1 | 15 15
                    效益指标 可持续影响指标 农村公路列养率 | =100% | 100 | 10 10
                    效益指标 经济效益指标 沿线群众出行时间节约 | 明显 | 明显 | 5 5
                    满意度指标 服务对象满意度指标 沿线群众满意度 | ≥90% | 92 | 10 10
                    总分 100 98.39"""),
            Map.entry("e03-zhuxi-chaye-hubei-layouttables-2022", """
                    E 2022 | 竹溪县茶叶基地提质增效项目 | - 竹溪县农业农村局 | - 竹溪县茶叶产业发展中心
                    total - 150 138 20 92 18.4
                    产出指标 数量指标 新建标准化茶园面积 | 2000亩 | 2050亩 | - 24
                    产出指标 数量指标 茶园病虫害绿色防控面积 | 5000亩 | 4800亩 | - -
                    产出指标 质量指标 茶苗成活率 | ≥90% | 93% | - 10
                    产出指标 时效指标 项目完工时间 | 2022-11-30 | 2022-11-25 | - 8
                    产出指标 成本指标 每亩新建补助标准 | 500元/亩 | 500元/亩 | - 8
                    效益指标 经济效益指标 带动茶农户均增收 | ≥1200元 | 1350元 | - 10
                    效益指标 生态效益指标 水土流失治理面积 | 1500亩 | 1500亩 | - 8
                    满意度指标 服务对象满意度指标 茶农满意度 | ≥90% | 95% | - 8
                    总分 - 94.4"""),
            Map.entry("e04-shiqiao-xiaoshe-interleaved-2021", """
                    A 2021 | 石桥镇中小学校舍维修加固 | 207 石桥县教育局 | 207015 石桥县石桥镇中心学校
                    total 80 85 80.75 10 95 9.5
                    currentYear 80 85 80.75 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标 数量指标 维修加固校舍数量 | ≥5所 | 5所 | 15 15
                    产出指标 数量指标 维修加固面积 | ≥3200平方米 | 3260平方米 | 15 15
                    产出指标 质量指标 工程验收合格率 | 100% | 100% | 10 10
                    产出指标 时效指标 工程完工时间 | ≤2021-08-31 | 2021-08-20 | 5 5
                    产出指标 成本指标 每平方米维修成本 | ≤260元 | 248元 | 5 5
                    效益指标 社会效益指标 校舍安全隐患消除率 | 100% | 100% | 20 20
                    效益指标 可持续影响指标 校舍使用年限延长 | ≥10年 | 10年 | 10 10
                    满意度指标 服务对象满意度指标 师生家长满意度 | ≥90% | 88% | 10 9.78
                    总分 100 99.28"""),
            Map.entry("e05-qinggang-guangfu-fanti-tabbed-2020", """
                    B 2020 | 青岡縣光伏扶貧電站運維項目 | 108 青岡縣扶貧開發局 | 108003 青岡縣光伏扶貧電站管理所
                    total - 120 114 10 95 9.5
                    currentYear - 120 114 - - -
                    carryOver - 0 0 - - -
                    other - 0 0 - - -
                    产出指标 数量指标 ★光伏電站運維座數 | ≥30座 | 30座 | 15 15
                    产出指标 数量指标 ★帶動脫貧戶增收戶數(≥**戶) | ≥600户 | 620户 | 15 15
                    产出指标 质量指标 電站發電效率達標率 | ≥95% | 96% | 10 10
                    产出指标 时效指标 收益分配及時率 | 100% | 100% | 10 10
                    效益指标 经济效益指标 村集體經濟收入增加 | ≥60万元 | 57万元 | 15 14.25
                    效益指标 社会效益指标 ★受益脫貧戶戶均增收 | - | - | 15 15
                    效益指标 社会效益指标 其中：一般脫貧戶 | ≥1000元 | 1100元 | - -
                    效益指标 社会效益指标 其中：監測戶 | ≥1200元 | 1250元 | - -
                    满意度指标 服务对象满意度指标 受益群眾滿意度 | ≥90% | 93% | 10 10
                    总分 100 98.75"""),
            Map.entry("e06-nanling-nongye-Cprime-oneline-2024", """
                    C 2024 | 农业生产发展资金 | - 南岭县农业农村局 | - 南岭县农业技术推广中心
                    total - 600 582 - 97 -
                    central - 500 485 - 97 -
                    local - 100 97 - 97 -
                    产出指标 数量指标 耕地深松作业面积 | ≥3万亩 | 3.2万亩 | - -
                    产出指标 数量指标 高标准农田建设面积 | ≥1.5万亩 | 1.4万亩 | - -
                    产出指标 质量指标 农机作业质量合格率 | ≥95% | 97% | - -
                    产出指标 时效指标 资金下达时限 | ≤30天 | 25天 | - -
                    效益指标 经济效益指标 项目区粮食亩均增产 | ≥30公斤 | 35公斤 | - -
                    效益指标 可持续影响指标 耕地质量等级提升 | ≥0.1等 | 0.12等 | - -
                    满意度指标 服务对象满意度指标 项目区农户满意度 | ≥90% | 94% | - -
                    总分 - -"""));

    /** Each form's 预期目标 and 实际完成情况 as printed (e03, family E, prints none). */
    private static final Map<String, List<String>> GOALS = Map.of(
            "e01-liutang-yanglao-xlsx-merged-2023", List.of("为全县12个社区养老服务站提供运营补助，服务老年人不少于3000人次。",
                    "补助12个社区养老服务站运营，全年服务老年人3260人次。"),
            "e02-qingchuan-gonglu-familyD-docx-2022", List.of("养护农村公路320公里以上，整治安全隐患点45处，优良路率不低于85%。",
                    "养护农村公路326公里，整治安全隐患点40处，优良路率88.2%。"),
            "e04-shiqiao-xiaoshe-interleaved-2021", List.of("1.完成全镇5所中小学校舍维修加固，维修面积不少于3200平方米，项目资金85万元；"
                    + "2.消除校舍安全隐患，保障师生安全。", "1.完成5所中小学校舍维修加固，维修面积3260平方米，实际支出80.75万元；"
                    + "2.校舍安全隐患全部消除，师生家长满意度88%。"),
            "e05-qinggang-guangfu-fanti-tabbed-2020", List.of("完成全縣30座村級光伏電站運維，保障電站正常發電，帶動600戶脫貧戶增收。",
                    "完成30座村級光伏電站運維，帶動620戶脫貧戶增收。"),
            "e06-nanling-nongye-Cprime-oneline-2024", List.of("完成耕地深松作业3万亩，建设高标准农田1.5万亩，项目区粮食亩均增产30公斤以上。",
                    "完成耕地深松作业3.2万亩，建设高标准农田1.4万亩，项目区粮食亩均增产35公斤。"));

    /** The rows that print a 偏差原因 (未完成原因), by name. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "e01-liutang-yanglao-xlsx-merged-2023", Map.of("老年人助餐服务覆盖率", "部分社区助餐点建设滞后，下年度加快建设"),
            "e02-qingchuan-gonglu-familyD-docx-2022", Map.of("整治公路安全隐患点", "汛期延误，部分隐患点结转下年整治"),
            "e04-shiqiao-xiaoshe-interleaved-2021", Map.of("师生家长满意度", "部分家长对施工噪声不满，下年度避开上课时间施工"),
            "e05-qinggang-guangfu-fanti-tabbed-2020", Map.of("村集體經濟收入增加", "上半年光照不足，發電收益減少"),
            "e06-nanling-nongye-Cprime-oneline-2024", Map.of("高标准农田建设面积", "部分地块土地流转未完成，结转2025年实施"));

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    @Test
    void goalTextsAreEachInTheirField() {
        BlindFormsTest.assertGoals(GOALS);
    }

    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }

    /** e03: the family E form's form-wide reason (偏差大或目标未完成原因分析), and the page chrome is no form. */
    @Test
    void webPageFormInLayoutTables() {
        Document doc = BlindFormsTest.readBlind("e03-zhuxi-chaye-hubei-layouttables-2022");
        assertEquals(1, doc.forms().size());
        assertEquals("受春季低温影响，部分病虫害绿色防控面积未达到年初目标。", doc.forms().get(0).formDeviation());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    /** e01: the list sheet before the form names the project; the workbook's cells out of order read in grid order. */
    @Test
    void workbookListSheetAndNoProblem() {
        Document doc = BlindFormsTest.readBlind("e01-liutang-yanglao-xlsx-merged-2023");
        assertEquals(1, doc.projectList().size());
        assertEquals("柳塘县社区养老服务站运营补助", doc.projectList().get(0).name());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }


}
