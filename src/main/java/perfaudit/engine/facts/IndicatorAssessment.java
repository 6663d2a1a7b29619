package perfaudit.engine.facts;

import java.math.BigDecimal;

/**
 * What perfaudit computed of one indicator row (rules/README.md, "The form and its arithmetic"), with the
 * settings table's words applied; the rules compare these values with what the form reports. Computed by
 * {@code perfaudit.engine.facts.build.IndicatorArithmetic}.
 *
 * @param nameYear the year of a 年-月 date written into the row's name, or null
 */
public record IndicatorAssessment(boolean notApplicable, Boolean met, BigDecimal formulaScore,
                                  String qualitativeOutcome, BigDecimal scorePercent, BigDecimal costTargetWan,
                                  BigDecimal cappedPercent, BigDecimal negativeValue, Integer nameYear) {
}
