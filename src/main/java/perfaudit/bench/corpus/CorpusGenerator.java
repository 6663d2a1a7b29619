package perfaudit.bench.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds realistic forms, deterministically from a seed: varied projects, units, indicator counts
 * and amounts, correct arithmetic, and a known mix of defects (each recorded with the rule id that
 * must report it). The same seed always gives the same corpus. The clean mix plants six kinds of
 * defect; the varied mix adds {@link VariedDefects} (every rule id) and shifted row cells.
 */
public final class CorpusGenerator {

    private static final String[] SUBJECTS = {"就业见习", "社保卡发放", "档案数字化", "劳动仲裁", "技能培训", "人才引进",
        "养老保险经办", "网络运维", "信息系统升级", "退休人员服务", "农民工工资保障", "公益岗位开发"};
    private static final String[] KINDS = {"工作经费", "补助资金", "专项经费", "运行维护费", "建设项目"};
    private static final String[] CITIES = {"合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州"};
    private static final String[][] OUTPUTS = {
        {"数量指标", "培训人数", "≥%d人", "%d人"}, {"数量指标", "发放人次", "≥%d人次", "%d人次"},
        {"质量指标", "资金支出合规率", "=100%%", "100%%"}, {"质量指标", "系统正常运行率", "≥%d%%", "%d%%"},
        {"时效指标", "完成时间", "%d年12月31日前", "%d年12月20日"}, {"成本指标", "项目总成本", "≤%d万元", "%d万元"}};
    private static final String[][] BENEFITS = {
        {"社会效益指标", "服务对象覆盖率", "≥%d%%", "%d%%"}, {"可持续影响指标", "长效机制覆盖率", "≥%d%%", "%d%%"},
        {"经济效益指标", "带动就业人数", "≥%d人", "%d人"}};

    /** Planted defects and how often each occurs (per form). */
    static final String[] DEFECTS = {"ARITH-RATE", "MISS-ACTUAL", "BUDGET-LOW-EXEC", "ARITH-TOTAL-SCORE",
        "DATE-WRONG-YEAR", "GOAL-RESTATED"};
    private static final double DEFECT_RATE = 0.08;
    /** Findings a planted defect brings with it: every indicator keeps full marks in generated forms. */
    static final java.util.Map<String, String> IMPLIED = java.util.Map.of(
            "BUDGET-LOW-EXEC", "BUDGET-FULL-MARKS-LOW-EXEC", "MISS-ACTUAL", "SCORE-NO-EVIDENCE");

    /** Forms of the varied corpus that carry one of the {@link VariedDefects} (and none of the six above). */
    private static final double VARIED_DEFECT_RATE = 0.3;
    /** Indicator rows of the varied corpus whose cells are shifted ({@link GeneratedForm.Shift}). */
    private static final double SHIFT_RATE = 0.25;

    private final Random random;
    private final Corpus.Mix mix;
    private final List<String> variedKinds;
    private GeneratedForm previous;
    private int nextKind;
    /** A duplicated form, planted: an earlier form's project, unit and year again. */
    static final String DUPLICATE = "DUPLICATE-PROJECT";
    /**
     * How often a form is an earlier one's twin: a resubmitted duplicate (DUPLICATE-PROJECT must find it),
     * or a namesake, the same project name and year in a unit of another city that shares the earlier
     * unit's code (unit codes are regional; nothing must be found). Drawn from a second random sequence,
     * so every other form of a seed stays as it was.
     */
    private static final double DUPLICATE_RATE = 0.03;
    private static final double NAMESAKE_RATE = 0.03;

    private final Random twins;
    private final List<Unit> earlier = new ArrayList<>();

    /** An earlier form's identity, which a twin copies. */
    private record Unit(String project, int year, String city, int unitNo) {
    }

    public CorpusGenerator(long seed) {
        this(seed, Corpus.Mix.CLEAN, Corpus.Layout.TABBED);
    }

    /** Forms for {@code layout}: the varied mix plants only the defects the layout can show. */
    public CorpusGenerator(long seed, Corpus.Mix mix, Corpus.Layout layout) {
        this.random = new Random(seed);
        this.mix = mix;
        this.variedKinds = VariedDefects.kinds(layout);
        this.twins = new Random(seed * 31 + 7);
    }

