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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The held-out 南充 form (an OCR'd 四川 部门预算项目支出绩效自评表, "|" rows with empty cells the header has too):
 * its budget row prints 权重 10 and leaves 得分 blank. A lone 10 equal to the table's stated points
 * (预算执行情况(10分)) is as much its 权重 as its 得分, so it takes the column it comes to first, 权重;
 * where both are printed each is read as printed.
 */
class LoneBudgetFigureTest {

    private static final Path FORM = Path.of("src/test/resources/perfaudit/heldout/h10-nanchong-tuigenghuanlin-2023.txt");
    private static final String ROW = "| 总额 | 5.00 | 5.00 | 5.00 | | | 100.00% | 10 | | |";

    @Test
    void aBlankScoreBesideThePrintedWeightStaysBlank() throws IOException {
        Funds total = total(Files.readString(FORM, StandardCharsets.UTF_8));
        assertAmount("5.00", total.annualBudget());
        assertAmount("5.00", total.executed());
        assertAmount("10", total.weight());
        assertNull(total.score(), "得分 is blank on the form");
    }

    @Test
    void aPrintedScoreIsReadBesideItsWeight() throws IOException {
        String text = Files.readString(FORM, StandardCharsets.UTF_8);
        assertTrue(text.contains(ROW), "the fixture's budget row moved");
        Funds total = total(text.replace(ROW, "| 总额 | 5.00 | 5.00 | 5.00 | | | 100.00% | 10 | 10 | |"));
        assertAmount("10", total.weight());
        assertAmount("10", total.score());
    }

    private static Funds total(String text) {
        Document document = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "h10.txt", Limits.DEFAULT);
        return document.forms().get(0).fundLine(FundLine.TOTAL);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
