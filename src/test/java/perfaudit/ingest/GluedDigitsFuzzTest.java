package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Digits of a funds row run together (OCR, flattened pages: "1010100%20") are split only where the
 * row's own arithmetic confirms the split. Random digit runs, and runs made from consistent figures,
 * replace the 湖北 fixture's budget row: whatever split is read must satisfy 执行率 = 执行数 ÷ 预算数 or
 * 得分 = min(执行率, 100%) × 分值 (as printed: a score printed as 1 agrees with 1.4) and contradict
 * neither; otherwise the row must stay unread (a problem). Every fifth run has a letter before it (OCR's
 * O for a lost figure): the same holds of the digits after it. Some consistent runs print the rate as a fraction
 * (0.9664 for 96.64 %), read as a percentage only where the amounts confirm it; some run on into an OCR'd label.
 * {@code -Dperfaudit.fuzz.glued=N} runs N inputs (default 400).
 */
class GluedDigitsFuzzTest {

    private static final Path BASE = Path.of("fixtures/families/E-clean.txt");
    private static final String ROW = "年度財(cái)政資金總額 168萬 162.35萬 96.64% 19.33";
    private static final BigDecimal POINTS = BigDecimal.valueOf(20);

    @Test
    void aSplitIsReadOnlyWhereTheArithmeticConfirmsIt() throws Exception {
        String base = Files.readString(BASE, StandardCharsets.UTF_8);
        assertTrue(base.contains(ROW), "the fixture's budget row moved");
        Random random = new Random(20261130L);
        int runs = Integer.getInteger("perfaudit.fuzz.glued", 400);
        int split = 0;
        int fractions = 0;
        for (int n = 0; n < runs; n++) {
            String glued = n % 2 == 0 ? randomRun(random) : consistentRun(random, n % 6 == 1);
            if (n % 7 == 3) {
                // glued text running on into the next part's OCR'd label: words no column takes
                glued = glued + "度效标O0B年绩目";
            }
            if (n % 5 == 4) {
                // OCR: a lost figure read as a letter before the run; it holds a column's place and is never a digit
                glued = "OoIl".charAt(random.nextInt(4)) + glued;
            }
            Document document = Inputs.read(base.replace(ROW, "年度財(cái)政資金總額" + glued).getBytes(StandardCharsets.UTF_8),
                    "glued-" + n + ".txt", Limits.DEFAULT);
            if (document.forms().isEmpty()) {
                continue;
            }
            Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
            boolean noted = document.notes().stream().anyMatch(note -> note.reason().contains("digits run together"));
            if (!noted) {
                continue;
            }
            split++;
            fractions += document.notes().stream().anyMatch(note -> note.reason().contains("printed as a fraction")) ? 1 : 0;
            String why = check(total);
            if (why != null) {
                fail("'" + glued + "' split as " + total + ": " + why);
            }
        }
        assertTrue(split > runs / 10, "only " + split + " of " + runs + " runs were split: the test no longer exercises splitting");
        assertTrue(fractions > 0, "no rate printed as a fraction was read: the test no longer exercises them");
    }

    /** Null when the split agrees with the arithmetic at least once and never contradicts it. */
    private static String check(Funds total) {
        if (total == null) {
            return "a split was noted but the row has no values";
        }
        int agree = 0;
        BigDecimal budget = total.annualBudget() != null ? total.annualBudget() : total.initialBudget();
        BigDecimal rate = total.executionRate();
        if (budget != null && total.executed() != null && rate != null && budget.signum() > 0) {
            BigDecimal recomputed = total.executed().multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
            if (recomputed.subtract(rate).abs().compareTo(asPrinted(rate)) > 0) {
                return "执行率 " + rate + " ≠ " + recomputed;
            }
            agree++;
        }
        BigDecimal weight = total.weight() != null ? total.weight() : POINTS;
        BigDecimal basis = rate != null ? rate : budget != null && total.executed() != null && budget.signum() > 0
                ? total.executed().multiply(BigDecimal.valueOf(100)).divide(budget, 4, RoundingMode.HALF_UP) : null;
        if (basis != null && total.score() != null) {
            BigDecimal expected = basis.min(BigDecimal.valueOf(100)).multiply(weight).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            if (expected.subtract(total.score()).abs().compareTo(asPrinted(total.score())) > 0) {
                return "得分 " + total.score() + " ≠ " + expected;
            }
            agree++;
        }
        return agree > 0 ? null : "nothing confirms the split";
    }

    /** Half a unit of the last digit printed, and a cent for the rounding of the recomputation. */
    private static BigDecimal asPrinted(BigDecimal printed) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale())).divide(BigDecimal.valueOf(2)).add(new BigDecimal("0.01"));
    }

    private static String randomRun(Random random) {
        StringBuilder run = new StringBuilder();
        int length = 6 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(14);
            run.append(pick < 10 ? (char) ('0' + pick) : pick < 12 ? '.' : '%');
        }
        return run.toString();
    }

    /** 预算数, 执行数, 执行率 (as a percentage, or as a fraction: 0.9664) and 得分 of a real budget row, printed without a separator. */
    private static String consistentRun(Random random, boolean fraction) {
        BigDecimal budget = BigDecimal.valueOf(1 + random.nextInt(5000));
        BigDecimal executed = budget.multiply(BigDecimal.valueOf(50 + random.nextInt(51)))
                .divide(BigDecimal.valueOf(100), random.nextBoolean() ? 0 : 2, RoundingMode.HALF_UP);
        BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        BigDecimal score = rate.min(BigDecimal.valueOf(100)).multiply(POINTS).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String printedRate = fraction ? rate.movePointLeft(2).stripTrailingZeros().toPlainString()
                : rate.stripTrailingZeros().toPlainString() + "%";
        return budget.toPlainString() + executed.toPlainString() + printedRate + score.stripTrailingZeros().toPlainString();
    }
}
