package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.grammar.Cell;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An OCR'd 部门预算执行情况 table (family I): a header cell the scan garbled holds its column's place,
 * unread and noted; a lost amount read as a letter glued to the row's other figures ("O98.29%109.83")
 * is a damaged figure, reported, and the digits after it are split by the row's arithmetic.
 */
class OcrFundsHeaderTest {

    private static final Path I_CLEAN = Path.of("fixtures/families/I-clean.txt");
    private static final String HEADER = "部门预算执行情况(万元) 年初预算数 全年(调整)预算数";
    private static final String ROW = "3260.00 3412.60 3354.30 98.29 109.83";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"O76%107.6, 1", "Ol98.29109.83, 2", "O7, -1", "OOO12345, -1", "Olympic, -1", "76%107.6, -1", "O76%10x7, -1"})
    void aLetterBeforeARunOfDigitsIsDamage(String text, int digitsFrom) {
        assertEquals(digitsFrom, FundsTable.ocrRun(new Cell(text, null, 1, -1, Cell.Gap.NONE)));
    }

    @Test
    void aGarbledHeaderCellAndALetterForALostAmountLeaveTheRestOfTheRowRead() throws Exception {
        String text = Files.readString(I_CLEAN, StandardCharsets.UTF_8);
        assertTrue(text.contains(HEADER) && text.contains(ROW), "the fixture's funds table moved");
        text = text.replace(HEADER, "部门预算执行情况 相)预资5 年初预算数 全年(If整)预算数").replace(ROW, "O98.29%109.83");
        Document document = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "I-ocr.txt", Limits.DEFAULT);
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertEquals(0, new BigDecimal("98.29").compareTo(total.executionRate()), total.toString());
        assertEquals(0, BigDecimal.TEN.compareTo(total.weight()));
        assertEquals(0, new BigDecimal("9.83").compareTo(total.score()));
        assertNull(total.annualBudget());
        assertNull(total.executed());
        assertTrue(document.problems().stream().map(ParseProblem::reason).anyMatch(r -> r.contains("not a number: 'O'")),
                document.problems().toString());
        assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains("'全年(If整)预算数' is no column label")),
                document.notes().toString());
        assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains("read as O | 98.29% | 10 | 9.83")),
                document.notes().toString());
    }

    @Test
    void aCleanHeaderHasNoUnreadColumn() {
        Document document = Inputs.read(I_CLEAN, "I-clean.txt");
        assertTrue(document.notes().stream().noneMatch(n -> n.reason().contains("is no column label")), document.notes().toString());
        assertEquals(0, new BigDecimal("3354.30").compareTo(document.forms().get(0).fundLine(FundLine.TOTAL).executed()));
    }
}
