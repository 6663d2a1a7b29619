package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Family G (河北 system export) rows in text that lost its grid: read from their status word (单项指标完成情况), the
 * texts before it from the right, the figures after it confirmed by 折算得分; a row that cannot be told apart is
 * left unread with a note, never named after its status word.
 */
class StatusRowsTest {

    private static final Path H28 = Path.of("src/test/resources/perfaudit/heldout/h28-chengan-bainian-gaolingjintie-2020.txt");
    private static final String FIRST_ROW_FIGURES = "100% 完成 25.00 25.00 6.25\n时效指标";

    private static Document h28(String firstRowFigures) throws IOException {
        return perfaudit.Fixtures.readWith(H28, FIRST_ROW_FIGURES, firstRowFigures + "\n时效指标", "h28.txt");
    }

    private static List<String> rows(Document doc) {
        return doc.forms().get(0).indicators().stream().map(i -> i.name() + " " + raw(i.target()) + " → " + raw(i.actual())
                + " " + i.weight() + "/" + i.score() + (i.truncated() ? " (cut)" : "")).toList();
    }

    private static String raw(Measure measure) {
        return measure == null ? "—" : measure.raw();
    }

    @Test
    void h28RowsAreReadFromTheirStatusWord() throws IOException {
        Document doc = h28(FIRST_ROW_FIGURES.split("\n")[0]);
        assertEquals(List.of("符合条件申报对象覆盖率 >=98% → 100% 25.00/25.00", "完成率 >=99% → 100% 25.00/25.00",
                "补贴发放率 >=75% → 100% 30.00/30.00", "服务对象满意度 >=95% → 100% 10.00/10.00",
                "预算执行率 — → — null/null (cut)"), rows(doc));
        Indicator first = doc.forms().get(0).indicators().get(0);
        assertEquals("≥", first.target().comparator());
        assertEquals("%", first.target().unit());
        assertEquals(List.of(), doc.problems().stream().filter(p -> p.reason().contains("指标")).toList());
    }

