package perfaudit.cli;

import perfaudit.audit.Audit;
import perfaudit.audit.AuditListener;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.ReportFiles;
import perfaudit.audit.RuleSet;
import perfaudit.engine.RuleCompilationException;
import perfaudit.finding.Severity;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.report.AuditReport;
import perfaudit.report.History;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import perfaudit.report.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code perfaudit audit PATH...}: parse, audit with the rules, write the reports, print a summary. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit forms under PATH (files or folders) with the rules and write the findings report.",
            "Each run writes into its own folder DIR/<yyyyMMdd-HHmmss>/ (report files and the run's log);",
            "DIR/latest names the newest. Findings are marked NEW or EXISTING against the previous run in DIR,",
            "and those gone since are listed as FIXED. Findings accepted in rules/suppressions.csv are counted",
            "apart and never fail a run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad usage, or no readable form in any input",
            "3:the rule files (or rules/suppressions.csv) are broken; nothing is written",
            "4:reports written, but some input gave no form (unreadable, over a limit, a link not followed,"
                + " a password...); the audit is incomplete: 4 wins over 0 and 1, whatever --fail-on"})
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,xlsx",
            description = {"Report formats, comma-separated (default: ${DEFAULT-VALUE}):",
                "json  findings.json, every finding with all its fields",
                "xlsx  findings.xlsx: summary with chart, findings, scorecard, inputs",
                "csv   findings.csv, UTF-8 with BOM so that Excel reads the Chinese",
                "md    summary.md, a short summary for CI logs and mail"})
    List<String> formats;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for parsing and rules (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (no summary, no progress).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Log debug detail on stderr.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        LogSetup.level(quiet, verbose);
        Severity threshold;
        List<ReportWriter> writers;
        Limits limits;
        try {
            threshold = failOnSeverity(failOn);
            writers = ReportWriters.forFormats(formats);
            limits = limitOptions.apply();
        } catch (IllegalArgumentException e) {
            System.err.println("perfaudit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!InputPaths.allExist(paths)) {
            return ExitCodes.USAGE;
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.load(RulesOption.resolve(rules));
        } catch (RuleCompilationException e) {
            e.errors().forEach(System.err::println);
            System.err.println("perfaudit: the rule files do not compile; no report was written");
            return ExitCodes.RULES_BROKEN;
        }
        ZonedDateTime now = ZonedDateTime.now();
        History history = History.load(out);
        Path runFolder = RunFolder.create(out, now);
        AuditOptions options = AuditOptions.defaults().withLimits(limits).withThreads(threads)
                .withListener(progress(quiet));
        try (AutoCloseable runLog = LogSetup.runLog(runFolder);
             AuditReport report = new Audit(ruleSet, options).run(paths, history, now)) {
            if (report.inputs().isEmpty()) {
                System.err.println("perfaudit: no input files found under " + paths);
                return ExitCodes.USAGE;
            }
            ReportFiles.write(report, writers, out, runFolder);
            if (!quiet) {
                ConsoleSummary.print(report, runFolder, System.out);
            }
            return exitCode(report, threshold);
        }
    }

    /** Progress on stderr for runs over many files, made once the number of files is known. */
    private static AuditListener progress(boolean quiet) {
        Progress[] progress = new Progress[1];
        return (done, total, file) -> {
            if (progress[0] == null) {
                progress[0] = new Progress(System.err, total, quiet);
            }
            progress[0].step(done, file);
        };
    }

    private static int exitCode(AuditReport report, Severity threshold) {
        if (report.formCount() == 0) {
            System.err.println("perfaudit: no readable form in any input");
            return ExitCodes.USAGE;
        }
        long unreadable = report.inputs().stream().filter(input -> input.forms() == 0).count();
        if (unreadable > 0) {
            System.err.println("perfaudit: " + unreadable + " input file(s) gave no form; see the Inputs sheet");
            return ExitCodes.UNREADABLE_INPUT;
        }
        boolean failing = threshold != null && report.countBySeverity().entrySet().stream()
                .anyMatch(e -> e.getValue() > 0 && e.getKey().atLeast(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static Severity failOnSeverity(String level) {
        String normalised = level.strip().toUpperCase(Locale.ROOT);
        if (normalised.equals("NEVER")) {
            return null;
        }
        try {
            return Severity.valueOf(normalised);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on takes error, warning, info or never, not '" + level + "'");
        }
    }
}
