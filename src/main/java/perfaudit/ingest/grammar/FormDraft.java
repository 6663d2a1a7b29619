package perfaudit.ingest.grammar;

import perfaudit.text.TextFold;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Family;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.CodedName;
import perfaudit.model.Form;
import perfaudit.model.Goal;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.SourceLocation;
import perfaudit.model.Template;
import perfaudit.model.Terms;
import perfaudit.model.Total;
import perfaudit.model.funds.FundBreakdown;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.FundReason;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One form as the grammar reads it, part by part; frozen into a {@link Form} at its end. Its public
 * fields are what the part readers (header, funds, goal, indicators) fill, each its own; the rest is
 * the scanner's bookkeeping.
 */
public final class FormDraft {

    final SourceLocation location;
    final int startCell;
    public Integer year;
    public String projectName;
    public CodedName department;
    /** Where the 主管部门 kept was labelled in the vocabulary's list (县级主管部门 before 市级主管部门): the more local wins. */
    public int departmentRank = Integer.MAX_VALUE;
    public CodedName implementingUnit;
    public String unitName;
    public final Map<FundLine, Funds> funds = new EnumMap<>(FundLine.class);
    /** The breakdowns of the funds by nature printed under the funds table, in print order. */
    public final List<FundBreakdown> fundsByNature = new ArrayList<>();
    public Goal goal;
    public final List<Indicator> indicators = new ArrayList<>();
    public Total total;
    String formDeviation;
    /** The form prints a form-wide 偏差原因 (湖北 偏差大或目标未完成原因分析), filled or not. */
    boolean formDeviationLabel;
    /** Title spellings and label spellings met: the evidence for the family. */
    public Family titleFamily;
    final Set<String> labelsSeen = new HashSet<>();
    /** Titles met only in a file name: the family's evidence when the form prints no title of its own. */
    private final Set<String> fileNameTitles = new HashSet<>();
    /** The indicator columns the header printed; null when no header was read. */
    public Set<IndicatorField> indicatorColumns;
    /** The indicator header prints 得分 before 分值 (a template with the two columns swapped). */
    public boolean scoreBeforeWeight;
    /** The grid columns of the 分值 printed after 一级指标 / 二级指标 (score sheets): a level's points, not the 总分's. */
    public Set<Integer> levelPointsColumns = Set.of();
    /** The indicator header prints a 分值 after 一级指标 or 二级指标, grid or not. */
    public boolean levelPointsPrinted;
    /** The 三级 labels state the rows' points (相关性(5分)) in a table with no 分值 column. */
    public boolean weightsInLabels;
    /** The funds table's header prints a 原因 column. */
    public boolean fundReasonColumn;
    /** Points the funds table states for budget execution ("(20分)"), or null. */
    public Integer budgetPointsStated;
    /** The money unit a 金额单位：元 field of the form's head states, for a funds table that states none; null if none. */
    public String statedMoneyUnit;
    /** The parts read, in Chinese, for what a cut form lacks. */
    public final Set<String> partsRead = new LinkedHashSet<>();
    /** Where the text stopped inside this form, when it did. */
    SourceLocation cutAt;
    /** The text stops in a glued row after the last row read, which is whole: the cut row is unread, not that one. */
    public boolean lastRowWhole;
    /** A 项目名称 label was read (its value may be empty). */
    public boolean nameLabelSeen;
    /**
     * Header labels read with no value, the next cell being another header label, in the run of header
     * fields read one right after another (PDF text printing a row's labels before its values); the run
     * ends where {@link #headerRunEnd} is not the next label's cell.
     */
    public final List<Vocabulary.HeaderField> headerLabelsWaiting = new ArrayList<>();
    /**
     * The funds rows last read with no figure at all, their labels printed one after another (xlsx text out of reading
     * order): their figures may follow the column headings printed after them (see FundsTable.resume).
     */
    public final List<FundLine> fundRowsWithoutFigures = new ArrayList<>();
    /** Header fields whose label is printed but whose value the text does not let be read (a note says why). */
    public final Set<Vocabulary.HeaderField> headerValuesUnread = EnumSet.noneOf(Vocabulary.HeaderField.class);
    /** The cell of a 项目名称 label printed with no value, the next cell another header label; else -1. */
    public int bareNameLabel = -1;
    /** The cell after the last header field read, or -1. */
    public int headerRunEnd = -1;
    /** The header fields whose label the form prints (their values may be empty). */
    public final Set<Vocabulary.HeaderField> headerLabelsSeen = EnumSet.noneOf(Vocabulary.HeaderField.class);
    /** True once anything beyond the title and year was read. */
    public boolean hasContent;
    /**
     * The text lost the table's column order (a flattened PDF scattered the by-source funds row among the head's
     * labels): the indicator table's cells, in that same order, are not read row by row.
     */
    public boolean columnOrderLost;
    /** The total is the 自评总分 of the header (no 总分 row read). */
    public boolean totalFromHeader;
    /** The 年度总体目标 prints one text under no 预期目标 / 实际完成情况 label: the template has no achievement text. */
    public boolean goalWithoutAchievement;
    /** The 一级指标 under which a row was reported unreadable, in order. */
    public final Set<String> unreadIn = new LinkedHashSet<>();
    /** The indicator table ran to the end of the input: nothing after it was read. */
    public boolean tableRanToEnd;
    /**
     * The last cell of the indicator table where its last row stops before its last columns (or a name
     * stops inside a word) right where another text begins (the next form's title, a page's chrome): the
     * text of this form was cut there; -1 otherwise.
     */
    public int stoppedAt = -1;
    /** The last cell of an indicator table that ended in another part, not at a 总分; -1 otherwise. */
    public int tableEndWithoutTotal = -1;

