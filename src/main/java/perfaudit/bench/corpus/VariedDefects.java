package perfaudit.bench.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The defects of the varied corpus beyond the clean corpus's six: one per affected form, each planted
 * in an otherwise correct form (full marks, every sum right) so that the findings it brings are known
 * exactly: the rule id named after it, and those {@link #IMPLIED} by it. Together with the clean six
 * they reach every rule id of the shipped rules but FORM-CUT-SHORT (a generated file holds whole forms;
 * excerpts cut short are in the families' fixtures).
 */
final class VariedDefects {

    /** Findings a planted defect brings with it besides its own rule id. */
    static final Map<String, Set<String>> IMPLIED = Map.of(
            "ARITH-SCORE-RANGE", Set.of("ARITH-INDICATOR-SCORE"),
            "ARITH-INDICATOR-SCORE", Set.of("MISS-DEVIATION"),
            "BUDGET-ZERO-EXEC", Set.of("BUDGET-FULL-MARKS-LOW-EXEC"),
            // its actual, twice the budget too, is more than the funds table executed
            "BUDGET-COST-TARGET", Set.of("BUDGET-COST-ACTUAL"),
            "MISS-WEIGHT", Set.of("ARITH-CATEGORY-WEIGHT", "ARITH-TOTAL-WEIGHT"));

    /** Each defect: how it changes a correct form, or null when this form cannot carry it. */
    private static final Map<String, BiFunction<GeneratedForm, Random, GeneratedForm>> PLANT = Map.ofEntries(
            Map.entry("ARITH-BUDGET-SCORE", VariedDefects::budgetScore),
            Map.entry("ARITH-SCORE-RANGE", (form, random) -> firstScore(form, BigDecimal.ONE)),
            Map.entry("ARITH-INDICATOR-SCORE", (form, random) -> firstScore(form, BigDecimal.ONE.negate())),
            Map.entry("MISS-DEVIATION", VariedDefects::missedTarget),
            Map.entry("BUDGET-ADJUSTED", VariedDefects::adjusted),
            Map.entry("BUDGET-COST-TARGET", VariedDefects::costTarget),
            Map.entry("BUDGET-GOAL-AMOUNT", VariedDefects::goalAmount),
            Map.entry("BUDGET-DOUBLE-COUNT", VariedDefects::budgetIndicator),
            Map.entry("GOAL-AMOUNT-SUM", VariedDefects::goalParts),
            Map.entry("BUDGET-OVERSPEND", (form, random) -> executed(form, new BigDecimal("1.05"))),
            Map.entry("BUDGET-ZERO-EXEC", (form, random) -> nothingSpent(executed(form, BigDecimal.ZERO))),
            Map.entry("VALUE-RANGE", VariedDefects::satisfactionOver100),
            Map.entry("VALUE-ACTUAL-AS-TARGET", VariedDefects::actualAsTarget),
            Map.entry("LIST-MISMATCH", (form, random) -> form.withListName(
                    form.projectName().replaceFirst("（", "项目（"))),
            Map.entry("MISS-HEADER", (form, random) -> form.withDepartment("")),
            Map.entry("MISS-SCORE", VariedDefects::missingScore),
            Map.entry("MISS-WEIGHT", VariedDefects::missingWeight),
            Map.entry("ARITH-CATEGORY-WEIGHT", VariedDefects::statedPoints),
            Map.entry("ARITH-TOTAL-WEIGHT", (form, random) -> form.withRows(form.rows(), "95", form.totalScore())),
            Map.entry("TOTAL-FUNDS", VariedDefects::carriedOver),
            Map.entry("SCORE-QUALITATIVE-FULL", VariedDefects::qualitativeTarget),
            Map.entry("GOAL-BARE-NUMBER", VariedDefects::bareGoal),
            Map.entry("ARITH-ROUNDED", VariedDefects::wholePercentRate),
            Map.entry("MISS-BENEFIT", VariedDefects::benefitsAsOutputs),
            Map.entry("BUDGET-CARRYOVER-RATE", VariedDefects::carryOverRate),
            Map.entry("BUDGET-ADJUSTED-NO-REASON", VariedDefects::adjustedWithoutReason),
            Map.entry("BUDGET-BALANCE", VariedDefects::wrongBalance));

    /** The note the 四川 template prints in its 原因 column, left as printed where no reason was written. */
    static final String REASON_NOTE = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
            + "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

    /**
     * Defects flow text cannot show: it prints 一级指标 without its stated points (产出指标, not
     * 产出指标 (50分)), and a row's lone number after its target cannot say whether it is the 分值 or
     * the 得分 (a reader of the PDF could not tell either).
     */
    private static final Set<String> NOT_IN_FLOW = Set.of("ARITH-CATEGORY-WEIGHT", "MISS-SCORE", "MISS-WEIGHT");

    private VariedDefects() {
    }

    /** The defects a layout can show, in a fixed order (a seed must give the same corpus), DUPLICATE-PROJECT last. */
    static List<String> kinds(Corpus.Layout layout) {
        List<String> kinds = new ArrayList<>(new java.util.TreeSet<>(PLANT.keySet()));
        if (layout == Corpus.Layout.FLOW) {
            kinds.removeAll(NOT_IN_FLOW);
        }
        kinds.add("DUPLICATE-PROJECT");
        return List.copyOf(kinds);
    }

    /**
     * {@code form} (correct, without defects) with {@code kind} planted, or null when it cannot carry it
     * (no cost indicator, no form before it to repeat). DUPLICATE-PROJECT repeats {@code previous} whole.
     */
    static GeneratedForm plant(String kind, GeneratedForm form, GeneratedForm previous, Random random) {
        if (kind.equals("DUPLICATE-PROJECT")) {
            if (previous == null) {
                return null;
            }
            List<String> defects = new ArrayList<>(previous.defects());
            defects.add(kind);
            return previous.withDefects(defects);
        }
        GeneratedForm planted = PLANT.get(kind).apply(form, random);
        return planted == null ? null : planted.withDefects(List.of(kind));
    }

    private static GeneratedForm budgetScore(GeneratedForm form, Random random) {
        String[][] funds = form.fundsCopy();
        BigDecimal score = new BigDecimal(funds[0][5]).subtract(BigDecimal.ONE);
        funds[0][5] = score.toPlainString();
        return form.withFunds(funds, total(score, indicatorScores(form.rows())));
    }

    /** The first indicator's score moved by {@code delta} (above its weight, or a point short of full marks). */
    private static GeneratedForm firstScore(GeneratedForm form, BigDecimal delta) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        GeneratedForm.Row first = rows.get(0);
        rows.set(0, first.withScore(new BigDecimal(first.score()).add(delta).toPlainString()));
        return form.withRows(rows, form.totalWeight(), total(budgetScore(form), indicatorScores(rows)));
    }

    /** The first indicator (a count, 人 or 人次) reaches half its target and is scored in proportion. */
    private static GeneratedForm missedTarget(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        GeneratedForm.Row first = rows.get(0);
        String unit = first.target().replaceAll("[≥\\d]", "");
        int target = Integer.parseInt(first.target().replaceAll("\\D", ""));
        int actual = target / 2;
        BigDecimal weight = new BigDecimal(first.weight());
        BigDecimal score = BigDecimal.valueOf(actual).multiply(weight).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
        rows.set(0, first.withValues(first.target(), actual + unit, first.weight(), score.toPlainString()));
        return form.withRows(rows, form.totalWeight(), total(budgetScore(form), indicatorScores(rows)));
    }

    /** 年初预算数 a fifth below 全年预算数, on the total line and the one source that holds the money. */
    private static GeneratedForm adjusted(GeneratedForm form, Random random) {
        String[][] funds = form.fundsCopy();
        String initial = new BigDecimal(funds[0][1]).multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP).toPlainString();
        funds[0][0] = initial;
        funds[1][0] = initial;
        return form.withFunds(funds, form.totalScore());
    }

    /**
     * 年初预算数 a twentieth below 全年预算数 (under budgetAdjustmentPercent: no BUDGET-ADJUSTED), and a 原因 column whose
     * total cell holds only the template's note.
     */
    private static GeneratedForm adjustedWithoutReason(GeneratedForm form, Random random) {
        String[][] funds = form.fundsCopy();
        String initial = new BigDecimal(funds[0][1]).multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP).toPlainString();
        funds[0][0] = initial;
        funds[1][0] = initial;
        return form.withFunds(funds, form.totalScore())
                .withFundsColumn(new GeneratedForm.FundsColumn("原因", List.of(REASON_NOTE, "", "", "")));
    }

    /** A 结余 column (湖南): each line's 全年预算数 − 全年执行数, the total's printed one 万元 more. */
    private static GeneratedForm wrongBalance(GeneratedForm form, Random random) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < form.funds().length; i++) {
            BigDecimal left = new BigDecimal(form.funds()[i][1]).subtract(new BigDecimal(form.funds()[i][2]));
            cells.add((i == 0 ? left.add(BigDecimal.ONE) : left).toPlainString());
        }
        return form.withFundsColumn(new GeneratedForm.FundsColumn("结余", cells));
    }

    /** The cost indicator's target (and actual) twice the budget; a form without one cannot carry it. */
    private static GeneratedForm costTarget(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        for (int i = 0; i < rows.size(); i++) {
            GeneratedForm.Row row = rows.get(i);
            if (row.level2().equals("成本指标")) {
                int cost = new BigDecimal(form.funds()[0][1]).multiply(BigDecimal.valueOf(2)).intValue() + 1;
                rows.set(i, row.withValues("≤" + cost + "万元", (cost - 1) + "万元", row.weight(), row.score()));
                return form.withRows(rows, form.totalWeight(), form.totalScore());
            }
        }
        return null;
    }

    /** The goal lists two parts after its 项目总额 that add up to 1 万元 less than it. */
    private static GeneratedForm goalParts(GeneratedForm form, Random random) {
        String budget = form.funds()[0][1];
        BigDecimal half = new BigDecimal(budget).subtract(BigDecimal.ONE).divide(BigDecimal.valueOf(2));
        String stated = "项目总额 " + budget + " 万元";
        String goal = form.goalExpected().replace(stated, stated + "，其中人员经费 " + half.toPlainString()
                + " 万元、公用经费 " + half.toPlainString() + " 万元");
        return goal.equals(form.goalExpected()) ? null : form.withGoalExpected(FlowRenderer.shortLastLine(goal));
    }

    /** The goal text states 10 万元 more than the budget. */
    private static GeneratedForm goalAmount(GeneratedForm form, Random random) {
        String budget = form.funds()[0][1];
        String other = new BigDecimal(budget).add(BigDecimal.TEN).toPlainString();
        String goal = form.goalExpected().replace("项目总额 " + budget + " 万元", "项目总额 " + other + " 万元");
        return goal.equals(form.goalExpected()) ? null : form.withGoalExpected(FlowRenderer.shortLastLine(goal));
    }

    /** 全年执行数 set to {@code share} of the budget, with the rate, score and total that follow from it. */
    private static GeneratedForm executed(GeneratedForm form, BigDecimal share) {
        String[][] funds = form.fundsCopy();
        BigDecimal budget = new BigDecimal(funds[0][1]);
        BigDecimal executed = budget.multiply(share).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        BigDecimal score = rate.min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        funds[0][2] = executed.toPlainString();
        funds[1][2] = executed.toPlainString();
        funds[0][4] = rate.toPlainString() + "%";
        funds[0][5] = score.toPlainString();
        return form.withFunds(funds, total(score, indicatorScores(form.rows())));
    }

    /**
     * The goal's two texts only the budget and the amount executed (as units print "43.2" / "37.24"); an amount
     * executed equal to the budget would restate the goal word for word (GOAL-RESTATED): the achievement keeps its text.
     */
    private static GeneratedForm bareGoal(GeneratedForm form, Random random) {
        String budget = form.funds()[0][1];
        String executed = form.funds()[0][2];
        return form.withGoal(budget, executed.equals(budget) ? form.goalActual() : executed);
    }

    /** The second 效益 row's target in words (达到预期效果 / 达成预期指标), at full marks. */
    private static GeneratedForm qualitativeTarget(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        for (int i = 0; i < rows.size(); i++) {
            GeneratedForm.Row row = rows.get(i);
            if (row.level2().equals("可持续影响指标")) {
                rows.set(i, row.withName("长效机制建设").withValues("达到预期效果", "达成预期指标", row.weight(), row.weight()));
                return form.withRows(rows, form.totalWeight(), form.totalScore());
            }
        }
        return null;
    }

    /**
     * 全年执行数 a little short of the whole percent the form prints as its 执行率 (93.63 % printed as 94%), and the
     * budget scored on the printed rate (9.4 for 9.36): right to the printed precision, not the exact figures.
     */
    private static GeneratedForm wholePercentRate(GeneratedForm form, Random random) {
        String[][] funds = form.fundsCopy();
        BigDecimal budget = new BigDecimal(funds[0][1]);
        BigDecimal printed = new BigDecimal(funds[0][4].replace("%", "")).setScale(0, RoundingMode.HALF_UP);
        BigDecimal executed = budget.multiply(printed.subtract(new BigDecimal("0.37")))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal exact = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        BigDecimal score = printed.min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        if (exact.setScale(0, RoundingMode.HALF_UP).compareTo(printed) != 0 || exact.compareTo(printed) == 0) {
            return null; // a budget too small to be 0.37 % short in whole 万元 cents
        }
        funds[0][2] = executed.toPlainString();
        funds[1][2] = executed.toPlainString();
        funds[0][4] = printed.toPlainString() + "%";
        funds[0][5] = score.toPlainString();
        return form.withFunds(funds, total(score, indicatorScores(form.rows())));
    }

    /**
     * The 效益 rows filed under 产出指标 (80分) as 质量 / 数量 indicators: every sum still right, but the table sets no
     * benefit at all.
     */
    private static GeneratedForm benefitsAsOutputs(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        rows.set(0, rows.get(0).withLevel1(rows.get(0).level1().replace("(50分)", "(80分)")));
        rows.replaceAll(row -> row.level2().endsWith("效益指标") || row.level2().equals("可持续影响指标")
                ? row.withLevels(null, row.target().endsWith("%") ? "质量指标" : "数量指标") : row);
        return form.withRows(rows, form.totalWeight(), form.totalScore());
    }

    /**
     * The first 效益 row becomes the 结转结余率, reported 12 points above the share of the budget left unspent
     * (and within its own ceiling, at full marks); a form that spent its whole budget cannot carry it.
     */
    private static GeneratedForm carryOverRate(GeneratedForm form, Random random) {
        BigDecimal rate = new BigDecimal(form.funds()[0][4].replace("%", ""));
        if (rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return null;
        }
        BigDecimal actual = BigDecimal.valueOf(112).subtract(rate).setScale(0, RoundingMode.HALF_UP);
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        for (int i = 0; i < rows.size(); i++) {
            GeneratedForm.Row row = rows.get(i);
            if (row.level2().endsWith("效益指标")) {
                rows.set(i, row.withName("结转结余率").withValues("≤" + actual.add(BigDecimal.TEN) + "%", actual + "%",
                        row.weight(), row.weight()));
                return form.withRows(rows, form.totalWeight(), form.totalScore());
            }
        }
        return null;
    }

    /** The cost indicators' actuals 0 as well: with nothing executed, a cost actual would be BUDGET-COST-ACTUAL's too. */
    private static GeneratedForm nothingSpent(GeneratedForm form) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        rows.replaceAll(row -> row.level2().equals("成本指标") ? row.withValues(row.target(), "0万元", row.weight(), row.score()) : row);
        return form.withRows(rows, form.totalWeight(), form.totalScore());
    }

    /** 服务对象满意度 reported at 102 %. */
    private static GeneratedForm satisfactionOver100(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        int last = rows.size() - 1;
        GeneratedForm.Row row = rows.get(last);
        rows.set(last, row.withValues(row.target(), "102%", row.weight(), row.score()));
        return form.withRows(rows, form.totalWeight(), form.totalScore());
    }

    /** The first indicator renamed 预算执行率 (met, full marks) beside a funds table that scores execution. */
    private static GeneratedForm budgetIndicator(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        GeneratedForm.Row first = rows.get(0);
        rows.set(0, first.withName("预算执行率").withValues("=100%", "100%", first.weight(), first.weight()));
        return form.withRows(rows, form.totalWeight(), total(budgetScore(form), indicatorScores(rows)));
    }

    /** 服务对象满意度's 实际完成值 written as its target (≥90%): what was measured is not said. */
    private static GeneratedForm actualAsTarget(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        int last = rows.size() - 1;
        GeneratedForm.Row row = rows.get(last);
        if (!row.target().startsWith("≥")) {
            return null;
        }
        rows.set(last, row.withValues(row.target(), row.target(), row.weight(), row.score()));
        return form.withRows(rows, form.totalWeight(), form.totalScore());
    }

    /** The first indicator's 得分 left empty; the total counts what is printed. */
    private static GeneratedForm missingScore(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        rows.set(0, rows.get(0).withScore(null));
        return form.withRows(rows, form.totalWeight(), total(budgetScore(form), indicatorScores(rows)));
    }

    /** The first indicator's 分值 left empty (its 得分 kept): its category and the total no longer add up. */
    private static GeneratedForm missingWeight(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        GeneratedForm.Row first = rows.get(0);
        rows.set(0, first.withValues(first.target(), first.actual(), null, first.score()));
        return form.withRows(rows, form.totalWeight(), form.totalScore());
    }

    /** 产出指标 stated at 45 points over weights that add up to 50. */
    private static GeneratedForm statedPoints(GeneratedForm form, Random random) {
        List<GeneratedForm.Row> rows = new ArrayList<>(form.rows());
        rows.set(0, rows.get(0).withLevel1(rows.get(0).level1().replace("(50分)", "(45分)")));
        return form.withRows(rows, form.totalWeight(), form.totalScore());
    }

    /** 上年结转资金 shows 5 万元 in 全年预算数 that the total line does not count. */
    private static GeneratedForm carriedOver(GeneratedForm form, Random random) {
        String[][] funds = form.fundsCopy();
        funds[2][1] = "5";
        return form.withFunds(funds, form.totalScore());
    }

    private static BigDecimal budgetScore(GeneratedForm form) {
        return new BigDecimal(form.funds()[0][5]);
    }

    private static BigDecimal indicatorScores(List<GeneratedForm.Row> rows) {
        return rows.stream().filter(r -> r.score() != null).map(r -> new BigDecimal(r.score()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String total(BigDecimal budgetScore, BigDecimal indicatorScores) {
        return budgetScore.add(indicatorScores).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
