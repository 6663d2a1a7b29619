package perfaudit.cli.rules;

import perfaudit.audit.RuleSet;
import perfaudit.audit.cases.CaseResult;
import perfaudit.audit.cases.RuleTests;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;
import perfaudit.cli.console.Printed;
import perfaudit.cli.options.RulesOption;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.settings.SettingsTable;
import perfaudit.finding.BuiltInRule;
import perfaudit.finding.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code perfaudit rules list|check|test}: the rule catalog, a compile, or the auditors' tests of the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Inspect, compile and test the rule files.",
            "'list' prints the rules and the settings in force, 'check' only",
            "compiles the rules, 'test' runs the test cases in rules/tests/."},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class})
public final class RulesCommand {

    /**
     * Reads the forms vocabulary, compiles the rules and checks suppressions.csv and folding.csv against
     * them, printing each error as rules/FILE:LINE:COL: message (rules/forms.yaml:LINE: message,
     * rules/suppressions.csv:LINE: message); null when any is broken.
     */
    private static RuleBase compile(Path folder) throws IOException {
        List<String> errors = new ArrayList<>();
        try {
            RuleSet.vocabulary(folder);
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        RuleBase base = null;
        try {
            base = RuleBase.compile(folder);
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        if (base != null) {
            errors.addAll(RuleSet.acceptanceErrors(folder, base));
        }
        errors.forEach(Printed::error);
        return errors.isEmpty() ? base : null;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Print the rules and the settings in force.",
                "Every rule id with its severity in force and where it is set,",
                "its family, file and description; every threshold with its",
                "value, the cell that sets it and the rules that read it; the",
                "word lists the facts are built with."})
    static final class ListRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
        Path rules;

        @Override
        public Integer call() throws IOException {
            RuleBase base = compile(RulesOption.resolve(rules));
            if (base == null) {
                return ExitCodes.RULES_BROKEN;
            }
            PrintStream out = System.out;
            printRules(base, out);
            out.println();
            printThresholds(base, out);
            out.println();
            printWords(base, out);
            return ExitCodes.OK;
        }

        private static void printRules(RuleBase base, PrintStream out) {
            Map<String, SettingsTable.Entry> severities = new LinkedHashMap<>();
            base.table().severities().forEach(entry -> severities.put(entry.key(), entry));
            Map<String, RuleBase.RuleInfo> byId = new LinkedHashMap<>();
            base.catalog().forEach(rule -> byId.putIfAbsent(rule.id(), rule));
            String format = "%-28s %-8s %-24s %-12s %-18s %s%n";
            out.printf(format, "RULE ID", "SEVERITY", "SEVERITY SET AT", "FAMILY", "FILE", "DESCRIPTION");
            for (RuleBase.RuleInfo rule : byId.values()) {
                SettingsTable.Entry set = severities.get(rule.id());
                out.printf(format, rule.id(), set == null ? rule.severity() : set.value().toUpperCase(java.util.Locale.ROOT),
                        set == null ? "@severity" : set.valueCell(), rule.family(),
                        rule.place() == null ? "" : rule.place().path(), rule.description());
            }
            for (BuiltInRule rule : BuiltInRule.values()) {
                SettingsTable.Entry set = severities.get(rule.id());
                out.printf(format, rule.id(), set == null ? rule.severity() : Severity.valueOf(set.value().toUpperCase(
                        java.util.Locale.ROOT)), set == null ? "(built in)" : set.valueCell(), rule.family(), "(perfaudit)",
                        rule.description());
            }
        }

        private static void printThresholds(RuleBase base, PrintStream out) {
            String format = "%-28s %-8s %-24s %-40s %s%n";
            out.printf(format, "THRESHOLD", "VALUE", "SET AT", "READ BY", "DESCRIPTION");
            Map<String, String> ids = new LinkedHashMap<>();
            base.catalog().forEach(rule -> ids.put(rule.ruleName(), rule.id()));
            for (SettingsTable.Entry entry : base.table().thresholds()) {
                Set<String> readers = new TreeSet<>();
                base.index().readers(entry.key()).forEach(name -> readers.add(ids.getOrDefault(name, name)));
                String readBy = readers.isEmpty() ? (perfaudit.engine.facts.build.Judgements.GRADE_KEYS.containsKey(entry.key())
                        ? "(grades of the scorecard)" : "(no rule)") : String.join(" ", readers);
                out.printf(format, entry.key(), base.settings().value(entry.key()).toPlainString(), entry.valueCell(),
                        readBy, entry.description());
            }
        }

        private static void printWords(RuleBase base, PrintStream out) {
            String format = "%-28s %-24s %s%n";
            out.printf(format, "WORD LIST", "SET AT", "WORDS");
            for (SettingsTable.Entry entry : base.table().words()) {
                out.printf(format, entry.key(), entry.valueCell(), String.join("、", base.settings().words(entry.key())));
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Compile the rules, read the forms vocabulary, report every error.",
                "Each error reads rules/FILE:LINE:COL: message, FILE!CELL for the",
                "settings table, rules/forms.yaml:LINE: message for the vocabulary,",
                "rules/suppressions.csv:LINE or rules/folding.csv:LINE for those files."})
    static final class CheckRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
        Path rules;

        @Override
        public Integer call() throws IOException {
            Path folder = RulesOption.resolve(rules);
            RuleBase base = compile(folder);
            if (base == null) {
                return ExitCodes.RULES_BROKEN;
            }
            // the hash a report made with this folder shows: forms.yaml, suppressions and folding included
            System.out.println("rules OK: " + base.catalog().stream().map(RuleBase.RuleInfo::id).distinct().count()
                    + " rule ids (" + base.catalog().size() + " rules) in " + base.sources().all().size()
                    + " files (hash " + RuleSet.hash(base, folder) + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run the rules' test cases in DIR/tests/.",
                "DIR/tests/cases.csv lists them: a form file, the rule ids that",
                "must fire on it and those that must not. One line per case;",
                "every rule id needs a case that fires it and one that keeps it",
                "quiet."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed, every rule id has its cases",
                "1:a case failed, a rule id lacks a case, or cases.csv is wrong",
                "2:no tests folder or cases.csv",
                "3:the rule files do not compile"})
    static final class TestRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR",
                description = "Rules folder (default: rules/); cases in DIR/tests/.")
        Path rules;

        @Override
        public Integer call() throws IOException {
            LogSetup.level(true, false);
            Path folder = RulesOption.resolve(rules);
            RuleBase base = compile(folder);
            if (base == null) {
                return ExitCodes.RULES_BROKEN;
            }
            RuleTests.Report report;
            try {
                report = RuleTests.run(base, folder);
            } catch (IOException e) {
                Printed.error("perfaudit: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            print(report, System.out);
            return report.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }

        private static void print(RuleTests.Report report, PrintStream out) {
            int width = report.results().stream().mapToInt(r -> r.ruleCase().file().length()).max().orElse(10);
            for (CaseResult result : report.results()) {
                out.printf("%s  %-" + width + "s  %s%s%n", result.passed() ? "PASS" : "FAIL", result.ruleCase().file(),
                        result.describe(), result.passed() ? "" : "  (" + RuleTests.CASES + ":" + result.ruleCase().line() + ")");
            }
            List<String> problems = report.problems();
            problems.forEach(problem -> out.println("FAIL  " + problem));
            out.printf("rules test: %d cases, %d passed, %d failed; %d other problem(s)%n", report.results().size(),
                    report.results().size() - report.failed(), report.failed(), problems.size());
        }
    }
}
