package perfaudit.model;

import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.FundNature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Chinese term of the form, mapped once. Readers recognise labels through this class; the
 * rest of the program uses the English identifiers and the canonical names it returns.
 */
public final class Terms {

    private Terms() {
    }

    public static final String FORM_TITLE = "项目支出绩效自评表";
    public static final String LIST_TITLE = "项目支出绩效自评清单";
    public static final String LIST_HEADER_SEQ = "序号";
    public static final String PROJECT_NAME = "项目名称";
    public static final String NOTE = "备注";
    public static final String DEPARTMENT = "主管部门";
    public static final String IMPLEMENTING_UNIT = "实施单位";
    public static final String FUNDS_HEADER = "项目资金";
    public static final String GOAL_HEADER = "年度总体目标";
    public static final String GOAL_EXPECTED = "预期目标";
    public static final String GOAL_ACTUAL = "实际完成情况";
    public static final String INDICATOR_HEADER = "绩效指标";
    public static final String TOTAL = "总分";
    public static final String ATTACHMENT = "附件";

    /** 项目资金 column headers, matched after removing whitespace; the trailing 数 is often dropped. */
    public static final Map<FundColumn, List<String>> FUND_COLUMNS = Map.of(
            FundColumn.INITIAL_BUDGET, List.of("年初预算数", "年初预算"),
            FundColumn.ANNUAL_BUDGET, List.of("全年预算数", "全年预算"),
            FundColumn.EXECUTED, List.of("全年执行数", "全年执行"),
            FundColumn.WEIGHT, List.of("分值"),
            FundColumn.EXECUTION_RATE, List.of("执行率"),
            FundColumn.SCORE, List.of("得分"));

    /** Indicator table columns, matched after removing whitespace. */
    public enum IndicatorColumn {
        LEVEL1("一级指标"), LEVEL2("二级指标"), NAME("三级指标"), TARGET("年度指标值"), ACTUAL("实际完成值"),
        WEIGHT("分值"), SCORE("得分"), DEVIATION("偏差原因分析及改进措施");

        public final String header;

        IndicatorColumn(String header) {
            this.header = header;
        }
    }

    /** Canonical 一级指标 names. */
    public static final String OUTPUT = "产出指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";
    public static final List<String> LEVEL1_NAMES = List.of(OUTPUT, BENEFIT, SATISFACTION);

    /** Every spelling of a 二级指标 seen in published forms → its canonical name. */
    private static final Map<String, String> LEVEL2_SPELLINGS = new LinkedHashMap<>();
    /** Canonical 二级指标 → the 一级指标 it belongs to. */
    private static final Map<String, String> LEVEL2_PARENT = new LinkedHashMap<>();

    static {
        level2(OUTPUT, "数量指标", "数量");
        level2(OUTPUT, "质量指标", "质量");
        level2(OUTPUT, "时效指标", "时效");
        level2(OUTPUT, "成本指标", "成本");
        level2(BENEFIT, "经济效益指标", "经济效益");
        level2(BENEFIT, "社会效益指标", "社会效益");
        level2(BENEFIT, "生态效益指标", "生态效益");
        level2(BENEFIT, "可持续影响指标", "可持续影响");
        level2(SATISFACTION, "服务对象满意度指标", "服务对象满意度", "满意度指标", "满意度");
    }

    private static void level2(String parent, String canonical, String... aliases) {
        LEVEL2_PARENT.put(canonical, parent);
        LEVEL2_SPELLINGS.put(canonical, canonical);
        for (String alias : aliases) {
            LEVEL2_SPELLINGS.put(alias, canonical);
        }
    }

