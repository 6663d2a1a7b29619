package perfaudit.ingest.grammar.indicators.glued;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Glued indicator rows are cut by the header's columns only where exactly one cut fits, and an
 * OCR'd comparator is read as ≥ only where the row makes it certain.
 */
class GluedIndicatorRowsTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());
    /** 分值 before 年度指标值 (宁夏 / 安徽 templates). */
    private static final List<IndicatorField> WEIGHT_FIRST = List.of(IndicatorField.NAME, IndicatorField.WEIGHT,
            IndicatorField.TARGET, IndicatorField.ACTUAL, IndicatorField.SCORE, IndicatorField.DEVIATION);
    private static final BigDecimal FORTY = new BigDecimal(40);

    private static GluedIndicatorRows.Result read(String text) {
        return GluedIndicatorRows.read(LabelIndex.key(text), WEIGHT_FIRST, FORTY, LEX);
    }

    private static String cells(GluedIndicatorRows.Row row) {
        StringBuilder out = new StringBuilder();
        for (IndicatorField f : WEIGHT_FIRST) {
            GluedIndicatorRows.Read r = row.cells().get(f);
            out.append(r == null ? "-" : r.reading()).append('|');
        }
        return out.toString();
    }

    @Test
    void twoRowsWithWeightGluedToTargetAreCut() {
        GluedIndicatorRows.Result r = read("指标1免费发放原原种8550万粒550万粒8指标2企业自行采购8200万粒200万粒8");
        assertEquals(2, r.rows().size(), r.toString());
        assertEquals("指标1免费发放原原种|8|550万粒|550万粒|8|-|", cells(r.rows().get(0)));
        assertEquals("指标2企业自行采购|8|200万粒|200万粒|8|-|", cells(r.rows().get(1)));
    }

    @Test
    void noNameEndsInAComparator() {
        // 水标尺10≥ | 36 | 6米 | ≥366米 | 10 would fit too if a 三级指标 could end in the ≥ of the target after it (中江 h02)
        GluedIndicatorRows.Result r = read("安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10");
        assertEquals(2, r.rows().size(), r.toString());
        assertEquals("安装坡面水标尺|10|≥266米|≥266米|10|-|", cells(r.rows().get(0)));
        assertEquals("水标尺宽度|10|≥50厘米|≥50厘米|10|-|", cells(r.rows().get(1)));
    }

    @Test
    void anActualRestatingItsTargetAtTheEndOfARowWithoutPoints() {
        // 县级专项资金 forms (family C) print no 分值 / 得分: the row ends with its actual (衡山 h01)
        List<IndicatorField> noPoints = List.of(IndicatorField.NAME, IndicatorField.TARGET, IndicatorField.ACTUAL,
                IndicatorField.DEVIATION);
        for (String[] row : new String[][] {{"县级储备粮库存粮食明显变质比例00", "0"}, {"粮食储备设备维护及安全性高高", "高"}}) {
            GluedIndicatorRows.Result r = GluedIndicatorRows.read(LabelIndex.key(row[0]), noPoints, null, LEX);
            assertEquals(1, r.rows().size(), r.toString());
            assertEquals(row[1], r.rows().get(0).cells().get(IndicatorField.TARGET).reading());
            assertEquals(row[1], r.rows().get(0).cells().get(IndicatorField.ACTUAL).reading());
        }
        // words that are not one word twice stay unread: where the target ends is not certain
        assertEquals(0, GluedIndicatorRows.read(LabelIndex.key("粮食储备设备维护及安全性高低"), noPoints, null, LEX).rows().size());
    }

    @Test
    void aRowWithoutPointsIsLeftUnread() {
        String text = LabelIndex.key("指标2企业自行采购8200万粒200万粒8指标3一级种薯繁育基地8000亩8535.5亩");
        GluedIndicatorRows.Result r = GluedIndicatorRows.read(text, WEIGHT_FIRST, FORTY, LEX);
        assertEquals(1, r.rows().size());
        assertEquals("指标3一级种薯繁育基地8000亩8535.5亩", text.substring(r.readTo()));
    }

    /** 湖北 区级 项目绩效自评表: 三级指标 | 年初目标值 | 实际完成值 | 未完成原因及改进措施, no 分值 / 得分 (held-out h23). */
    private static final List<IndicatorField> NO_POINTS = List.of(IndicatorField.NAME, IndicatorField.TARGET,
            IndicatorField.ACTUAL, IndicatorField.DEVIATION);

    private static List<String> readNoPoints(String text) {
        GluedIndicatorRows.Result r = GluedIndicatorRows.read(LabelIndex.key(text), NO_POINTS, null, LEX);
        List<String> rows = new java.util.ArrayList<>();
        for (GluedIndicatorRows.Row row : r.rows()) {
            StringBuilder out = new StringBuilder();
            for (IndicatorField f : NO_POINTS) {
                GluedIndicatorRows.Read cell = row.cells().get(f);
                out.append(cell == null ? "-" : cell.reading()).append('|');
            }
            rows.add(out.toString());
        }
        return rows;
    }

    @Test
    void anActualInWordsReportingTheTargetMetAnswersAFigureTarget() {
        // 达成预期指标 (forms.yaml qualitative.actuals) answers a figure, a bound in words before it included
        assertEquals(List.of("森林火灾火因查明率|不低于95%|达成预期指标|-|", "森林火灾案件查处率|不低于90%|达成预期指标|-|"),
                readNoPoints("森林火災火因查明率不低於95%達成預期指標森林火災案件查處率不低於90%達成預期指標"));
        assertEquals(List.of("重大森林火灾|0起|达成预期指标|-|", "森林火灾受害面积|小于0.9‰|达成预期指标|-|",
                "成本控制数(万元)|63|达成预期指标|-|"), readNoPoints("重大森林火灾0起达成预期指标森林火灾受害面积小于0.9‰达成预期指标成本控制数(万元)63达成预期指标"));
    }

    @Test
    void aRateAnsweredWithACountIsReadAsPrintedWhereThePercentClosesTheTarget() {
        // 100% | 1000件: the % ends the target, the count is the actual as printed; the verdict after it is the last cell
        assertEquals(List.of("灭火设备配备率|100%|1000件|达成预期指标|", "监控系统维护率|100%|5个|达成预期指标|"),
                readNoPoints("滅火設備配備率100%1000件達成預期指標監控系統維護率100%5個達成預期指標"));
        // must not change: no % between the figures (1001000件) leaves the cut open, and a bare number is no count
        assertEquals(List.of(), readNoPoints("灭火设备配备率1001000件达成预期指标"));
        assertEquals(List.of(), readNoPoints("灭火设备配备率100%1000达成预期指标"));
        // nor a count in a unit the vocabulary does not know, nor a count with a comparator, nor a rate with words
        assertEquals(List.of(), readNoPoints("灭火设备配备率100%1000桶达成预期指标"));
        assertEquals(List.of(), readNoPoints("灭火设备配备率100%≥1000件达成预期指标"));
    }

    @Test
    void aBoundInWordsIsNeverCutFromItsFigure() {
        // neither 查明率不低于 | 95% nor 查明率不 | 低于95%: the one cut left is the bound leading its figure
        assertEquals(List.of("火因查明率|不低于95%|≥95%|-|"), readNoPoints("火因查明率不低于95%≥95%"));
    }

    @Test
    void aGluedWhetherIsTheQuestionANameAsksNotAYesNoPair() {
        // 是否 is one word: the name asks it and its 是 target answers it (not 公众知晓度 | 是 | 否, then a row 明显提高)
        assertEquals(List.of("重大森林火灾|0起|达成预期指标|-|", "公众知晓度是否明显提高|是|达成预期指标|-|"),
                readNoPoints("重大森林火灾0起达成预期指标公众知晓度是否明显提高是达成预期指标"));
        // a 是 | 否 pair no name-asking cut competes with stays read as printed
        assertEquals(List.of("安全事故发生|是|否|-|"), readNoPoints("安全事故发生是否"));
    }

    @Test
    void aVerdictDoesNotAnswerATargetWithWordsBeforeItsFigure() {
        // 2021年12月完成2021年12月 | 完成 would fit beside the target restated: no verdict after a dated target's words
        GluedIndicatorRows.Result r = read("公用经费完成时间52021年12月完成2021年12月完成4");
        assertEquals(1, r.rows().size(), r.toString());
        assertEquals("公用经费完成时间|5|2021年12月完成|2021年12月完成|4|-|", cells(r.rows().get(0)));
    }

    @Test
    void qualitativeRowWithDeviationAtTheEnd() {
        GluedIndicatorRows.Result r = read("持续完善种薯繁育体系8是基本达到7加强技术指导");
        assertEquals(1, r.rows().size(), r.toString());
        assertEquals("持续完善种薯繁育体系|8|是|基本达到|7|加强技术指导|", cells(r.rows().get(0)));
    }

    @Test
    void targetWordsWithDatesAreKept() {
        GluedIndicatorRows.Result r = read("指标12021年11月30日前完成资金支付811月底完成100%100%8");
        assertEquals(1, r.rows().size(), r.toString());
        assertEquals("指标12021年11月30日前完成资金支付|8|11月底完成100%|100%|8|-|", cells(r.rows().get(0)));
    }

    @Test
    void certainOcrComparatorsAreRead() {
        GluedIndicatorRows.Result r = read("指标1种薯亩均收入较鲜薯亩均收入8工5%工5%8");
        assertEquals(1, r.rows().size(), r.toString());
        assertEquals("指标1种薯亩均收入较鲜薯亩均收入|8|≥5%|≥5%|8|-|", cells(r.rows().get(0)));
        assertTrue(r.rows().get(0).cells().get(IndicatorField.ACTUAL).corrected());
    }

    @Test
    void aDigitReadAsComparatorOnlyWhereTheOtherValueConfirms() {
        GluedIndicatorRows.Result r = read("指标1推广面积比例880%^80%8指标2群众认知度8250%5=50%8");
        assertEquals(2, r.rows().size(), r.toString());
        assertEquals("指标1推广面积比例|8|80%|≥80%|8|-|", cells(r.rows().get(0)));
        assertEquals("指标2群众认知度|8|≥50%|≥50%|8|-|", cells(r.rows().get(1)));
        // the same figure twice is what was printed: no correction
        GluedIndicatorRows.Result same = read("指标1农户增收比例8250%250%8");
        assertEquals("指标1农户增收比例|8|250%|250%|8|-|", cells(same.rows().get(0)));
        assertFalse(same.rows().get(0).cells().get(IndicatorField.TARGET).corrected());
    }

    @Test
    void ambiguousDigitsAreNotGuessed() {
        // 1|2 or 12|…: without a row that fits one way only, nothing is read
        GluedIndicatorRows.Result r = read("指标1合格率12090%90%");
        assertEquals(0, r.rows().size(), r.toString());
        assertEquals(0, r.readTo());
    }

    @Test
    void aDashAsTargetIsNoTargetAndTheActualADescriptionOrFigure() {
        GluedIndicatorRows.Result r = read("项目目标完整性4一目标明确、内容细化、目标量化4预算执行率10一100%9");
        assertEquals(2, r.rows().size(), r.toString());
        assertEquals("项目目标完整性|4|-|目标明确、内容细化、目标量化|4|-|", cells(r.rows().get(0)));
        assertEquals("预算执行率|10|-|100%|9|-|", cells(r.rows().get(1)));
    }

    @Test
    void aRowThatLostItsDashIsLeftUnread() {
        GluedIndicatorRows.Result r = read("可行性2实际工作需求2适当性2有资金测算标准2");
        assertEquals(0, r.rows().size(), r.toString());
    }

    @Test
    void aTargetOfAnyWordsIsReadWhereTheActualRestatesIt() {
        GluedIndicatorRows.Result r = read("公用经费标准5符合相关文件要求符合相关文件要求5");
        assertEquals(1, r.rows().size(), r.toString());
        assertEquals("公用经费标准|5|符合相关文件要求|符合相关文件要求|5|-|", cells(r.rows().get(0)));
        assertEquals(0, read("公用经费标准5符合相关文件要求基本符合要求5").rows().size(), "words that differ are not cut");
    }

    @Test
    void plainWordsBeforeATargetFigureAreTheNextRowsNameNotTheTarget() {
        GluedIndicatorRows.Result r = GluedIndicatorRows.read(LabelIndex.key("办公所需成本415万元15万元4维修所需成本335万元35万元3"),
                WEIGHT_FIRST, new BigDecimal(10), LEX);
        assertEquals(2, r.rows().size(), r.toString());
        assertEquals("办公所需成本|4|15万元|15万元|4|-|", cells(r.rows().get(0)));
        assertEquals("维修所需成本|3|35万元|35万元|3|-|", cells(r.rows().get(1)));
    }

    @Test
    void rowsThatLostTheirDashAreCutWhereTheSectionsPointsSettleIt() {
        String text = LabelIndex.key("可行性2实际工作需求2适当性2有资金测算标准2");
        List<GluedIndicatorRows.Row> rows = GluedIndicatorRows.settle(text, WEIGHT_FIRST, BigDecimal.TEN, new BigDecimal(4), true, LEX);
        assertEquals(2, rows.size(), String.valueOf(rows));
        assertEquals("可行性|2|-|实际工作需求|2|-|", cells(rows.get(0)));
        assertEquals("适当性|2|-|有资金测算标准|2|-|", cells(rows.get(1)));
    }

    @Test
    void aSectionSumThatNoCutOrTwoCutsMeetReadsNothing() {
        String text = LabelIndex.key("可行性2实际工作需求2适当性2有资金测算标准2");
        assertNull(GluedIndicatorRows.settle(text, WEIGHT_FIRST, BigDecimal.TEN, new BigDecimal(6), true, LEX), "no cut adds up to 6");
        assertNull(GluedIndicatorRows.settle(text, WEIGHT_FIRST, BigDecimal.TEN, new BigDecimal(4), false, LEX),
                "where the section prints no dash, a row without a target is no reading");
        // 可行性2实际 | 需求 or 可行性 | 实际, then 需求2适当性 | 标准: two cuts of two rows, each adding up to 4
        String twoWays = LabelIndex.key("可行性2实际2需求2适当性2标准2");
        assertNull(GluedIndicatorRows.settle(twoWays, WEIGHT_FIRST, BigDecimal.TEN, new BigDecimal(4), true, LEX));
    }

    @Test
    void anOcrLetteredScoreIsReadAsItsDigits() {
        GluedIndicatorRows.Result r = GluedIndicatorRows.read(LabelIndex.key("保障人数102370人2370人IO"), WEIGHT_FIRST, BigDecimal.TEN, LEX);
        assertEquals(1, r.rows().size(), r.toString());
        assertEquals("保障人数|10|2370人|2370人|10|-|", cells(r.rows().get(0)));
        GluedIndicatorRows.Read score = r.rows().get(0).cells().get(IndicatorField.SCORE);
        assertTrue(score.corrected());
        assertEquals("IO", score.text());
    }

    @Test
    void lettersThatAreAWordOrAStrayLetterAreNotDigits() {
        assertEquals(0, GluedIndicatorRows.read(LabelIndex.key("保障人数102370人2370人IOT"), WEIGHT_FIRST, BigDecimal.TEN, LEX)
                .rows().size(), "IOT is a word");
        assertEquals(0, GluedIndicatorRows.read(LabelIndex.key("保障人数102370人2370人l"), WEIGHT_FIRST, BigDecimal.TEN, LEX)
                .rows().size(), "a lone l is no score");
        assertEquals(0, GluedIndicatorRows.read(LabelIndex.key("保障人数2370人2370人IO"), WEIGHT_FIRST, new BigDecimal(5), LEX)
                .rows().size(), "10 is more than the section's points");
        assertEquals(-1, LetteredNumerals.letteredNumeralEnd("AIO", 1), "after a Latin letter: part of a word");
    }

    /** A row of a table without 分值 whose bare figures ran together is cut only where the 得分 the 总分 leaves fits one cut. */
    @Test
    void aScoreOnlyRowIsCutByTheScoreTheTotalLeaves() {
        List<IndicatorField> scoreOnly = List.of(IndicatorField.NAME, IndicatorField.TARGET, IndicatorField.ACTUAL, IndicatorField.SCORE);
        assertEquals(0, GluedIndicatorRows.read("补贴渔船数6620", scoreOnly, null, LEX).rows().size(), "alone, a run of digits is one figure");
        GluedIndicatorRows.Row row = GluedIndicatorRows.settleScore("补贴渔船数6620", scoreOnly, new BigDecimal(20), LEX);
        assertEquals("补贴渔船数", row.cells().get(IndicatorField.NAME).reading());
        assertEquals("6", row.cells().get(IndicatorField.TARGET).reading());
        assertEquals("6", row.cells().get(IndicatorField.ACTUAL).reading());
        assertNull(GluedIndicatorRows.settleScore("补贴渔船数6620", scoreOnly, BigDecimal.ZERO, LEX), "6 | 62 | 0 or 66 | 2 | 0: not certain");
        assertNull(GluedIndicatorRows.settleScore("补贴渔船数6620", WEIGHT_FIRST, new BigDecimal(20), LEX), "a table with 分值 is settled by them");
    }

    /** 部门整体 (family I): 指标名称 计量单位 指标性质 指标值 指标权重 全年完成值 指标得分, the figures bare. */
    private static final List<IndicatorField> UNIT_COLUMN = List.of(IndicatorField.NAME, IndicatorField.UNIT, IndicatorField.NATURE,
            IndicatorField.TARGET_VALUE, IndicatorField.WEIGHT, IndicatorField.ACTUAL, IndicatorField.SCORE);

    private static List<String> unitRows(GluedIndicatorRows.Result r) {
        return r.rows().stream().map(row -> row.cells().get(IndicatorField.NAME).reading() + "|"
                + row.cells().get(IndicatorField.TARGET).reading() + "|" + row.cells().get(IndicatorField.WEIGHT).reading() + "|"
                + row.cells().get(IndicatorField.ACTUAL).reading() + "|" + row.cells().get(IndicatorField.SCORE).reading()).toList();
    }

    @Test
    void aUnitColumnEndsTheNameAndIsAttachedToTheBareFigures() {
        // the longest unit word ends the name (面积 | 万亩, not 面积万 | 亩; 人次 | 人次), a comparator printed as the
        // 指标性质 leads the target; digits run together are cut where one cut alone fits (here: every row at full marks)
        GluedIndicatorRows.Result r = GluedIndicatorRows.read(LabelIndex.key("退化林修复面积万亩≥95.5209820"
                + "培训人次人次≥1200813508"), UNIT_COLUMN, new BigDecimal(90), LEX, true);
        assertEquals(List.of("退化林修复面积|≥95.5万亩|20|98万亩|20", "培训人次|≥1200人次|8|1350人次|8"), unitRows(r), r.toString());
        assertTrue(GluedIndicatorRows.handles(UNIT_COLUMN));
        assertFalse(GluedIndicatorRows.handles(List.of(IndicatorField.NAME, IndicatorField.NATURE, IndicatorField.TARGET_VALUE,
                IndicatorField.ACTUAL, IndicatorField.WEIGHT, IndicatorField.SCORE)), "no unit column: the split target is not this reader's");
    }

    @Test
    void fullMarksSettleBareDigitsAndARowLeftInDoubtIsPassedOver() {
        String text = LabelIndex.key("任务完成率%901010010管护面积万亩2810810病虫害成灾率%0.4100.110");
        // without the 总分's word every row has more than one cut (28 | 10 | 8 | 10, 2810 | 8 | 1 | 0, …): none read
        assertEquals(List.of(), unitRows(GluedIndicatorRows.read(text, UNIT_COLUMN, new BigDecimal(90), LEX)));
        // every row at full marks: 90 | 10 | 100 | 10 or 9010 | 10 | 0 | 10 is still two readings, passed over and
        // reported; the rows after it have one cut each (a leading 2 the actual repeats after it is an OCR'd ≥)
        GluedIndicatorRows.Result full = GluedIndicatorRows.read(text, UNIT_COLUMN, new BigDecimal(90), LEX, true);
        assertEquals(List.of("管护面积|≥8万亩|10|8万亩|10", "病虫害成灾率|0.4%|10|0.1%|10"), unitRows(full), full.toString());
        assertEquals(1, full.unread().size());
        assertEquals("任务完成率%901010010", text.substring(full.unread().get(0)[0], full.unread().get(0)[1]));
    }
}
