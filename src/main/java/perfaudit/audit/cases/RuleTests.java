package perfaudit.audit.cases;

import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RuleSet;
import perfaudit.audit.chain.Csv;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.finding.BuiltInRule;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs the auditors' tests of the rules ({@code perfaudit rules test}): each case of
 * {@code RULES/tests/cases.csv} is audited on its own, as a run would audit it, and every rule id must
 * have a case that fires it and one that keeps it quiet. Suppressions are left out: the cases test the
 * rules, not the findings accepted for particular forms.
 */
public final class RuleTests {

    public static final String FOLDER = "tests";
    public static final String CASES = "cases.csv";
    private static final List<String> COLUMNS = List.of("file", "fires", "quiet", "why");

    /** Everything the run found: a result per case, and the problems not tied to one case. */
    public record Report(List<CaseResult> results, List<String> problems) {

        public Report {
            results = List.copyOf(results);
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty() && results.stream().allMatch(CaseResult::passed);
        }

        public long failed() {
            return results.stream().filter(result -> !result.passed()).count();
        }
    }

    private RuleTests() {
    }

    /** The cases folder of a rules folder. */
    public static Path folder(Path rules) {
        return rules.resolve(FOLDER);
    }

    /**
     * Runs every case of {@code rules/tests} with the compiled {@code base}.
     *
     * @throws IOException when the folder or its cases.csv cannot be read at all
     */
    public static Report run(RuleBase base, Path rules) throws IOException {
        Path folder = folder(rules);
        Path manifest = folder.resolve(CASES);
        if (!Files.isRegularFile(manifest)) {
            throw new IOException(shown(rules, CASES) + " not found: the rule test cases are listed there"
                    + " (file,fires,quiet,why)");
        }
        Set<String> ids = ruleIds(base);
        List<String> problems = new ArrayList<>();
        List<RuleCase> cases = read(rules, manifest, ids, problems);
        problems.addAll(unlisted(rules, folder, cases));
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.unsuppressed(base, rules);
        } catch (RuleCompilationException e) {
            problems.addAll(e.errors());
            ruleSet = RuleSet.of(base, rules.toString(), vocabulary(rules));
        }
        List<CaseResult> results = new ArrayList<>();
        for (RuleCase ruleCase : cases) {
            results.add(CaseResult.of(ruleCase, fired(ruleSet, folder, ruleCase.file())));
        }
        problems.addAll(uncovered(rules, base, cases));
        return new Report(results, problems);
    }

    /** The folder's forms vocabulary: the cases are read as the audit reads (the command checked it first). */
    private static Vocabulary vocabulary(Path rules) throws IOException {
        try {
            return RuleSet.vocabulary(rules);
        } catch (RuleCompilationException e) {
            throw new IOException(String.join("\n", e.errors()), e);
        }
    }

    /** The ids a case may name: the rules' and those perfaudit raises itself. */
    private static Set<String> ruleIds(RuleBase base) {
        Set<String> ids = new TreeSet<>(BuiltInRule.ids());
        base.catalog().forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    private static List<RuleCase> read(Path rules, Path manifest, Set<String> ids, List<String> problems)
            throws IOException {
        List<RuleCase> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            String where = shown(rules, CASES) + ":" + (i + 1) + ": ";
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("file"))) {
                continue;
            }
            List<String> cells = Csv.split(line);
            if (cells.size() < 3) {
                problems.add(where + "expected the columns " + String.join(",", COLUMNS) + ", found " + cells.size());
                continue;
            }
            String file = cells.get(0).strip();
            Set<String> fires = words(cells.get(1));
            Set<String> quiet = words(cells.get(2));
            boolean others = quiet.remove("*");
            List<String> wrong = new ArrayList<>();
            Stream.concat(fires.stream(), quiet.stream()).filter(id -> !ids.contains(id))
                    .forEach(id -> wrong.add("'" + id + "' is not a rule id of these rules (perfaudit rules list shows them)"));
            fires.stream().filter(quiet::contains).forEach(id -> wrong.add(id + " is both under fires and under quiet"));
            if (file.isEmpty() || !Files.isRegularFile(folder(rules).resolve(file))) {
                wrong.add("no form file '" + file + "' in " + shown(rules, ""));
            }
            if (fires.isEmpty() && quiet.isEmpty() && !others) {
                wrong.add("the case asks nothing: name rule ids under fires or quiet");
            }
            if (!wrong.isEmpty()) {
                wrong.forEach(problem -> problems.add(where + problem));
                continue;
            }
            // the last column is free text: its commas are its own
            String why = cells.size() > 3 ? String.join(",", cells.subList(3, cells.size())).strip() : "";
            cases.add(new RuleCase(file, fires, quiet, others, why, i + 1));
        }
        return cases;
    }

    private static Set<String> words(String cell) {
        return new TreeSet<>(Arrays.stream(cell.strip().split("[\\s;]+")).filter(word -> !word.isEmpty()).toList());
    }

    /** Form files in the folder that no case names: written and forgotten, they would test nothing. */
    private static List<String> unlisted(Path rules, Path folder, List<RuleCase> cases) throws IOException {
        Set<String> listed = new TreeSet<>();
        cases.forEach(ruleCase -> listed.add(ruleCase.file()));
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(CASES) && !name.startsWith(".") && !name.endsWith(".md") && !listed.contains(name)) {
                    problems.add(shown(rules, name) + ": no line of " + CASES + " names this file, so it tests nothing");
                }
            }
        }
        return problems;
    }

    /** Every rule id of the rule files needs a case that fires it and one that names it under quiet. */
    private static List<String> uncovered(Path rules, RuleBase base, List<RuleCase> cases) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (RuleBase.RuleInfo rule : base.catalog()) {
            boolean fires = cases.stream().anyMatch(c -> c.fires().contains(rule.id()));
            boolean quiet = cases.stream().anyMatch(c -> c.quiet().contains(rule.id()));
            if (!fires || !quiet) {
                String lacking = !fires && !quiet ? "no case fires it and none keeps it quiet"
                        : !fires ? "no case fires it" : "no case keeps it quiet (name it under quiet)";
                problems.putIfAbsent(rule.id(), rule.id() + " (" + (rule.place() == null ? "?" : rule.place()) + "): " + lacking + "; add cases to "
                        + shown(rules, CASES));
            }
        }
        return new ArrayList<>(problems.values());
    }

    /**
     * The rule ids that fire when the case's file is audited alone, as a run audits it; a finding folded
     * into another as a note (rules/folding.csv) fired too.
     */
    private static Set<String> fired(RuleSet rules, Path folder, String file) throws IOException {
        AuditOptions options = AuditOptions.defaults().withThreads(1).withNames(path -> folder.relativize(path).toString());
        try (AuditReport report = new Audit(rules, options).run(List.of(folder.resolve(file)), History.none(),
                ZonedDateTime.now())) {
            Set<String> fired = new TreeSet<>();
            for (Finding finding : report.findings()) {
                fired.add(finding.ruleId());
                finding.folded().forEach(note -> fired.add(note.ruleId()));
            }
            return fired;
        }
    }

    private static String shown(Path rules, String name) {
        Path folderName = rules.getFileName();
        return (folderName == null ? rules.toString() : folderName.toString()) + "/" + FOLDER + "/" + name;
    }
}
