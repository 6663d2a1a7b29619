package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ninth text round of hand-made forms (k01–k05 in src/test/resources/perfaudit/blind, see its README.md), written
 * blind from LAYOUTS.md / DOMAIN.md before the reader ran on them, in family × rendition pairings the earlier rounds held
 * least, each carrying a shape noted as weak: a B form flattened on one line with 三级 names broken into three pieces,
 * an A′ form on one line where a row that lost points and printed no reason is followed by the next row's name broken
 * by a space, an L form in space rows with a bound (≥ 250 人) after a name broken by a space, a D form OCR'd with its
 * two-line header read line by line and two rows run together, a C′ tabbed export with two rows on one line.
 * Facts in {@link BlindFormsTest#facts(perfaudit.model.Form)}'s notation.
 */
public class BlindForms11Test {

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("k01-yankou-xindai-familyB-oneline-threepiece-2023", """
                    B 2023 | 脱贫人口小额信贷贴息 | 318 岩口县乡村振兴局 | 318002 岩口县扶贫开发服务中心
                    total - 180 171 10 95 9.5
                    currentYear - 180 171 - - -
                    other - 0 0 - - -
                    产出指标(50) 数量指标 贴息户数 | ≥1500户 | 1512户 | 20 20
                    产出指标(50) 质量指标 贴息资金精准兑付到户率 | 100% | 100% | 15 15
                    产出指标(50) 时效指标 贴息资金兑付时间 | ≤2023-12-31 | 2023-12-25 | 15 15
                    效益指标(30) 经济效益指标 ★户均贴息金额 | ≥1000元 | 1131元 | 15 15
                    效益指标(30) 社会效益指标 带动脱贫户经营增收户数 | ≥1200户 | 1150户 | 15 14.38
                    满意度指标(10) 服务对象满意度指标 受益脱贫户满意度 | ≥90% | 96% | 10 10
                    总分 100 98.88"""),
            Map.entry("k02-jinxi-banqian-Aprime-oneline-namestart-2022", """
                    A' 2022 | 易地扶贫搬迁后续扶持 | - 金溪县发展和改革局 | - 金溪县易地扶贫搬迁服务中心
                    total 240 240 228 10 95 9.5
                    currentYear 200 200 190 - - -
                    carryOver 40 40 38 - - -
                    other 0 0 0 - - -
                    产出指标 数量指标 扶持搬迁群众就业人数 | ≥800人 | 760 | 20 19
                    产出指标 数量指标 安置点扶贫车间建设数量 | ≥4个 | 4 | 10 10
                    产出指标 质量指标 扶贫车间验收合格率 | =100% | 100 | 10 10
                    产出指标 时效指标 车间建成投产时间 | ≤10月 | 9 | 10 10
                    效益指标 经济效益指标 搬迁户人均务工收入 | ≥12000元 | 12600 | 15 15
                    效益指标 社会效益指标 安置点社区服务覆盖率 | ≥95% | 96 | 15 15
                    满意度指标 服务对象满意度指标 搬迁群众满意度 | ≥90% | 94 | 10 10
                    总分 100 98.5"""),
            Map.entry("k03-luming-cunyi-familyL-spacerows-bound-2022", """
                    A 2022 | 乡村医生能力提升培训 | - 鹿鸣县卫生健康局 | - 鹿鸣县基层卫生人员培训中心
                    total 60 60 57.6 - 96 -
                    currentYear 60 60 57.6 - 96 -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标明确性 | 明确 | 明确 | 5 5
                    项目管理(25) 资金管理 预算执行率 | 100% | 96% | 10 9.6
                    项目管理(25) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | 健全 | 健全 | 5 5
                    项目管理(25) 组织实施 制度执行有效性 | 有效 | 有效 | 5 5
                    产出指标(35) 数量指标 培训 乡村医生人数 | ≥250人 | 262人 | 15 15
                    产出指标(35) 质量指标 培训考核合格率 | ≥95% | 97% | 10 10
                    产出指标(35) 时效指标 培训完成时间 | ≤2022-11-30 | 2022-11-20 | 10 10
                    效益指标(20) 社会效益指标 村卫生室基本医疗服务能力 | 逐步提升 | 逐步提升 | 10 10
                    效益指标(20) 可持续影响指标 乡村医生 在岗执业人数 | ≥240人 | 251人 | 10 10
                    满意度指标(10) 服务对象满意度指标 参训乡村医生满意度 | ≥90% | 88% | 10 10
                    总分 100 99.6"""),
            Map.entry("k04-songping-zhongyaocai-familyD-ocr-scrambled-2022", """
                    D 2022 | 51142122T000000207713-松坪县中药材种植示范 | - 松坪县农业农村局 | - 松坪县经济作物技术推广站
                    total 90 90 81 10 90 9
                    currentYear 90 90 81 - 90 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 0 0 - - -
                    产出指标 数量指标 建设示范基地面积 | ≥500亩 | 520 | 20 20
                    产出指标 数量指标 培训种植户人次 | ≥300人次 | 320 | 10 10
                    产出指标 质量指标 种苗成活率 | ≥90% | 93 | 10 10
                    产出指标 时效指标 种苗发放完成时间 | ≤4月 | 4 | 10 10
                    效益指标 经济效益指标 示范基地亩均增收 | ≥800元 | 760 | 15 14.25
                    效益指标 可持续影响指标 带动周边种植面积 | ≥1000亩 | 1100 | 15 15
                    满意度指标 服务对象满意度指标 种植户满意度 | ≥90% | 95 | 10 10
                    总分 100 98.25"""),
            Map.entry("k05-qinghe-gongshui-Cprime-tabbed-runtogether-2024", """
                    C 2024 | 水利发展资金（农村供水保障） | - 清河县水利局 | - 清河县农村供水管理站
                    total - 420 399 - 95 -
                    central - 300 288 - 96 -
                    local - 120 111 - 92.5 -
                    产出指标 数量指标 维修养护农村供水工程处数 | ≥60处 | 62处 | - -
                    产出指标 质量指标 水质检测合格率 | ≥90% | 93% | - -
                    产出指标 时效指标 维修养护完成时间 | ≤2024-10-31 | 2024-10-15 | - -
                    产出指标 成本指标 单处维修养护成本 | ≤5万元 | 4.8万元 | - -
                    效益指标 社会效益指标 农村自来水普及率 | ≥92% | 92.6% | - -
                    效益指标 可持续影响指标 工程长效运行机制 | 逐步健全 | 逐步健全 | - -
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 94% | - -
                    总分 - -"""),
            Map.entry("k06-yunling-weishengyuan-Aprime-spacerows-bound-2023", """
                    A' 2023 | 乡镇卫生院能力提升 | - 云岭县卫生健康局 | - 云岭县基层卫生服务中心
                    total 150 150 141 10 94 9.4
                    currentYear 150 150 141 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标 数量指标 配备设备卫生院数量 | =12所 | 12 | 15 15
                    产出指标 数量指标 基层医务人员培训人次 | ≥250人次 | 262 | 15 15
                    产出指标 质量指标 设备验收合格率 | =100% | 100 | 10 10
                    产出指标 时效指标 设备到位时间 | ≤9月 | 10 | 10 9
                    效益指标 社会效益指标 乡镇卫生院门诊人次增长率 | ≥10% | 12 | 15 15
                    效益指标 可持续影响指标 设备正常使用年限 | ≥8年 | 8 | 15 15
                    满意度指标 服务对象满意度指标 就诊群众满意度 | ≥90% | 93 | 10 10
                    总分 100 98.4"""));

    /** Each form's 预期目标 and 实际完成情况 as printed. */
    private static final Map<String, List<String>> GOALS = Map.of(
            "k01-yankou-xindai-familyB-oneline-threepiece-2023", List.of(
                    "为1500户脱贫户发放小额信贷贴息，贴息资金年底前兑付到位。",
                    "为1512户脱贫户兑付小额信贷贴息171万元，年底前兑付到位。"),
            "k02-jinxi-banqian-Aprime-oneline-namestart-2022", List.of(
                    "扶持搬迁群众就业800人，建成扶贫车间4个，搬迁群众满意度90%以上。",
                    "扶持搬迁群众就业760人，建成扶贫车间4个，搬迁群众满意度94%。"),
            "k03-luming-cunyi-familyL-spacerows-bound-2022", List.of(
                    "培训乡村医生250人以上，培训考核合格率95%以上。",
                    "培训乡村医生262人，考核合格率97%。"),
            "k04-songping-zhongyaocai-familyD-ocr-scrambled-2022", List.of(
                    "建设中药材示范基地500亩，培训种植户300人次。",
                    "建成中药材示范基地520亩，培训种植户320人次。"),
            "k05-qinghe-gongshui-Cprime-tabbed-runtogether-2024", List.of(
                    "完成农村供水工程维修养护60处，农村自来水普及率达到92%。",
                    "完成农村供水工程维修养护62处，农村自来水普及率达到92.6%。"),
            "k06-yunling-weishengyuan-Aprime-spacerows-bound-2023", List.of(
                    "为12所乡镇卫生院配备诊疗设备，培训基层医务人员250人次以上。",
                    "为12所乡镇卫生院配备诊疗设备，培训基层医务人员262人次。"));

    /** The rows that print a 偏差原因 (未完成原因), by name; every other row has none (k02's lost-points row prints none). */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "k01-yankou-xindai-familyB-oneline-threepiece-2023", Map.of("带动脱贫户经营增收户数", "部分贷款户经营周期未满一年"),
            "k02-jinxi-banqian-Aprime-oneline-namestart-2022", Map.of(),
            "k03-luming-cunyi-familyL-spacerows-bound-2022", Map.of("预算执行率", "部分培训劳务费次年初结算"),
            "k04-songping-zhongyaocai-familyD-ocr-scrambled-2022", Map.of("示范基地亩均增收", "受干旱影响部分地块减产"),
            "k05-qinghe-gongshui-Cprime-tabbed-runtogether-2024", Map.of(),
            "k06-yunling-weishengyuan-Aprime-spacerows-bound-2023", Map.of("设备到位时间", "因供应商延迟交货，设备10月到位"));

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
     * Only k02's text between rows is reported (no word of a reason: 搬迁 may start the next name, the row before left
     * its reason empty); each repair is noted: k04's header joined and its figure parted from the label, k05's line
     * parted into two rows, k06's two names joined.
     */
    @Test
    void onlyTheUndecidedTextIsReportedAndEachRepairNoted() {
        for (String stem : READ.keySet()) {
            List<String> problems = BlindFormsTest.readBlind(stem).problems().stream().map(p -> p.reason()).toList();
            if (stem.startsWith("k02")) {
                assertEquals(1, problems.size(), stem + ": " + problems);
                assertTrue(problems.get(0).contains("not decided (no word of a reason in it): 搬迁"), problems.get(0));
            } else {
                assertEquals(List.of(), problems, stem);
            }
        }
        assertEquals(3, notes("k04-songping-zhongyaocai-familyD-ocr-scrambled-2022").size());
        assertEquals(1, notes("k05-qinghe-gongshui-Cprime-tabbed-runtogether-2024").size());
        assertEquals(List.of("基层医务人员", "乡镇卫生院"), notes("k06-yunling-weishengyuan-Aprime-spacerows-bound-2023").stream()
                .map(n -> n.text()).toList());
    }

    /**
     * Two rows on one tabbed line as a lost line break leaves them (the break stood for the second row's first empty
     * cell: 7 + 6 cells): parted where its 二级 falls under the first row's, both rows read.
     */
    @Test
    void aTabbedLineHoldingTwoRowsIsPartedAtItsLevelLabel() throws Exception {
        Document doc = Fixtures.readWith(blind("k05-qinghe-gongshui-Cprime-tabbed-runtogether-2024.txt"),
                "93%\t\t时效指标", "93%\t\t\t时效指标", "k05-lost-break.txt");
        assertEquals(READ.get("k05-qinghe-gongshui-Cprime-tabbed-runtogether-2024"), BlindFormsTest.facts(doc));
        assertEquals(List.of(), doc.problems());
    }

    /** An 一级 label with its points touching the row before's 得分 ("10效益指标(30分)") is parted as a 二级 one is. */
    @Test
    void aFigureTouchingALevelOneLabelIsParted() throws Exception {
        String stem = "k04-songping-zhongyaocai-familyD-ocr-scrambled-2022";
        Document doc = Fixtures.readWith(blind(stem + ".txt"), "4 10 10\n效益指标 经济效益指标", "4 10 10效益指标(30分) 经济效益指标",
                "k04-level1.txt");
        assertEquals(READ.get(stem).replace("效益指标 经济", "效益指标(30) 经济").replace("效益指标 可持续", "效益指标(30) 可持续"),
                BlindFormsTest.facts(doc));
    }

    /**
     * A name broken by a space whose row follows a row with its reason on the same flattened line (安置点 | 就业服务站数量
     * ≧ 4 个 4 10 10): read whole, not 安置点 with 指标值 就业服务站数量, 完成值 ≧4 个, 分值 4 and 偏差原因 "10".
     */
    @Test
    void aBrokenNameAfterAReasonedRowOnOneLineIsOneName() throws Exception {
        Document doc = Fixtures.readWith(blind("k02-jinxi-banqian-Aprime-oneline-namestart-2022.txt"),
                "760 20 19 搬迁 安置点扶贫车间建设数量 ≧ 4 个 4 10 10",
                "760 20 19 因部分搬迁户外出务工未登记 安置点扶贫车间建设数量 ≧ 4 个 4 10 10 安置点 就业服务站数量 ≧ 4 个 4 10 10",
                "k02-reasoned.txt");
        Form form = doc.forms().get(0);
        assertEquals("因部分搬迁户外出务工未登记", form.indicators().get(0).deviation());
        assertEquals("产出指标 数量指标 安置点就业服务站数量 | ≥4个 | 4 | 10 10", BlindFormsTest.facts(form).split("\n")[7]);
        assertEquals(List.of(), doc.problems());
    }

    private static List<perfaudit.model.ParseProblem> notes(String stem) {
        return BlindFormsTest.readBlind(stem).notes();
    }

    private static Path blind(String file) {
        return Path.of("src", "test", "resources", "perfaudit", "blind", file);
    }
}
