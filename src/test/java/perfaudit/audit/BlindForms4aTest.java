package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fourth round of hand-made forms (d01–d07 in src/test/resources/perfaudit/blind, see its README.md): family L (项目决策 /
 * 项目管理 blocks in the national form, budget execution as an indicator) behind page chrome, a family J food-supervision
 * form with 自评得分 and section weights only, a form after its 自评报告, the same form twice (a glued copy in the page's
 * 内容概述), a glued transfer form in a document-site wrapper. Each form that reads right is asserted with the facts an
 * auditor reads off it, in {@link BlindFormsTest#facts(Form)}'s notation; the J 计划生育 checklist (d04) is recognised and
 * refused as a form perfaudit does not audit; d07's glued goal texts are reported, not read.
 */
public class BlindForms4aTest {


    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("d01-hequan-renju-familyL-tabbed-chrome-2023", """
                    A 2023 | 贺泉县农村人居环境整治 | - 贺泉县农业农村局 | - 贺泉县乡村振兴服务中心
                    total 400 380 361 - 95 -
                    currentYear 400 350 332.5 - 95 -
                    carryOver 0 30 28.5 - 95 -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标明确性 | 明确 | 明确 | 5 5
                    项目管理(25) 资金管理 预算执行率 | 100% | 95% | 10 9.5
                    项目管理(25) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | 健全 | 健全 | 5 5
                    项目管理(25) 组织实施 制度执行有效性 | 有效 | 有效 | 5 5
                    产出指标(35) 数量指标 整治行政村数量 | ≥12个 | 12个 | 10 10
                    产出指标(35) 数量指标 新建农村公厕数量 | ≥20座 | 18座 | 10 9
                    产出指标(35) 质量指标 工程验收合格率 | 100% | 100% | 10 10
                    产出指标(35) 时效指标 项目完工时间 | ≤2023-11-30 | 2023-11-25 | 5 5
                    效益指标(20) 社会效益指标 农村人居环境改善情况 | 明显改善 | 明显改善 | 10 10
                    效益指标(20) 生态效益指标 生活垃圾无害化处理率 | ≥90% | 93% | 10 10
                    满意度指标(10) 服务对象满意度指标 村民满意度 | ≥90% | 96% | 10 10
                    总分 100 98.5"""),
            Map.entry("d02-xikou-yingyang-familyK-scoresheet-docsite-2022", """
                    K 2022 | 农村义务教育学生营养改善计划 | - 溪口县教育局 | - 溪口县学生资助管理中心
                    项目决策(20) 项目立项 立项依据充分性 | - | - | 3 3
                    项目决策(20) 项目立项 立项程序规范性 | - | - | 2 2
                    项目决策(20) 绩效目标 绩效目标合理性 | - | - | 3 3
                    项目决策(20) 绩效目标 绩效指标明确性 | - | - | 2 1.5
                    项目决策(20) 资金投入 预算编制科学性 | - | - | 5 5
                    项目决策(20) 资金投入 资金分配合理性 | - | - | 5 4
                    项目管理(20) 资金管理 资金到位率 | - | - | 3 3
                    项目管理(20) 资金管理 预算执行率 | - | - | 4 3.6
                    项目管理(20) 资金管理 资金使用合规性 | - | - | 3 3
                    项目管理(20) 组织实施 管理制度健全性 | - | - | 5 5
                    项目管理(20) 组织实施 制度执行有效性 | - | - | 5 4.5
                    项目绩效(60) 产出 实际完成率 | - | - | 10 10
                    项目绩效(60) 产出 完成质量 | - | - | 10 9
                    项目绩效(60) 产出 完成及时性 | - | - | 5 5
                    项目绩效(60) 产出 成本节约率 | - | - | 5 4
                    项目绩效(60) 效益 社会效益 | - | - | 15 14
                    项目绩效(60) 效益 可持续影响 | - | - | 5 5
                    项目绩效(60) 效益 服务对象满意度 | - | - | 10 9.2
                    总分 100 93.8"""),
            Map.entry("d03-shimen-shipin-familyJ-cellperline-2023", """
                    C 2023 | 食品药品监管补助资金 | - 石门市市场监督管理局 | - 石门市食品药品检验检测中心
                    total - 186 176.7 - 95 -
                    central - 150 142.5 - 95 -
                    local - 36 34.2 - 95 -
                    产出指标(50) 数量指标 食品安全监督抽检批次 | ≥2400批次 | 2460批次 | - 20
                    产出指标(50) 数量指标 监督检查食品生产经营单位数 | ≥3000家 | 3120家 | - 10
                    产出指标(50) 质量指标 不合格食品核查处置率 | 100% | 100% | - 10
                    产出指标(50) 时效指标 抽检信息公布时间 | ≤2023-12-31 | 2023-12-20 | - 10
                    效益指标(40) 社会效益指标 重大食品安全事故发生起数 | 0起 | 0起 | - 20
                    效益指标(40) 可持续影响指标 食品安全监管能力 | 逐步提升 | 逐步提升 | - 20
                    满意度指标(10) 服务对象满意度指标 公众食品安全满意度 | ≥80% | 78% | - 9.75
                    总分 - 99.75"""),
            Map.entry("d05-nanling-daolu-afterreport-spacerows-yuan-2023", """
                    A 2023 | 南岭镇农村道路养护 | 412 枫林县交通运输局 | 412006 枫林县南岭镇人民政府
                    total 80 76 72.2 10 95 9.5
                    currentYear 80 76 72.2 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 养护农村公路里程 | ≥46公里 | 46.5公里 | 20 20
                    产出指标(50) 质量指标 路面完好率 | ≥85% | 83% | 15 14.65
                    产出指标(50) 成本指标 每公里养护成本 | ≤16500元/公里 | 15527元/公里 | 15 15
                    效益指标(30) 社会效益指标 群众出行条件 | 明显改善 | 明显改善 | 15 15
                    效益指标(30) 可持续影响指标 道路使用年限 | ≥10年 | 10年 | 15 15
                    满意度指标(10) 服务对象满意度指标 沿线群众满意度 | ≥90% | 92% | 10 10
                    总分 100 99.15"""),
            Map.entry("d06-tongxi-gonggongweisheng-twice-glued-oneline-2021", """
                    A 2021 | 基本公共卫生服务项目 | - 桐溪县卫生健康局 | - 桐溪县城关镇卫生院
                    total 250 250 237.5 10 95 9.5
                    currentYear 250 250 237.5 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 居民电子健康档案建档率 | ≥90% | 92% | 15 15
                    产出指标(50) 数量指标 65岁及以上老年人健康管理人数 | ≥3200人 | 3040人 | 15 14.25
                    产出指标(50) 质量指标 高血压患者规范管理率 | ≥60% | 62% | 10 10
                    产出指标(50) 时效指标 服务项目完成时间 | ≤2021-12-31 | 2021-12-28 | 10 10
                    效益指标(30) 社会效益指标 居民健康素养水平 | 逐步提高 | 逐步提高 | 15 15
                    效益指标(30) 可持续影响指标 基本公共卫生服务均等化水平 | 持续提升 | 持续提升 | 15 15
                    满意度指标(10) 服务对象满意度指标 居民满意度 | ≥85% | 88% | 10 10
                    总分 100 98.75"""),
            Map.entry("d07-qinglan-xiangcun-familyC-glued-docsite-2022", """
                    C 2022 | 中央财政衔接推进乡村振兴补助资金 | - 青岚县乡村振兴局 | - 青岚县乡村振兴局
                    total - 5000 5000 - 100 -
                    central - 4000 4000 - 100 -
                    local - 1000 1000 - 100 -
                    产出指标 数量指标 支持产业发展项目个数 | ≥25个 | 26个 | - -
                    产出指标 数量指标 新改建农村道路长度 | ≥38公里 | 41.5公里 | - -
                    产出指标 质量指标 项目验收合格率 | 100% | 100% | - -
                    产出指标 成本指标 项目资金超预算率 | ≤5% | 0% | - -
                    效益指标 经济效益指标 带动脱贫户增收户数 | ≥1200户 | 1260户 | - -
                    效益指标 社会效益指标 脱贫人口返贫人数 | 0人 | 0人 | - -
                    效益指标 可持续影响指标 项目持续发挥效益年限 | ≥5年 | 5年 | - -
                    总分 - -"""));

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    /** The glued transfer form (d07): the two rows no cut reads with certainty are reported, not guessed. */
    @Test
    void gluedRowsNotCutWithCertaintyAreReported() {
        Document doc = BlindFormsTest.readBlind("d07-qinglan-xiangcun-familyC-glued-docsite-2022");
        assertTrue(doc.problems().stream().anyMatch(p -> p.text().contains("资金下达时间")), doc.problems().toString());
        assertTrue(doc.problems().stream().anyMatch(p -> p.text().contains("≥90%")), doc.problems().toString());
        assertTrue(doc.forms().get(0).indicators().stream().noneMatch(i -> i.name().startsWith("≥")));
    }

    /**
     * The glued transfer form (d07): 预期目标 and 实际完成情况 printed side by side and their texts glued into one
     * ("…合格率100%。实施产业发展项目26个…"): the goal is reported and left unread, so no goal rule judges it (before,
     * one 预期目标 with no 实际完成情况 and a false GOAL-RESTATED).
     */
    @Test
    void gluedGoalTextsAreReportedNotRead() {
        Document doc = BlindFormsTest.readBlind("d07-qinglan-xiangcun-familyC-glued-docsite-2022");
        Form form = doc.forms().get(0);
        assertTrue(form.goal() == null || form.goal().expected() == null && form.goal().actual() == null, String.valueOf(form.goal()));
        assertTrue(doc.problems().stream().anyMatch(p -> p.reason().contains("预期目标与实际完成情况两栏的文字粘连")),
                doc.problems().toString());
    }

    /** The K score sheet (d02): each 二级 and its points head their rows; the sheet's grade line is no field. */
    @Test
    void theScoreSheetsLevel2PointsAreNoRows() {
        Document doc = BlindFormsTest.readBlind("d02-xikou-yingyang-familyK-scoresheet-docsite-2022");
        assertEquals(List.of("评价等级", "优"), doc.problems().stream().map(p -> p.text()).toList());
    }

    /** The same form twice (d06): the glued copy in 内容概述 is noted and the form read once. */
    @Test
    void theGluedCopyIsReadOnce() {
        Document doc = BlindFormsTest.readBlind("d06-tongxi-gonggongweisheng-twice-glued-oneline-2021");
        assertEquals(1, doc.forms().size());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("内容概述")), doc.notes().toString());
    }

    /** The J 计划生育 checklist (d04) is recognised and refused, never read as a project form. */
    @Test
    void theFamilyPlanningChecklistIsRefused() {
        Document doc = BlindFormsTest.readBlind("d04-yunling-jihuashengyu-familyJ-pipe-2022");
        assertTrue(doc.forms().isEmpty());
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        assertTrue(doc.problems().get(0).reason().contains("(family J)"), doc.problems().toString());
    }

    /** The 自评报告 before its 附件1 (d05) is no form: one form, nothing of the prose reported. */
    @Test
    void theReportBeforeTheFormIsNoForm() {
        Document doc = BlindFormsTest.readBlind("d05-nanling-daolu-afterreport-spacerows-yuan-2023");
        assertEquals(1, doc.forms().size());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }


    private static String facts(List<Form> forms) {
        return forms.stream().map(BlindFormsTest::facts).collect(Collectors.joining("\n"));
    }

}
