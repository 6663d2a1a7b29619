package perfaudit.engine.facts.build;

import perfaudit.engine.settings.Settings;
import perfaudit.engine.settings.SettingsTable;
import perfaudit.finding.Grade;
import perfaudit.text.TextFold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The judgements Java applies while it builds facts, as auditors word them in the settings table
 * (rules/settings.drl.xlsx): which 实际完成值 texts mean a target was met, partly met or missed; which
 * indicators are rates or satisfactions that cannot pass 100 %; which words announce an amount in the
 * goal text; and the grade bands of a 总分. Java only applies them.
 *
 * <p>Words and texts are compared by their matching keys ({@link TextFold}): a 繁體 mirror page's 對照年度目標 or
 * 滿意度, glossed or typed full-width, is judged as its simplified spelling is, and so is a word an auditor typed so.
 */
public final class Judgements {

    /** The word lists of the table's Words sheet, by key, with what each decides. */
    public static final Map<String, String> WORD_KEYS = wordKeys();
    /** The grade bands among the thresholds: the lowest 总分 of 优, 良 and 中. */
    public static final Map<String, Grade> GRADE_KEYS = Map.of(
            "gradeExcellentMin", Grade.EXCELLENT, "gradeGoodMin", Grade.GOOD, "gradeFairMin", Grade.FAIR);

    private static final Pattern MONEY = Pattern.compile("([0-9][0-9,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)");
    /** How far 其中 may stand from the stated amount: a full stop, a comma, a colon or a space between. */
    private static final int PARTS_WORD_REACH = 3;
    private static final Map<String, BigDecimal> TO_WAN = Map.of(
            "元", new BigDecimal("0.0001"), "万元", BigDecimal.ONE, "亿元", new BigDecimal("10000"));

    private final List<String> notMet;
    private final List<String> partial;
    private final List<String> met;
    private final List<String> cappedNames;
    private final Set<String> cappedLevel2;
    private final List<String> rateNames;
    private final List<String> rateExceptions;
    private final List<String> ceilingNames;
    private final List<String> carryOverNames;
    private final List<String> goalAmountWords;
    private final Pattern goalAmount;
    private final List<String> goalPartsWords;
    private final List<String> instructionWords;
    private final Set<String> noReasonWords;
    private final List<Map.Entry<Grade, BigDecimal>> grades;

    private Judgements(Settings settings) {
        notMet = keys(settings, "qualitativeNotMetWords");
        partial = keys(settings, "qualitativePartialWords");
        met = keys(settings, "qualitativeMetWords");
        cappedNames = keys(settings, "cappedNameWords");
        cappedLevel2 = Set.copyOf(keys(settings, "cappedLevel2Names"));
        rateNames = keys(settings, "rateNameWords");
        rateExceptions = keys(settings, "rateNameExceptions");
        ceilingNames = keys(settings, "ceilingNameWords");
        carryOverNames = keys(settings, "carryOverNameWords");
        goalAmountWords = keys(settings, "goalAmountWords");
        goalAmount = Pattern.compile("(?:" + goalAmountWords.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")[为：:\\s]*([0-9][0-9,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)");
        goalPartsWords = keys(settings, "goalPartsWords");
        instructionWords = keys(settings, "instructionWords");
        noReasonWords = Set.copyOf(keys(settings, "noReasonWords").stream().map(Judgements::bare).toList());
        List<Map.Entry<Grade, BigDecimal>> bands = new ArrayList<>();
        GRADE_KEYS.forEach((key, grade) -> bands.add(Map.entry(grade, settings.value(key))));
        bands.sort(Map.Entry.<Grade, BigDecimal>comparingByValue(Comparator.reverseOrder()));
        grades = List.copyOf(bands);
    }

    /** A word list of the settings table by its matching keys. */
    private static List<String> keys(Settings settings, String list) {
        return settings.words(list).stream().map(TextFold::fold).toList();
    }

    /** The matching key of a text judged, null for none. */
    private static String key(String text) {
        return text == null ? null : TextFold.fold(text);
    }

