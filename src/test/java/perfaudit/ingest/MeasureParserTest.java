package perfaudit.ingest;

import perfaudit.ingest.grammar.text.MeasureParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import perfaudit.model.Measure;
import perfaudit.model.Measure.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every 年度指标值 / 实际完成值 style of DOMAIN.md §1, and the variants seen in the seeds. */
class MeasureParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # raw                | kind   | comparator | value     | unit | date
            ≥28万人               | NUMBER | ≥          | 28        | 万人 |
            ≤24小时               | NUMBER | ≤          | 24        | 小时 |
            ＝100%                | NUMBER | =          | 100       | %    |
            =100百分比            | NUMBER | =          | 100       | %    |
            ≥95百分率             | NUMBER | ≥          | 95        | %    |
            =4千分率              | NUMBER | =          | 4         | ‰    |
            ≤1016000元            | NUMBER | ≤          | 1016000   | 元   |
            ≤8万元                | NUMBER | ≤          | 8         | 万元 |
            ≥5.7亿元              | NUMBER | ≥          | 5.7       | 亿元 |
            2023年12月31日前      | DATE   | ≤          |           |      | 2023-12-31
            2023年12月31日之前    | DATE   | ≤          |           |      | 2023-12-31
            2023年12月31日以前    | DATE   | ≤          |           |      | 2023-12-31
            2023年12月31日        | DATE   |            |           |      | 2023-12-31
            2023年底              | DATE   |            |           |      | 2023-12-31
            2023年末              | DATE   |            |           |      | 2023-12-31
            2023年12月            | DATE   |            |           |      | 2023-12-31
            2024年2月             | DATE   |            |           |      | 2024-02-29
            2023年6月前           | DATE   | ≤          |           |      | 2023-06-30
            2020年                | DATE   |            |           |      | 2020-12-31
            2022年全年            | DATE   |            |           |      | 2022-12-31
            3年                   | NUMBER |            | 3         | 年   |
            按申请人数            | TEXT   |            |           |      |
            达到预期效果          | TEXT   |            |           |      |
            达成预期指标          | TEXT   |            |           |      |
            不适用                | TEXT   |            |           |      |
            约2000元/人/月        | TEXT   |            |           |      |
            1,016,000元           | NUMBER |            | 1016000   | 元   |
            １２．５％            | NUMBER |            | 12.5      | %    |
            >= 3                  | NUMBER | ≥          | 3         |      |
            <= 3                  | NUMBER | ≤          | 3         |      |
            ≥ 99%                 | NUMBER | ≥          | 99        | %    |
            = 313338300           | NUMBER | =          | 313338300 |      |
            ＞＝5次               | NUMBER | ≥          | 5         | 次   |
            ＜＝5次               | NUMBER | ≤          | 5         | 次   |
            ＞5                   | NUMBER | >          | 5         |      |
            <5                    | NUMBER | <          | 5         |      |
            100百分比             | NUMBER |            | 100       | %    |
            98%                   | NUMBER |            | 98        | %    |
            6.94万元              | NUMBER |            | 6.94      | 万元 |
            365 天                | NUMBER |            | 365       | 天   |
            ≥113 万人             | NUMBER | ≥          | 113       | 万人 |
            =257000 元            | NUMBER | =          | 257000    | 元   |
            =3千分比              | NUMBER | =          | 3         | ‰    |
            ≥优秀及以上           | TEXT   | ≥          |           |      |
            不低于95%             | NUMBER | ≥          | 95        | %    |
            不少于100人           | NUMBER | ≥          | 100       | 人   |
            大于等于 3 次         | NUMBER | ≥          | 3         | 次   |
            不超过5万元           | NUMBER | ≤          | 5         | 万元 |
            小于 1%               | NUMBER | <          | 1         | %    |
            100人以上             | NUMBER | ≥          | 100       | 人   |
            90%及以上             | NUMBER | ≥          | 90        | %    |
            5万元以内             | NUMBER | ≤          | 5         | 万元 |
            超过预期              | TEXT   |            |           |      |
            不低于上年            | TEXT   |            |           |      |
            """)
    void readsEveryStyle(String raw, Kind kind, String comparator, String value, String unit, String date) {
        Measure measure = MeasureParser.parse(raw);

        assertNotNull(measure);
        assertEquals(raw, measure.raw(), "raw keeps the text as printed");
        assertEquals(kind, measure.kind(), "kind");
        assertEquals(comparator, measure.comparator(), "comparator");
        if (value == null) {
            assertNull(measure.value(), "value");
        } else {
            assertEquals(0, new BigDecimal(value).compareTo(measure.value()), "value " + measure.value());
        }
        assertEquals(unit, measure.unit(), "unit");
        assertEquals(date == null ? null : LocalDate.parse(date), measure.date(), "date");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "　"})
    void anEmptyCellIsNoMeasure(String cell) {
        assertNull(MeasureParser.parse(cell));
    }

    @Test
    void rawIsStrippedButOtherwiseKeptExactly() {
        Measure measure = MeasureParser.parse("  ≥ 99 % \t");

        assertEquals("≥ 99 %", measure.raw());
        assertEquals(0, BigDecimal.valueOf(99).compareTo(measure.value()));
        assertEquals("%", measure.unit());
    }

    @Test
    void anImpossibleDateStaysText() {
        Measure measure = MeasureParser.parse("2023年2月30日前");

        assertEquals(Kind.TEXT, measure.kind());
        assertNull(measure.date());
        assertEquals("2023年2月30日前", measure.raw());
    }

    @Test
    void percentHelpers() {
        assertTrue(MeasureParser.parse("≥95百分率").isPercent());
        assertTrue(MeasureParser.parse("≤8万元").isNumber());
        assertTrue(!MeasureParser.parse("≤8万元").isPercent());
        assertTrue(!MeasureParser.parse("达到预期效果").isNumber());
    }
}
