package perfaudit.audit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seventh round of hand-made forms (h01–h06 in src/test/resources/perfaudit/blind, see its README.md), written blind
 * from LAYOUTS.md / DOMAIN.md in family × serialisation pairings not held before: a family K score sheet in "|" rows, a
 * family J food-safety form tabbed, a 部门整体 (I) form in 繁體 OCR'd space rows, a family E form flattened over two
 * pages (one line a page, footer and running title inside the lines), a family L form on one line, and a file of two
 * forms of different families (A with ＞＝ / 不少于 / ‰ / 个百分点 / 万人次, then C) tabbed. Facts in
 * {@link BlindFormsTest#facts(perfaudit.model.Form)}'s notation, all forms of a file in order.
 */
public class BlindForms8Test {

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("h01-qingbei-yibao-familyK-pipe-2023", """
                    K 2023 | 城乡居民医保经办服务能力提升 | - 青陂县医疗保障局 | - 青陂县医疗保险事业中心
                    项目决策(15) 项目立项 立项依据充分性 | - | - | 4 4
                    项目决策(15) 项目立项 立项程序规范性 | - | - | 3 3
                    项目决策(15) 绩效目标 绩效目标合理性 | - | - | 4 3.5
                    项目决策(15) 绩效目标 绩效指标明确性 | - | - | 4 4
                    项目管理(25) 资金管理 资金到位率 | - | - | 5 5
                    项目管理(25) 资金管理 预算执行率 | - | - | 5 4.6
                    项目管理(25) 资金管理 资金使用合规性 | - | - | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | - | - | 5 5
                    项目管理(25) 组织实施 制度执行有效性 | - | - | 5 4
                    项目绩效(60) 产出 实际完成率 | - | - | 15 15
                    项目绩效(60) 产出 完成质量 | - | - | 10 9
                    项目绩效(60) 产出 完成及时性 | - | - | 5 5
                    项目绩效(60) 产出 成本节约率 | - | - | 5 5
                    项目绩效(60) 效益 社会效益 | - | - | 15 14
                    项目绩效(60) 效益 可持续影响 | - | - | 5 5
                    项目绩效(60) 效益 服务对象满意度 | - | - | 5 5.5
                    总分 100 97.6"""),
            Map.entry("h02-hechuan-shipin-familyJ-tabbed-2022", """
                    C 2022 | 食品安全监管补助资金 | - 鹤川市市场监督管理局 | - 鹤川市食品安全检验检测中心
                    total - 210 193.2 - 96 -
                    central - 160 150.4 - 94 -
                    local - 50 42.8 - 85.6 -
                    产出指标(50) 数量指标 食品安全抽检监测批次 | ≥3200批次 | 3350批次 | - 20
                    产出指标(50) 数量指标 餐饮服务单位量化分级覆盖率 | ≥95% | 97% | - 10
                    产出指标(50) 质量指标 抽检不合格食品核查处置率 | 100% | 100% | - 10
                    产出指标(50) 时效指标 抽检结果公开时限 | ≤20个工作日 | - | - 10
                    效益指标(30) 社会效益指标 食品安全事件报告处置率 | 100% | 100% | - 15
                    效益指标(30) 可持续影响指标 基层监管执法能力 | 持续提升 | 持续提升 | - 15
                    满意度指标(20) 服务对象满意度指标 公众食品安全满意度 | ≥85% | 82% | - 19.29
                    总分 - 99.29"""),
            Map.entry("h03-songxi-nongji-bumenzhengti-fanti-ocr-2022", """
                    I 2022 | null | - - | - 重慶市松溪區農業技術推廣站
                    total 268.4 286 271.7 10 95 9.5
                    产出指标 数量指标 推廣農業主導品種 | ≥12个 | 12 | 20 20
                    产出指标 数量指标 開展技術培訓人次 | ≥1500人次 | 1380 | 15 13.8
                    产出指标 质量指标 主推技術到位率 | ≥95% | 96 | 15 15
                    产出指标 时效指标 項目完成時限 | ≤12月 | 12 | 10 10
                    效益指标 经济效益指标 示範區畝均增產 | ≥50公斤 | 56 | 15 15
                    效益指标 生态效益指标 化肥使用量減少 | ≥3% | 2.4 | 5 5
                    满意度指标 服务对象满意度指标 受訓農戶滿意度 | ≥90% | 92 | 10 10
                    总分 - 97.3"""),
            Map.entry("h04-puyang-nongtian-familyE-oneline-twopages-2023", """
                    E 2023 | 高标准农田建设项目 | - 浦阳县农业农村局 | - 浦阳县农田建设服务中心
                    total - 160 144 20 90 19
                    产出指标 数量指标 新建高标准农田面积 | ≥2万亩 | 2.1万亩 | - 20
                    产出指标 数量指标 配套灌溉渠道长度 | ≥35公里 | 36公里 | - -
                    产出指标 质量指标 工程验收合格率 | 100% | 100% | - 10
                    产出指标 时效指标 工程完工时间 | ≤2023-11-30 | 2023-11-20 | - 10
                    产出指标 成本指标 亩均建设成本 | ≤1500元/亩 | 1480元/亩 | - 10
                    效益指标 经济效益指标 项目区粮食亩均增产 | ≥40公斤 | - | - 10
                    效益指标 生态效益指标 节水灌溉率 | ≥70% | 75% | - 10
                    满意度指标 服务对象满意度指标 受益农户满意度 | ≥90% | 93% | - 10
                    总分 - 99"""),
            Map.entry("h05-yinhu-yanglao-familyL-oneline-2022", """
                    A 2022 | 社区嵌入式养老服务设施建设 | - 银湖区民政局 | - 银湖区社会福利中心
                    total 300 300 264 - 88 -
                    currentYear 300 280 246.4 - 88 -
                    carryOver 0 20 17.6 - 88 -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标明确性 | 明确 | 明确 | 5 5
                    项目管理(25) 资金管理 预算执行率 | 100% | 88% | 10 8.8
                    项目管理(25) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | 健全 | 健全 | 5 5
                    项目管理(25) 组织实施 制度执行有效性 | 有效 | 有效 | 5 5
                    产出指标(35) 数量指标 新增养老床位数 | ≥50张 | 45张 | 15 15
                    产出指标(35) 质量指标 床位验收合格率 | 100% | 100% | 10 10
                    产出指标(35) 时效指标 床位投入使用时间 | ≤2022-09-30 | 2022-09-28 | 10 10
                    效益指标(20) 社会效益指标 入住老人数量 | ≥120人 | 126人 | 10 10
                    效益指标(20) 可持续影响指标 养老服务运营机制 | 长效运行 | 长效运行 | 10 10
                    满意度指标(10) 服务对象满意度指标 入住老人满意度 | ≥90% | 95% | 10 10
                    总分 100 99.8"""),
            Map.entry("h06-liuxi-jianshen-twoforms-AC-tabbed-2024", """
                    A 2024 | 全民健身中心免费开放 | 605 柳溪市体育局 | 605003 柳溪市全民健身中心
                    total 180 180 171 10 95 9.5
                    currentYear 180 180 171 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 年接待健身群众 | ≥45万人次 | 48万人次 | 20 20
                    产出指标(50) 数量指标 举办全民健身赛事活动 | ≥30场 | 32场 | 10 10
                    产出指标(50) 质量指标 场馆设施安全事故发生率 | ≤0.5‰ | 0.3‰ | 10 10
                    产出指标(50) 时效指标 免费开放天数 | ≥330天 | 336天 | 10 10
                    效益指标(30) 社会效益指标 经常参加体育锻炼人数比例提高 | ≥1.5个百分点 | 1.2个百分点 | 15 15
                    效益指标(30) 可持续影响指标 场馆长效运营机制 | 健全 | 健全 | 15 15
                    满意度指标(10) 服务对象满意度指标 健身群众满意度 | ≥90% | 94% | 10 10
                    总分 100 99.5
                    C 2024 | 体育场馆免费低收费开放补助资金 | - 柳溪市体育局 | - 柳溪市全民健身中心
                    total - 120 108 - 90 -
                    central - 90 81 - 90 -
                    local - 40 27 - 67.5 -
                    产出指标 数量指标 补助场馆数量 | ≥3个 | 3个 | - -
                    产出指标 质量指标 场馆周开放时长 | ≥35小时 | 36小时 | - -
                    产出指标 时效指标 资金下达时限 | ≤30日 | 28日 | - -
                    效益指标 社会效益指标 年服务健身群众 | ≥60万人次 | 63万人次 | - -
                    满意度指标 服务对象满意度指标 群众满意度 | ≥90% | 93% | - -
                    总分 - -"""));

    /**
     * Each form's 预期目标 and 实际完成情况 as printed (h01, a score sheet, prints none; h04, family E, its goal after
     * 年度绩效目标1 (80分) and no achievement of it).
     */
    private static final Map<String, List<String>> GOALS = Map.of(
            "h04-puyang-nongtian-familyE-oneline-twopages-2023", java.util.Arrays.asList(
                    "新建高标准农田2万亩,配套灌溉渠道35公里,项目区粮食亩均增产40公斤以上。", null),
            "h02-hechuan-shipin-familyJ-tabbed-2022", List.of(
                    "全年完成食品安全抽检监测3200批次以上,餐饮服务单位量化分级覆盖率达到95%以上。",
                    "完成食品安全抽检监测3350批次,餐饮服务单位量化分级覆盖率97%。"),
            "h03-songxi-nongji-bumenzhengti-fanti-ocr-2022", List.of(
                    "推廣主導品種12個,培訓農民1500人次。",
                    "推廣主導品種12個,培訓農民1380人次。"),
            "h05-yinhu-yanglao-familyL-oneline-2022", List.of(
                    "新增社区嵌入式养老床位50张,入住老人120人以上,入住老人满意度90%以上。",
                    "新增社区嵌入式养老床位45张,入住老人126人,入住老人满意度95%。"),
            "h06-liuxi-jianshen-twoforms-AC-tabbed-2024", List.of(
                    "全民健身中心全年免费开放330天以上,接待健身群众45万人次以上,举办赛事活动不少于30场。",
                    "全年免费开放336天,接待健身群众48万人次,举办赛事活动32场。"));

    /** The rows that print a 偏差原因 (未完成原因, 说明), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "h01-qingbei-yibao-familyK-pipe-2023", Map.of(),
            "h02-hechuan-shipin-familyJ-tabbed-2022", Map.of("公众食品安全满意度", "农贸市场周边群众评价偏低,下年加大农贸市场抽检频次"),
            "h03-songxi-nongji-bumenzhengti-fanti-ocr-2022", Map.of("開展技術培訓人次", "部分鄉鎮培訓因汛期順延"),
            "h04-puyang-nongtian-familyE-oneline-twopages-2023", Map.of(),
            "h05-yinhu-yanglao-familyL-oneline-2022", Map.of("预算执行率", "部分设备款因供货延迟未支付"),
            "h06-liuxi-jianshen-twoforms-AC-tabbed-2024", Map.of());

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    @Test
    void goalTextsAreEachInTheirField() {
        BlindFormsTest.assertGoals(GOALS);
        assertEquals("补助3个公共体育场馆免费低收费开放,年服务健身群众63万人次。",
                BlindFormsTest.readBlind("h06-liuxi-jianshen-twoforms-AC-tabbed-2024").forms().get(1).goal().actual());
    }

    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }

    /** The corrections each form needed are noted (PARSE-NOTE), and only h01's 评价等级 line is left unread. */
    @Test
    void correctionsAreNotedAndOnlyTheGradeLineIsUnread() {
        assertEquals(List.of("| 评价等级 | 优 | | | |"),
                BlindFormsTest.readBlind("h01-qingbei-yibao-familyK-pipe-2023").problems().stream().map(p -> p.text()).toList());
        for (String stem : List.of("h02-hechuan-shipin-familyJ-tabbed-2022", "h03-songxi-nongji-bumenzhengti-fanti-ocr-2022",
                "h04-puyang-nongtian-familyE-oneline-twopages-2023", "h05-yinhu-yanglao-familyL-oneline-2022",
                "h06-liuxi-jianshen-twoforms-AC-tabbed-2024")) {
            assertEquals(List.of(), BlindFormsTest.readBlind(stem).problems(), stem);
        }
        assertTrue(BlindFormsTest.readBlind("h03-songxi-nongji-bumenzhengti-fanti-ocr-2022").notes().stream().anyMatch(n -> n.text().equals("工1500人次")));
        assertTrue(BlindFormsTest.readBlind("h04-puyang-nongtian-familyE-oneline-twopages-2023").notes().stream()
                .anyMatch(n -> n.reason().contains("running header")));
        assertTrue(BlindFormsTest.readBlind("h05-yinhu-yanglao-familyL-oneline-2022").notes().stream()
                .anyMatch(n -> n.reason().contains("偏差原因 of the row before")));
    }


}
