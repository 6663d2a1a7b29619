package perfaudit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ninth blind round, office and web formats (i01–i05 in src/test/resources/perfaudit/blind, see its README.md),
 * written from LAYOUTS.md / DOMAIN.md before the reader's code was read: a family B workbook whose form is on the
 * second sheet after a cover sheet (amounts stored as text, formulas, per-cent cells, a hidden row), a family E
 * workbook (amounts in a 万元 number format, one 得分 per 二级 merged down, a date cell), a Word file holding two
 * family C forms (gridSpan / vMerge), a 部门整体 (I) form saved by Word as a web page (GBK, mso markup, two tables
 * with a paragraph between, line breaks inside cells) and a family D form on a government page (nested layout
 * tables, the form inside a paragraph, br inside cells, &amp;nbsp; placeholders). Facts in
 * {@link BlindFormsTest#facts}'s notation.
 */
public class BlindForms9Test {

    @TempDir
    Path folder;

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("i01-fengyang-chayuan-familyB-xlsx-coversheet-2023", """
                    B 2023 | 枫阳县茶园提质增效扶持项目 | 412 枫阳县农业农村局 | - 枫阳县茶叶产业发展中心
                    total - 150 138 10 92 9.2
                    currentYear - 150 138 - - -
                    carryOver - 30 27.6 - - -
                    other - 0 0 - - -
                    产出指标 数量指标 ★低产茶园改造面积 | ≥3000亩 | 3150亩 | 20 20
                    产出指标 数量指标 新建茶叶加工车间 | 1个 | 1个 | 10 10
                    产出指标 质量指标 茶园改造验收合格率 | ≥95% | 97% | 10 10
                    产出指标 时效指标 项目完工时间 | ≤2023-11-30 | 2023-12-20 | 5 5
                    产出指标 成本指标 每亩改造补助标准 | ≤1500元/亩 | 1500元/亩 | 5 5
                    效益指标 经济效益指标 ★带动脱贫户户均增收(≥**元) | ≥1500元 | 1620元 | 15 15
                    效益指标 社会效益指标 带动脱贫户数 | ≥200户 | 212户 | 10 10
                    效益指标 可持续影响指标 茶园持续管护年限 | ≥3年 | 3年 | 5 5
                    满意度指标 服务对象满意度指标 受益脱贫户满意度 | ≥90% | 93% | 10 10
                    总分 100 99.2"""),
            Map.entry("i02-zheling-huce-familyE-xlsx-formats-2022", """
                    E 2022 | 农村户厕改造奖补 | - 柘岭县农业农村局 | - 柘岭县乡村振兴服务中心
                    total - 260 234 20 90 18
                    产出指标(40) 数量指标 改造农村户厕数量 | ≥2000户 | 1860户 | - 13
                    产出指标(40) 数量指标 配套建设粪污收集点 | ≥20个 | 20个 | - -
                    产出指标(40) 质量指标 改造户厕验收合格率 | ≥95% | 96% | - 10
                    产出指标(40) 时效指标 奖补资金兑付时间 | ≤2022-12-31 | 2022-12-28 | - 8
                    产出指标(40) 成本指标 每户奖补标准 | ≤1200元/户 | 1200元/户 | - 8
                    效益指标(30) 社会效益指标 农村卫生厕所普及率 | ≥85% | 87% | - 15
                    效益指标(30) 生态效益指标 粪污无害化处理率 | ≥90% | 88% | - 15
                    满意度指标(10) 服务对象满意度指标 改厕农户满意度 | ≥90% | 92% | - 10
                    总分 - 98"""),
            Map.entry("i03-yanxi-zhuanyi-familyC-docx-twoforms-2023", """
                    C 2023 | 就业补助资金 | - 岩溪县人力资源和社会保障局 | - 岩溪县就业服务中心
                    total - 500 470 - 94 -
                    central - 380 370 - 97.37 -
                    local - 120 100 - 83.33 -
                    产出指标 数量指标 城镇新增就业人数 | ≥1200人 | 1350人 | - -
                    产出指标 数量指标 职业技能培训人次 | ≥800人次 | 720人次 | - -
                    产出指标 质量指标 培训后就业率 | ≥60% | 65% | - -
                    产出指标 时效指标 补贴资金发放及时率 | ≥95% | 98% | - -
                    效益指标 社会效益指标 城镇登记失业率 | ≤4% | 3.6% | - -
                    效益指标 社会效益指标 零就业家庭动态清零率 | 100% | 96% | - -
                    满意度指标 服务对象满意度指标 参训人员满意度 | ≥90% | 94% | - -
                    总分 - -
                    C 2023 | 农业生产发展资金 | - 岩溪县农业农村局 | - 岩溪县农机化技术推广站
                    total - 800 760 - 95 -
                    central - 650 650 - 100 -
                    local - 150 120 - 80 -
                    产出指标 数量指标 耕地深松作业面积 | ≥5万亩 | 5.2万亩 | - -
                    产出指标 数量指标 农机购置补贴机具数量 | ≥600台套 | 640台套 | - -
                    产出指标 质量指标 深松作业合格率 | ≥95% | 97% | - -
                    产出指标 时效指标 补贴资金兑付时间 | ≤2023-12-31 | 2023-12-25 | - -
                    效益指标 经济效益指标 项目区粮食亩均增产 | ≥30公斤 | 35公斤 | - -
                    效益指标 可持续影响指标 农机化综合水平 | 逐步提高 | 逐步提高 | - -
                    满意度指标 服务对象满意度指标 补贴对象满意度 | ≥90% | 93% | - -
                    总分 - -"""),
            Map.entry("i04-qingshi-tiyu-bumenzhengti-wordhtml-2022", """
                    I 2022 | null | - - | - 青石区体育事业发展中心
                    total 410 450 400.5 10 89 8.9
                    产出指标 数量指标 举办全民健身赛事活动 | ≥30场次 | 32 | 20 20
                    产出指标 数量指标 新建社区健身路径 | ≥25个 | 23 | 15 15
                    产出指标 质量指标 健身设施验收合格率 | =100% | 100 | 15 15
                    效益指标 社会效益指标 经常参加体育锻炼人口比例 | ≥40% | 38 | 20 19
                    效益指标 可持续影响指标 健身设施长效管护机制 | 建立 | 已建立 | 10 10
                    满意度指标 服务对象满意度指标 群众满意度 | ≥90% | 93 | 10 10
                    总分 - 97.9"""),
            Map.entry("i05-songlin-xiaoshe-familyD-govpage-2023", """
                    D 2023 | 51172523T000000678123-松林县中小学校舍安全维修 | - 松林县教育局 | - 松林县教育后勤服务中心
                    total 300 320 304 10 96 9.5
                    currentYear 300 300 288 - 96 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 20 16 - 80 -
                    产出指标 数量指标 维修校舍面积 | ≥12000平方米 | 12500 | 25 25
                    产出指标 数量指标 维修学校数量 | =18所 | 18 | 15 15
                    产出指标 质量指标 维修工程验收合格率 | =100% | 100 | 15 15
                    产出指标 时效指标 工程完工时间 | ≤8月 | 9 | 5 4.44
                    效益指标 社会效益指标 校舍安全隐患消除率 | ≥95% | 96 | 15 15
                    效益指标 可持续影响指标 维修校舍使用年限 | ≥10年 | 10 | 5 5
                    满意度指标 服务对象满意度指标 师生满意度 | ≥90% | 88 | 10 10
                    总分 100 98.94"""),
            Map.entry("i06-hongtan-gongshui-familyL-docx-revisions-2023", """
                    A 2023 | 红滩县农村供水工程维修养护 | - 红滩县水务局 | - 红滩县农村饮水安全服务站
                    total 250 240 228 - 95 -
                    currentYear 250 200 190 - 95 -
                    carryOver 0 40 38 - 95 -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标合理性 | 合理 | 合理 | 5 5
                    项目管理(25) 资金管理 预算执行率 | 100% | 95% | 10 9.5
                    项目管理(25) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | 健全 | 健全 | 5 5
                    项目管理(25) 组织实施 制度执行有效性 | 有效 | 有效 | 5 5
                    产出指标(35) 数量指标 维修养护供水工程处数 | ≥45处 | 46处 | 10 10
                    产出指标(35) 质量指标 维修工程验收合格率 | 100% | 100% | 10 10
                    产出指标(35) 时效指标 维修完成时间 | ≤2023-10-31 | 2023-10-28 | 5 5
                    产出指标(35) 成本指标 单处维修平均成本 | ≤5万元 | 4.96万元 | 10 10
                    效益指标(20) 社会效益指标 受益农村人口 | ≥3.5万人 | 3.6万人 | 10 10
                    效益指标(20) 可持续影响指标 供水工程正常运行率 | ≥95% | 93% | 10 10
                    满意度指标(10) 服务对象满意度指标 受益群众满意度 | ≥90% | 94% | 10 10
                    总分 100 99.5"""));

    /** The rows that print a 偏差原因 (未完成原因, 说明), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "i03-yanxi-zhuanyi-familyC-docx-twoforms-2023", Map.of("职业技能培训人次", "部分培训班受场地改造影响推迟至2024年一季度"),
            "i04-qingshi-tiyu-bumenzhengti-wordhtml-2022", Map.of("经常参加体育锻炼人口比例", "统计口径调整，下年度加大全民健身宣传"),
            "i05-songlin-xiaoshe-familyD-govpage-2023", Map.of("工程完工时间", "部分工程因雨季停工延期"),
            "i01-fengyang-chayuan-familyB-xlsx-coversheet-2023", Map.of(),
            "i02-zheling-huce-familyE-xlsx-formats-2022", Map.of(),
            "i06-hongtan-gongshui-familyL-docx-revisions-2023", Map.of("预算执行率", "部分维修工程尾款未到支付节点"));

    /** Each form's 预期目标 and 实际完成情况 as printed (i02, family E, prints none). */
    private static final Map<String, List<String>> GOALS = Map.of(
            "i01-fengyang-chayuan-familyB-xlsx-coversheet-2023", List.of(
                    "改造提升低产茶园3000亩，新建茶叶加工车间1个，带动脱贫户200户户均增收1500元以上。",
                    "改造提升低产茶园3150亩，新建茶叶加工车间1个，带动脱贫户212户户均增收1620元。"),
            "i03-yanxi-zhuanyi-familyC-docx-twoforms-2023", List.of(
                    "全年城镇新增就业1200人以上，开展职业技能培训800人次，城镇登记失业率控制在4%以内。",
                    "全年城镇新增就业1350人，开展职业技能培训720人次，城镇登记失业率3.6%。"),
            "i05-songlin-xiaoshe-familyD-govpage-2023", List.of(
                    "完成18所中小学校舍安全维修12000平方米，8月底前完工，验收合格率100%。",
                    "完成18所中小学校舍安全维修12500平方米，9月中旬完工，验收合格率100%。"),
            "i06-hongtan-gongshui-familyL-docx-revisions-2023", List.of(
                    "维修养护农村供水工程45处，保障3.5万农村人口饮水安全，供水工程正常运行率95%以上。",
                    "维修养护农村供水工程46处，保障3.6万农村人口饮水安全，供水工程正常运行率93%。"));

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    /**
     * i01's sixth 产出 row is hidden (a deleted indicator the unit hid): Excel neither shows nor prints it, and the form's
     * own 总分 (100 / 99.2) leaves it out. It is left out of the form as printed (no false 110 points) and noted at its
     * first cell, so the auditor can look at what was hidden.
     */
    @Test
    void aHiddenRowIsLeftOutAndNoted() {
        perfaudit.model.Document i01 = BlindFormsTest.readBlind("i01-fengyang-chayuan-familyB-xlsx-coversheet-2023");
        assertEquals(List.of(), i01.problems());
        List<ParseProblem> notes = i01.notes();
        assertEquals(1, notes.size(), notes.toString());
        assertEquals("自评表!B18", notes.get(0).location().position());
        assertTrue(notes.get(0).reason().contains("cells the sheet hides"), notes.get(0).reason());
    }

    /**
     * i06 puts its 项目名称 in a content control (w:sdt) inside the cell: POI's paragraphs of the cell leave it out, and the
     * name was lost (a false MISS-HEADER). Content controls around a cell, around rows (a repeating section) and around
     * the whole table are read as what they wrap: i06 so wrapped reads as i06.
     */
    @Test
    void contentControlsAroundCellsRowsAndTablesAreReadAsWhatTheyWrap() throws IOException {
        String stem = "i06-hongtan-gongshui-familyL-docx-revisions-2023";
        String plain = BlindFormsTest.facts(BlindFormsTest.readBlind(stem));
        String xml = BlindFormsTest.documentXml(stem);
        Document cell = BlindFormsTest.withDocument(folder, stem, wrap(xml, xml.lastIndexOf("<w:tc>", xml.indexOf("全年执行数")), "</w:tc>"));
        Document rows = BlindFormsTest.withDocument(folder, stem, wrap(xml, xml.lastIndexOf("<w:tr>", xml.indexOf("立项依据充分性")), "</w:tr>",
                xml.lastIndexOf("<w:tr>", xml.indexOf("总分"))));
        Document table = BlindFormsTest.withDocument(folder, stem, wrap(xml, xml.indexOf("<w:tbl>"), "</w:tbl>"));
        assertAll(() -> assertEquals(plain, BlindFormsTest.facts(cell), "cell"), () -> assertEquals(plain, BlindFormsTest.facts(rows), "rows"),
                () -> assertEquals(plain, BlindFormsTest.facts(table), "table"));
    }

    /** {@code xml} with the element starting at {@code from} (up to its closing {@code end}) inside a content control. */
    private static String wrap(String xml, int from, String end) {
        return wrap(xml, from, end, xml.indexOf(end, from) + end.length());
    }

    /** {@code xml} with the elements from {@code from} to {@code to} (exclusive) inside a content control. */
    private static String wrap(String xml, int from, String end, int to) {
        return xml.substring(0, from) + "<w:sdt><w:sdtPr><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent>"
                + xml.substring(from, to) + "</w:sdtContent></w:sdt>" + xml.substring(to);
    }

    /** Every other form reads with no parse problem (i05's site footer, a table named footer, is page chrome). */
    @Test
    void theOtherFormsReadWithoutProblems() {
        for (String stem : READ.keySet()) {
            if (!stem.startsWith("i01")) {
                assertEquals(List.of(), BlindFormsTest.readBlind(stem).problems(), stem);
            }
        }
    }

    @Test
    void goalTextsAreEachInTheirField() {
        BlindFormsTest.assertGoals(GOALS);
    }

    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }

    /**
     * The document's title is its form's own where only a page's text heads it (i05: nav, 今天是, 索引号 table) or
     * nothing does; a 填表说明 sheet after the form (i02) is no title.
     */
    @Test
    void theDocumentTitleIsTheFormsOwn() {
        assertEquals("柘岭县2022年度项目自评表", BlindFormsTest.readBlind("i02-zheling-huce-familyE-xlsx-formats-2022").title());
        assertEquals("部门预算项目支出绩效自评表", BlindFormsTest.readBlind("i05-songlin-xiaoshe-familyD-govpage-2023").title());
    }
}