    GeneratedForm next(int index) {
        if (mix == Corpus.Mix.CLEAN) {
            return form(index, true);
        }
        boolean varied = random.nextDouble() < VARIED_DEFECT_RATE;
        GeneratedForm form = form(index, !varied);
        // the kinds in turn, so that every one is planted in a corpus of a few dozen forms; a form that
        // cannot carry the next (no cost indicator, no form before it) takes one after it, and the next
        // varied form tries that kind again
        for (int tried = 0; varied && tried < variedKinds.size(); tried++) {
            String kind = variedKinds.get((nextKind + tried) % variedKinds.size());
            GeneratedForm planted = VariedDefects.plant(kind, form, previous, random);
            if (planted != null) {
                form = planted;
                if (tried == 0) {
                    nextKind = (nextKind + 1) % variedKinds.size();
                }
                break;
            }
        }
        form = shifted(form);
        previous = form;
        return form;
    }

    /** Some rows' cells shifted as exports shift them: the findings stay the same. */
    private GeneratedForm shifted(GeneratedForm form) {
        List<GeneratedForm.Row> rows = new ArrayList<>();
        for (GeneratedForm.Row row : form.rows()) {
            rows.add(random.nextDouble() < SHIFT_RATE ? row.withShift(1 + random.nextInt(3)) : row);
        }
        return form.withRows(rows, form.totalWeight(), form.totalScore());
    }

