package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 执行率 printed as a fraction (1 for 100 %, 0.9664 for 96.64 %) is read as that percentage only
 * where 执行数 ÷ 预算数 confirms it, with a note; otherwise it stays as printed for the rules to judge.
 */
class FractionRateTest {

    private static final Path BASE = Path.of("fixtures/families/E-clean.txt");
    private static final String ROW = "年度財(cái)政資金總額 168萬 162.35萬 96.64% 19.33";

    private static Document withRow(String row) throws Exception {
        return perfaudit.Fixtures.readWith(BASE, ROW, row, "fraction.txt");
    }

    private static boolean noted(Document document) {
        return document.notes().stream().anyMatch(n -> n.reason().contains("printed as a fraction"));
    }

    @Test
    void aFractionTheAmountsConfirmIsReadAsAPercentage() throws Exception {
        Document document = withRow("年度財(cái)政資金總額 168萬 162.35萬 0.9664 19.33");
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertEquals(0, new BigDecimal("96.64").compareTo(total.executionRate()), String.valueOf(total));
        assertTrue(noted(document), "the reading is a note an auditor can check: " + document.notes());
        Document whole = withRow("年度財(cái)政資金總額 1.56 1.56 1 20");
        assertEquals(0, BigDecimal.valueOf(100).compareTo(whole.forms().get(0).fundLine(FundLine.TOTAL).executionRate()));
    }

    @Test
    void aFractionTheAmountsDoNotConfirmStaysAsPrinted() throws Exception {
        Document document = withRow("年度財(cái)政資金總額 168萬 162.35萬 1 19.33");
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertEquals(0, BigDecimal.ONE.compareTo(total.executionRate()), "1 is not 96.64 %: " + total);
        assertFalse(noted(document));
        Document noAmounts = withRow("年度財(cái)政資金總額 0.9664 19.33");
        assertFalse(noted(noAmounts), "without both amounts nothing confirms a fraction");
    }
}
