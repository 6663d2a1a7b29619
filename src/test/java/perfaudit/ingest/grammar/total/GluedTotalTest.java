package perfaudit.ingest.grammar.total;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A glued 总分 row is read only as the templates' 100 followed by a 得分 of at most 100. */
class GluedTotalTest {

    @Test
    void fullMarksRunIntoTheScoreAndTheNotesAreParted() {
        // held-out h02 (中江): "……总分100100注:1.一级指标分值统一设置为…"
        assertEquals(List.of(new BigDecimal("100"), new BigDecimal("100")), GluedTotal.points("100100注:1.一级指标分值"));
        assertEquals(List.of(new BigDecimal("100"), new BigDecimal("95.5")), GluedTotal.points("10095.5"));
        assertEquals(List.of(new BigDecimal("100"), new BigDecimal("0")), GluedTotal.points("1000"));
    }

    @Test
    void anyOtherRunIsLeftUnread() {
        assertEquals(List.of(), GluedTotal.points("95"), "one score, nothing run together");
        assertEquals(List.of(), GluedTotal.points("100"), "the 分值 alone");
        assertEquals(List.of(), GluedTotal.points("10001"), "a score with a leading zero is no score");
        assertEquals(List.of(), GluedTotal.points("100101"), "a score over 100");
        assertEquals(List.of(), GluedTotal.points("9896"), "a 分值 that is not 100: which split?");
        assertEquals(List.of(), GluedTotal.points("100100.5.3"), "digits running on");
    }
}