    /** Removes every kind of whitespace (ASCII, full-width, NBSP) — labels are broken at random. */
    public static String squeeze(String text) {
        if (text == null) {
            return "";
        }
        int length = text.length();
        int i = 0;
        while (i < length && !isSpace(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether two texts are equal once whitespace is ignored ({@code squeeze(a).equals(squeeze(b))}, without copies). */
    public static boolean sameIgnoringSpace(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && isSpace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && isSpace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The canonical 二级指标 for a label as printed, if it is one. */
    public static Optional<String> canonicalLevel2(String raw) {
        return Optional.ofNullable(LEVEL2_SPELLINGS.get(squeeze(raw)));
    }

    /** True when {@code text} (squeezed) could still grow into a 二级指标 label. */
    public static boolean isLevel2Prefix(String text) {
        String squeezed = squeeze(text);
        return !squeezed.isEmpty() && LEVEL2_SPELLINGS.keySet().stream().anyMatch(s -> s.startsWith(squeezed));
    }

    /** The 一级指标 a canonical 二级指标 belongs to. */
    public static String parentOf(String canonicalLevel2) {
        return LEVEL2_PARENT.get(canonicalLevel2);
    }

    private static final java.util.regex.Pattern STATED_POINTS = java.util.regex.Pattern.compile("[(（]\\d+(\\.\\d+)?分[)）]$");

    /** The canonical 一级指标 a label such as {@code 产出指标 (50分)} names, if any. */
    public static Optional<String> canonicalLevel1(String raw) {
        String squeezed = squeeze(raw);
        if (!squeezed.contains("指标")) {
            return Optional.empty();
        }
        squeezed = STATED_POINTS.matcher(squeezed).replaceAll("");
        return LEVEL1_NAMES.stream().filter(squeezed::equals).findFirst();
    }

    /**
     * Qualitative 实际完成值 phrases. Used by the flow reader to tell where a wrapped actual begins
     * when no comparator or number marks it; longest first.
     */
    public static final List<String> QUALITATIVE_ACTUALS = List.of(
            "达成预期指标", "达成年度指标", "达到预期效果", "基本达成预期指标", "部分达成", "未达成", "已完成", "已达成");

    /** Qualitative 年度指标值 phrases, for the same purpose. */
    public static final List<String> QUALITATIVE_TARGETS = List.of(
            "达到预期效果", "达成预期指标", "不适用", "有效提升", "明显提升");

    /** Text that marks an indicator as not assessed. */
    public static final String NOT_APPLICABLE = "不适用";

    /** The four 项目资金 row labels → their line, matched after squeezing and dropping 其中 and colons. */
    public static Optional<FundLine> fundLine(String raw) {
        String label = squeeze(raw).replace("其中", "").replace(":", "").replace("：", "");
        return switch (label) {
            case "年度资金总额" -> Optional.of(FundLine.TOTAL);
            case "本年财政拨款", "财政拨款" -> Optional.of(FundLine.CURRENT_YEAR);
            case "上年结转资金" -> Optional.of(FundLine.CARRY_OVER);
            case "其他资金" -> Optional.of(FundLine.OTHER);
            default -> Optional.empty();
        };
    }

    /** Chinese display names for report headers. */
    public static final Map<FundLine, String> FUND_LINE_NAMES = Map.ofEntries(
            Map.entry(FundLine.TOTAL, "年度资金总额"), Map.entry(FundLine.CURRENT_YEAR, "本年财政拨款"),
            Map.entry(FundLine.CARRY_OVER, "上年结转资金"), Map.entry(FundLine.OTHER, "其他资金"),
            Map.entry(FundLine.SPECIAL_ACCOUNT, "财政专户管理资金"), Map.entry(FundLine.UNIT_FUNDS, "单位资金"),
            Map.entry(FundLine.CENTRAL, "中央资金"), Map.entry(FundLine.PROVINCIAL, "省级资金"),
            Map.entry(FundLine.CITY, "市级资金"), Map.entry(FundLine.COUNTY, "县级资金"),
            Map.entry(FundLine.LOCAL, "地方资金"), Map.entry(FundLine.GOVERNMENT_FUND, "政府性基金预算"));

    public static final Map<FundColumn, String> FUND_COLUMN_NAMES = Map.of(
            FundColumn.INITIAL_BUDGET, "年初预算数", FundColumn.ANNUAL_BUDGET, "全年预算数",
            FundColumn.EXECUTED, "全年执行数", FundColumn.WEIGHT, "分值",
            FundColumn.EXECUTION_RATE, "执行率", FundColumn.SCORE, "得分");

    /** The breakdowns of the funds by nature, as the templates name them (the vocabulary lists every spelling). */
    public static final Map<FundNature, String> FUND_NATURE_NAMES = Map.of(
            FundNature.INCOME, "按收入性质分", FundNature.EXPENDITURE, "按支出性质分");
}
