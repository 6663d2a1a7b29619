package perfaudit.engine.facts.build;

import perfaudit.engine.facts.IndicatorAssessment;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.Terms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The arithmetic of one indicator row (rules/README.md, "The form and its arithmetic"): computes, and
 * applies the settings table's words ({@link Judgements}).
 */
final class IndicatorArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Money units → factor to 万元. */
    private static final Map<String, BigDecimal> TO_WAN = Map.of(
            "元", new BigDecimal("0.0001"), "万元", BigDecimal.ONE, "万", BigDecimal.ONE, "亿元", new BigDecimal("10000"));

    private IndicatorArithmetic() {
    }

    static IndicatorAssessment of(Indicator row, Judgements judgements) {
        return of(row, judgements, row.weight());
    }

    /**
     * {@code weight}: the row's 分值, or where the template prints none, its full marks as its group's points imply
     * them ({@link ImpliedWeights}): the formula scores on it (the score percent stays on the printed 分值).
     */
    static IndicatorAssessment of(Indicator row, Judgements judgements, BigDecimal weight) {
        Measure target = row.target();
        Measure actual = inTargetUnit(row.actual(), target);
        char comparator = comparator(row, judgements);
        boolean dated = dated(target, actual);
        Boolean met = dated ? metByDate(target, actual, comparator) : met(target, actual, comparator);
        return new IndicatorAssessment(
                target != null && target.raw().contains(Terms.NOT_APPLICABLE),
                met,
                dated ? null : formulaScore(target, actual, met, weight, comparator),
                qualitativeOutcome(actual, judgements),
                row.weight() != null && row.score() != null && row.weight().signum() > 0
                        ? row.score().multiply(HUNDRED).divide(row.weight(), 2, RoundingMode.HALF_UP) : null,
                costTargetWan(row),
                costActualWan(row),
                cappedPercent(row, judgements),
                carryOverPercent(row, judgements),
                negative(target, actual),
                NameDates.year(row.name()));
    }

    /**
     * An actual printed as a bare figure is in its target's unit, as the 度量单位 column prints it once for both
     * (≤11月 / 12, ≥50人 / 61). Not for a per-cent target where the figure is 1 or less: 0.95 beside 90% may be a
     * fraction (95 %) as well as 0.95 %, so it stays uncompared.
     */
    private static Measure inTargetUnit(Measure actual, Measure target) {
        if (actual == null || target == null || !actual.isNumber() || actual.unit() != null || !target.isNumber()
                || target.unit() == null || target.isPercent() && actual.value().compareTo(BigDecimal.ONE) <= 0) {
            return actual;
        }
        return new Measure(actual.raw(), actual.kind(), actual.comparator(), actual.value(), target.unit(), actual.date());
    }

    /** A date target (2022年10月底前) and a date actual: compared as dates. */
    private static boolean dated(Measure target, Measure actual) {
        return target != null && actual != null && target.date() != null && actual.date() != null;
    }

    /**
     * A date target is a deadline unless it says otherwise (2022年10月底前, 2022年10月): met on or before it; a printed
     * ≥ (2022年10月后) is a start, = a day. No formula scores a late date: how many points it costs is the form's.
     */
    private static Boolean metByDate(Measure target, Measure actual, char comparator) {
        int cmp = actual.date().compareTo(target.date());
        String printed = target.comparator();
        char bound = printed == null || printed.isEmpty() ? '≤' : comparator;
        return switch (bound) {
            case '≥' -> cmp >= 0;
            case '>' -> cmp > 0;
            case '<' -> cmp < 0;
            case '=' -> cmp == 0;
            default -> cmp <= 0;
        };
    }

    /** Comparable when both are numbers in the same unit (percent forms already folded). */
    private static boolean comparable(Measure target, Measure actual) {
        return target != null && actual != null && target.isNumber() && actual.isNumber()
                && java.util.Objects.equals(target.unit(), actual.unit());
    }

    private static Boolean met(Measure target, Measure actual, char comparator) {
        if (!comparable(target, actual)) {
            return null;
        }
        int cmp = actual.value().compareTo(target.value());
        return switch (comparator) {
            case '≥' -> cmp >= 0;
            case '>' -> cmp > 0;
            case '≤' -> cmp <= 0;
            case '<' -> cmp < 0;
            default -> cmp == 0;
        };
    }

    /**
     * Comparators are canonical single characters (see {@link Measure}). A target printed without one
     * (年度指标值 90%, 100人) is a floor, as auditors read it: 100 % satisfaction meets a 90 % target; under
     * a money target under 成本指标 it is a ceiling (spending less than it meets it; a rate filed there is
     * still a floor), and so is the target of a rate where lower is better, named by the settings table's
     * ceilingNameWords (森林火灾受害率 0.9‰, 投诉率 1%). Only a printed = is exact.
     */
    private static char comparator(Indicator row, Judgements judgements) {
        Measure target = row.target();
        String comparator = target == null ? null : target.comparator();
        if (comparator != null && !comparator.isEmpty()) {
            return comparator.charAt(0);
        }
        String unit = target == null ? null : target.unit();
        boolean moneyCost = "成本指标".equals(row.level2()) && unit != null && TO_WAN.containsKey(unit);
        return moneyCost || judgements.ceiling(row.name()) ? '≤' : '≥';
    }

    /** Met → full 分值; missed ≥ → 实际 ÷ 目标 × 分值; missed ≤ → 目标 ÷ 实际 × 分值; = → in proportion. */
    private static BigDecimal formulaScore(Measure target, Measure actual, Boolean met, BigDecimal weight, char comparator) {
        if (met == null || weight == null) {
            return null;
        }
        if (met) {
            return weight;
        }
        BigDecimal t = target.value();
        BigDecimal a = actual.value();
        BigDecimal ratio;
        if (comparator == '≥' || comparator == '>') {
            ratio = t.signum() == 0 ? null : a.divide(t, 10, RoundingMode.HALF_UP);
        } else if (comparator == '≤' || comparator == '<') {
            ratio = a.signum() == 0 ? BigDecimal.ONE : t.divide(a, 10, RoundingMode.HALF_UP);
        } else {
            ratio = t.signum() == 0 || a.signum() == 0 ? BigDecimal.ZERO
                    : a.min(t).divide(a.max(t), 10, RoundingMode.HALF_UP);
        }
        return ratio == null ? null : ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE).multiply(weight)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static String qualitativeOutcome(Measure actual, Judgements judgements) {
        if (actual == null || actual.isNumber()) {
            return null;
        }
        return judgements.qualitativeOutcome(Terms.squeeze(actual.raw()));
    }

    private static BigDecimal costTargetWan(Indicator row) {
        Measure target = row.target();
        if (!"成本指标".equals(row.level2()) || target == null || !target.isNumber() || target.unit() == null) {
            return null;
        }
        BigDecimal factor = TO_WAN.get(target.unit());
        return factor == null ? null : target.value().multiply(factor);
    }

    /** The actual of a 成本指标 in 万元: its own money unit, else the target's when it prints none. */
    private static BigDecimal costActualWan(Indicator row) {
        Measure actual = row.actual();
        if (!"成本指标".equals(row.level2()) || actual == null || !actual.isNumber()) {
            return null;
        }
        String unit = actual.unit() != null ? actual.unit()
                : row.target() != null && row.target().isNumber() ? row.target().unit() : null;
        BigDecimal factor = unit == null ? null : TO_WAN.get(unit);
        return factor == null ? null : actual.value().multiply(factor);
    }

    private static BigDecimal cappedPercent(Indicator row, Judgements judgements) {
        if (!judgements.capped(row.name(), row.level2())) {
            return null;
        }
        BigDecimal largest = null;
        for (Measure measure : new Measure[] {row.target(), row.actual()}) {
            if (measure != null && measure.isPercent() && (largest == null || measure.value().compareTo(largest) > 0)) {
                largest = measure.value();
            }
        }
        return largest;
    }

    /** The actual of a carry-over rate in percent: its own %, or a bare figure beside a target in %. */
    private static BigDecimal carryOverPercent(Indicator row, Judgements judgements) {
        Measure actual = row.actual();
        if (!judgements.carryOver(row.name()) || actual == null || !actual.isNumber()) {
            return null;
        }
        boolean percent = actual.isPercent()
                || actual.unit() == null && row.target() != null && row.target().isPercent();
        return percent ? actual.value() : null;
    }

    private static BigDecimal negative(Measure target, Measure actual) {
        for (Measure measure : new Measure[] {target, actual}) {
            if (measure != null && measure.isNumber() && measure.value().signum() < 0) {
                return measure.value();
            }
        }
        return null;
    }
}