    private static Map<String, String> wordKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("qualitativeNotMetWords", "实际完成值含其一即为“未达成” — a text actual holding one of these is NOT_MET");
        keys.put("qualitativePartialWords", "实际完成值含其一即为“部分达成”（先于“达成”判断）— PARTIAL, decided before MET");
        keys.put("qualitativeMetWords", "实际完成值含其一即为“达成” — MET");
        keys.put("cappedNameWords", "指标名称含其一即不能超过 100% — an indicator whose name holds one is capped at 100 %");
        keys.put("cappedLevel2Names", "这些二级指标下的指标不能超过 100% — indicators under these 二级指标 are capped");
        keys.put("rateNameWords", "名称含其一的比率指标不能超过 100% — rate names, capped at 100 % …");
        keys.put("rateNameExceptions", "… 除非名称还含其一（增长率可以超过 100%）— … unless the name also holds one of these");
        keys.put("ceilingNameWords", "指标名称含其一而年度指标值未写比较符时，目标是上限（越低越好）— a bare target of an"
                + " indicator whose name holds one is a ceiling: lower is better");
        keys.put("carryOverNameWords", "指标名称含其一即为结转结余率，其实际完成值应约等于 100% − 执行率 — names of the"
                + " carry-over rate, whose actual should be about the budget share left unspent");
        keys.put("goalAmountWords", "预期目标中紧跟金额的词，该金额应等于全年预算数 — words before an amount in the goal text");
        keys.put("instructionWords", "模板填表说明的标志词：文字（原因栏按句）含其一即为未填写的说明 — words marking a template's printed"
                + " instruction, not an answer (a 原因 cell judged part by part)");
        keys.put("noReasonWords", "原因栏（或其一句）恰好只写其一即为未写原因 — a 原因 cell, or a part of it, that is exactly"
                + " one of these (无, 略, /) gives no reason");
        keys.put("goalPartsWords", "目标文字中紧跟金额、引出其分项金额的词（其中）— words after a stated amount that list its parts");
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The judgements of the settings a rule base read. */
    public static Judgements of(Settings settings) {
        return new Judgements(settings);
    }

    /** What the settings table lacks, or sets that nothing reads, at its cells. */
    public static List<String> check(SettingsTable table, String tableName) {
        List<String> errors = new ArrayList<>();
        Set<String> set = new TreeSet<>();
        for (SettingsTable.Entry entry : table.words()) {
            set.add(entry.key());
            if (!WORD_KEYS.containsKey(entry.key())) {
                errors.add(entry.keyCell() + ": '" + entry.key() + "' is not a word list perfaudit reads; the Words"
                        + " table holds " + WORD_KEYS.keySet());
            }
        }
        for (String key : WORD_KEYS.keySet()) {
            if (!set.contains(key)) {
                errors.add(tableName + ": the Words table must set '" + key + "' (" + WORD_KEYS.get(key) + ")");
            }
        }
        for (String key : GRADE_KEYS.keySet()) {
            if (table.threshold(key) == null) {
                errors.add(tableName + ": the Thresholds table must set '" + key + "' (a grade band of 总分)");
            }
        }
        return errors;
    }

    /** MET, PARTIAL or NOT_MET for a text actual, or null when it says neither. */
    String qualitativeOutcome(String printed) {
        String text = key(printed);
        if (containsAny(text, notMet)) {
            return "NOT_MET";
        }
        if (containsAny(text, partial)) {
            return "PARTIAL";
        }
        return containsAny(text, met) ? "MET" : null;
    }

    /** Whether an indicator is a rate or satisfaction, which cannot exceed 100 %. */
    boolean capped(String name, String level2) {
        String text = name == null ? "" : key(name);
        return containsAny(text, cappedNames) || (level2 != null && cappedLevel2.contains(key(level2)))
                || (containsAny(text, rateNames) && !containsAny(text, rateExceptions));
    }

    /** Whether a bare target of this indicator is a ceiling: a rate where lower is better (受害率, 投诉率). */
    boolean ceiling(String name) {
        return name != null && containsAny(key(name), ceilingNames);
    }

    /** Whether the indicator is the carry-over rate (结转结余率): the budget share carried over or left as a balance. */
    boolean carryOver(String name) {
        return name != null && containsAny(key(name), carryOverNames);
    }

