package perfaudit.engine.facts.build;

import perfaudit.engine.facts.BlockFact;
import perfaudit.engine.facts.CategoryFact;
import perfaudit.engine.facts.FormFact;
import perfaudit.engine.facts.FormSummary;
import perfaudit.engine.facts.FundBalance;
import perfaudit.engine.facts.FundFact;
import perfaudit.engine.facts.FundNatureFact;
import perfaudit.engine.facts.GoalSumFact;
import perfaudit.engine.facts.IndicatorFact;
import perfaudit.engine.facts.ListMatch;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.SourceLocation;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns parsed documents into the flat facts the rules match on. Computes, and applies the judgements
 * the settings table words ({@link Judgements}); never judges by itself.
 */
public final class FactBuilder {

    private static final List<FundColumn> BALANCED_COLUMNS =
            List.of(FundColumn.INITIAL_BUDGET, FundColumn.ANNUAL_BUDGET, FundColumn.EXECUTED);
    private static final List<FundLine> SUB_LINES = java.util.Arrays.stream(FundLine.values()).filter(FundLine::isPart).toList();

    private FactBuilder() {
    }

    /** Facts for one document: per form its FormFact, FundFacts, FundBalances, FundNatureFacts, IndicatorFacts, CategoryFacts. */
    /** Row {@code i} is no child and the row after it is one that prints a 实际完成值: the parent of measured children. */
    private static boolean measuredByChildren(List<Indicator> rows, int i) {
        if (rows.get(i).child() || i + 1 >= rows.size()) {
            return false;
        }
        Indicator next = rows.get(i + 1);
        return next.child() && next.actual() != null;
    }