    FormDraft(SourceLocation location, int startCell) {
        this.location = location;
        this.startCell = startCell;
    }

    public void saw(String spelling) {
        labelsSeen.add(LabelIndex.spellingKey(spelling));
    }

    /**
     * A title met in a file name (…项目自评表.pdf over the document's text): the name the document was given, weaker
     * evidence of the template than a title the form prints, which outweighs it in {@link #family}.
     */
    void sawInFileName(String titleSpelling) {
        fileNameTitles.add(LabelIndex.spellingKey(titleSpelling));
    }

    boolean isEmpty() {
        return projectName == null && funds.isEmpty() && indicators.isEmpty() && goal == null && total == null;
    }

    Form build(Lexicon lex) {
        markBudgetIndicator(lex);
        Family family = family(lex.familyKeys);
        boolean weights = printed(IndicatorField.WEIGHT, family) || weightsInLabels;
        boolean scores = printed(IndicatorField.SCORE, family);
        // a form-wide reason is where a template without a 偏差原因 column explains its rows
        boolean deviations = printed(IndicatorField.DEVIATION, family) || formDeviationLabel;
        int budgetPoints = budgetPointsStated != null ? budgetPointsStated : family == null ? 10 : family.budgetPoints();
        List<String> missing = cutAt == null ? List.of() : missingParts(family == null || family.printsTotal());
        List<String> lacks = new ArrayList<>(family == null ? List.of()
                : family.lacks().stream().map(Vocabulary.HeaderField::key).toList());
        if (goalWithoutAchievement) {
            lacks.add(Template.GOAL_ACTUAL);
        }
        unlabelledHeaderFields(lacks);
        // printed but not readable: not a missing field either (the note says why)
        headerValuesUnread.stream().filter(f -> unsetField(f)).forEach(f -> addOnce(lacks, f.key()));
        Template template = new Template(family == null ? "A" : family.id(), family == null ? "项目支出绩效自评表" : family.name(),
                weights, scores, deviations, budgetPoints, cutAt, missing, lacks, printsActuals(), List.copyOf(unreadIn),
                fundReasonColumn);
        String department = this.department == null ? null : this.department.raw();
        CodedName unit = implementingUnit != null ? implementingUnit
                : unitName == null ? null : CodedName.parse(TextFold.withoutGlosses(unitName));
        Goal readGoal = goal == null ? null
                : new Goal(goal.location(), TextFold.withoutGlosses(goal.expected()), TextFold.withoutGlosses(goal.actual()),
                        TextFold.withoutGlosses(goal.adjusted()));
        return new Form(location, year, TextFold.withoutGlosses(projectName),
                department == null ? null : CodedName.parse(TextFold.withoutGlosses(department)),
                unit == null ? null : new CodedName(unit.code(), TextFold.withoutGlosses(unit.name()), unit.raw()),
                reasonsWithoutGlosses(), readGoal, indicators.stream().map(FormDraft::withoutGlosses).toList(), total, template,
                TextFold.withoutGlosses(formDeviation), fundsByNature);
    }

