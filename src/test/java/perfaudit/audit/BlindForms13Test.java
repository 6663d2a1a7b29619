package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Indicator;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The thirteenth blind round (m01–m05 in src/test/resources/perfaudit/blind, see its README.md): invented forms of
 * families other than A published as real PDFs, made from the pages in {@code blind/pdf-src} ({@code make.sh},
 * {@code Gen.java}): a family D sheet printed by Calc without grid lines whose merged 一级 / 二级 labels sit at the
 * foot of their spans, a family B Writer table without borders whose rows touch, two family C forms of which only the
 * first is ruled, a family E form scanned and OCR'd (a page image under an invisible text layer with OCR confusions)
 * and a 部门整体 sheet stored as a portrait page turned by /Rotate 90. Facts written before perfaudit read them, in
 * {@link BlindFormsTest#facts}'s notation (commit a684763). m04 is not read right yet (see the README): its facts are
 * kept in the README, not asserted here; m02 reads right since Residuals 3 but for its goal (reported, not read).
 */
public class BlindForms13Test {

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("m01-wuling-zhuanyun-familyD-calc-bottomlabels-2023", """
                    D 2023 | 51152223T000000612345-城区生活垃圾转运设施运行 | - 梧岭县综合行政执法局 | - 梧岭县环境卫生服务中心
                    total 620 640 608 10 95 9.5
                    currentYear 600 600 570 - 95 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 20 40 38 - 95 -
                    产出指标 数量指标 垃圾转运站运行座数 | ≥8座 | 8 | 10 10
                    产出指标 数量指标 日均转运生活垃圾量 | ≥180吨 | 186 | 10 10
                    产出指标 质量指标 垃圾密闭运输率 | =100% | 100 | 10 10
                    产出指标 质量指标 除臭设施正常运行率 | ≥95% | 92 | 5 4.84
                    产出指标 时效指标 垃圾日产日清率 | =100% | 100 | 10 10
                    产出指标 成本指标 吨垃圾转运成本 | ≤95元/吨 | 91.5 | 5 5
                    效益指标 社会效益指标 生活垃圾无害化处理率 | ≥98% | 99.2 | 10 10
                    效益指标 社会效益指标 群众投诉处理率 | =100% | 100 | 10 10
                    效益指标 生态效益指标 转运站周边环境达标率 | ≥95% | 96 | 10 10
                    满意度指标 服务对象满意度指标 城区居民满意度 | ≥90% | 93 | 10 10
                    总分 100 99.34"""),
            Map.entry("m02-dongba-nongtian-familyB-writer-nogap-2023", """
                    B 2023 | 东坝县高标准农田建设 | 305 东坝县农业农村局 | 305012 东坝县农田建设服务中心
                    total - 850 807.5 10 95 9.5
                    central - 500 500 - - -
                    provincial - 200 190 - - -
                    county - 150 117.5 - - -
                    产出指标 数量指标 ★建成高标准农田面积（≥**亩） | ≥12000亩 | 12000亩 | 20 20
                    产出指标 数量指标 新建灌溉渠道长度 | ≥15公里 | 14.2公里 | 10 9.47
                    产出指标 质量指标 工程竣工验收合格率 | 100% | 100% | 10 10
                    产出指标 时效指标 项目完工时间 | ≤2023-11-30 | 2023-11-20 | 5 5
                    产出指标 成本指标 亩均建设成本 | ≤1500元/亩 | 1420元/亩 | 5 5
                    效益指标 经济效益指标 项目区粮食亩产增加量 | ≥50公斤 | 58公斤 | 15 15
                    效益指标 社会效益指标 受益农户数 | ≥3200户 | 3350户 | 10 10
                    效益指标 可持续影响指标 工程设计使用年限 | ≥15年 | 15年 | 5 5
                    满意度指标 服务对象满意度指标 受益农户满意度 | ≥90% | 94% | 10 10
                    总分 100 98.97"""),
            Map.entry("m03-baichuan-jiuzhu-familyC-writer-mixedruling-2023", """
                    C 2023 | 困难群众救助补助资金 | - 柏川县民政局 | - 柏川县民政局
                    total - 2400 2352 - 98 -
                    central - 1800 1800 - 100 -
                    local - 600 552 - 92 -
                    产出指标 数量指标 城乡低保保障人数 | ≥6000人 | 6320人 | - -
                    产出指标 数量指标 特困人员救助供养人数 | ≥800人 | 810人 | - -
                    产出指标 质量指标 救助对象认定准确率 | ≥98% | 99.1% | - -
                    产出指标 时效指标 资金发放及时率 | 100% | 100% | - -
                    效益指标 社会效益指标 困难群众基本生活保障率 | 100% | 100% | - -
                    满意度指标 服务对象满意度指标 救助对象满意度 | ≥90% | 95% | - -
                    总分 - -
                    C 2023 | 城乡居民基本医疗保险补助 | - 柏川县医疗保障局 | - 柏川县医疗保障事务中心
                    total - 3600 3420 - 95 -
                    central - 2700 2700 - 100 -
                    local - 900 720 - 80 -
                    产出指标 数量指标 参保人数 | ≥21万人 | 20.6万人 | - -
                    产出指标 质量指标 政策范围内住院费用支付比例 | ≥70% | 71.5% | - -
                    产出指标 时效指标 补助资金拨付及时率 | 100% | 100% | - -
                    效益指标 社会效益指标 居民医保参保率 | ≥95% | 96.2% | - -
                    效益指标 可持续影响指标 医保基金运行平稳程度 | 平稳运行 | 平稳运行 | - -
                    满意度指标 服务对象满意度指标 参保群众满意度 | ≥85% | 90% | - -
                    总分 - -"""),
            Map.entry("m05-qingxi-nongye-bumenzhengti-rotated-2023", """
                    I 2023 | null | - - | - 重庆市青溪区农业农村委员会
                    total 2680 2900 2755 10 95 9.5
                    产出指标 数量指标 高标准农田建设面积 | ≥1.5万亩 | 1.52 | 20 20
                    产出指标 数量指标 农技培训人次 | ≥3000人次 | 2600 | 10 8.67
                    产出指标 质量指标 农产品质量安全抽检合格率 | ≥98% | 99.2 | 15 15
                    产出指标 时效指标 项目资金拨付及时率 | =100% | 100 | 10 10
                    效益指标 经济效益指标 农村居民人均可支配收入增长率 | ≥6% | 6.8 | 10 10
                    效益指标 生态效益指标 农作物秸秆综合利用率 | ≥86% | 88 | 10 10
                    效益指标 可持续影响指标 耕地保护面积 | ≥42万亩 | 42.3 | 5 5
                    满意度指标 服务对象满意度指标 服务对象满意度 | ≥90% | 93 | 10 10
                    总分 - 98.17"""));

    /** The rows that print a 偏差原因 (未完成原因分析, 偏差原因分析及改进措施, 说明), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "m01-wuling-zhuanyun-familyD-calc-bottomlabels-2023", Map.of("除臭设施正常运行率", "两座站除臭设备故障停机维修"),
            "m02-dongba-nongtian-familyB-writer-nogap-2023", Map.of("新建灌溉渠道长度",
                    "部分渠段涉及基本农田占用调整，设计变更后缩短0.8公里；下年度严格前期勘察"),
            "m03-baichuan-jiuzhu-familyC-writer-mixedruling-2023", Map.of(),
            "m05-qingxi-nongye-bumenzhengti-rotated-2023", Map.of("农技培训人次", "部分培训因汛期延期"));

    /** Each form's 预期目标 and 实际完成情况 as printed (the first form of each file). */
    private static final Map<String, List<String>> GOALS = Map.of(
            "m01-wuling-zhuanyun-familyD-calc-bottomlabels-2023", List.of(
                    "8座转运站正常运行，日均转运生活垃圾180吨以上，密闭运输率100%。",
                    "8座转运站正常运行，日均转运生活垃圾186吨，密闭运输率100%。"),
            "m03-baichuan-jiuzhu-familyC-writer-mixedruling-2023", List.of(
                    "保障城乡低保对象、特困人员基本生活，按时足额发放救助资金。",
                    "保障城乡低保对象6320人、特困人员810人基本生活，救助资金按月足额发放。"));

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

    /** m03's second form, on its unruled page: its goal and its one 未完成原因. */
    @Test
    void theUnruledSecondFormOfTheMixedDocument() {
        perfaudit.model.Form form = BlindFormsTest.readBlind("m03-baichuan-jiuzhu-familyC-writer-mixedruling-2023").forms().get(1);
        assertEquals("城乡居民参保21万人，住院费用政策范围内支付比例70%以上。", form.goal().expected());
        assertEquals("城乡居民参保20.6万人，住院费用政策范围内支付比例71.5%。", form.goal().actual());
        assertEquals(List.of("外出务工人员在务工地参保，下年度加强参保动员"), form.indicators().stream()
                .map(Indicator::deviation).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * m01's 一级 / 二级 labels stand at the foot of their merged cells: the rows are filed under the labels below them,
     * and the reading is noted (at the table's first row), never silent.
     */
    @Test
    void labelsAtTheFootOfTheirSpansAreNoted() {
        perfaudit.model.Document doc = BlindFormsTest.readBlind("m01-wuling-zhuanyun-familyD-calc-bottomlabels-2023");
        assertEquals(List.of(), doc.problems());
        assertEquals(1, doc.notes().stream().filter(n -> n.reason().contains("foot of their merged cells")).count(),
                doc.notes().toString());
    }

    /** The turned 部门整体 page (m05) keeps each row's 是否核心指标 mark. */
    @Test
    void coreMarksOfTheTurnedPage() {
        assertEquals(List.of(true, false, false, false, true, false, false, false), BlindFormsTest
                .readBlind("m05-qingxi-nongye-bumenzhengti-rotated-2023").forms().get(0).indicators().stream()
                .map(Indicator::core).toList());
    }

    /** m04's wrapped label pieces: the header's （B） is no row, the 分） of 年度绩效目标1（80 / 分） no reason (both noted). */
    @Test
    void wrappedLabelPiecesOfTheOcrdScanAreNoRowsNorReasons() {
        perfaudit.model.Document doc = BlindFormsTest.readBlind("m04-xikou-wenhua-familyE-scan-ocr-2022");
        List<Indicator> rows = doc.forms().get(0).indicators();
        assertEquals(List.of(), rows.stream().map(Indicator::name).filter(n -> n.contains("（B）") || n.contains("(B)")).toList());
        assertEquals(List.of(), rows.stream().map(Indicator::deviation).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * m02's rows touch (no cell padding): the 项目负责人及电话 value's two lines and the 实施单位 value's three lines below
     * it stand one pitch apart in one column. Cut where the row's other cells are centred on them (Residuals 3), the
     * 实施单位 is read whole, its code with it; on main its first line went to the telephone number and the rest was
     * reported cut ("农田建设服务中").
     */
    @Test
    void theTouchingRowsOfTheHeaderArePartedByTheirCentres() {
        perfaudit.model.Document doc = BlindFormsTest.readBlind("m02-dongba-nongtian-familyB-writer-nogap-2023");
        assertEquals("305012 东坝县农田建设服务中心", doc.forms().get(0).implementingUnit().code() + " "
                + doc.forms().get(0).implementingUnit().name());
        assertEquals(List.of(), doc.problems().stream().filter(p -> p.reason().contains("seems cut")).toList());
        // the goal's touching lines are not parted right yet: reported, not read
        assertEquals(1, doc.problems().stream().filter(p -> p.reason().contains("interleaved")).count(), doc.problems().toString());
    }
}
