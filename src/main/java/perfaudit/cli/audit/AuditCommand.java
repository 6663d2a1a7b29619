package perfaudit.cli.audit;

import perfaudit.audit.Audit;
import perfaudit.audit.AuditListener;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.DisplayNames;
import perfaudit.audit.ReportFiles;
import perfaudit.audit.RuleSet;
import perfaudit.audit.RunTimings;
import perfaudit.cli.console.ConsoleSummary;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.IoProblem;
import perfaudit.cli.console.LogSetup;
import perfaudit.cli.console.Printed;
import perfaudit.cli.options.InputPaths;
import perfaudit.cli.options.LimitOptions;
import perfaudit.cli.options.RulesOption;
import perfaudit.cli.options.RunConsoleOptions;
import perfaudit.engine.RuleCompilationException;
import perfaudit.finding.Severity;
import perfaudit.ingest.InputWalk;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import perfaudit.report.run.History;
import perfaudit.report.run.RunFolder;
import perfaudit.report.xlsx.XlsxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code perfaudit audit PATH...}: parse, audit with the rules, write the reports, print a summary. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit the forms under PATH with the rules and write the findings report.",
            "Each run writes into its own folder DIR/<yyyyMMdd-HHmmss>/: the reports and",
            "the run's log, perfaudit.log. DIR/latest names the newest complete run.",
            "Findings are NEW or EXISTING against the previous complete run in DIR; those",
            "gone from files audited again are FIXED. Findings accepted in",
            "rules/suppressions.csv are counted apart and never fail a run. The reports",
            "folder and perfaudit's own files are never read as input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad usage, or no readable form in any input",
            "3:the rule files (or rules/suppressions.csv) are broken; nothing is written",
            "4:reports written, but some input gave no form (unreadable, over a limit, a link not followed,"
                + " a password...); the audit is incomplete: 4 wins over 0 and 1, whatever --fail-on"})