    /** The funds rows, their 原因 texts without a 繁體 mirror's glosses as every text of the form. */
    private Map<FundLine, Funds> reasonsWithoutGlosses() {
        Map<FundLine, Funds> out = new EnumMap<>(FundLine.class);
        funds.forEach((line, row) -> out.put(line, row.reason() == null ? row : row.withReason(
                new FundReason(row.reason().location(), TextFold.withoutGlosses(row.reason().text())))));
        return out;
    }

    /**
     * A header that was read but prints no label for 主管部门, or none for 实施单位 / 资金使用单位 / 单位名称,
     * comes from a template with no place for that field (安徽 2019 绩效目标自评表, a 区域 form); one that
     * prints only 单位名称 is department-wide and has no 项目名称 either: absent, not missing. A form whose header was not read at
     * all keeps the fields missing (its head is lost).
     */
    private void unlabelledHeaderFields(List<String> lacks) {
        boolean headerRead = headerLabelsSeen.contains(Vocabulary.HeaderField.PROJECT_NAME)
                || headerLabelsSeen.contains(Vocabulary.HeaderField.DEPARTMENT)
                || headerLabelsSeen.contains(Vocabulary.HeaderField.IMPLEMENTING_UNIT)
                || headerLabelsSeen.contains(Vocabulary.HeaderField.UNIT_NAME);
        if (!headerRead) {
            return;
        }
        if (headerLabelsSeen.contains(Vocabulary.HeaderField.UNIT_NAME)
                && !headerLabelsSeen.contains(Vocabulary.HeaderField.PROJECT_NAME)
                && !headerLabelsSeen.contains(Vocabulary.HeaderField.DEPARTMENT)
                && !headerLabelsSeen.contains(Vocabulary.HeaderField.IMPLEMENTING_UNIT)) {
            // named by its 单位名称 alone, no 项目名称 and no 主管部门: a department-wide form (湖北-style 部门整体). A
            // project name under a label the vocabulary does not know (工程名称) stays missing: 主管部门 is printed
            addOnce(lacks, Vocabulary.HeaderField.PROJECT_NAME.key());
        }
        if (!headerLabelsSeen.contains(Vocabulary.HeaderField.DEPARTMENT)) {
            addOnce(lacks, Vocabulary.HeaderField.DEPARTMENT.key());
        }
        if (!headerLabelsSeen.contains(Vocabulary.HeaderField.IMPLEMENTING_UNIT)
                && !headerLabelsSeen.contains(Vocabulary.HeaderField.UNIT_NAME)) {
            addOnce(lacks, Vocabulary.HeaderField.IMPLEMENTING_UNIT.key());
        }
    }

    private boolean unsetField(Vocabulary.HeaderField field) {
        return switch (field) {
            case PROJECT_NAME -> projectName == null;
            case DEPARTMENT -> department == null;
            case IMPLEMENTING_UNIT -> implementingUnit == null && unitName == null;
            default -> false;
        };
    }

