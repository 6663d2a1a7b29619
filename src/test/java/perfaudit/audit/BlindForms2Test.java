package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second round of hand-made forms (c01–c09 in src/test/resources/perfaudit/blind, see its README.md): families
 * F / G / H / C', full-width text, a page break inside the indicator table, two forms in one file, an HTML page with
 * rowspan / colspan, an empty 实际完成值. Each form that reads right is asserted here with the facts an auditor reads
 * off it, in {@link BlindFormsTest#facts(Form)}'s notation (all forms of a file, in order); the ones still misread
 * are listed in the README with their cause.
 */
public class BlindForms2Test {


    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("c01-huchuan-nongmin-pdftext-pagebreak-2023", """
                    A 2023 | 高素质农民培训 | 221 湖川县农业农村局 | 221004 湖川县农业技术推广中心
                    total 80 95 85.5 10 90 9
                    currentYear 80 80 72.5 - - -
                    carryOver 0 10 9 - - -
                    other 0 5 4 - - -
                    产出指标(50) 数量指标 培训农民人数 | ≥1200人 | 1150人 | 20 19.17
                    产出指标(50) 质量指标 培训合格率 | ≥90% | 92% | 15 15
                    产出指标(50) 时效指标 培训完成时间 | ≤2023-11-30 | 2023-11-20 | 5 5
                    产出指标(50) 成本指标 人均培训成本 | ≤600元 | 580元 | 10 10
                    效益指标(30) 社会效益指标 参训农民就业率 | ≥60% | 55% | 15 13.75
                    效益指标(30) 可持续影响指标 培训成果持续发挥作用 | 长期 | 长期 | 15 15
                    满意度指标(10) 服务对象满意度指标 参训农民满意度 | ≥90% | 95% | 10 10
                    总分 100 96.92"""),
            Map.entry("c02-baisha-hedao-fullwidth-2024", """
                    A 2024 | 白沙县河道日常巡查保洁 | 402 白沙县水利局 | 402003 白沙县河道管理所
                    total 30 30 28.5 10 95 9.5
                    currentYear 30 30 28.5 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 巡查河道长度 | ≥120公里 | 126公里 | 20 20
                    产出指标(50) 质量指标 水质达标率 | ≥90% | 92% | 15 15
                    产出指标(50) 成本指标 巡查经费超支率 | ≤5% | 0% | 15 15
                    效益指标(30) 生态效益指标 河道环境状况 | 好 | 较好 | 30 27
                    满意度指标(10) 服务对象满意度指标 沿河群众满意度 | 满意 | 满意 | 10 10
                    总分 100 96.5"""),
            Map.entry("c03-songyan-chongdian-emptyactual-2023", """
                    A 2023 | 公共充电桩建设 | 118 松岩市发展和改革委员会 | 118006 松岩市能源服务中心
                    total 150 150 120 10 80 8
                    currentYear 150 150 120 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 新建充电桩数量 | ≥40个 | 42个 | 20 20
                    产出指标(50) 质量指标 验收合格率 | 100% | 100% | 15 15
                    产出指标(50) 时效指标 建设完成时间 | ≤2023-12-31 | - | 15 15
                    效益指标(30) 社会效益指标 充电便利程度 | 明显提升 | 明显提升 | 30 30
                    满意度指标(10) 服务对象满意度指标 用户满意度 | ≥85% | 88% | 10 10
                    总分 100 98"""),
            Map.entry("c04-xiqiao-laonian-twoforms-2022", """
                    A 2022 | 社区老年食堂运营补助 | 305 西桥区民政局 | 305002 西桥区养老服务中心
                    total 20 20 20 10 100 10
                    currentYear 20 20 20 - - -
                    产出指标(50) 数量指标 服务老人人次 | ≥5000人次 | 5300人次 | 30 30
                    产出指标(50) 质量指标 食品安全事故 | 0起 | 0起 | 20 20
                    效益指标(30) 社会效益指标 老人就餐便利度 | 提高 | 提高 | 30 30
                    满意度指标(10) 服务对象满意度指标 老人满意度 | ≥90% | 96% | 10 10
                    总分 100 100
                    A 2022 | 社区日间照料中心运维 | 305 西桥区民政局 | 305004 西桥区长青街道办事处
                    total 15 18 16.2 10 90 9
                    currentYear 15 15 13.5 - - -
                    carryOver 0 3 2.7 - - -
                    产出指标(50) 数量指标 照料中心运维数量 | ≥6个 | 6个 | 25 25
                    产出指标(50) 时效指标 运维资金拨付时间 | ≤2022-06-30 | 2022-06-28 | 25 25
                    总分 - -"""),
            Map.entry("c05-guangping-nongji-familyF-2021", """
                    F null | 农机购置补贴配套 | 633 广平市农业农村局 | 633002 广平市农机服务中心
                    total - 60 57 - 95 -
                    other - 0 - - - -
                    central - 0 - - - -
                    provincial - 20 - - - -
                    local - 40 - - - -
                    项目决策(2) 项目立项 立项依据充分性 | 充分 | 充分 | 2 2
                    项目管理(13) 资金管理 资金到位率 | 100% | 100% | 5 5
                    项目管理(13) 资金管理 资金使用合规性 | 合规 | 合规 | 8 8
                    项目绩效(85) 数量指标 补贴农机具台数 | ≥300台 | 270台 | 35 31.5
                    项目绩效(85) 时效指标 补贴资金兑付时间 | ≤2021-12-31 | 2021-12-15 | 20 20
                    项目绩效(85) 社会效益指标 农业机械化水平 | 逐步提高 | 逐步提高 | 20 16.5
                    项目绩效(85) 服务对象满意度指标 购机农户满意度 | ≥90% | 92% | 10 10
                    总分 - 93"""),
            // c06's rows print 折算得分 = 得分 (30 | 30 | 30), no relation of the 河北 export: refused as g01's "|" rows are
            // (one check for both paths, ConvertedScore; see the README, residuals)
            Map.entry("c06-heyuan-wenhuazhan-familyG-tabbed-2022", """
                    G null | 乡镇综合文化站免费开放 | - 河源县文化广电和旅游局 | - 河源县文化馆
                    total - 45 40.5 - 90 -
                    总分 - -"""),
            Map.entry("c07-yuanling-shuiku-familyH-spacerows-2019", """
                    H null | 小型水库除险加固 | - 沅陵县水利局 | - 沅陵县水利局
                    total - 300 285 - - -
                    other - 0 0 - - -
                    central - 200 200 - - -
                    provincial - 60 60 - - -
                    city - 0 0 - - -
                    county - 40 25 - - -
                    产出指标 数量指标 除险加固水库数量 | 3座 | 3座 | - -
                    产出指标 质量指标 工程验收合格率 | 100% | 100% | - -
                    效益指标 社会效益指标 受益人口 | ≥1.2万人 | 1.3万人 | - -
                    总分 - -"""),
            Map.entry("c08-jinshui-gengdi-Cprime-cellperline-2024", """
                    C' 2024 | 耕地地力保护补贴 | - 金水县农业农村局 | - 金水县各乡镇人民政府
                    total - 1200 1200 - 100 -
                    central - 1000 1000 - 100 -
                    local - 200 200 - 100 -
                    产出指标 数量指标 补贴耕地面积 | ≥10万亩 | 10.2万亩 | - -
                    产出指标 质量指标 补贴资金发放准确率 | ≥98% | 99% | - -
                    效益指标 可持续影响指标 耕地地力水平 | 逐步提升 | 逐步提升 | - -
                    满意度指标 服务对象满意度指标 种粮农户满意度 | ≥90% | 93% | - -
                    总分 - -"""),
            Map.entry("c09-tianhe-yiliao-html-rowspan-2023", """
                    A 2023 | 基层医疗设备更新 | 510 天河区卫生健康局 | 510007 天河区第二人民医院
                    total 300 320 304 10 95 9.5
                    currentYear 300 300 288 - - -
                    carryOver 0 20 16 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 更新医疗设备台套数 | ≥25台套 | 25台套 | 20 20
                    产出指标(50) 质量指标 设备验收合格率 | 100% | 100% | 15 15
                    产出指标(50) 成本指标 设备采购节约率 | ≥5% | 4% | 15 12
                    效益指标(30) 社会效益指标 基层诊疗服务能力 | 较好 | 好 | 20 20
                    效益指标(30) 可持续影响指标 设备使用年限 | ≥8年 | 8年 | 10 10
                    满意度指标(10) 服务对象满意度指标 患者满意度 | ≥90% | 94% | 10 10
                    总分 100 96.5"""));

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    /** Full-width ｜ rows (c02) are "|" rows: nothing of the form is left unread, and no cell problem is reported. */
    @Test
    void fullWidthBarsSeparateCells() {
        Document doc = BlindFormsTest.readBlind("c02-baisha-hedao-fullwidth-2024");
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
        assertEquals("402", doc.forms().get(0).department().code());
    }

    /** A page's number on a line of its own (c01's 第 1 页 共 2 页) is no indicator row. */
    @Test
    void pageNumberLineIsNoIndicator() {
        Form form = BlindFormsTest.readBlind("c01-huchuan-nongmin-pdftext-pagebreak-2023").forms().get(0);
        assertTrue(form.indicators().stream().noneMatch(i -> i.name().startsWith("第")), facts(List.of(form)));
    }

    /**
     * Tabbed rows narrower than the indicator table (c03: header fields and an 8-column funds table;
     * c06: G sections 2–4 cells wide) are whole rows of their own tables: no width problem.
     */
    @Test
    void tabbedSectionsOfTheirOwnWidthAreNoProblem() {
        // c03's 项目名称 row (2 cells) beside its 6-cell 主管部门 row: header fields are read by label (branch blind4b)
        for (String stem : List.of("c06-heyuan-wenhuazhan-familyG-tabbed-2022", "c03-songyan-chongdian-emptyactual-2023")) {
            // c06's one problem is its refused rows (the form has none left), as g01's; no width problem
            assertTrue(BlindFormsTest.readBlind(stem).problems().stream().allMatch(p -> p.reason().contains("没有绩效指标行")),
                    stem + ": " + BlindFormsTest.readBlind(stem).problems());
        }
    }

    /** c06's tabbed rows are refused as g01's "|" rows are: the same notes, the same 一级 unread. */
    @Test
    void familyGTabbedRowsAreCheckedAsBarRowsAre() {
        Document doc = BlindFormsTest.readBlind("c06-heyuan-wenhuazhan-familyG-tabbed-2022");
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), doc.forms().get(0).template().unreadIn());
        assertEquals(4, doc.notes().stream().filter(n -> n.reason().contains("do not confirm each other")).count());
    }

    /**
     * c05 (family F in "|" rows): the unlabelled figures row is the 合计 line, read with a note; the form is whole (its
     * last row closed by a bar after the empty 复核分, its rows' 自评分 making the header's 自评总分), nothing reported.
     */
    @Test
    void familyFInBarRowsIsWholeAndUnreported() {
        Document doc = BlindFormsTest.readBlind("c05-guangping-nongji-familyF-2021");
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
        assertNull(doc.forms().get(0).template().cutAt());
        assertTrue(doc.forms().get(0).indicators().stream().noneMatch(Indicator::truncated));
    }

    /** The empty 实际完成值 (c03) stays empty, for MISS-ACTUAL to find; not filled from a neighbour. */
    @Test
    void emptyActualStaysEmpty() {
        Indicator row = BlindFormsTest.readBlind("c03-songyan-chongdian-emptyactual-2023").forms().get(0).indicators().get(2);
        assertEquals("建设完成时间", row.name());
        assertNull(row.actual());
    }


    private static String facts(List<Form> forms) {
        return forms.stream().map(BlindFormsTest::facts).collect(Collectors.joining("\n"));
    }

}
