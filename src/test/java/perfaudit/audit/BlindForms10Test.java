package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The eighth round of hand-made forms (j01–j04 in src/test/resources/perfaudit/blind, see its README.md), written blind
 * from LAYOUTS.md / DOMAIN.md before the reader ran on them: a family D form flattened on one line where a row that lost
 * points prints its 偏差原因 and the next row's name is broken by a space, a family L form in "|" rows whose header
 * stands on one line and whose rows carry an extra trailing empty cell (and an unknown 二级), a family F form as OCR'd
 * 繁體 space rows, and three short forms back to back (an A form with 二级 only, a C transfer form, a K score sheet).
 * Facts in {@link BlindFormsTest#facts(perfaudit.model.Form)}'s notation, all forms of a file in order (labels and
 * units in the vocabulary's simplified spelling, 繁體 names as printed; j04's first form, titled 县级专项资金绩效目标自评表,
 * is classed C by its title though it prints 分值 / 得分 and a 总分, and its 满意度指标 row takes its 二级 from the 一级).
 */
public class BlindForms10Test {

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("j01-qingyan-nongmin-familyD-oneline-splitname-2023", """
                    D 2023 | 51152223T000000318806-青岩县高素质农民培育 | - 青岩县农业农村局 | - 青岩县农业技术推广中心
                    total 200 200 186 10 93 9.3
                    currentYear 200 200 186 - 93 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 0 0 - - -
                    产出指标 数量指标 开展农村实用技术培训人次 | ≥1200人次 | 1080 | 15 13.5
                    产出指标 数量指标 农村实用人才认定人数 | ≥80人 | 86 | 10 10
                    产出指标 质量指标 培训考核合格率 | ≥95% | 97 | 10 10
                    产出指标 时效指标 培训任务完成时间 | ≤11月 | 11 | 10 10
                    产出指标 成本指标 人均培训成本 | ≤600元 | 580 | 10 10
                    效益指标 社会效益指标 参训农户人均增收 | ≥1500元 | 1320 | 15 15
                    效益指标 可持续影响指标 培训后持续从业率 | ≥70% | 75 | 10 10
                    满意度指标 服务对象满意度指标 参训农户满意度 | ≥90% | 94 | 10 10
                    总分 100 98.8"""),
            Map.entry("j02-shiling-huce-familyL-pipe-trailingcell-2022", """
                    A 2022 | 农村户厕改造提升 | - 石岭县农业农村局 | - 石岭县农村人居环境整治中心
                    total 360 360 331.2 - 92 -
                    currentYear 360 340 312.8 - 92 -
                    carryOver 0 20 18.4 - 92 -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标明确性 | 明确 | 明确 | 5 5
                    项目管理(25) 资金管理 预算执行率 | 100% | 92% | 10 10
                    项目管理(25) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | 健全 | 健全 | 5 5
                    项目管理(25) 组织实施 制度执行有效性 | 有效 | 有效 | 5 5
                    产出指标(35) 数量指标 改造农村户厕数量 | ≥1200户 | 1150户 | 15 14.38
                    产出指标(35) 质量指标 改厕验收合格率 | ≥95% | 97% | 10 10
                    产出指标(35) 时效指标 改造完成时间 | ≤2022-10-31 | 2022-10-25 | 10 10
                    效益指标(20) 人居环境改善 农村卫生厕所普及率提高 | ≥3个百分点 | 3.5个百分点 | 10 10
                    效益指标(20) 生态效益指标 粪污无害化处理率 | ≥90% | 92% | 10 10
                    满意度指标(10) 服务对象满意度指标 改厕农户满意度 | ≥90% | 88% | 10 10
                    总分 100 99.38"""),
            Map.entry("j03-guangshui-guanwang-familyF-fanti-ocr-2022", """
                    F 2022 | 城區污水管網改造 | 712 廣水市住房和城鄉建設局 | 712005 廣水市市政工程管理處
                    total - 200 184 - 92 -
                    other - 0 - - - -
                    central - 150 - - - -
                    provincial - 30 - - - -
                    local - 20 - - - -
                    项目决策(2) 项目立项 立項依據充分性 | 充分 | 充分 | 2 2
                    项目管理(13) 资金管理 資金到位率 | 100% | 100% | 5 5
                    项目管理(13) 资金管理 資金使用合規性 | 合規 | 合規 | 8 8
                    项目绩效(85) 数量指标 改造污水管網長度 | ≥12公里 | 11.4公里 | 30 28.5
                    项目绩效(85) 质量指标 管網工程驗收合格率 | 100% | 100% | 15 15
                    项目绩效(85) 时效指标 工程完工時間 | ≤2022-11-30 | 2022-12-20 | 10 10
                    项目绩效(85) 社会效益指标 城區污水收集率提高 | ≥5个百分点 | 4个百分点 | 20 20
                    项目绩效(85) 服务对象满意度指标 沿線居民滿意度 | ≥90% | 93% | 10 10
                    总分 - 98.5"""),
            Map.entry("j04-shiquan-wenhua-threeforms-ACK-pipe-notrail-2023", """
                    C 2023 | 村级文化广场建设 | - 石泉县文化和旅游局 | - 石泉县文化馆
                    total 96 96 91.2 10 95 9.5
                    currentYear 96 96 91.2 - 95 -
                    产出指标 null 新建村级文化广场数量 | ≥8个 | 8个 | 30 30
                    产出指标 null 配套健身器材件数 | ≥64件 | 64件 | 20 20
                    产出指标 null 广场建成时间 | ≤2023-10-31 | 2023-11-15 | 10 10
                    效益指标 null 村民文化活动参与人次 | ≥2万人次 | 2.3万人次 | 20 20
                    满意度指标 服务对象满意度指标 村民满意度 | ≥90% | 95% | 10 10
                    总分 100 99.5
                    C 2023 | 公共文化服务体系建设补助资金 | - 石泉县文化和旅游局 | - 石泉县文化馆
                    total - 80 72 - 96 -
                    central - 60 57 - 95 -
                    local - 20 15 - 75 -
                    产出指标 数量指标 开展文化活动场次 | ≥120场次 | 126场次 | - -
                    产出指标 时效指标 免费开放天数 | ≥300天 | 306天 | - -
                    效益指标 社会效益指标 年服务群众人次 | ≥8万人次 | 7.2万人次 | - -
                    满意度指标 服务对象满意度指标 群众满意度 | ≥90% | 92% | - -
                    总分 - -
                    K 2023 | 非遗保护传承补助 | - 石泉县文化和旅游局 | - 石泉县非物质文化遗产保护中心
                    项目决策(20) 项目立项 立项依据充分性 | - | - | 10 10
                    项目决策(20) 绩效目标 绩效目标合理性 | - | - | 10 9
                    项目管理(30) 资金管理 资金使用合规性 | - | - | 15 15
                    项目管理(30) 组织实施 制度执行有效性 | - | - | 15 13
                    项目绩效(50) 项目产出 传承活动开展场次 | - | - | 25 25
                    项目绩效(50) 项目效益 传承人群覆盖面 | - | - | 25 24
                    总分 100 97"""));

    /** Each form's 预期目标 and 实际完成情况 as printed (j03, family F, prints none; j04's first form only). */
    private static final Map<String, List<String>> GOALS = Map.of(
            "j01-qingyan-nongmin-familyD-oneline-splitname-2023", List.of(
                    "培训农民1200人次，认定农村实用人才80人，参训农户人均增收1500元以上。",
                    "培训农民1080人次，认定农村实用人才86人，参训农户人均增收1320元。"),
            "j02-shiling-huce-familyL-pipe-trailingcell-2022", List.of(
                    "改造提升农村户厕1200户，验收合格率95%以上，改厕农户满意度90%以上。",
                    "改造提升农村户厕1150户，验收合格率97%，改厕农户满意度88%。"),
            "j04-shiquan-wenhua-threeforms-ACK-pipe-notrail-2023", List.of(
                    "新建村级文化广场8个，配套健身器材64件。",
                    "新建村级文化广场8个，配套健身器材64件。"));

    /** The rows that print a 偏差原因 (未完成原因), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "j01-qingyan-nongmin-familyD-oneline-splitname-2023", Map.of("开展农村实用技术培训人次", "部分乡镇培训因汛期顺延至次年"),
            "j02-shiling-huce-familyL-pipe-trailingcell-2022", Map.of("改造农村户厕数量", "部分农户外出务工未能施工"),
            "j03-guangshui-guanwang-familyF-fanti-ocr-2022", Map.of(),
            "j04-shiquan-wenhua-threeforms-ACK-pipe-notrail-2023", Map.of("年服务群众人次", "受场馆维修影响，闭馆两周"));

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

    /** Nothing is left unread; j01's joined name is noted with its other reading; j03 (F) ends whole, not cut. */
    @Test
    void nothingIsUnreadAndTheChoicesAreNoted() {
        for (String stem : READ.keySet()) {
            assertEquals(List.of(), BlindFormsTest.readBlind(stem).problems(), stem);
        }
        assertTrue(BlindFormsTest.readBlind("j01-qingyan-nongmin-familyD-oneline-splitname-2023").notes().stream()
                .anyMatch(n -> n.reason().contains("broken by a space")));
        Document j03 = BlindFormsTest.readBlind("j03-guangshui-guanwang-familyF-fanti-ocr-2022");
        assertNull(j03.forms().get(0).template().cutAt());
        assertTrue(j03.forms().get(0).indicators().stream().noneMatch(perfaudit.model.Indicator::truncated));
    }


}
