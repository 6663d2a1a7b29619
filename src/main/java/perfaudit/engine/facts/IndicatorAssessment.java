package perfaudit.engine.facts;

import java.math.BigDecimal;

/**
 * What perfaudit computed of one indicator row (rules/README.md, "The form and its arithmetic"), with the
 * settings table's words applied; the rules compare these values with what the form reports. Computed by
 * {@code perfaudit.engine.facts.build.IndicatorArithmetic}.
 *
 * @param costTargetWan a 成本指标's money target in 万元 (元, 亿元 and a bare 万 converted), or null
 * @param costActualWan its money actual in 万元, in the target's unit where the actual prints none ("90" beside
 *                      "≤90万元"), or null
 * @param carryOverPercent for an indicator named as the carry-over rate (结转结余率, the settings table's
 *                         carryOverNameWords), its 实际完成值 in percent (one printed without a unit takes the target's
 *                         %), else null
 * @param nameYear the year of a 年-月 date written into the row's name, or null
 */
public record IndicatorAssessment(boolean notApplicable, Boolean met, BigDecimal formulaScore,
                                  String qualitativeOutcome, BigDecimal scorePercent, BigDecimal costTargetWan,
                                  BigDecimal costActualWan,
                                  BigDecimal cappedPercent, BigDecimal carryOverPercent, BigDecimal negativeValue,
                                  Integer nameYear) {
}
