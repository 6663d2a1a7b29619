package perfaudit.ingest;

import perfaudit.ingest.grammar.text.Numbers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The numbers printed on forms: amounts in 万元, rates with %, full-width digits, thousands separators. */
class NumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            70           | 70
            69.91        | 69.91
            0.00         | 0
            209.929      | 209.929
            99.87%       | 99.87
            100.00%      | 100
            10 %         | 10
            ' 10.8 '     | 10.8
            １２．５％   | 12.5
            －３         | -3
            -3           | -3
            +3           | 3
            1,016,000    | 1016000
            1,016,000.50 | 1016000.5
            １，０１６   | 1016
            """)
    void parsesPrintedNumbers(String cell, String expected) {
        BigDecimal value = Numbers.parse(cell);

        assertEquals(0, new BigDecimal(expected).compareTo(value), cell + " read as " + value);
        assertTrue(Numbers.isNumber(cell));
    }

    @Test
    void keepsThePrintedScale() {
        assertEquals("10.00", Numbers.parse("10.00").toPlainString());
        assertEquals("99.87", Numbers.parse("99.87%").toPlainString());
    }

    /** Empty cells and the dashes of the 分值 column of sub-rows are "no value": null, never 0. */
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "—", "-", "－", "――", "/", " — "})
    void blankCellsAreNull(String cell) {
        assertTrue(Numbers.isBlank(cell));
        assertNull(Numbers.parse(cell));
        assertFalse(Numbers.isNumber(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,01", "12,5", "1.2.3", "10.8\uFFFD", "0\u0001", "约10", "10万", "%"})
    void otherTextIsNotANumberAndSaysWhichCell(String cell) {
        assertFalse(Numbers.isNumber(cell));
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numbers.parse(cell));
        assertEquals("not a number: '" + cell.strip() + "'", e.getMessage());
    }

    @Test
    void foldsFullWidthDigitsAndSignsOnly() {
        assertEquals("12.5%", Numbers.foldWidth("１２．５％"));
        assertEquals("-3,+4", Numbers.foldWidth("－３，＋４"));
        assertEquals("0123456789", Numbers.foldWidth("０１２３４５６７８９"));
        assertEquals("ａ≥＝万元", Numbers.foldWidth("ａ≥＝万元"), "letters, comparators and units are left alone");
    }
}
