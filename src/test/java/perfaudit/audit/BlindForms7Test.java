package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sixth round of hand-made forms (g01–g03 in src/test/resources/perfaudit/blind, see its README.md), written blind
 * from LAYOUTS.md / DOMAIN.md in family × serialisation pairings not held before: a 河北 family G export in "|" rows,
 * a 湖南 family H report flattened one cell per line with blank lines, and a family L form (项目决策(10) / 项目管理(25) blocks)
 * in "cell |" per line. Facts in {@link BlindFormsTest#facts(perfaudit.model.Form)}'s notation.
 */
public class BlindForms7Test {

    private static final Map<String, String> READ = Map.ofEntries(
            // g01's rows print 折算得分 = 得分 (25 | 25 | 25); the real 河北 export (held-out h28) prints 得分 × 权重占比 %, so
            // the rows do not confirm their own columns and are refused, loudly (see the README, sixth round)
            Map.entry("g01-tongling-yinshui-familyG-pipe-2023", """
                    G 2023 | 桐岭县农村饮水工程维修养护 | - 桐岭县水利局 | - 桐岭县农村供水管理站
                    total - 42 38 - 95 -
                    总分 - -"""),
            Map.entry("g02-shixi-anbao-familyH-flow-2020", """
                    H 2020 | 石溪县农村公路安保工程 | - 石溪县交通运输局 | - 石溪县公路建设养护中心
                    total - 260 236 - - -
                    other - 0 0 - - -
                    central - 150 150 - - -
                    provincial - 60 52 - - -
                    city - 0 0 - - -
                    county - 50 34 - - -
                    产出指标 数量指标 安保工程建设里程 | ≥120公里 | 112公里 | - -
                    产出指标 质量指标 工程交工验收合格率 | 100% | 100% | - -
                    效益指标 社会效益指标 农村公路交通事故下降率 | ≥10% | 12% | - -
                    总分 - -"""),
            Map.entry("g03-luquan-renshui-familyL-cellperline-2022", """
                    A 2022 | 鹿泉县城区供水管网改造 | - 鹿泉县住房和城乡建设局 | - 鹿泉县自来水公司
                    total 600 600 510 - 85 -
                    currentYear 600 600 510 - 85 -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标明确性 | 明确 | 明确 | 5 5
                    项目管理(25) 资金管理 预算执行率 | 100% | 85% | 10 10
                    项目管理(25) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | 健全 | 健全 | 10 10
                    产出指标(35) 数量指标 改造供水管网长度 | ≥25公里 | 22公里 | 15 13.2
                    产出指标(35) 质量指标 管网工程验收合格率 | 100% | 100% | 10 10
                    产出指标(35) 时效指标 工程完工时间 | ≤2022-11-30 | 2022-11-28 | 10 10
                    效益指标(20) 社会效益指标 管网漏损率 | ≤12% | 11.5% | 10 10
                    效益指标(20) 可持续影响指标 供水保障能力 | 持续提升 | 持续提升 | 10 10
                    满意度指标(10) 服务对象满意度指标 城区居民满意度 | ≥90% | 94% | 10 10
                    总分 100 99.2"""));

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    /** g02 (family H): 定性目标's 预期目标 / 实际完成 read as the goal; 定量目标 opens the indicator table and ends it. */
    @Test
    void familyHGoalBlockEndsAtItsQuantitativeTargets() {
        Form form = BlindFormsTest.readBlind("g02-shixi-anbao-familyH-flow-2020").forms().get(0);
        assertEquals("完善农村公路安全防护设施，降低交通事故发生率", form.goal().expected());
        assertEquals("完成安保工程112公里，事故发生率明显下降", form.goal().actual());
        assertEquals(List.of(), form.template().missingParts());
    }

    /**
     * g02 prints 结余 14 for its 合计 where 计划安排资金 260 − 实际支出 236 (and 实际到位资金 260 − 236) = 24: BUDGET-BALANCE, on
     * the 合计 alone (each source's 结余 agrees); c07, whose 结余 all agree, draws none.
     */
    @Test
    void familyHBalanceIsCheckedAgainstWhatWasLeft() throws Exception {
        List<perfaudit.finding.Finding> g02 = audit("g02-shixi-anbao-familyH-flow-2020.txt").stream()
                .filter(f -> f.ruleId().equals("BUDGET-BALANCE")).toList();
        assertEquals(1, g02.size(), g02.toString());
        assertEquals("24", g02.get(0).expected());
        assertEquals("14", g02.get(0).found());
        assertEquals(List.of(), audit("c07-yuanling-shuiku-familyH-spacerows-2019.txt").stream()
                .filter(f -> f.ruleId().equals("BUDGET-BALANCE")).toList());
    }

    private static List<perfaudit.finding.Finding> audit(String file) throws Exception {
        java.nio.file.Path path = java.nio.file.Path.of("src", "test", "resources", "perfaudit", "blind", file);
        try (perfaudit.report.AuditReport report = new Audit(RuleSet.load(java.nio.file.Path.of("rules")),
                AuditOptions.defaults().withThreads(1)).run(List.of(path), perfaudit.report.run.History.none(),
                java.time.ZonedDateTime.now())) {
            return report.findings().stream().toList();
        }
    }

    /** g01's five indicator rows are each refused with a note, and the form says which 一级 it could not read. */
    @Test
    void g01RowsThatContradictTheExportArithmeticAreRefusedNotGuessed() {
        Document doc = BlindFormsTest.readBlind("g01-tongling-yinshui-familyG-pipe-2023");
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), doc.forms().get(0).template().unreadIn());
        assertEquals(5, doc.notes().stream().filter(n -> n.reason().contains("do not confirm each other")).count());
    }


}
