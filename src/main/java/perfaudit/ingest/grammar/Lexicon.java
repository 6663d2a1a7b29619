package perfaudit.ingest.grammar;

import perfaudit.ingest.grammar.vocabulary.Vocabulary.Family;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.HeaderField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Level2;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.FundNature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary as the grammar uses it: one label index per kind of label. Built once per
 * vocabulary (a run has one) and shared by every document.
 */
public final class Lexicon {

    /** Marks a column that is printed but not read (得分计算方法, 评价标准, …). */
    public static final Object IGNORED = new Object();
    /**
     * A funds column of words read apart from the amounts: the 原因 a template asks for beside the budget
     * (四川 D). Placed like an unread column; its text is kept with its row.
     */
    public static final Object FUND_REASON = new Object();
    /** The funds table's 结余 (湖南 H): placed like an unread column, its figure kept with its row. */
    public static final Object FUND_BALANCE = new Object();
    /** The funds table's 实际到位资金 (湖南 H): placed like an unread column, its figure kept with its row. */
    public static final Object FUND_RECEIVED = new Object();

    /** A funds column that holds no amount the row's arithmetic reads: unread, a 原因, a 结余 or an 实际到位资金. */
    public static boolean notAmount(Object field) {
        return field == IGNORED || field == FUND_REASON || field == FUND_BALANCE || field == FUND_RECEIVED;
    }

    private static final Map<Vocabulary, Lexicon> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    public final Vocabulary vocabulary;
    public final LabelIndex<Family> titles = new LabelIndex<>();
    public final LabelIndex<HeaderField> header = new LabelIndex<>();
    public final LabelIndex<Boolean> fundAnchor = new LabelIndex<>();
    public final LabelIndex<Object> fundColumn = new LabelIndex<>();
    public final LabelIndex<FundLine> fundRow = new LabelIndex<>();
    public final LabelIndex<String> goal = new LabelIndex<>();
    public final LabelIndex<Boolean> indicatorAnchor = new LabelIndex<>();
    public final LabelIndex<Boolean> indicatorBlock = new LabelIndex<>();
    public final LabelIndex<IndicatorField> indicatorColumn = new LabelIndex<>();
    public final LabelIndex<String> level1 = new LabelIndex<>();
    public final LabelIndex<Level2> level2 = new LabelIndex<>();
    public final LabelIndex<Boolean> total = new LabelIndex<>();
    final LabelIndex<Boolean> passage = new LabelIndex<>();
    public final LabelIndex<Boolean> budgetExecution = new LabelIndex<>();
    final LabelIndex<Boolean> tail = new LabelIndex<>();
    final LabelIndex<Boolean> formDeviation = new LabelIndex<>();
    final LabelIndex<Boolean> listTitle = new LabelIndex<>();
    final LabelIndex<Boolean> listSeq = new LabelIndex<>();
    final LabelIndex<String> moneyUnit = new LabelIndex<>();
    /** What a publishing page prints around a form (索引号, 发布时间, 下载本文档): matched by {@link perfaudit.ingest.grammar.header.PageChrome}. */
    public final LabelIndex<Boolean> pageChrome = new LabelIndex<>();
    /**
     * The labels of the breakdowns by nature under the funds table: their totals' (按收入性质分), and per
     * breakdown its parts' by canonical name, asked only inside a breakdown its total opened. Few cells
     * ask them, so they are left out of the answers {@link Tokens} keeps per cell.
     */
    public final LabelIndex<FundNature> natureTotal = new LabelIndex<>();
    public final Map<FundNature, LabelIndex<String>> natureParts = new java.util.EnumMap<>(FundNature.class);
    /** Every label that marks a part of a form, for cutting glued text; 一级/二级 names only in full. */
    public final LabelIndex<Boolean> structural = new LabelIndex<>();
    /**
     * Characters of which every title's key holds one (表, and 评 for the 自评报告 / 自评清单 titles, in the shipped
     * vocabulary), or null when a title has no key: a cell holding none of them holds no title, and is not searched
     * for one at each of its positions ({@link #mayHoldTitle}).
     */
    private final char[] titleMarks;
    /** Each family with the matching keys of its titles and signs, in the vocabulary's order. */
    final List<FamilyKeys> familyKeys = new ArrayList<>();
    public final List<String> childPrefixes;
    public final List<String> placeholders;
    /** 单项指标完成情况 (family G): the header spellings of the status column and the status words, as keys. */
    public final Set<String> statusColumns;
    public final Set<String> statusWords;
    /** Words only a 偏差原因 holds (因, 由于, 影响 …): a text holding none is no certain reason. */
    public final List<String> reasonWords;
    public final List<String> qualitativeTargets;
    public final List<String> qualitativeActuals;
    /** The same keys as sets, for the questions asked of every value cell of every indicator row. */
    public final Set<String> qualitativeTargetSet;
    public final Set<String> qualitativeActualSet;
    /** 指标性质 words (keys): a 定量 row's, a 定性 row's. */
    public final List<String> quantitativeNatures;
    public final List<String> qualitativeNatures;