public final class AuditCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditCommand.class);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,xlsx",
            description = {"Report formats, comma-separated (default:",
                "${DEFAULT-VALUE}). findings.json is always written:",
                "it is the record the next run compares with.",
                "json  findings.json: every finding, all fields",
                "xlsx  findings.xlsx: summary with chart, findings,",
                "      scorecard, inputs; prints on A4 landscape",
                "csv   findings.csv: the JSON's columns, UTF-8",
                "      with BOM so that Excel reads the Chinese",
                "md    summary.md: a short summary for CI and mail"})
    List<String> formats;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for parsing and rules (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Mixin
    RunConsoleOptions console = new RunConsoleOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunTimings timings = new RunTimings();
        LogSetup.level(console.quiet(), console.verbose());
        try (LogSetup.RunLog runLog = LogSetup.startRunLog()) {
            LogSetup.logStart(LOG, spec);
            int exit = audit(runLog, timings);
            // for the run's log (perfaudit.log keeps DEBUG; `perfaudit bench` reads it there), not the console
            LOG.debug(RunTimings.MARKER + "{}", timings.json());
            return exit;
        }
    }

    private int audit(LogSetup.RunLog runLog, RunTimings timings) throws Exception {
        Severity threshold;
        List<ReportWriter> writers;
        Limits limits;
        try {
            threshold = failOnSeverity(console.failOn());
            writers = ReportWriters.forFormats(formats);
            limits = limitOptions.apply();
        } catch (IllegalArgumentException e) {
            Printed.error("perfaudit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!InputPaths.allExist(paths)) {
            return ExitCodes.USAGE;
        }
        if (writers.stream().anyMatch(writer -> writer.format().equals("xlsx"))) {
            warmUpWorkbookWriter();
        }
        RuleSet ruleSet;
        try {
            ruleSet = timings.time("rule load", () -> RuleSet.load(RulesOption.resolve(rules)));
        } catch (RuleCompilationException e) {
            e.errors().forEach(Printed::error);
            Printed.error("perfaudit: 规则目录有错误（见上），未写出报告 — the rules folder has errors (above); no report was written");
            return ExitCodes.RULES_BROKEN;
        }
        ZonedDateTime now = ZonedDateTime.now();
        History history = timings.time("history load", () -> History.load(out));
        Path runFolder;
        try {
            runFolder = RunFolder.create(out, now);
        } catch (IOException e) {
            Printed.error("perfaudit: 无法创建报告目录 — cannot create the reports folder " + out + ": " + IoProblem.describe(e));
            return ExitCodes.USAGE;
        }
        runLog.writeTo(runFolder);
        InputWalk walk = timings.time("input walk", () -> InputWalk.of(paths, List.of(out)));
        logWalk(walk);
        AuditOptions options = AuditOptions.defaults().withLimits(limits).withThreads(threads)
                .withListener(progress(console.quiet())).withTimings(timings);
        try (AuditReport report = new Audit(ruleSet, options).run(walk, history, now)) {
            if (report.inputs().isEmpty()) {
                Printed.error("perfaudit: 没有找到输入文件 — no input files found under " + paths
                        + (walk.ownOutput().isEmpty() ? "" : " (perfaudit's own reports are never read)"));
                return ExitCodes.USAGE;
            }
            if (report.formCount() == 0) {
                return noReadableForm(report);
            }
            try {
                ReportFiles.write(report, writers, out, runFolder, timings);
            } catch (IOException e) {
                LOG.debug("writing the reports failed", e);
                Printed.error("perfaudit: 报告写入失败 — cannot write the reports into " + runFolder + ": "
                        + IoProblem.describe(e));
                return ExitCodes.USAGE;
            }
            if (!console.quiet()) {
                timings.time("console summary", () -> {
                    ConsoleSummary.print(report, runFolder, System.out);
                    return null;
                });
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

    /**
     * Loads and first runs the workbook writer's code on a thread of its own while this one loads the
     * rules (one core is idle then): the report is written some 0.35 s sooner. A daemon: a run that ends
     * early (broken rules, nothing to read) does not wait for it.
     */
    private static void warmUpWorkbookWriter() {
        Thread thread = new Thread(XlsxReport::warmUp, "perfaudit-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * No input gave a form: nothing to report, and a run with nothing in it must not become the run the
     * next one compares with. The reasons are printed; the run folder keeps only the log.
     */
    public static int noReadableForm(AuditReport report) {
        Printed.error("perfaudit: 没有可读的表单，未写出报告 — no readable form in any input; no report written");
        report.inputs().stream().limit(20).forEach(input -> Printed.error("  " + input.file() + ": "
                + (input.problemDetails().isEmpty() ? input.status() : input.problemDetails().get(0))));
        if (report.inputs().size() > 20) {
            Printed.error("  … " + (report.inputs().size() - 20) + " more");
        }
        return ExitCodes.USAGE;
    }

    /** What the walk left out, and which files were named more than once: for the log, never silent. */
    public static void logWalk(InputWalk walk) {
        if (!walk.skippedByName().isEmpty()) {
            LOG.info("left out by name (editor lock files, hidden files, .md/.json/.csv/.sh/.tmp, perfaudit.log): {} file(s): {}",
                    walk.skippedByName().size(), walk.skippedByName().stream().limit(20).map(DisplayNames::of).toList());
        }
        if (!walk.ownOutput().isEmpty()) {
            LOG.info("left out as perfaudit's own reports (the --out folder, report and run folders): {}",
                    walk.ownOutput().stream().limit(20).map(DisplayNames::of).toList());
        }
        if (!walk.namedAgain().isEmpty()) {
            LOG.info("{} file(s) named more than once (overlapping paths), each read once: {}", walk.namedAgain().size(),
                    walk.namedAgain().keySet().stream().limit(20).map(DisplayNames::of).toList());
        }
    }

    public static int exitCode(AuditReport report, Severity threshold) {
        long unreadable = report.inputs().stream().filter(input -> input.forms() == 0).count();
        if (unreadable > 0) {
            Printed.error("perfaudit: " + unreadable + " 个输入文件没有读出表单，审计不完整（见输入表） — " + unreadable
                    + " input file(s) gave no form; the audit is incomplete (see the Inputs sheet)");
            return ExitCodes.UNREADABLE_INPUT;
        }
        boolean failing = threshold != null && report.countBySeverity().entrySet().stream()
                .anyMatch(e -> e.getValue() > 0 && e.getKey().atLeast(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    public static Severity failOnSeverity(String level) {
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