    /** A correct form, with the clean corpus's defects drawn when {@code defective}. */
    private GeneratedForm form(int index, boolean defective) {
        int year = 2022 + random.nextInt(3);
        String city = CITIES[random.nextInt(CITIES.length)];
        int unitNo = 1 + random.nextInt(40);
        String project = SUBJECTS[random.nextInt(SUBJECTS.length)] + KINDS[random.nextInt(KINDS.length)] + "（" + (index + 1) + "）";
        List<String> defects = new ArrayList<>();
        for (String defect : DEFECTS) {
            if (defective && random.nextDouble() < DEFECT_RATE) {
                defects.add(defect);
            }
        }
        double twin = twins.nextDouble();
        // the varied mix plants its duplicates itself (VariedDefects repeats the form before)
        if (mix == Corpus.Mix.CLEAN && !earlier.isEmpty() && twin < DUPLICATE_RATE + NAMESAKE_RATE) {
            Unit of = earlier.get(twins.nextInt(earlier.size()));
            project = of.project();
            year = of.year();
            unitNo = of.unitNo();
            city = twin < DUPLICATE_RATE ? null : newCity(of.project());
            if (city == null) { // planted as a duplicate, or no city is left for another namesake
                city = of.city();
                defects.add(DUPLICATE);
            }
        }
        earlier.add(new Unit(project, year, city, unitNo));
        BigDecimal budget = BigDecimal.valueOf(50 + random.nextInt(200_000), 2);
        int ratePercent = defects.contains("BUDGET-LOW-EXEC") ? 40 + random.nextInt(45) : 91 + random.nextInt(10);
        BigDecimal executed = budget.multiply(BigDecimal.valueOf(ratePercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        BigDecimal budgetScore = rate.min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        String shownRate = defects.contains("ARITH-RATE") ? rate.add(BigDecimal.ONE).toPlainString() : rate.toPlainString();
        String[][] funds = {
            {budget.toPlainString(), budget.toPlainString(), executed.toPlainString(), "10", shownRate + "%", budgetScore.toPlainString()},
            {budget.toPlainString(), budget.toPlainString(), executed.toPlainString(), "—", "", ""},
            {"0", "0", "0", "—", "", ""}, {"0", "0", "0", "—", "", ""}};
        if (defects.contains("ARITH-RATE")) {
            // keep the score consistent with the (wrong) printed rate so only ARITH-RATE is planted
            budgetScore = new BigDecimal(shownRate).min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
            funds[0][5] = budgetScore.toPlainString();
        }
        List<GeneratedForm.Row> rows = rows(year, defects, budget);
        BigDecimal indicatorScore = BigDecimal.valueOf(90);
        BigDecimal total = budgetScore.add(indicatorScore);
        if (defects.contains("ARITH-TOTAL-SCORE")) {
            total = total.subtract(BigDecimal.valueOf(2));
        }
        String expected = FlowRenderer.shortLastLine("围绕" + project + "开展工作，" + city + "市全年完成各项目标任务，项目总额 "
                + budget.toPlainString() + " 万元。");
        String actual = defects.contains("GOAL-RESTATED") ? expected : "已按计划完成全部任务，资金使用规范。";
        return new GeneratedForm(project, year, String.format("%03d-%s市人力资源和社会保障局", 100 + unitNo % 7, city),
                String.format("%03d%03d-%s市第%d服务中心", 100 + unitNo % 7, unitNo, city, unitNo), funds, expected, actual,
                rows, "100", total.setScale(2, RoundingMode.HALF_UP).toPlainString(), List.copyOf(defects));
    }

    /** A city no earlier form of the project is in (a namesake is never, by chance, a duplicate), or null. */
    private String newCity(String project) {
        List<String> free = new ArrayList<>(List.of(CITIES));
        earlier.stream().filter(unit -> unit.project().equals(project)).map(Unit::city).forEach(free::remove);
        return free.isEmpty() ? null : free.get(twins.nextInt(free.size()));
    }

    /**
     * 产出 50 (four to six rows), 效益 30 (two or three rows), 满意度 10: all met, full marks, every target
     * a figure or a date (full marks on a target in words is SCORE-QUALITATIVE-FULL's finding).
     */
    private List<GeneratedForm.Row> rows(int year, List<String> defects, BigDecimal budget) {
        List<GeneratedForm.Row> rows = new ArrayList<>();
        int outputs = 4 + random.nextInt(3);
        int[] outputWeights = split(50, outputs);
        for (int i = 0; i < outputs; i++) {
            String[] spec = OUTPUTS[i % OUTPUTS.length];
            rows.add(row(i == 0 ? "产出指标 (50分)" : null, spec, outputWeights[i], year, budget));
        }
        int benefits = 2 + random.nextInt(2);
        int[] benefitWeights = split(30, benefits);
        for (int i = 0; i < benefits; i++) {
            rows.add(row(i == 0 ? "效益指标 (30分)" : null, BENEFITS[i], benefitWeights[i], year, budget));
        }
        int satisfaction = 90 + random.nextInt(9);
        rows.add(new GeneratedForm.Row("满意度指标 (10分)", "满意度指标", "服务对象满意度", "≥" + satisfaction + "%",
                (satisfaction + 1) + "%", "10", "10"));
        if (defects.contains("MISS-ACTUAL")) {
            GeneratedForm.Row first = rows.get(0);
            // full marks kept: the missing actual is the planted defect (SCORE-NO-EVIDENCE follows from it)
            rows.set(0, new GeneratedForm.Row(first.level1(), first.level2(), first.name(), first.target(), null,
                    first.weight(), first.score()));
        }
        if (defects.contains("DATE-WRONG-YEAR")) {
            for (int i = 0; i < rows.size(); i++) {
                GeneratedForm.Row row = rows.get(i);
                if (row.target() != null && row.target().endsWith("日前")) {
                    rows.set(i, new GeneratedForm.Row(row.level1(), row.level2(), row.name(), (year - 1) + "年12月31日前",
                            (year - 1) + "年12月20日", row.weight(), row.score()));
                }
            }
            if (rows.stream().noneMatch(r -> r.target() != null && r.target().endsWith("日前"))) {
                defects.remove("DATE-WRONG-YEAR");
            }
        }
        return rows;
    }

    private GeneratedForm.Row row(String level1, String[] spec, int weight, int year, BigDecimal budget) {
        String target;
        String actual;
        if (spec[2].contains("年")) {
            target = String.format(spec[2], year);
            actual = String.format(spec[3], year);
        } else if (spec[2].contains("万元")) {
            // half the budget as the ceiling, 30 % spent on it: below what even a low execution (40 %) spent
            BigDecimal half = budget.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            BigDecimal spent = budget.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP);
            target = spec[2].replace("%d", half.stripTrailingZeros().toPlainString());
            actual = spec[3].replace("%d", spent.stripTrailingZeros().toPlainString());
        } else if (spec[2].contains("%")) {
            int value = 90 + random.nextInt(9);
            target = String.format(spec[2], value);
            actual = String.format(spec[3], Math.min(100, value + 1));
        } else if (spec[2].contains("%d")) {
            int value = 10 + random.nextInt(5000);
            target = String.format(spec[2], value);
            actual = String.format(spec[3], value + random.nextInt(50));
        } else {
            target = spec[2];
            actual = spec[3];
        }
        return new GeneratedForm.Row(level1, spec[0], spec[1], target, actual, String.valueOf(weight), String.valueOf(weight));
    }

    /** Splits {@code total} points into {@code parts} whole numbers that add up. */
    private int[] split(int total, int parts) {
        int[] weights = new int[parts];
        int left = total;
        for (int i = 0; i < parts - 1; i++) {
            weights[i] = Math.max(1, total / parts + random.nextInt(3) - 1);
            left -= weights[i];
        }
        weights[parts - 1] = left;
        return weights;
    }
}
