package perfaudit.ingest.grammar.indicators.cells;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PointsLabelTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "相关性(5分)              | 相关性         | 5",
            "部门决策（20 分）         | 部门决策       | 20",
            "服务对象满意度(10 分)     | 服务对象满意度 | 10",
            "資金管理(7.5分)           | 資金管理       | 7.5",
            "社会效益（１０分）         | 社会效益       | 10"})
    void readsTheNameAndThePointsALabelStates(String text, String name, String points) {
        PointsLabel label = PointsLabel.of(text);
        assertEquals(name, label.name());
        assertEquals(0, new BigDecimal(points).compareTo(label.points()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(5分)",
            "相关性",
            "5",
            "必要性(政策依据)",
            "设有目标(1分)目标明确(1分)",
            "产出指标(50分)合计",
            "≥95%"})
    void isNoLabelWithPoints(String text) {
        assertNull(PointsLabel.of(text));
    }
}
