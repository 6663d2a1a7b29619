package perfaudit.ingest.grammar;

import perfaudit.ingest.grammar.Vocabulary.Family;
import perfaudit.ingest.grammar.Vocabulary.IndicatorField;
import perfaudit.model.CodedName;
import perfaudit.model.Form;
import perfaudit.model.FundLine;
import perfaudit.model.Funds;
import perfaudit.model.Goal;
import perfaudit.model.Indicator;
import perfaudit.model.SourceLocation;
import perfaudit.model.Template;
import perfaudit.model.Total;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One form as the grammar reads it, part by part; frozen into a {@link Form} at its end. */
final class FormDraft {

    final SourceLocation location;
    final int startCell;
    Integer year;
    String projectName;
    CodedName department;
    CodedName implementingUnit;
    String unitName;
    final Map<FundLine, Funds> funds = new EnumMap<>(FundLine.class);
    Goal goal;
    final List<Indicator> indicators = new ArrayList<>();
    Total total;
    String formDeviation;
    /** The form prints a form-wide 偏差原因 (湖北 偏差大或目标未完成原因分析), filled or not. */
    boolean formDeviationLabel;
    /** Title spellings and label spellings met: the evidence for the family. */
    Family titleFamily;
    final Set<String> labelsSeen = new HashSet<>();
    /** The indicator columns the header printed; null when no header was read. */
    Set<IndicatorField> indicatorColumns;
    /** Points the funds table states for budget execution ("(20分)"), or null. */
    Integer budgetPointsStated;
    /** The parts read, in Chinese, for what a cut form lacks. */
    final Set<String> partsRead = new LinkedHashSet<>();
    /** Where the text stopped inside this form, when it did. */
    SourceLocation cutAt;
    /** A 项目名称 label was read (its value may be empty). */
    boolean nameLabelSeen;
    /** True once anything beyond the title and year was read. */
    boolean hasContent;
    /** The last cell of an indicator table that ended in another part, not at a 总分; -1 otherwise. */
    int tableEndWithoutTotal = -1;

    FormDraft(SourceLocation location, int startCell) {
        this.location = location;
        this.startCell = startCell;
    }

    void saw(String spelling) {
        labelsSeen.add(LabelIndex.spellingKey(spelling));
    }

    boolean isEmpty() {
        return projectName == null && funds.isEmpty() && indicators.isEmpty() && goal == null && total == null;
    }

    Form build(Lexicon lex) {
        markBudgetIndicator(lex);
        Family family = family(lex.vocabulary.families());
        boolean weights = printed(IndicatorField.WEIGHT, family);
        boolean scores = printed(IndicatorField.SCORE, family);
        // a form-wide reason is where a template without a 偏差原因 column explains its rows
        boolean deviations = printed(IndicatorField.DEVIATION, family) || formDeviationLabel;
        int budgetPoints = budgetPointsStated != null ? budgetPointsStated : family == null ? 10 : family.budgetPoints();
        List<String> missing = cutAt == null ? List.of() : missingParts();
        Template template = new Template(family == null ? "A" : family.id(), family == null ? "项目支出绩效自评表" : family.name(),
                weights, scores, deviations, budgetPoints, cutAt, missing);
        String department = this.department == null ? null : this.department.raw();
        CodedName unit = implementingUnit != null ? implementingUnit : unitName == null ? null : CodedName.parse(unitName);
        return new Form(location, year, projectName, department == null ? null : CodedName.parse(department), unit,
                funds, goal, indicators, total, template, formDeviation);
    }

    /**
     * Forms that score budget execution as an indicator (项目管理 / 预算执行率 10 分 in mixed forms) print
     * no 分值 or 得分 in their funds table: that indicator is marked as the budget row. It stays in its
     * category (项目管理 (25分) counts it); the facts take its points as the budget line's, once.
     */
    private void markBudgetIndicator(Lexicon lex) {
        Funds total = funds.get(FundLine.TOTAL);
        if (total != null && (total.weight() != null || total.score() != null)) {
            return;
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator row = indicators.get(i);
            if (row.name() != null && lex.budgetExecution.exact(LabelIndex.key(row.name())) != null
                    && (row.weight() != null || row.score() != null)) {
                indicators.set(i, row.asBudgetExecution());
                return;
            }
        }
    }

    /**
     * The text stops inside the indicator table (nothing read after it): its last row lost the cells
     * after the cut, so they are not empty fields.
     */
    void truncateLastRow() {
        if (!indicators.isEmpty() && total == null && formDeviation == null && !formDeviationLabel) {
            int last = indicators.size() - 1;
            indicators.set(last, indicators.get(last).asTruncated());
        }
    }

    private boolean printed(IndicatorField field, Family family) {
        if (indicatorColumns != null) {
            return indicatorColumns.contains(field);
        }
        return family == null || family.prints().contains(field);
    }

    /** The family whose title and signs the form matches best; the first listed wins a tie. */
    Family family(List<Family> families) {
        Family best = null;
        int bestScore = 0;
        for (Family family : families) {
            // the title names the family; the labels met tell apart the templates sharing a title
            int score = family.titles().stream().anyMatch(title -> labelsSeen.contains(LabelIndex.spellingKey(title))) ? 3 : 0;
            for (String sign : family.signs()) {
                if (labelsSeen.contains(LabelIndex.spellingKey(sign))) {
                    score += 2;
                }
            }
            if (score > bestScore) {
                best = family;
                bestScore = score;
            }
        }
        return best;
    }

    /** The parts after the last one read, in the order forms print them: the text stopped before them. */
    private List<String> missingParts() {
        List<String> order = List.of("项目资金", "年度总体目标", "绩效指标", "总分");
        int last = -1;
        for (int i = 0; i < order.size(); i++) {
            if (partsRead.contains(order.get(i))) {
                last = i;
            }
        }
        return List.copyOf(order.subList(last + 1, order.size()));
    }
}
