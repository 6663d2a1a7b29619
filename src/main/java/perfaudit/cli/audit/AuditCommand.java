package perfaudit.cli.audit;

import perfaudit.audit.Audit;
import perfaudit.audit.AuditListener;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RunTimings;
import perfaudit.cli.console.LogSetup;
import perfaudit.cli.options.KeepRunsOption;
import perfaudit.cli.options.LimitOptions;
import perfaudit.cli.options.RunConsoleOptions;
import perfaudit.ingest.InputWalk;
import perfaudit.report.AuditReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
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

    @Mixin
    KeepRunsOption keepRuns = new KeepRunsOption();

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
        AuditFrame frame = new AuditFrame(console, keepRuns, timings);
        try {
            AuditFrame.Ready ready = frame.prepare(formats, limitOptions, () -> { }, paths, rules, out, runLog);
            InputWalk walk = timings.time("input walk", () -> InputWalk.of(paths, List.of(out)));
            AuditFrame.logWalk(walk);
            AuditOptions options = AuditOptions.defaults().withLimits(ready.limits()).withThreads(threads)
                    .withListener(progress(console.quiet())).withTimings(timings);
            try (AuditReport report = new Audit(ready.ruleSet(), options).run(walk, ready.history(), ready.now())) {
                frame.refuseEmpty(report, paths, !walk.ownOutput().isEmpty());
                return frame.finish(report, ready, ready.writers(), out);
            }
        } catch (AuditFrame.Stopped stopped) {
            return stopped.exitCode();
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
}
