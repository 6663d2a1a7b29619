package perfaudit.ingest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.funds.FundBreakdown;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.FundNature;
import perfaudit.model.funds.Funds;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real published forms in ../shared/real-forms (web pages, flattened PDF text, pipe tables,
 * OCR'd scans, traditional characters; first line of each: its source) read into the facts an
 * auditor typed in by hand in that folder's EXPECTED.md. Skipped where the folder is not beside the
 * project.
 */
class RealFormsParseTest {

    static final Path FOLDER = Path.of("..", "shared", "real-forms");

    @BeforeAll
    static void folderIsThere() {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "../shared/real-forms is not beside the project");
    }

    static Document read(String stem) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(stem)).findFirst().orElseThrow();
            return Inputs.read(file, file.getFileName().toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Form only(String stem) {
        Document document = read(stem);
        assertEquals(1, document.forms().size(), stem + ": " + document.problems());
        return document.forms().get(0);
    }

    @Test
    void everyFileGivesAFormOrSaysWhichKindOfFormItHolds() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.txt")).sorted().toList()) {
                Document document = Inputs.read(file, file.getFileName().toString());
                boolean namesFamily = document.problems().stream().anyMatch(p -> p.reason().contains("(family "));
                assertTrue(!document.forms().isEmpty() || namesFamily, file + " gives no form and names no family: "
                        + document.problems());
            }
        }
    }

    /**
     * 15 (海淀, a 自评表) names the declaration in an indicator, 是否完成绩效目标申报表中申报的数量 glued into its row: the words of a
     * 绩效目标申报表 title (family T, not audited) in running text neither cut the glued row nor stop the form being read.
     */
    @Test
    void aSelfEvaluationMentioningItsDeclarationIsStillAudited() {
        Document document = read("15-haidian");
        assertEquals(1, document.forms().size(), document.problems().toString());
        Form form = document.forms().get(0);
        assertEquals(0, new BigDecimal("154.74").compareTo(form.fundLine(FundLine.TOTAL).executed()));
        assertTrue(document.problems().stream().noneMatch(p -> p.reason().contains("(family ")), document.problems().toString());
    }

    @Test
    void aTotalRowOfZerosAboveAFundedSubRowIsReadAsPrinted() {
        Form form = only("01-");
        assertEquals("A", form.template().family());
        amounts(form.fundLine(FundLine.TOTAL), "0", "0", "0");
        assertEquals(0, new BigDecimal("10").compareTo(form.fundLine(FundLine.TOTAL).weight()));
        amounts(form.fundLine(FundLine.CURRENT_YEAR), "90", "89.974", "89.974");
        assertEquals(9, form.indicators().size(), "the satisfaction row the text stops in carries nothing");
        assertTrue(form.template().isCut(), "the excerpt stops before 总分");
        assertEquals(List.of("绩效指标（中断处之后的部分）", "总分"), form.template().missingParts());
    }

    @Test
    void aQualitativeRowOnOneLineSplitsIntoNameTargetAndActual() {
        Indicator row = only("01-").indicators().get(2);
        assertEquals("经费支出合规性", row.name());
        assertEquals("严格执行相关制度规定", row.target().raw());
        assertEquals("达成预期指标", row.actual().raw());
        assertEquals(0, BigDecimal.valueOf(8).compareTo(row.score()));
    }

    @Test
    void anEmptyRateCellIsLeftEmptyNotFilledWithTheScore() {
        Funds total = only("03-").fundLine(FundLine.TOTAL);
        amounts(total, "880", "880", "880");
        assertNull(total.executionRate(), "five values for six columns: 执行率 is the empty one");
        assertEquals(0, BigDecimal.TEN.compareTo(total.score()));
    }

    @Test
    void theSichuanFormReadsItsWeightsAndItsBlankActuals() {
        Form form = only("04-");
        assertEquals("D", form.template().family());
        amounts(form.fundLine(FundLine.TOTAL), "238.93", "251.89", "251.89");
        assertEquals(2, form.indicators().size());
        assertTrue(form.indicators().stream().allMatch(i -> i.actual() == null), "every 完成值 is blank");
        assertEquals(0, BigDecimal.valueOf(60).compareTo(form.indicators().get(0).weight()));
        assertEquals(0, BigDecimal.valueOf(100).compareTo(form.total().weight()), "合计 is the total");
    }

    @Test
    void traditionalCharactersAndGlossesAreFoldedForMatching() {
        Form form = only("05-");
        assertEquals(5, form.indicators().size());
        assertEquals("产出指标", form.indicators().get(0).level1());
        Measure target = form.indicators().get(0).target();
        assertEquals(0, BigDecimal.valueOf(72890).compareTo(target.value()), "﹦ | 72890 | 元 read as one target");
        assertTrue(form.indicators().get(4).truncated(), "the excerpt stops inside the 满意度 row");
        assertTrue(form.projectName().startsWith("2020年省級自然資源"), "printed text kept for display");
    }

    @Test
    void amountsInYuanAreConvertedToWan() {
        Funds total = only("07-").fundLine(FundLine.TOTAL);
        assertEquals("元", total.printedUnit());
        assertNull(total.initialBudget(), "two amounts for three columns: 年初预算数 is the missing one");
        assertEquals(0, new BigDecimal("38.766462").compareTo(total.annualBudget()));
        assertEquals(0, new BigDecimal("38.766462").compareTo(total.executed()));
    }

    @Test
    void amountsWithWanInTheCellAreRead() {
        Funds total = only("11-").fundLine(FundLine.TOTAL);
        amounts(total, "150", "150", "125.25");
        assertEquals(0, new BigDecimal("83.5").compareTo(total.executionRate()));
    }

    @Test
    void spaceSeparatedRowsWithAWrappedHeader() {
        Form form = only("12-");
        amounts(form.fundLine(FundLine.TOTAL), "287", "287", "171");
        assertEquals(6, form.indicators().size());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(form.total().weight()));
        assertEquals(0, BigDecimal.valueOf(90).compareTo(form.total().score()));
        Indicator last = form.indicators().get(3);
        assertEquals("部分项目延续至下年", last.deviation(), "text after the row's scores on its line is its 偏差原因");
    }

    @Test
    void aBareYearIsADate() {
        Indicator deadline = only("13-").indicators().get(1);
        assertEquals("完成时限", deadline.name());
        assertEquals(Measure.Kind.DATE, deadline.actual().kind());
        assertEquals(2020, deadline.actual().date().getYear());
    }

    @Test
    void gluedDigitsAreSplitWhereTheRowsArithmeticConfirmsOneReading() {
        Document document = read("15-");
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertEquals(0, new BigDecimal("310.2").compareTo(total.initialBudget()));
        assertNull(total.annualBudget(), "this template has no 全年预算数");
        assertEquals(0, new BigDecimal("154.74").compareTo(total.executed()));
        assertEquals(0, BigDecimal.valueOf(50).compareTo(total.executionRate()));
        assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains("310.2 | 154.74 | 10 | 50% | 5")),
                "the split is a note an auditor can check: " + document.notes());
    }

    @Test
    void theOcrdNingxiaFormReadsItsRowsWhereTheSectionsPointsAndTheNumericCellsMakeThemCertain() {
        Document document = read("09-");
        List<Indicator> rows = document.forms().get(0).indicators();
        List<String> names = rows.stream().map(Indicator::name).toList();
        // 项目决策(10分) = 4 + 2 + 2 + 2: the two rows that lost their dash are cut where the points settle it
        Indicator feasible = rows.get(names.indexOf("可行性"));
        assertNull(feasible.target(), "a 项目决策 row has no target");
        assertEquals("实际工作需求", feasible.actual().raw());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(feasible.weight()));
        assertTrue(names.contains("适当性"), String.valueOf(names));
        // "IO" in the 得分 place is 10; 顼目产出(30分) is the 一级 项目产出
        Indicator people = rows.get(names.indexOf("保障人数"));
        assertEquals(0, BigDecimal.TEN.compareTo(people.score()));
        assertEquals(0, BigDecimal.valueOf(30).compareTo(people.level1Points()));
        assertEquals(15, rows.size(), String.valueOf(names)); // 12 before; of 16 printed, 绿化、水电费等成本 stays unread
        // "M.8万元": an M is no OCR spelling of a digit LAYOUTS.md knows; the row stays reported, not guessed
        assertTrue(document.problems().stream().anyMatch(p -> p.reason().contains("M.8万元")), String.valueOf(document.problems()));
        for (String note : List.of("'IO' 读作 '10'", "'顼目产出(30分)' 读作 '项目产出(30分)'", "剩余 4 分 = 2 + 2", "'指标L'")) {
            assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains(note)), note + " in " + document.notes());
        }
    }

    @Test
    void aSectionThatMayGoOnIsNotSettledByItsPoints() throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(FOLDER)) {
            file = files.filter(p -> p.getFileName().toString().startsWith("09-")).findFirst().orElseThrow();
        }
        // without the next 一级 label, 项目管理's rows could be 项目决策's: its 10 points no longer settle the cut
        String text = Files.readString(file).replace("项目管理(25分)", "");
        Document document = Inputs.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "09-without-label.txt", Limits.DEFAULT);
        List<String> names = document.forms().get(0).indicators().stream().map(Indicator::name).toList();
        assertFalse(names.contains("可行性"), String.valueOf(names));
        assertTrue(document.problems().stream().anyMatch(p -> p.reason().contains("可行性2实际工作需求")), String.valueOf(document.problems()));
    }

    @Test
    void theHubeiFormScoresTheBudgetOutOfTwenty() {
        Form form = only("16-");
        assertEquals("E", form.template().family());
        assertEquals(20, form.template().budgetPoints());
        Funds total = form.fundLine(FundLine.TOTAL);
        assertEquals(0, BigDecimal.TEN.compareTo(total.annualBudget()));
        assertEquals(0, BigDecimal.valueOf(20).compareTo(total.score()));
        assertFalse(form.template().weights(), "no 分值 column: weights are absent, not empty");
        assertEquals(5, form.indicators().size());
        assertEquals("整编资料审核", perfaudit.text.TextFold.fold(form.indicators().get(2).name()));
    }

    @Test
    void childRowsUnderANumberedParentAreMarked() {
        Form form = only("18-");
        List<Indicator> rows = form.indicators();
        assertFalse(rows.get(0).child(), "一、示范区建立");
        assertTrue(rows.get(1).child(), "1、水稻侧深施肥+缓控释肥");
        assertFalse(rows.get(4).child(), "二、化肥减量增效田间试验");
        assertEquals(0, new BigDecimal("10.77").compareTo(form.fundLine(FundLine.TOTAL).executionRate()));
    }

    @Test
    void weightBeforeTargetAndQuantityOnlyChildRows() {
        Form form = only("20-");
        assertEquals("B", form.template().family());
        Indicator first = form.indicators().get(0);
        assertEquals(0, BigDecimal.valueOf(20).compareTo(first.weight()));
        assertEquals("29.5亩", first.target().raw());
        assertTrue(form.indicators().get(1).child(), "其中桃树种植面积");
        assertNull(form.fundLine(FundLine.TOTAL).initialBudget(), "this template has no 年初预算数");
    }

    @Test
    void departmentWideFormIsReadAsOne() {
        // OCR'd, no separators, cut inside the indicator table: the header's 自评总分 is the total
        Form form = only("10-");
        assertEquals("I", form.template().family());
        assertNull(form.projectName(), "a 部门整体 form has no 项目名称");
        assertEquals(0, new BigDecimal("97.6").compareTo(form.total().score()), "自评总分");
        assertTrue(form.template().lacks().contains("projectName"));
    }

    @Test
    void departmentWideFormIsNamedByItsTitleNotByLabelsItSharesWithTheNationalForm() {
        // after a 基础数据表, one cell per line; 年初预算数 / 全年预算数 are also the national form's signs
        Form form = only("17-");
        assertEquals("I", form.template().family());
        assertEquals(2023, form.year());
        Funds total = form.fundLine(FundLine.TOTAL);
        amounts(total, "861.10", "2030.12", "2030.12");
        assertEquals(0, BigDecimal.TEN.compareTo(total.weight()), "分值");
        assertEquals(0, BigDecimal.TEN.compareTo(total.score()), "自评得分");
        assertTrue(form.template().cutAt() != null, "the excerpt stops in the goal text");
    }

    /**
     * 17 prints under its funds table the funds by 收入性质 and by 支出性质, two columns interleaved one
     * cell a line (按收入性质分:2030.12 / 按支出性质分:1925.67 / 其中: 一般公共预算:1325.68 / 其中:基本支出:900.47 …):
     * each part in its own breakdown, the empty 纳入专户管理的非税收入拨款 kept empty, no line of it unread.
     */
    @Test
    void departmentWideFundsAreReadByIncomeAndByExpenditureNature() {
        Document document = read("17-");
        Form form = document.forms().get(0);
        List<FundBreakdown> breakdowns = form.fundsByNature();
        assertEquals(List.of(FundNature.INCOME, FundNature.EXPENDITURE),
                breakdowns.stream().map(FundBreakdown::nature).toList());
        FundBreakdown income = breakdowns.get(0);
        assertEquals(0, new BigDecimal("2030.12").compareTo(income.total()));
        assertEquals(245, income.location().line());
        assertEquals(List.of("一般公共预算 1325.68", "政府性基金 118.82", "纳入专户管理的非税收入 null", "其他资金 585.62"),
                income.parts().stream().map(p -> p.name() + " " + (p.amount() == null ? null : p.amount().toPlainString())).toList());
        FundBreakdown expenditure = breakdowns.get(1);
        assertEquals(0, new BigDecimal("1925.67").compareTo(expenditure.total()));
        assertEquals(247, expenditure.location().line());
        assertEquals(List.of("基本支出 900.47", "项目支出 1025.20"),
                expenditure.parts().stream().map(p -> p.name() + " " + p.amount().toPlainString()).toList());
        // what is left unread is the excerpt's lack of indicators, nothing of the breakdown
        assertEquals(1, document.problems().size(), document.problems().toString());
        assertTrue(document.problems().get(0).reason().contains("绩效指标"), document.problems().toString());
    }

    private static void amounts(Funds funds, String initial, String annual, String executed) {
        assertEquals(0, new BigDecimal(initial).compareTo(funds.initialBudget()), "年初预算数");
        assertEquals(0, new BigDecimal(annual).compareTo(funds.annualBudget()), "全年预算数");
        assertEquals(0, new BigDecimal(executed).compareTo(funds.executed()), "全年执行数");
    }

    /**
     * 19 is OCR'd: its vertical 一级 cells read out of order (出标产指) and its header scrambled; the template has no
     * 分值 column. The 产出 label is read back, two rows are read, and the 总分's one figure is its 得分.
     */
    @Test
    void scrambledVerticalLabelsAndAnUnreadHeaderWithoutWeights() {
        Form form = only("19-");
        assertTrue(form.indicators().stream().anyMatch(row -> "渔船补贴发放率".equals(row.name())
                && "产出指标".equals(row.level1())), "the row under the unscrambled 产出指标: " + form.indicators());
        assertTrue(form.indicators().stream().allMatch(row -> row.weight() == null), "no 分值 column");
        assertFalse(form.template().weights(), "the rows read show a 得分 and never a 分值");
        assertNull(form.total().weight());
        assertEquals(0, new BigDecimal("100").compareTo(form.total().score()), "总分 100 is the score");
    }

    /**
     * 10 is OCR'd glued text of a 部门整体 form: its 指标名称 header runs on from the goal text, its 全年完成值 header
     * is scrambled (年成值全完值), and each row ends in its 是否核心指标 mark. Rows are cut at the marks and read
     * where 得分 = 权重 × 得分系数 and the unit and 指标性质 (merged down, one of them scrambled) settle the cells;
     * the three rows whose target or unit cell the OCR garbled are reported, not guessed.
     */
    @Test
    void gluedDepartmentWideRowsAreCutAtTheirCoreMarks() {
        Document document = read("10-");
        List<Indicator> rows = document.forms().get(0).indicators();
        List<String> names = rows.stream().map(Indicator::name).toList();
        assertEquals(16, rows.size(), String.valueOf(names));
        Indicator staff = rows.get(0);
        assertEquals("财政供养人员控制率", staff.name());
        assertEquals("100%", staff.target().raw());
        assertEquals("92%", staff.actual().raw());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(staff.weight()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(staff.score()));
        assertEquals(Boolean.FALSE, staff.core(), "否");
        Indicator adjusted = rows.get(names.indexOf("预算调整率"));
        assertEquals("3%", adjusted.target().raw());
        assertEquals("0", adjusted.actual().raw(), "3%0100%22: the 0 before the 100% 系数");
        assertEquals(Boolean.FALSE, adjusted.core());
        Indicator unspent = rows.get(names.indexOf("“三公经费变动率"));
        assertNull(unspent.target(), "only the unit and the 系数 are printed");
        assertNull(unspent.actual());
        Indicator rules = rows.get(names.indexOf("管理制度健全性"));
        assertEquals("高", rules.target().raw(), "under the scrambled 定性指标: one word twice");
        assertEquals("高", rules.actual().raw());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(rules.weight()));
        assertEquals("好", rows.get(names.indexOf("资金使用合规性")).actual().raw(), "定性 holds for the rows below");
        Indicator training = rows.get(names.indexOf("党性教育培训次数"));
        assertEquals("26次", training.target().raw(), "the 计量单位 次 cut off the name");
        assertEquals(Boolean.TRUE, training.core());
        Indicator last = rows.get(rows.size() - 1);
        assertEquals("业务保障能力提升", last.name());
        assertEquals(0, BigDecimal.TEN.compareTo(last.weight()), "1010 at 100%: 10 | 10");
        for (String garbled : List.of("组织宣传活动次数次到0次", "制作宣传品数量份第O份", "播发稿件数量tot扁")) {
            assertTrue(document.problems().stream().anyMatch(p -> p.reason().contains(garbled)), garbled + " in " + document.problems());
        }
        for (String note : List.of("'性标定指' 读作 '定性指标'", "[ACTUAL]")) {
            assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains(note)), note + " in " + document.notes());
        }
    }

    /**
     * 19's rows glue their 得分 to the actual, with no 分值 column: a row is read where one cut fits. The site's page
     * marker fell inside "100%" (10 / 2、0%): dropped, the page's text goes on the row. 补贴渔船数6620 (6 | 6 | 20, or
     * 6 | 62 | 0, 66 | 2 | 0) is cut where the 总分 settles it: 100 less the budget's 20 and the other rows' 60 leaves 20.
     */
    @Test
    void gluedScoreOnlyRowsReadAcrossAPageBreakAndByTheTotal() {
        Document document = read("19-");
        List<Indicator> rows = document.forms().get(0).indicators();
        List<String> names = rows.stream().map(Indicator::name).toList();
        assertEquals(List.of("补贴渔船数", "渔船补贴发放率", "12月底之前完成", "退捕渔民抽样调查满意度"), names);
        Indicator boats = rows.get(0);
        assertEquals("6", boats.target().raw());
        assertEquals("6", boats.actual().raw());
        assertEquals(0, BigDecimal.valueOf(20).compareTo(boats.score()));
        assertEquals("数量指标", boats.level2());
        assertTrue(document.notes().stream().anyMatch(n -> n.text() != null && n.text().contains("补贴渔船数6620")
                && n.reason().contains("余 20 分")), String.valueOf(document.notes()));
        Indicator deadline = rows.get(2);
        assertEquals("100%", deadline.target().raw());
        assertEquals("100%", deadline.actual().raw());
        assertEquals(0, BigDecimal.TEN.compareTo(deadline.score()));
        assertEquals("时效指标", deadline.level2());
        Indicator satisfaction = rows.get(3);
        assertEquals("≥90%", satisfaction.actual().raw(), "290% is an OCR'd ≥90%: the target 90% confirms it");
        assertEquals(0, BigDecimal.valueOf(40).compareTo(satisfaction.score()));
    }

    /** Without the 总分 nothing settles 补贴渔船数6620: it stays reported, not guessed. */
    @Test
    void aGluedRowTheTotalCannotSettleStaysReported() throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(FOLDER)) {
            file = files.filter(p -> p.getFileName().toString().startsWith("19-")).findFirst().orElseThrow();
        }
        String text = Files.readString(file).replace("总分100", "");
        Document document = Inputs.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "19-without-total.txt", Limits.DEFAULT);
        List<String> names = document.forms().get(0).indicators().stream().map(Indicator::name).toList();
        assertFalse(names.contains("补贴渔船数"), String.valueOf(names));
        assertTrue(document.problems().stream().anyMatch(p -> p.reason().contains("补贴渔船数6620")), String.valueOf(document.problems()));
    }

    /**
     * 14's PDF text prints its header as a run of column labels (三级指标 年初目标值 (A) …): its 产出 rows read, a
     * name the PDF's narrow column wrapped (支持服务贸易、服务外 / 包企业数量) joined where the row's figures fill
     * every column after it. The qualitative rows, their words wrapped into one another, stay reported.
     */
    @Test
    void scrambledPdfTextReadsTheRowsItsHeaderRunOpens() {
        List<Indicator> rows = only("14-").indicators();
        List<String> names = rows.stream().map(Indicator::name).toList();
        assertEquals(List.of("服务外包在岸(万美元)", "服务外包离岸(万美元)", "支持服务贸易、服务外包企业数量", "预算资金执行率",
                "资金拨付及时性"), names);
        assertEquals("20000", rows.get(0).target().raw());
        assertEquals("23333.56", rows.get(0).actual().raw());
        assertEquals(0, BigDecimal.TEN.compareTo(rows.get(0).score()));
        assertEquals("3", rows.get(2).target().raw());
        assertEquals("3", rows.get(2).actual().raw());
        assertEquals("98%以上", rows.get(4).target().raw());
        assertNull(rows.get(4).weight(), "no 分值 column");
    }
}
