package perfaudit.cli;

import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.RuleFailures;
import perfaudit.engine.Severity;
import perfaudit.engine.SettingsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code perfaudit rules list|check}: the rule catalog, or just compile the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Inspect the rule files: 'list' prints the catalog, 'check' only compiles them.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class})
final class RulesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print every rule id with its severity in force, family and description.")
    static final class ListRules implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
        Path rules;

        @Override
        public Integer call() throws IOException {
            RuleBase base;
            try {
                base = RuleBase.compile(RulesOption.resolve(rules));
            } catch (RuleCompilationException e) {
                e.errors().forEach(System.err::println);
                return ExitCodes.RULES_BROKEN;
            }
            Map<String, Severity> overrides = SettingsTable.read(base.files()).severityOverrides();
            Map<String, RuleBase.RuleInfo> byId = new LinkedHashMap<>();
            base.catalog().forEach(rule -> byId.putIfAbsent(rule.id(), rule));
            System.out.printf("%-28s %-8s %-12s %s%n", "ID", "SEVERITY", "FAMILY", "DESCRIPTION");
            byId.values().forEach(rule -> System.out.printf("%-28s %-8s %-12s %s%n", rule.id(),
                    overrides.getOrDefault(rule.id(), rule.severity()), rule.family(), rule.description()));
            System.out.printf("%-28s %-8s %-12s %s%n", "PARSE-PROBLEM",
                    overrides.getOrDefault("PARSE-PROBLEM", Severity.ERROR), "input",
                    "输入文件、表格、行或单元格无法按预期读取 — raised by the readers, not a rule file");
            System.out.printf("%-28s %-8s %-12s %s%n", RuleFailures.RULE_FAILED,
                    overrides.getOrDefault(RuleFailures.RULE_FAILED, Severity.ERROR), "engine",
                    "规则在某表单上执行失败 — a rule threw on a form; raised by the engine, the other rules go on");
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile the rule files and report errors as rules/FILE:LINE:COL: message.")
    static final class CheckRules implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
        Path rules;

        @Override
        public Integer call() throws IOException {
            try {
                RuleBase base = RuleBase.compile(RulesOption.resolve(rules));
                System.out.println("rules OK: " + base.catalog().stream().map(RuleBase.RuleInfo::id).distinct().count()
                        + " rule ids (" + base.catalog().size() + " rules) in " + base.files().size()
                        + " files (hash " + base.hash() + ")");
                return ExitCodes.OK;
            } catch (RuleCompilationException e) {
                e.errors().forEach(System.err::println);
                return ExitCodes.RULES_BROKEN;
            }
        }
    }
}
