package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a good OCR engine still misreads in a clean scan's figures and brackets, and what is left as printed. */
class OcrRepairFiguresTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // letters between digits, or O after a digit, inside a longer value
            "2O22年12月底前  | 2022年12月底前",
            "(2O22年度)     | (2022年度)",
            "填报日期：2023年2月2O日 | 填报日期：2023年2月20日",
            "≥9S%          | ≥95%",
            "9S.5%         | 95.5%",
            // a letter leading a figure may be a word's or another digit's: left (Value reports the figure damaged)
            "≥l.2万人       | -",
            "2022年l2月底前  | -",
            "4S店           | -",
            "o03:           | -",
            // mixed widths, 。 as a decimal point in a whole figure
            "１2O           | 120",
            "１２ml          | -",
            "86。67%        | 86.67%",
            "完成。2023年起  | -",
            // an angle or title bracket closed by a round one is a round bracket; a title's 《…》 is kept
            "〈B)           | (B)",
            "预算执行情况《万元) | 预算执行情况(万元)",
            "《项目管理办法》   | -"})
    void correctsOnlyWhatIsCertain(String text, String fixed) {
        assertEquals(fixed, OcrRepair.fix(text));
    }
}