    public static final String GOAL_ANCHOR = "anchor";
    public static final String GOAL_EXPECTED = "expected";
    public static final String GOAL_ACTUAL = "actual";
    public static final String GOAL_IGNORED = "ignored";
    /** 全年(调整)绩效目标: the goal as adjusted during the year (部门整体), between 预期 and 实际. */
    public static final String GOAL_ADJUSTED = "adjusted";

    /**
     * A family's title and sign spellings as matching keys: every form is matched against every
     * family, twice, so the keys are made once here rather than looked up for each form.
     */
    record FamilyKeys(Family family, List<String> titles, List<String> signs) {
        static FamilyKeys of(Family family) {
            return new FamilyKeys(family, family.titles().stream().map(LabelIndex::spellingKey).toList(),
                    family.signs().stream().map(LabelIndex::spellingKey).toList());
        }
    }

    /**
     * Characters of which every key holds one, few and found greedily: the one most keys hold (the last of the first
     * such key's, so that 表 closes the titles), then the same for the keys left; null when a key is empty. One common
     * character sufficed until the vocabulary named titles without 表 (…自评报告, …自评清单); a single mark then was
     * none, and every cell was searched for a title at each of its positions.
     */
    static char[] marks(List<String> keys) {
        List<String> left = new ArrayList<>(keys);
        StringBuilder marks = new StringBuilder();
        while (!left.isEmpty()) {
            String first = left.get(0);
            if (first.isEmpty()) {
                return null;
            }
            char best = 0;
            long held = 0;
            for (int i = first.length() - 1; i >= 0; i--) {
                char c = first.charAt(i);
                long count = left.stream().filter(key -> key.indexOf(c) >= 0).count();
                if (count > held) {
                    best = c;
                    held = count;
                }
            }
            marks.append(best);
            char mark = best;
            left.removeIf(key -> key.indexOf(mark) >= 0);
        }
        return marks.toString().toCharArray();
    }