    /** An amount the goal text states (项目总额 102.16 万元), in 万元; null when it states none. */
    BigDecimal goalAmount(String printed) {
        String goal = key(printed);
        if (goal == null || goal.indexOf('元') < 0) {
            return null;
        }
        int first = -1;
        for (String word : goalAmountWords) {
            int at = goal.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return null;
        }
        Matcher amount = goalAmount.matcher(goal);
        if (!amount.find(first)) {
            return null;
        }
        return wan(amount.group(1), amount.group(2));
    }

    /** Whether a text is the template's printed instruction (对照年度目标,说明…(100字以内)) rather than an answer. */
    boolean instruction(String text) {
        return text != null && containsAny(key(text), instructionWords);
    }

    /** Where a 原因 text is cut into its parts: the template's note numbers its points and ends each with ; or 。 */
    private static final Pattern REASON_PARTS = Pattern.compile("[;；。\\n]");

    /**
     * Whether a 原因 cell gives a reason: some part of it (cut at ; ； 。 and line breaks) holds words and none of the
     * instructionWords. A cell holding only the template's printed note (1.预算执行率=…需说明原因(100字以内);2.年中发生预算
     * 调整的…应单独说明理由;3.其他资金包括…) gives none; a reason written before the note (年中追加…;1.预算执行率=…) does.
     * A part that is exactly one of the noReasonWords (无, 略), spaces and punctuation aside, gives none either: matched
     * whole, as 无 inside a reason (无法按期完工) is a reason.
     */
    boolean reasonGiven(String text) {
        if (text == null) {
            return false;
        }
        for (String part : REASON_PARTS.split(key(text))) {
            if (part.codePoints().anyMatch(Character::isLetter) && !containsAny(part, instructionWords)
                    && !noReasonWords.contains(bare(part))) {
                return true;
            }
        }
        return false;
    }

    /** A text without its spaces and punctuation (a word list's entries are matched so): 无。 is 无. */
    private static String bare(String text) {
        String stripped = text.replaceAll("[\\s\\p{P}]", "");
        return stripped.isEmpty() ? text.strip() : stripped;
    }

    /** A stated amount and the parts listed after it, in 万元. */
    public record GoalSum(BigDecimal stated, BigDecimal partsSum, String parts) {
    }

    /**
     * The amount a goal text states (a goalAmountWords amount) and the amounts its sentence lists after
     * a goalPartsWords word right behind it (其中); null unless two parts or more are listed.
     */
    GoalSum goalSum(String printed) {
        String text = key(printed);
        if (text == null || text.indexOf('元') < 0 || goalPartsWords.isEmpty()) {
            return null;
        }
        Matcher stated = goalAmount.matcher(text);
        if (!stated.find()) {
            return null;
        }
        int from = partsStart(text, stated.end());
        if (from < 0) {
            return null;
        }
        int end = text.indexOf('。', from);
        Matcher part = MONEY.matcher(text).region(from, end < 0 ? text.length() : end);
        BigDecimal sum = BigDecimal.ZERO;
        java.util.StringJoiner parts = new java.util.StringJoiner(" + ");
        int count = 0;
        while (part.find()) {
            sum = sum.add(wan(part.group(1), part.group(2)));
            parts.add(part.group().replaceAll("\\s+", ""));
            count++;
        }
        return count < 2 ? null
                : new GoalSum(wan(stated.group(1), stated.group(2)), sum.stripTrailingZeros(), parts.toString());
    }

    private int partsStart(String text, int from) {
        for (String word : goalPartsWords) {
            int at = text.indexOf(word, from);
            if (at >= 0 && at - from <= PARTS_WORD_REACH) {
                return at + word.length();
            }
        }
        return -1;
    }

    private static BigDecimal wan(String number, String unit) {
        return new BigDecimal(number.replace(",", "")).multiply(TO_WAN.get(unit)).stripTrailingZeros();
    }

    /** The grade a 总分 earns; null for a missing score. */
    public Grade grade(BigDecimal total) {
        if (total == null) {
            return null;
        }
        for (Map.Entry<Grade, BigDecimal> band : grades) {
            if (total.compareTo(band.getValue()) >= 0) {
                return band.getKey();
            }
        }
        return Grade.POOR;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
