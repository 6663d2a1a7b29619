package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The 河北 export's (family G) last three columns, 单项指标得分 | 权重占比(%) | 单项指标折算得分, after its status
 * column. The 折算得分 is the 得分 × 权重占比 % or 得分 ÷ 权重占比 × 100: a row whose three figures keep neither
 * relation is not known to hold them in those columns, whether read from text without a grid ({@link StatusRows})
 * or through the header's grid ({@link GridRows}) — one check, so both paths refuse the same rows.
 */
final class ConvertedScore {

    /** 得分 | 权重占比 | 折算得分: the header's columns after the status. */
    static final int FIGURES = 3;
    /** 折算得分 is printed to 2 decimals. */
    private static final BigDecimal PRINTED = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ConvertedScore() {
    }

    /** The header prints actual | status | 得分 | two more columns (权重占比, 折算得分). */
    static boolean printedBy(IndicatorHeader header) {
        int status = header.statusColumn();
        List<IndicatorField> fields = header.fields();
        return status >= 1 && fields.get(status - 1) == IndicatorField.ACTUAL
                && fields.size() - status - 1 == FIGURES && fields.get(status + 1) == IndicatorField.SCORE;
    }

    /**
     * Why 得分 {@code score}, 权重占比 {@code share} and 折算得分 {@code converted} are not known to be those columns,
     * or null when they are. The 折算得分 made from the row's printed 指标分值 ({@code weight}, null when none) places
     * the columns too: the 得分 is then the unit's own arithmetic, which the audit checks against that 分值.
     */
    static String disagreement(BigDecimal weight, BigDecimal score, BigDecimal share, BigDecimal converted) {
        if (converts(score, share, converted) || weight != null && converts(weight, share, converted)) {
            return null;
        }
        return "得分 " + score + ", 权重占比 " + share + ", 折算得分 " + converted + " do not confirm each other";
    }

    /** 折算得分 = 得分 × 权重占比 % (河北's export) or 得分 ÷ 权重占比 × 100, to its printed 2 decimals. */
    private static boolean converts(BigDecimal a, BigDecimal b, BigDecimal c) {
        BigDecimal product = a.multiply(b).divide(HUNDRED, 4, RoundingMode.HALF_UP);
        if (product.subtract(c).abs().compareTo(PRINTED) <= 0) {
            return true;
        }
        return b.signum() != 0 && a.multiply(HUNDRED).divide(b, 4, RoundingMode.HALF_UP).subtract(c).abs().compareTo(PRINTED) <= 0;
    }

    /** The note a row refused for its cells leaves (both paths word it alike). */
    static String unreadNote(String reason) {
        return "指标行未读：" + reason + " — indicator row left unread: its cells cannot be told apart with confidence (" + reason + ")";
    }
}