    public static List<Object> formFacts(Document document, Judgements judgements) {
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < document.forms().size(); i++) {
            facts.addAll(formFacts(formId(document, i), document.forms().get(i), judgements));
        }
        return facts;
    }

    public static String formId(Document document, int index) {
        return document.file() + "#" + (index + 1);
    }

    public static List<Object> formFacts(String id, Form form, Judgements judgements) {
        List<Object> facts = new ArrayList<>();
        String name = form.projectName() == null ? "（无项目名称）" : form.projectName();
        List<IndicatorFact> indicators = new ArrayList<>();
        Indicator budgetRow = budgetRow(form);
        Map<Indicator, ImpliedWeights.Implied> implied = ImpliedWeights.of(form);
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator row = form.indicators().get(i);
            ImpliedWeights.Implied full = implied.get(row);
            BigDecimal weight = row.weight() != null || full == null ? row.weight() : full.weight();
            indicators.add(new IndicatorFact(id, name, i + 1, row, row == budgetRow, form.template(), form.formDeviation(),
                    IndicatorArithmetic.of(row, judgements, weight), measuredByChildren(form.indicators(), i),
                    row.weight() == null && full != null ? full.weight() : null,
                    row.weight() == null && full != null ? full.group() : null));
        }
        Funds total = totalWithBudgetIndicator(form, budgetRow);
        facts.add(formFact(id, form, total, indicators, judgements));
        boolean reasons = form.template().fundReasons();
        boolean fundsCut = form.template().lacksPart(Terms.FUNDS_HEADER);
        for (FundLine line : FundLine.values()) {
            Funds funds = line == FundLine.TOTAL ? total : form.fundLine(line);
            if (funds != null) {
                boolean given = funds.reason() != null && judgements.reasonGiven(funds.reason().text());
                facts.add(line == FundLine.TOTAL
                        ? new FundFact(id, name, line, funds, parts(form), templateWeight(form), indicatorRate(budgetRow), reasons, given,
                                fundsCut)
                        : new FundFact(id, name, line, funds, null, null, null, reasons, given, fundsCut));
            }
        }
        facts.addAll(balances(id, name, form));
        form.fundsByNature().forEach(breakdown -> facts.add(new FundNatureFact(id, name, breakdown, form.fundLine(FundLine.TOTAL))));
        facts.addAll(goalSums(id, name, form, judgements));
        facts.addAll(indicators);
        facts.addAll(categories(id, name, form));
        if (!form.template().isCut()) {
            // a cut excerpt's last block lost its rows to the cut, not its points
            facts.addAll(blocks(id, name, indicators));
        }
        return facts;
    }

    /**
     * The 项目资金 total row, with the 分值 / 执行率 / 得分 of the indicator that scores budget execution
     * where the funds table prints none (项目管理 / 预算执行率 in mixed forms): that indicator is the
     * budget row the arithmetic rules check (an auditor models it so: ARITH-BUDGET-SCORE, not a second
     * finding on the indicator).
     */
    private static Funds totalWithBudgetIndicator(Form form, Indicator row) {
        Funds total = form.fundLine(FundLine.TOTAL);
        if (row == null) {
            return total;
        }
        Funds base = total != null ? total : new Funds(row.location(), null, null, null, null, null, null);
        BigDecimal rate = row.actual() != null && row.actual().isPercent() ? row.actual().value() : null;
        return base.withScoring(row.weight(), base.executionRate() != null ? base.executionRate() : rate, row.score());
    }

    /** The goal texts that state an amount and list its parts (其中 …), each as a GoalSumFact. */
    private static List<GoalSumFact> goalSums(String id, String name, Form form, Judgements judgements) {
        List<GoalSumFact> sums = new ArrayList<>();
        if (form.goal() == null) {
            return sums;
        }
        Judgements.GoalSum expected = judgements.goalSum(form.goal().expected());
        if (expected != null) {
            sums.add(new GoalSumFact(id, name, Terms.GOAL_EXPECTED, expected.stated(), expected.partsSum(), expected.parts(), form.goal().location()));
        }
        Judgements.GoalSum actual = judgements.goalSum(form.goal().actual());
        if (actual != null) {
            sums.add(new GoalSumFact(id, name, Terms.GOAL_ACTUAL, actual.stated(), actual.partsSum(), actual.parts(), form.goal().location()));
        }
        return sums;
    }

    /**
     * The indicator that is the form's budget row: the first that scores budget execution, where the
     * funds table prints no 分值 or 得分 of its own (项目管理 / 预算执行率 in mixed forms); else null —
     * beside a scored funds table such an indicator scores budget execution a second time.
     */
    private static Indicator budgetRow(Form form) {
        Funds total = form.fundLine(FundLine.TOTAL);
        if (total != null && (total.weight() != null || total.score() != null)) {
            return null;
        }
        return form.indicators().stream().filter(Indicator::budgetExecution).findFirst().orElse(null);
    }

    /** The rate the budget-execution indicator was scored on: its own 实际完成值 as a percentage, or null. */
    private static BigDecimal indicatorRate(Indicator row) {
        return row != null && row.actual() != null && row.actual().isPercent() ? row.actual().value() : null;
    }

    /** The sub-rows of the 项目资金 table added up, amount by amount; null when there are none. */
    private static Funds parts(Form form) {
        BigDecimal[] sums = new BigDecimal[FundColumn.values().length];
        boolean any = false;
        for (FundLine line : FundLine.values()) {
            Funds part = form.fundLine(line);
            if (!line.isPart() || part == null) {
                continue;
            }
            for (FundColumn column : BALANCED_COLUMNS) {
                BigDecimal value = part.get(column);
                if (value != null) {
                    sums[column.ordinal()] = add(sums[column.ordinal()], value);
                    any = true;
                }
            }
        }
        return any ? Funds.of(form.fundLine(FundLine.TOTAL).location(), sums) : null;
    }

    /** The template's budget points, for a total row that prints a 得分 but no 分值 (湖北: 20 分 × 执行率). */
    private static BigDecimal templateWeight(Form form) {
        int points = form.template().budgetPoints();
        return points > 0 ? BigDecimal.valueOf(points) : null;
    }

    private static FormFact formFact(String id, Form form, Funds total, List<IndicatorFact> indicators,
                                     Judgements judgements) {
        BigDecimal weights = null;
        BigDecimal scores = null;
        boolean allFull = indicators.stream().anyMatch(i -> !i.isBlank());
        BigDecimal cost = null;
        StringJoiner costTargets = new StringJoiner(" + ");
        BigDecimal spent = null;
        StringJoiner costActuals = new StringJoiner(" + ");
        // rows read with both points and score: what a form cut short has already spent of its 总分
        BigDecimal scoredWeights = total == null || total.weight() == null || total.score() == null ? null : total.weight();
        BigDecimal scoredScores = scoredWeights == null ? null : total.score();
        java.util.Set<String> unread = new java.util.TreeSet<>(FormUnread.ofTotals(form, total, indicators));
        for (IndicatorFact indicator : indicators) {
            // a child row's parent counts it; the budget-execution indicator's points are the budget line's
            if (indicator.isChild() || indicator.isBudgetExecution()) {
                continue;
            }
            unread.addAll(FormUnread.ofRow(indicator));
            weights = add(weights, indicator.getWeight());
            scores = add(scores, indicator.getScore());
            if (indicator.getWeight() != null && indicator.getScore() != null) {
                scoredWeights = add(scoredWeights, indicator.getWeight());
                scoredScores = add(scoredScores, indicator.getScore());
            }
            // placeholder rows (an unused 生态效益指标 line) carry no points to award; a row the text was cut in
            // before its 得分 says nothing of the marks
            allFull &= indicator.isBlank() || indicator.isTruncated() && indicator.getScore() == null
                    || fullMarks(indicator, form.template().weights());
            if (indicator.getCostTargetWan() != null) {
                cost = add(cost, indicator.getCostTargetWan());
                costTargets.add(indicator.getLabel() + " " + indicator.getTargetRaw());
            }
            if (indicator.getCostActualWan() != null) {
                spent = add(spent, indicator.getCostActualWan());
                costActuals.add(indicator.getLabel() + " " + indicator.getActualRaw());
            }
        }
        FormFact.Sums sums = new FormFact.Sums(indicators.size(), weights, scores,
                total == null ? null : total.weight(), total == null ? null : total.score(), allFull,
                cost == null ? null : cost.stripTrailingZeros(), costTargets.toString(),
                spent == null ? null : spent.stripTrailingZeros(), costActuals.toString(), scoredWeights, scoredScores, unread);
        return new FormFact(id, form.projectName(), form.year(),
                form.department() == null ? null : form.department().code(),
                form.department() == null ? null : form.department().name(),
                form.implementingUnit() == null ? null : form.implementingUnit().code(),
                form.implementingUnit() == null ? null : form.implementingUnit().name(),
                form.location(),
                form.goal() == null ? null : form.goal().expected(),
                form.goal() == null ? null : form.goal().actual(),
                form.goal() == null ? form.location() : form.goal().location(),
                judgements.goalAmount(form.goal() == null ? null : form.goal().expected()),
                form.total() == null ? null : form.total().weight(),
                form.total() == null ? null : form.total().score(),
                form.total() == null ? form.location() : form.total().location(),
                sums, form.template(), form.goal() != null,
                judgements.instruction(form.goal() == null ? null : form.goal().actual()));
    }

    /** Full marks: the 分值 scored whole, or, on a template without 分值, the target met. */
    private static boolean fullMarks(IndicatorFact indicator, boolean weighted) {
        if (weighted) {
            return indicator.isFullMarks();
        }
        return !indicator.isTargetMissed()
                && (Boolean.TRUE.equals(indicator.getMet()) || "MET".equals(indicator.getQualitativeOutcome()));
    }

    private static List<FundBalance> balances(String id, String name, Form form) {
        Funds total = form.fundLine(FundLine.TOTAL);
        if (total == null) {
            return List.of();
        }
        List<FundBalance> balances = new ArrayList<>();
        for (FundColumn column : BALANCED_COLUMNS) {
            BigDecimal sum = null;
            List<BigDecimal> parts = new ArrayList<>(3);
            boolean unread = false;
            for (FundLine line : SUB_LINES) {
                Funds funds = form.fundLine(line);
                BigDecimal value = funds == null ? null : funds.get(column);
                unread |= funds != null && funds.unread().contains(column);
                if (value != null) {
                    sum = add(sum, value);
                    parts.add(value);
                }
            }
            balances.add(new FundBalance(id, name, column, total.get(column), sum, parts, total.location(), unread));
        }
        return balances;
    }

    private static List<CategoryFact> categories(String id, String name, Form form) {
        Map<String, List<Indicator>> byLevel1 = new LinkedHashMap<>();
        for (Indicator indicator : form.indicators()) {
            if (indicator.level1() != null && !indicator.child()) {
                byLevel1.computeIfAbsent(indicator.level1(), k -> new ArrayList<>()).add(indicator);
            }
        }
        List<CategoryFact> categories = new ArrayList<>();
        byLevel1.forEach((level1, rows) -> {
            if (form.template().unreadIn().contains(level1)) {
                // a row of it was reported unreadable: its sum lacks that row
                return;
            }
            BigDecimal sum = null;
            BigDecimal stated = null;
            boolean unread = false;
            for (Indicator row : rows) {
                sum = add(sum, row.weight());
                stated = stated != null ? stated : row.level1Points();
                unread |= row.unread().contains(Indicator.WEIGHT);
            }
            categories.add(new CategoryFact(id, name, level1, stated, sum, rows.size(), rows.get(0).location(), unread));
        });
        if (form.template().isCut() && !categories.isEmpty()) {
            // the category the text stops in lost rows to the cut: its points cannot be checked
            categories.remove(categories.size() - 1);
        }
        return categories;
    }

    /** The groups with their own points (年度绩效目标1 (40分)): each block's stated points, Σ 得分, explanations. */
    private static List<BlockFact> blocks(String id, String name, List<IndicatorFact> indicators) {
        Map<String, List<IndicatorFact>> byBlock = new LinkedHashMap<>();
        for (IndicatorFact indicator : indicators) {
            if (indicator.getBlock() != null && !indicator.isChild()) {
                byBlock.computeIfAbsent(indicator.getBlock(), k -> new ArrayList<>()).add(indicator);
            }
        }
        List<BlockFact> blocks = new ArrayList<>();
        byBlock.forEach((block, rows) -> {
            BigDecimal sum = null;
            int flagged = 0;
            boolean explained = false;
            boolean unread = false;
            for (IndicatorFact row : rows) {
                sum = add(sum, row.getScore());
                unread |= row.getUnread().contains(Indicator.SCORE);
                flagged += row.isTargetMissed() || row.isPointsDeducted() ? 1 : 0;
                explained |= row.getExplanation() != null;
            }
            blocks.add(new BlockFact(id, name, block, rows.get(0).getBlockPoints(), sum, rows.size(), flagged, explained,
                    rows.get(0).getLocation(), unread));
        });
        return blocks;
    }

    /** Cross-form facts for one document: a summary per form and the pairing of list and forms. */
    public static List<Object> crossFormFacts(Document document) {
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < document.forms().size(); i++) {
            Form form = document.forms().get(i);
            facts.add(new FormSummary(formId(document, i), form.projectName(), form.implementingUnit(), form.year(),
                    form.location()));
        }
        if (!document.projectList().isEmpty()) {
            facts.addAll(listMatches(document));
        }
        return facts;
    }

    /**
     * Pairs list entries and forms: exact names first, then the rest in order. A further form of a listed
     * name (a duplicated form) pairs with that entry too: it is in the list, and is a duplicate
     * (DUPLICATE-PROJECT), not a form missing from the list.
     */
    static List<ListMatch> listMatches(Document document) {
        List<ProjectListEntry> entries = new ArrayList<>(document.projectList());
        List<Form> forms = new ArrayList<>(document.forms());
        List<ListMatch> matches = new ArrayList<>();
        for (ProjectListEntry entry : document.projectList()) {
            Form same = forms.stream().filter(f -> entry.name() != null && entry.name().equals(f.projectName()))
                    .findFirst().orElse(null);
            if (same != null) {
                matches.add(match(document, entry, same));
                entries.remove(entry);
                forms.remove(same);
            }
        }
        for (ProjectListEntry entry : document.projectList()) {
            List<Form> copies = forms.stream().filter(f -> entry.name() != null && entry.name().equals(f.projectName()))
                    .toList();
            if (!entries.contains(entry)) { // paired above: its further copies are in the list too
                copies.forEach(copy -> matches.add(match(document, entry, copy)));
                forms.removeAll(copies);
            }
        }
        int paired = Math.min(entries.size(), forms.size());
        for (int i = 0; i < paired; i++) {
            matches.add(match(document, entries.get(i), forms.get(i)));
        }
        for (int i = paired; i < entries.size(); i++) {
            matches.add(match(document, entries.get(i), null));
        }
        for (int i = paired; i < forms.size(); i++) {
            matches.add(match(document, null, forms.get(i)));
        }
        return matches;
    }

    private static ListMatch match(Document document, ProjectListEntry entry, Form form) {
        SourceLocation listLocation = entry == null ? null : entry.location();
        return new ListMatch(document.file(), entry == null ? null : entry.seq(), entry == null ? null : entry.name(),
                listLocation, form == null ? null : form.projectName(), form == null ? null : form.location());
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }
}
