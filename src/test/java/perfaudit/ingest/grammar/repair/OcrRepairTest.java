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
            "≥9O%           | ≥90%",
            "≥5O元          | ≥50元",
            "1O个           | 10个",
            "I类水质         | -",
            "≥l0%           | -",
            "满意度          | -",
            "执行率(B/A1得分(20分*执行率) | 执行率(B/A)得分(20分*执行率)",
            "预算执行(E/C×100%) | -",
            "执行率(B/A)     | -",
            "(B/A10%        | -"})
    void correctsOnlyWhatIsCertain(String text, String fixed) {
        assertEquals(fixed, OcrRepair.fix(text));
    }
}