    private static void addOnce(List<String> list, String item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /** A row's texts as an auditor reads them: mirror sites' pinyin glosses dropped (項(xiàng)目 → 項目). */
    private static Indicator withoutGlosses(Indicator row) {
        return new Indicator(row.location(), row.level1(), TextFold.withoutGlosses(row.level1Raw()), row.level1Points(),
                row.level2(), TextFold.withoutGlosses(row.level2Raw()), TextFold.withoutGlosses(row.name()),
                withoutGlosses(row.target()), withoutGlosses(row.actual()), row.weight(), row.score(),
                TextFold.withoutGlosses(row.deviation()), row.child(), row.block(), row.blockPoints(), row.truncated(),
                row.reviewScore(), row.budgetExecution(), row.core(), TextFold.withoutGlosses(row.description()), row.unread());
    }

    private static Measure withoutGlosses(Measure measure) {
        return measure == null ? null : new Measure(TextFold.withoutGlosses(measure.raw()), measure.kind(),
                measure.comparator(), measure.value(), measure.unit(), measure.date());
    }

    /**
     * Indicators that score budget execution (预算执行率, named so in the vocabulary) are marked: where
     * the funds table prints no 分值 or 得分 (项目管理 / 预算执行率 10 分 in mixed forms) the facts take the
     * first as the budget row; beside a scored funds table they count budget execution twice.
     */
    /** 2、预算执行率 is 预算执行率: an indicator numbered in its list (or a page marker of a flattened page). */
    private static String withoutEnumerator(String key) {
        return key.substring(Tokens.enumeratorLength(key));
    }

    private void markBudgetIndicator(Lexicon lex) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator row = indicators.get(i);
            if (row.name() != null && lex.budgetExecution.exact(withoutEnumerator(LabelIndex.key(row.name()))) != null
                    && (row.weight() != null || row.score() != null)) {
                indicators.set(i, row.asBudgetExecution());
            }
        }
    }

    /**
     * The last indicator row was read as cut by the end of the text (its label printed, its cells lost): the form
     * stops there, whether or not its template prints a 总分 after the table.
     */
    public boolean lastRowCut() {
        return !indicators.isEmpty() && indicators.get(indicators.size() - 1).truncated();
    }

    /**
     * The indicator table holds all its rows, every one scored, so a text ending right after the last of them ends
     * with the table, not inside it. Where the rows print 分值, theirs (with the budget line's) make the whole
     * 100-point form: lost rows would leave them short, and 得分 that miss the header's 总分 are then a misprint (an
     * audit finding), not a cut. Where they print none, their 得分 make the 总分 printed in the header. Rows printing
     * 分值 only in part tell neither.
     */
    public boolean tableHoldsAllRows() {
        if (indicators.isEmpty() || indicators.stream().anyMatch(i -> i.score() == null || i.truncated())) {
            return false;
        }
        List<Indicator> counted = indicators.stream().filter(i -> !i.child()).toList();
        if (counted.stream().allMatch(i -> i.weight() == null)) {
            return scoresMakeHeaderTotal();
        }
        return counted.stream().allMatch(i -> i.weight() != null) && weightsMakeWholeForm(counted);
    }

    private boolean scoresMakeHeaderTotal() {
        if (!totalFromHeader || total == null || total.score() == null) {
            return false;
        }
        BigDecimal sum = indicators.stream().map(Indicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(total.score()) == 0;
    }

    private boolean weightsMakeWholeForm(List<Indicator> counted) {
        Funds budget = funds.get(FundLine.TOTAL);
        BigDecimal weights = counted.stream().map(Indicator::weight).reduce(
                budget == null || budget.weight() == null ? BigDecimal.ZERO : budget.weight(), BigDecimal::add);
        return weights.compareTo(WHOLE_FORM_POINTS) == 0;
    }

    void truncateLastRow() {
        if (!indicators.isEmpty() && total == null && formDeviation == null && !formDeviationLabel && !lastRowWhole) {
            int last = indicators.size() - 1;
            indicators.set(last, indicators.get(last).asTruncated());
        }
    }

    /**
     * The table has 年度指标值 / 实际完成值 columns: true unless its header was read and names neither
     * (a 绩效评价得分表 scores 项目决策 … without targets).
     */
    private boolean printsActuals() {
        return indicatorColumns == null || indicatorColumns.contains(IndicatorField.ACTUAL)
                || indicatorColumns.contains(IndicatorField.TARGET) || indicatorColumns.contains(IndicatorField.TARGET_VALUE);
    }

    /**
     * Whether the 绩效指标 table prints a 分值 column, its header unread: the template's own columns tell (a family E
     * form prints 得分 only), unless the rows read show their 得分 alone.
     */
    public boolean printsWeightsUnread(Lexicon lex) {
        return printed(IndicatorField.WEIGHT, family(lex.familyKeys)) || weightsInLabels;
    }

    private boolean printed(IndicatorField field, Family family) {
        if (indicatorColumns != null) {
            return indicatorColumns.contains(field);
        }
        if (field == IndicatorField.WEIGHT && rowsShowScoresOnly()) {
            return false; // the header is unread and no row shows a 分值: the template's rows are scored without one
        }
        return family == null || family.prints().contains(field);
    }

    /**
     * With the indicator header unread, whether the rows read show their 得分 and never a 分值 (a template with no
     * 分值 column, its weights implied): then a 总分 row's one figure is its 得分, and no row misses a 分值.
     */
    public boolean rowsShowScoresOnly() {
        return indicatorColumns == null && !indicators.isEmpty()
                && indicators.stream().noneMatch(row -> row.weight() != null)
                && indicators.stream().anyMatch(row -> row.score() != null);
    }

    private static final int TITLE_WEIGHT = 100;
    /**
     * A self-evaluation scores out of 100: budget execution and the indicators together (DOMAIN.md). The reader's own
     * count, apart from the rules' {@code settings.standardTotalWeight}: it only tells a whole table from a cut one,
     * before (and without) any rule module.
     */
    private static final BigDecimal WHOLE_FORM_POINTS = BigDecimal.valueOf(100);

    /**
     * The family whose title and signs the form matches best; the first listed wins a tie. Where the layout plainly
     * shows another template than the title names ({@link #layoutOverTitle}), the layout's: the columns and rows read
     * are that template's, whatever the unit titled its copy (r04: 项目支出绩效自评表 over a 湖北 E layout).
     */
    Family family(List<Lexicon.FamilyKeys> families) {
        Lexicon.FamilyKeys layout = layoutOverTitle(families);
        return layout != null ? layout.family() : familyByTitle(families);
    }

    /** At least this many of a family's signs make its layout evidence enough to overrule a title. */
    private static final int LAYOUT_SIGNS = 4;

    /**
     * The family the labels read show when it disagrees with the title: no title of its own met, at least
     * {@link #LAYOUT_SIGNS} of its signs seen and more than twice as many as the titled family's; null when the title
     * and the layout agree, or the layout is not that plain. Only the default template's title (the first family the
     * vocabulary lists: the national 项目支出绩效自评表, which units print over their province's layout) gives way; a
     * title naming another kind of form (部门整体, a transfer's 绩效目标自评表) says what the form is, whatever columns
     * it borrows, and stands.
     */
    Lexicon.FamilyKeys layoutOverTitle(List<Lexicon.FamilyKeys> families) {
        Family titled = familyByTitle(families);
        if (titled == null || families.isEmpty() || titled != families.get(0).family()) {
            return null;
        }
        Lexicon.FamilyKeys titledKeys = null;
        Lexicon.FamilyKeys layout = null;
        int layoutSigns = 0;
        for (Lexicon.FamilyKeys family : families) {
            int signs = signsSeen(family);
            titledKeys = family.family() == titled ? family : titledKeys;
            if (signs > layoutSigns) {
                layout = family;
                layoutSigns = signs;
            }
        }
        if (layout == null || layout.family() == titled || titledKeys == null || !anySeen(titledKeys.titles(), titleEvidence(families))
                || anySeen(layout.titles(), titleEvidence(families))) {
            return null;
        }
        return layoutSigns >= LAYOUT_SIGNS && layoutSigns > 2 * signsSeen(titledKeys) ? layout : null;
    }

    /** The family the title names (signs telling apart templates that share it), as read before the layout is weighed. */
    Family familyByTitle(List<Lexicon.FamilyKeys> families) {
        return familyByTitle(families, titleEvidence(families));
    }

    private int signsSeen(Lexicon.FamilyKeys family) {
        int seen = 0;
        for (String sign : family.signs()) {
            if (labelsSeen.contains(sign)) {
                seen++;
            }
        }
        return seen;
    }

    private Set<String> titleEvidence(List<Lexicon.FamilyKeys> families) {
        return families.stream().anyMatch(f -> anySeen(f.titles(), labelsSeen)) ? labelsSeen : fileNameTitles;
    }

    private Family familyByTitle(List<Lexicon.FamilyKeys> families, Set<String> titles) {
        Family best = null;
        int bestScore = 0;
        for (Lexicon.FamilyKeys family : families) {
            // the title names the family; the labels met tell apart the templates sharing a title (a title
            // outweighs any number of signs: many are common labels, 年初预算数 on a 部门整体 form too)
            int score = anySeen(family.titles(), titles) ? TITLE_WEIGHT : 0;
            for (String sign : family.signs()) {
                if (labelsSeen.contains(sign)) {
                    score += 2;
                }
            }
            if (score > bestScore) {
                best = family.family();
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean anySeen(List<String> keys, Set<String> seen) {
        for (String key : keys) {
            if (seen.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The parts after the last one read, in the order forms print them: the text stopped before them. */
    private List<String> missingParts(boolean printsTotal) {
        // a 自评总分 in the header is the total: the text stopped inside the table, not before a 总分 row; a template
        // with no 总分 (河北 system export) misses none
        List<String> order = totalFromHeader || !printsTotal ? List.of(Terms.FUNDS_HEADER, Terms.GOAL_HEADER, Terms.INDICATOR_HEADER)
                : List.of(Terms.FUNDS_HEADER, Terms.GOAL_HEADER, Terms.INDICATOR_HEADER, Terms.TOTAL);
        int last = -1;
        for (int i = 0; i < order.size(); i++) {
            if (partsRead.contains(order.get(i))) {
                last = i;
            }
        }
        List<String> missing = new ArrayList<>();
        if (last >= 0) {
            // the text stops inside the last part it reached: that part's rest is missing too
            missing.add(order.get(last) + Template.REST_OF_PART);
        }
        missing.addAll(order.subList(last + 1, order.size()));
        return List.copyOf(missing);
    }
}