    /** h28's 指标说明 (a sentence between the 三级 name and the 符号, in no column of the header) is kept with its row. */
    @Test
    void h28sIndicatorDescriptionsAreRead() throws IOException {
        Document doc = h28(FIRST_ROW_FIGURES.split("\n")[0]);
        assertEquals(List.of("享受补贴政策人数占符合条件申报对象总数的比例", "按照要求每月及时完成符合条件对象审批的比例(百分比)", "高龄补贴发放完成率",
                "享受高龄津贴的对象对老龄工作的满意程度"), doc.forms().get(0).indicators().stream().map(Indicator::description).limit(4).toList());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().startsWith("指标说明读入: 享受补贴政策人数")), doc.notes().toString());
    }

    /**
     * h28's text ends in the label of its 预算执行率 row (printed in its level cells, figures cut): read as a cut row of
     * that name, with a note, not dropped.
     */
    @Test
    void theBudgetRowTheTextEndsInIsReadAsCut() throws IOException {
        Document doc = h28(FIRST_ROW_FIGURES.split("\n")[0]);
        Indicator last = doc.forms().get(0).indicators().get(4);
        assertEquals("预算执行率 预算执行率 true", last.level1() + " " + last.name() + " " + last.truncated());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().startsWith("预算执行率行被截断")), doc.notes().toString());
    }

    /**
     * The next form's title right after the label ends the text of h28's form as the file's end does: the row is read
     * as cut, and the form is cut there (a file holding two forms).
     */
    @Test
    void theBudgetRowCutByTheNextFormIsReadAsCut() throws IOException {
        Document doc = h28FollowedBy("2020年度稷山县项目支出绩效自评表\n项目名称 建档立卡个人缴费县级配套资金 主管部门 稷山县医疗保障局\n");
        assertTrue(doc.forms().get(0).template().isCut(), doc.forms().get(0).template().toString());
    }

    /**
     * A document site heads the next document with its file name (…自评表.xlsx) on a line of its own: that line ends
     * h28's text as the next form's title does, and is that document's heading, no unread line of h28.
     */
    @Test
    void aFileNameLineEndsTheFormBeforeIt() throws IOException {
        Document doc = h28FollowedBy("建档立卡个人缴费县级配套绩效自评表.xlsx\n2020年度稷山县项目支出绩效自评表\n项目名称 建档立卡个人缴费县级配套资金\n");
        assertEquals("line 22", doc.forms().get(0).template().cutAt().position());
        assertTrue(doc.problems().stream().noneMatch(p -> p.text().contains(".xlsx")), doc.problems().toString());
    }

    /** h28 with {@code next} after its last line, read as one file: two forms, h28's last row its cut 预算执行率 row. */
    private static Document h28FollowedBy(String next) throws IOException {
        String text = java.nio.file.Files.readString(H28, StandardCharsets.UTF_8).stripTrailing() + "\n" + next;
        Document doc = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "two.txt", Limits.DEFAULT);
        assertEquals(2, doc.forms().size());
        Indicator last = doc.forms().get(0).indicators().get(4);
        assertEquals("预算执行率 true", last.name() + " " + last.truncated());
        return doc;
    }

    /** Must not: the label followed by anything else (here the form's tail) is no cut row; left to the flow reader. */
    @Test
    void aBudgetLabelTheTextGoesOnAfterIsNoCutRow() throws IOException {
        String text = java.nio.file.Files.readString(H28, StandardCharsets.UTF_8);
        Document doc = Inputs.read((text.stripTrailing() + " 填报人 王红\n").getBytes(StandardCharsets.UTF_8), "h28.txt", Limits.DEFAULT);
        assertEquals(4, doc.forms().get(0).indicators().stream().filter(i -> !i.truncated()).count());
        assertTrue(doc.forms().get(0).indicators().stream().noneMatch(i -> "预算执行率".equals(i.name()) && i.truncated()));
        assertTrue(doc.notes().stream().noneMatch(n -> n.reason().startsWith("预算执行率行被截断")), doc.notes().toString());
    }

    /** 25 | 20 | 5: 得分 | 权重占比 | 折算得分 or 分值 | 得分 | 折算得分 — the text does not say which: the row is not read. */
    @Test
    void unequalFiguresForFourColumnsLeaveTheRowUnread() throws IOException {
        Document doc = h28("100% 完成 25.00 20.00 5.00");
        assertEquals(4, doc.forms().get(0).indicators().size()); // three rows and the cut 预算执行率 row
        assertTrue(doc.forms().get(0).indicators().stream().noneMatch(i -> i.name().equals("完成")));
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().startsWith("指标行未读") && n.text().startsWith("符合条件申报对象覆盖率")),
                doc.notes().toString());
    }

    @Test
    void figuresTheirProductDoesNotConfirmLeaveTheRowUnread() throws IOException {
        Document doc = h28("100% 完成 25.00 25.00 7.00");
        assertEquals(4, doc.forms().get(0).indicators().size()); // three rows and the cut 预算执行率 row
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("do not confirm")), doc.notes().toString());
    }

    /** The synthetic G form's head, title to the indicator section: the tables below differ only in their columns. */
    private static final String SYNTHETIC_HEAD = """
            预算项目绩效自评表
            (2023年度)
            项目名称 校舍维修改造项目 主管部门 [115]沧州市运河区教育局 实施单位 [115004]沧州市运河区实验小学
            二、预算执行情况（单位：万元）
            资金来源 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
            合计 248.60 248.60 241.15 97.00
            四、年度绩效指标完成情况
            """;

    private static final String SYNTHETIC_FLOW = SYNTHETIC_HEAD + """
            一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 单项指标得分 权重占比(%) 单项指标折算得分
            符号 数值 单位(文字描述)
            产出指标 数量指标 维修改造校舍面积 15 ≥ 3200 平方米 3260平方米 完成 15 15.00 100.00
            时效指标 工程完工时间 10 2023年8月25日前 2023年8月20日 完成 10 10.00 100.00
            效果指标 社会效益指标 受益学生人数 15 ≥ 2200 人 2156人 未完成 14.7 15.00 98.00
            """;

    /**
     * The synthetic G template flattened to spaces: 分值 printed before the target, 折算得分 = 得分 ÷ 权重占比 × 100. A
     * row with no 符号 ("10 2023年8月25日前") may hold a 分值 and a worded target or a 数值 and its unit: left unread.
     */
    @Test
    void aPrintedWeightIsReadAndAnUnanchoredValueIsNot() {
        Document doc = Inputs.read(SYNTHETIC_FLOW.getBytes(StandardCharsets.UTF_8), "G-flow.txt", Limits.DEFAULT);
        assertEquals(List.of("维修改造校舍面积 ≥3200平方米 → 3260平方米 15/15", "受益学生人数 ≥2200人 → 2156人 15/14.7"), rows(doc));
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().startsWith("指标行未读") && n.text().startsWith("工程完工时间")),
                doc.notes().toString());
    }

    private static final String SYNTHETIC_NO_WEIGHT = SYNTHETIC_HEAD + """
            一级指标 二级指标 三级指标 预期指标值 单项指标实际完成值 单项指标完成情况 单项指标得分 权重占比(%) 单项指标折算得分
            符号 数值 单位(文字描述)
            产出指标 数量指标 维修改造 校舍面积 3200 平方米 3260平方米 完成 15 15.00 2.25
            效果指标 社会效益指标 受益学生人数 受益的在校学生人数 ≥ 2200 人 2156人 未完成 14.7 15.00 2.21
            """;

    /**
     * A text between the name and a target anchored by its 符号 is the row's 指标说明; with no 符号 it may be the
     * name's second half (维修改造 校舍面积): left out, noted, never read as a 指标说明.
     */
    @Test
    void onlyATextBeforeAnAnchoredTargetIsTheDescription() {
        Document doc = Inputs.read(SYNTHETIC_NO_WEIGHT.getBytes(StandardCharsets.UTF_8), "G-flow.txt", Limits.DEFAULT);
        List<String> read = doc.forms().get(0).indicators().stream().map(i -> i.name() + " | " + i.description()).toList();
        assertEquals(List.of("维修改造 | null", "受益学生人数 | 受益的在校学生人数"), read);
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().startsWith("指标说明未读入: 校舍面积")), doc.notes().toString());
    }

    /**
     * A 三级 name that ends its line, a text starting the next: the name's wrapped rest (受益学生 / 人数) or its 指标说明,
     * and the text does not say which. Left unread with a note, never read as a cut name with its rest for a 指标说明.
     */
    @Test
    void aTextOnTheLineAfterTheNameLeavesTheRowUnread() {
        String wrapped = SYNTHETIC_NO_WEIGHT.replace("受益学生人数 受益的在校学生人数 ≥", "受益学生\n人数 ≥");
        Document doc = Inputs.read(wrapped.getBytes(StandardCharsets.UTF_8), "G-flow.txt", Limits.DEFAULT);
        assertEquals(List.of("维修改造"), doc.forms().get(0).indicators().stream().map(Indicator::name).toList());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().startsWith("指标行未读：a line break between the name")),
                doc.notes().toString());
    }

    /** h28 with its first row's 指标说明 left out and its name wrapped (符合条件申报对 / 象覆盖率): that row is not read. */
    @Test
    void h28sWrappedNameIsNotCutIntoNameAndDescription() throws IOException {
        Document doc = perfaudit.Fixtures.readWith(H28, "符合条件申报对象覆盖率 享受补贴政策人数占符合条件申报对象总数的比例 >=",
                "符合条件申报对\n象覆盖率 >=", "h28.txt");
        assertEquals(List.of("完成率", "补贴发放率", "服务对象满意度", "预算执行率"),
                doc.forms().get(0).indicators().stream().map(Indicator::name).toList());
        assertTrue(doc.notes().stream().noneMatch(n -> n.reason().startsWith("指标说明读入: 象覆盖率")), doc.notes().toString());
    }

    /**
     * The whole synthetic form on one line, its text cut in the 预算执行率 row's label: a row read whole ends at its
     * status word's last figure, so the label after it starts a row as at a line's start, and is read as the cut row.
     */
    @Test
    void onOneLineTheBudgetLabelAfterAWholeRowIsTheCutRow() {
        Document doc = oneLine(SYNTHETIC_FLOW + "预算执行率 预算执行率\n");
        Indicator last = doc.forms().get(0).indicators().get(doc.forms().get(0).indicators().size() - 1);
        assertEquals("预算执行率 true", last.name() + " " + last.truncated());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().startsWith("预算执行率行被截断")), doc.notes().toString());
    }

    /** Must not: after a row left unread (two figures for three columns) its end is not known, and the label on its line is no cut row. */
    @Test
    void onOneLineTheBudgetLabelAfterAnUnreadRowIsNoCutRow() {
        Document doc = oneLine(SYNTHETIC_FLOW.replace("14.7 15.00 98.00", "14.7 15.00") + "预算执行率 预算执行率\n");
        assertTrue(doc.forms().get(0).indicators().stream().noneMatch(i -> "预算执行率".equals(i.name()) && i.truncated()),
                rows(doc).toString());
        assertTrue(doc.notes().stream().noneMatch(n -> n.reason().startsWith("预算执行率行被截断")), doc.notes().toString());
    }

    private static Document oneLine(String text) {
        String line = String.join(" ", text.strip().split("\n"));
        return Inputs.read(line.getBytes(StandardCharsets.UTF_8), "G-one-line.txt", Limits.DEFAULT);
    }

    /**
     * Labels broken at a line's end as a narrow column breaks them (LAYOUTS §3 "项目主管单 位"): the part heading, the
     * header label and the indicator header's column labels continue on the next line's start, and are recognised
     * as the labels (a label may continue across a line break, Tokens.joins), so h28 reads as unbroken.
     */
    @Test
    void h28sLabelsBrokenAtALineEndAreRecognised() throws IOException {
        String text = java.nio.file.Files.readString(H28, StandardCharsets.UTF_8);
        String broken = text.replace("实施(主管)单位 ", "实施(主管)单\n位 ").replace("二、预算执行情况", "二、预算执行情\n况")
                .replace("四、年度绩效指标完成情况", "四、年度绩效指\n标完成情况").replace("单项指标实际完成值", "单项指标实际完\n成值")
                .replace("单项指标完成情况", "单项指标完成情\n况").replace("单项指标折算得分", "单项指标折算得\n分");
        assertEquals(6, broken.split("\n").length - text.split("\n").length);
        Document doc = Inputs.read(broken.getBytes(StandardCharsets.UTF_8), "h28-broken-labels.txt", Limits.DEFAULT);
        Document original = perfaudit.Fixtures.read(H28);
        assertEquals(rows(original), rows(doc));
        assertEquals(5, rows(doc).size());
        assertEquals("314002 成安县民政局机关", doc.forms().get(0).implementingUnit().code() + " " + doc.forms().get(0).implementingUnit().name());
        perfaudit.model.funds.Funds funds = doc.forms().get(0).funds().get(perfaudit.model.funds.FundLine.TOTAL);
        assertEquals("6.84 6.84", funds.annualBudget() + " " + funds.executed());
        assertEquals(original.problems().size(), doc.problems().size(), doc.problems().toString());
    }

    /**
     * The synthetic G form with its part headings, unit label and column labels broken at line ends reads as unbroken:
     * "二、预算执行情" / "况（单位：万元）" too, whose last piece goes on after the label (LineBrokenLabels), where before the
     * unit's value ran on over the funds heading and the funds table was not found.
     */
    @Test
    void syntheticLabelsBrokenAtALineEndAreRecognised() {
        String broken = SYNTHETIC_FLOW.replace("实施单位 ", "实施(主管)单\n位 ").replace("二、预算执行情况", "二、预算执行情\n况")
                .replace("四、年度绩效指标完成情况", "四、年度绩效指\n标完成情况").replace("单项指标实际完成值", "单项指标实际完\n成值")
                .replace("单项指标完成情况", "单项指标完成情\n况").replace("单项指标折算得分", "单项指标折算得\n分");
        Document doc = Inputs.read(broken.getBytes(StandardCharsets.UTF_8), "G-broken-labels.txt", Limits.DEFAULT);
        assertEquals(List.of("维修改造校舍面积 ≥3200平方米 → 3260平方米 15/15", "受益学生人数 ≥2200人 → 2156人 15/14.7"), rows(doc));
        assertEquals("沧州市运河区实验小学", doc.forms().get(0).implementingUnit().name());
        assertEquals(totalFunds(Inputs.read(SYNTHETIC_FLOW.getBytes(StandardCharsets.UTF_8), "G-flow.txt", Limits.DEFAULT)), totalFunds(doc));
        assertTrue(totalFunds(doc).startsWith("248.60 "), totalFunds(doc));
        assertEquals(List.of(), doc.problems());
    }

    private static String totalFunds(Document doc) {
        perfaudit.model.funds.Funds funds = doc.forms().get(0).funds().get(perfaudit.model.funds.FundLine.TOTAL);
        return funds == null ? null : funds.annualBudget() + " " + funds.executed();
    }

    /** Must not change: the same template as a grid is read by its columns, the worded 时效 target included. */
    @Test
    void theGridIsReadAsBefore() {
        Document doc = Inputs.read(Path.of("fixtures/families/G-clean.html"), "G-clean.html");
        List<String> read = rows(doc);
        assertEquals(9, read.size());
        assertEquals("工程完工时间 2023年8月25日前 → 2023年8月20日 10/10", read.get(3));
        assertEquals(List.of(), doc.notes());
    }

    /** The synthetic G form in tabbed text (a grid): 折算得分 = 得分 ÷ 权重占比 × 100 on the first two rows. */
    private static final String SYNTHETIC_TABBED = SYNTHETIC_HEAD + String.join("\n",
            "一级指标\t二级指标\t三级指标\t指标分值\t预期指标值\t单项指标实际完成值\t单项指标完成情况\t单项指标得分\t权重占比(%)\t单项指标折算得分",
            "产出指标\t数量指标\t维修改造校舍面积\t15\t≥3200平方米\t3260平方米\t完成\t15\t15.00\t100.00",
            "效果指标\t社会效益指标\t受益学生人数\t15\t≥2200人\t2156人\t未完成\t14.7\t15.00\t98.00",
            "满意度指标\t服务对象满意度指标\t群众满意度\t20\t≥90%\t95%\t完成\t20\t20\t20", "");

    /**
     * Read through the header's grid, a row's 得分 | 权重占比 | 折算得分 are checked as text without a grid checks them
     * (ConvertedScore): 20 | 20 | 20 keeps no relation of the export and is refused, as in "|" rows (blind g01 / c06).
     */
    @Test
    void gridRowsWhoseFiguresDoNotConfirmAreRefusedAsFlowRowsAre() {
        Document doc = Inputs.read(SYNTHETIC_TABBED.getBytes(StandardCharsets.UTF_8), "G-tabbed.txt", Limits.DEFAULT);
        assertEquals(List.of("维修改造校舍面积 ≥3200平方米 → 3260平方米 15/15", "受益学生人数 ≥2200人 → 2156人 15/14.7"), rows(doc));
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("do not confirm each other") && n.text().startsWith("群众满意度")),
                doc.notes().toString());
        assertEquals(List.of("满意度指标"), doc.forms().get(0).template().unreadIn());
    }

    /**
     * A 得分 over its 分值 whose 折算得分 the printed 指标分值 makes (12 | 10.00 | 100.00 under 分值 10): the columns are
     * placed, the 得分 is the unit's own arithmetic, read for the audit to check (fixtures/families/G-defects.html).
     */
    @Test
    void aScoreTheConvertedScoreDoesNotMakeIsReadWhereThePrintedWeightMakesIt() {
        Document doc = Inputs.read(SYNTHETIC_TABBED.replace("\t15\t15.00\t100.00", "\t18\t15.00\t100.00")
                .getBytes(StandardCharsets.UTF_8), "G-tabbed.txt", Limits.DEFAULT);
        assertEquals("维修改造校舍面积 ≥3200平方米 → 3260平方米 15/18", rows(doc).get(0));
        Document g = Inputs.read(Path.of("fixtures/families/G-defects.html"), "G-defects.html");
        assertEquals(9, g.forms().get(0).indicators().size());
    }
}
