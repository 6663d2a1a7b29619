package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OcrRepairTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "项目资金(万兀)  | 项目资金(万元)",
            "1O0%           | 100%",
            "2O2l           | 2021",
            "9O.5           | 90.5",
            "64.8           | -",
            "IO             | -",
            "Olympic        | -",
            "l00万元        | -",
            "满意度          | -"})
    void correctsOnlyWhatIsCertain(String text, String fixed) {
        assertEquals(fixed, OcrRepair.fix(text));
    }
}
