package perfaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RuleSet;
import perfaudit.bench.corpus.Corpus;
import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every finding and scorecard of the seeds, the office fixtures and a generated corpus, compared line
 * by line with golden files recorded before the audit core was restructured: a refactoring of the run
 * or a rewrite of the rules must not change one character of what an auditor reads. Under a grouped
 * finding, the rows it stands for and the findings folded into it follow as indented lines: grouping
 * must lose none of them.
 * {@code -Dperfaudit.golden.record=true} writes the files instead, only for a deliberate change of
 * findings (a merge of work that changes them: record after checking that the merged build gives the
 * same findings.json as that work's own build on these inputs).
 */
class FindingsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean RECORD = Boolean.getBoolean("perfaudit.golden.record");

    @TempDir
    Path temp;

    @Test
    void theSeedsGiveTheRecordedFindings() throws Exception {
        compare("seeds.tsv", audit(List.of(Path.of("fixtures/seeds")), null));
    }

    @Test
    void theOfficeFixturesGiveTheRecordedFindings() throws Exception {
        compare("office.tsv", audit(List.of(Path.of("fixtures/office")), null));
    }

    @Test
    void aGeneratedCorpusGivesTheRecordedFindings() throws Exception {
        Path corpus = temp.resolve("corpus");
        Corpus.write(corpus.resolve("tabbed"), 400, 20, Corpus.Layout.TABBED, 11);
        Corpus.write(corpus.resolve("flow"), 100, 20, Corpus.Layout.FLOW, 12);
        Corpus.write(corpus.resolve("xlsx"), 60, 10, Corpus.Layout.XLSX, 13);
        compare("generated.tsv", audit(List.of(corpus), corpus));
    }

    @Test
    void theRuleTestCasesGiveTheRecordedFindings() throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Path.of("rules/tests"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                audit(List.of(file), null).forEach(line -> lines.add(file.getFileName() + "\t" + line));
            }
        }
        compare("rule-cases.tsv", lines);
    }

    /** The run as `perfaudit audit` makes it (no previous run), as golden lines. */
    private static List<String> audit(List<Path> inputs, Path root) throws IOException, Exception {
        RuleSet rules = RuleSet.load(Path.of("rules"));
        List<String> lines = new ArrayList<>();
        try (AuditReport report = new Audit(rules, AuditOptions.defaults().withThreads(2))
                .run(inputs, History.none(), ZonedDateTime.now())) {
            for (Finding f : report.findings()) {
                lines.add(line("finding", f, report.fingerprint(f)));
                // what a grouped finding stands for and what was folded into it: nothing is lost
                f.rows().forEach(row -> lines.add(line("  row", row, report.fingerprint(row))));
                f.folded().forEach(note -> lines.add(line("  folded", note, report.fingerprint(note))));
            }
            report.suppressed().forEach(f -> lines.add(line("suppressed", f, report.fingerprint(f))));
            report.scorecards().forEach(card -> lines.add(line(card)));
        }
        if (root == null) {
            return lines;
        }
        String prefix = root.toAbsolutePath().normalize().toString();
        return lines.stream().map(l -> l.replace(prefix, "<corpus>")).toList();
    }

    static String line(String kind, Finding f, String fingerprint) {
        return String.join("\t", kind, f.ruleId(), f.severity().name(), show(f.file()), show(f.form()),
                f.location() == null ? "-" : f.location().line() + "\t" + show(f.location().sheet()) + "\t"
                        + show(f.location().cell()),
                show(f.field()), show(f.expected()), show(f.found()), show(f.message()), fingerprint);
    }

    static String line(Scorecard c) {
        List<String> cells = new ArrayList<>(List.of("scorecard", show(c.location().toString()), show(c.projectName()),
                show(c.unitCode()), show(c.unitName())));
        for (BigDecimal value : new BigDecimal[] {c.reportedRate(), c.recomputedRate(), c.budgetWeight(),
            c.reportedBudgetScore(), c.recomputedBudgetScore(), c.indicatorWeightSum(), c.indicatorScoreSum(),
            c.reportedTotalWeight(), c.reportedTotal(), c.recomputedTotal()}) {
            cells.add(value == null ? "-" : value.toPlainString());
        }
        cells.add(String.valueOf(c.indicatorCount()));
        cells.add(c.reportedGrade() == null ? "-" : c.reportedGrade().label());
        cells.add(c.recomputedGrade() == null ? "-" : c.recomputedGrade().label());
        cells.add(show(String.join(" | ", c.notes())));
        return String.join("\t", cells);
    }

    private static String show(String value) {
        return value == null ? "-" : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static void compare(String name, List<String> actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (RECORD) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(name + " line " + (i + 1) + " differs:\n  recorded: " + expected.get(i) + "\n  now:      "
                        + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), name + ": number of lines");
    }
}
