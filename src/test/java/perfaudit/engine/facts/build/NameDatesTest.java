package perfaudit.engine.facts.build;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NameDatesTest {

    @Test
    void aDateInTheNameGivesItsYear() {
        assertEquals(2021, NameDates.year("2021年11月30日前完成资金支付"));
        assertEquals(2022, NameDates.year("资金于2022年6月底前拨付"));
        // OCR glued the row number onto the year
        assertEquals(2021, NameDates.year("指标12021年11月30日前完成资金支付"));
    }

    @Test
    void spansOfYearsProgrammesAndNumbersAreNotDates() {
        assertNull(NameDates.year("取得2018-2022监测资料"));
        assertNull(NameDates.year("2021年中央化肥减量增效示范"));
        assertNull(NameDates.year("2021年13月"));
        assertNull(NameDates.year("培训人数"));
        assertNull(NameDates.year(null));
    }
}