    /**
     * False when {@code key} from {@code from} on holds none of the title marks, so no title lies there (nor the part of
     * a wrapped title that holds its mark); true when it may.
     */
    public boolean mayHoldTitle(String key, int from) {
        if (titleMarks == null) {
            return true;
        }
        for (char mark : titleMarks) {
            if (key.indexOf(mark, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static Lexicon of(Vocabulary vocabulary) {
        return CACHE.computeIfAbsent(vocabulary, Lexicon::new);
    }

    private Lexicon(Vocabulary v) {
        this.vocabulary = v;
        for (Family family : v.families()) {
            titles.add(family, family.titles());
            familyKeys.add(FamilyKeys.of(family));
        }
        titleMarks = marks(v.families().stream().flatMap(f -> f.titles().stream()).map(LabelIndex::key).toList());
        v.header().forEach((field, spellings) -> header.add(field, spellings));
        fundAnchor.add(true, v.fundAnchors());
        v.fundColumns().forEach((FundColumn column, List<String> spellings) -> fundColumn.add(column, spellings));
        fundColumn.add(IGNORED, v.fundIgnoredColumns());
        fundColumn.add(FUND_REASON, v.fundReasonColumns());
        fundColumn.add(FUND_BALANCE, v.fundBalanceColumns());
        fundColumn.add(FUND_RECEIVED, v.fundReceivedColumns());
        v.fundRows().forEach((FundLine line, List<String> spellings) -> fundRow.add(line, spellings));
        goal.add(GOAL_ANCHOR, v.goalAnchors()).add(GOAL_EXPECTED, v.goalExpected()).add(GOAL_ACTUAL, v.goalActual())
                .add(GOAL_ADJUSTED, v.goalAdjusted()).add(GOAL_IGNORED, v.goalIgnored());
        indicatorAnchor.add(true, v.indicatorAnchors());
        indicatorBlock.add(true, v.indicatorBlocks());
        v.indicatorColumns().forEach(indicatorColumn::add);
        v.fundColumns().forEach((FundColumn column, List<String> spellings) -> fundColumn.addColumnLetters(column, spellings));
        fundColumn.addColumnLetters(IGNORED, v.fundIgnoredColumns());
        fundColumn.addColumnLetters(FUND_REASON, v.fundReasonColumns());
        fundColumn.addColumnLetters(FUND_BALANCE, v.fundBalanceColumns());
        fundColumn.addColumnLetters(FUND_RECEIVED, v.fundReceivedColumns());
        v.indicatorColumns().forEach(indicatorColumn::addColumnLetters);
        v.level1().forEach((name, spellings) -> level1.add(name, spellings));
        for (Level2 level : v.level2().values()) {
            level2.add(level, level.spellings());
        }
        total.add(true, v.total());
        passage.add(true, v.passages());
        budgetExecution.add(true, v.budgetExecution());
        tail.add(true, v.tail());
        formDeviation.add(true, v.formDeviation());
        listTitle.add(true, v.listTitles());
        listSeq.add(true, v.listSeq());
        pageChrome.add(true, v.pageChrome());
        v.moneyUnits().keySet().forEach(unit -> moneyUnit.add(unit, List.of(unit)));
        v.fundNatures().forEach((nature, words) -> {
            natureTotal.add(nature, words.totals());
            LabelIndex<String> parts = new LabelIndex<>();
            words.parts().forEach((name, spellings) -> parts.add(name, spellings));
            natureParts.put(nature, parts);
        });
        structural(v);
        // read-only: every part reader shares them
        childPrefixes = keys(v.childPrefixes());
        placeholders = keys(v.placeholders());
        statusColumns = Set.copyOf(keys(v.statusColumns()));
        statusWords = Set.copyOf(keys(v.statusWords()));
        reasonWords = keys(v.reasonWords());
        qualitativeTargets = keys(v.qualitativeTargets());
        qualitativeActuals = keys(v.qualitativeActuals());
        qualitativeTargetSet = Set.copyOf(qualitativeTargets);
        qualitativeActualSet = Set.copyOf(qualitativeActuals);
        quantitativeNatures = keys(v.quantitativeNatures());
        qualitativeNatures = keys(v.qualitativeNatures());
        List<LabelIndex<?>> indexes = List.of(titles, header, fundAnchor, fundColumn, fundRow, goal, indicatorAnchor,
                indicatorBlock, indicatorColumn, level1, level2, total, tail, formDeviation, listTitle, listSeq, moneyUnit,
                structural);
        if (indexes.size() != INDEXES) {
            throw new IllegalStateException("Lexicon.INDEXES is " + INDEXES + ", the lexicon has " + indexes.size() + " indexes");
        }
        for (int slot = 0; slot < indexes.size(); slot++) {
            indexes.get(slot).owner = this;
            indexes.get(slot).slot = slot;
        }
    }

    private static List<String> keys(List<String> spellings) {
        return spellings.stream().map(LabelIndex::key).toList();
    }

    /** How many label indexes a lexicon has (the slots of {@link LabelIndex#slot}); times 3 rests, at most 64 (a long). */
    static final int INDEXES = 18;

    /** The first character of every label of every kind: a cell starting otherwise holds no label. */
    private final java.util.BitSet labelStarts = new java.util.BitSet(1 << 16);

    boolean mayStartLabel(char c) {
        return labelStarts.get(c);
    }

    private void structural(Vocabulary v) {
        List<String> all = new ArrayList<>();
        // a title of a form perfaudit does not audit cuts no glued text: inside an audited form's text it is a
        // mention (是否完成绩效目标申报表中申报的数量), and cut out it would read as that form's title
        v.families().stream().filter(Family::audited).forEach(f -> all.addAll(f.titles()));
        v.header().values().forEach(all::addAll);
        all.addAll(v.fundAnchors());
        v.fundColumns().values().forEach(all::addAll);
        all.addAll(v.fundIgnoredColumns());
        all.addAll(v.fundReasonColumns());
        all.addAll(v.fundBalanceColumns());
        all.addAll(v.fundReceivedColumns());
        v.fundRows().values().forEach(all::addAll);
        all.addAll(v.goalAnchors());
        all.addAll(v.goalExpected());
        all.addAll(v.goalActual());
        all.addAll(v.goalAdjusted());
        all.addAll(v.goalIgnored());
        all.addAll(v.indicatorAnchors());
        all.addAll(v.indicatorBlocks());
        v.indicatorColumns().values().forEach(all::addAll);
        v.level1().values().forEach(all::addAll);
        v.level2().values().forEach(l -> all.addAll(l.spellings()));
        all.addAll(v.total());
        all.addAll(v.passages());
        all.addAll(v.tail());
        all.addAll(v.formDeviation());
        all.addAll(v.listTitles());
        all.addAll(v.fundColumns().values().stream().flatMap(List::stream).toList());
        all.addAll(v.listSeq());
        all.addAll(v.moneyUnits().keySet());
        for (Vocabulary.Nature nature : v.fundNatures().values()) {
            // a cell may start with them (labelStarts), but glued text is not cut at them: not structural
            nature.totals().forEach(label -> startsLabel(LabelIndex.key(label)));
            nature.parts().values().forEach(spellings -> spellings.forEach(label -> startsLabel(LabelIndex.key(label))));
        }
        for (String label : all) {
            String key = LabelIndex.key(label);
            if (!key.isEmpty()) {
                labelStarts.set(key.charAt(0));
            }
            if (key.length() >= 4 || v.total().contains(label)) {
                structural.add(true, List.of(label));
            }
        }
    }

    private void startsLabel(String key) {
        if (!key.isEmpty()) {
            labelStarts.set(key.charAt(0));
        }
    }

    /** The value of a money unit in 万元, or null when {@code unit} is not one. */
    public BigDecimal toWan(String unit) {
        return unit == null ? null : vocabulary.moneyUnits().get(unit);
    }

    private static final java.util.regex.Pattern STATED_POINTS = java.util.regex.Pattern.compile("\\(\\d+(\\.\\d+)?分\\)$");

    /** The canonical 一级 a cell names, its stated points ("产出指标(50分)") set aside; null when none. */
    public String level1Of(String key) {
        String name = level1.exact(key);
        if (name == null && key.endsWith("分)")) {
            name = level1.exact(STATED_POINTS.matcher(key).replaceAll(""));
        }
        return name;
    }

    /** The 二级 a label names, its stated points aside ("资金管理(15分)"); null for none. */
    public Vocabulary.Level2 level2Of(String key) {
        Vocabulary.Level2 level = level2.exact(key);
        if (level == null && key.endsWith("分)")) {
            level = level2.exact(STATED_POINTS.matcher(key).replaceAll(""));
        }
        return level;
    }

    /** True when {@code key} is the start of an 一级 or 二级 name but not a whole one (满 / 满意 of 满意度指标): a word cut short. */
    public boolean startsLevelName(String key) {
        return !key.isEmpty() && (level1.isPrefix(key) && level1.exact(key) == null || level2.isPrefix(key) && level2.exact(key) == null);
    }

    /** True when 一级 {@code outer} spans 一级 {@code inner} (项目绩效 over 产出指标): there it is a 二级. */
    public boolean covers(String outer, String inner) {
        List<String> spanned = outer == null ? null : vocabulary.level1Covers().get(outer);
        return spanned != null && inner != null && spanned.contains(inner);
    }

    /** True when 一级 {@code name} spans other 一级 (项目绩效). */
    public boolean spans(String name) {
        return name != null && vocabulary.level1Covers().containsKey(name);
    }

    /** The parent 一级 of a 二级 name. */
    String parentOf(String level2Name) {
        Level2 level = vocabulary.level2().get(level2Name);
        return level == null ? null : level.parent();
    }

    /** Whether the text (a key) holds a word of a 偏差原因 (forms.yaml indicators: reasonWords). */
    public boolean holdsReasonWord(String key) {
        for (String word : reasonWords) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
