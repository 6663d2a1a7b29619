package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The held-out 梁平 部门整体 form: OCR lost the integer parts of its amounts (年度总金额.32.06.5 / 其中财政拨款
 * .32.06.579.27107.93), and its 执行率, 权重, 得分 (79.27 | 10 | 7.93, cells merged down the rows) come
 * glued after the sub-row. The amounts are read as unread, never as 0.32; the tail is split where
 * 得分 = 执行率 × 权重 confirms one split, and the three are the total's.
 */
class LostIntegerPartsTest {

    private static final Path FORM = Path.of("src/test/resources/perfaudit/heldout/h09-liangping-linyeju-bumenzhengti-2023.txt");
    private static final String ROW = "财政拨款.32.06.579.27107.93";

    @Test
    void theRateWeightAndScoreAfterTheSubRowAreTheTotals() throws IOException {
        Document document = read(Files.readString(FORM, StandardCharsets.UTF_8));
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertAmount("79.27", total.executionRate());
        assertAmount("10", total.weight());
        assertAmount("7.93", total.score());
        Funds part = document.forms().get(0).fundLine(FundLine.CURRENT_YEAR);
        assertNull(part.executionRate(), "moved to the total, not left on the sub-row too");
    }

    @Test
    void amountsWithoutTheirIntegerPartsAreUnreadNotSmall() throws IOException {
        Document document = read(Files.readString(FORM, StandardCharsets.UTF_8));
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertNull(total.initialBudget());
        assertNull(total.annualBudget());
        assertNull(total.executed(), ".5 is no 0.5");
        assertNull(document.forms().get(0).fundLine(FundLine.CURRENT_YEAR).annualBudget());
        assertTrue(document.problems().stream().anyMatch(p -> p.reason().contains("integer part lost: '.06'")),
                "each unread amount is reported: " + document.problems());
        // the total and its sub-row print the same lost amounts on one glued line: each report names its row
        assertTrue(document.problems().stream().anyMatch(p -> p.reason().startsWith("年度资金总额 row: ")
                && p.reason().contains(" — 年度资金总额行：")), "the total's report names it: " + document.problems());
        assertTrue(document.problems().stream().anyMatch(p -> p.reason().startsWith("本年财政拨款 row: ")),
                "the sub-row's report names it: " + document.problems());
    }

    @Test
    void aTailTheScoreContradictsIsNotSplit() throws IOException {
        String text = Files.readString(FORM, StandardCharsets.UTF_8);
        assertTrue(text.contains(ROW), "the fixture's budget row moved");
        // 8.93 ≠ 79.27 % × 10: no split of the tail is confirmed, so nothing is guessed
        Document document = read(text.replace(ROW, "财政拨款.32.06.579.27108.93"));
        assertNull(document.forms().get(0).fundLine(FundLine.TOTAL).executionRate());
    }

    @Test
    void lostIntegerPartsOnlyBeginARun() {
        assertTrue(DigitRuns.splits(".32.06.5", true).contains(List.of(".32", ".06", ".5")));
        assertEquals(List.of(), DigitRuns.splits(".32.06.5"), "not where the caller does not read them");
        // after a whole number a point is that number's decimals, never the start of a lost amount
        assertFalse(DigitRuns.splits("5.32.06", true).stream().anyMatch(s -> s.contains(".06")));
    }

    @Test
    void aTotalPrintingItsOwnRateKeepsIt() {
        Funds total = new Funds(null, null, BigDecimal.TEN, BigDecimal.ONE, null, BigDecimal.TEN, null);
        Funds part = new Funds(null, null, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("79.27"), new BigDecimal("7.93"));
        assertNull(MergedDown.apply(Map.of(FundLine.TOTAL, total, FundLine.CURRENT_YEAR, part)));
    }

    @Test
    void twoSubRowsPrintingRatesAreNoMergedCell() {
        Funds total = new Funds(null, null, BigDecimal.TEN, BigDecimal.ONE, null, null, null);
        Funds part = new Funds(null, null, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("79.27"), new BigDecimal("7.93"));
        assertNull(MergedDown.apply(Map.of(FundLine.TOTAL, total, FundLine.CURRENT_YEAR, part, FundLine.CARRY_OVER, part)));
        assertEquals(FundLine.CURRENT_YEAR, MergedDown.apply(Map.of(FundLine.TOTAL, total, FundLine.CURRENT_YEAR, part)).from());
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "h09.txt", Limits.DEFAULT);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
