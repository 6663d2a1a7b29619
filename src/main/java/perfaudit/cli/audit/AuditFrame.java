package perfaudit.cli.audit;

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
import perfaudit.cli.options.KeepRunsOption;
import perfaudit.cli.options.LimitOptions;
import perfaudit.cli.options.RulesOption;
import perfaudit.cli.options.RunConsoleOptions;
import perfaudit.engine.RuleCompilationException;
import perfaudit.finding.Severity;
import perfaudit.ingest.InputWalk;
import perfaudit.ingest.Limits;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import perfaudit.report.run.History;
import perfaudit.report.run.RunFolder;
import perfaudit.report.xlsx.XlsxReport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What every audit command ({@code perfaudit audit}, {@code perfaudit spark audit}) does around the audit
 * itself, kept in one place so that they check, refuse, write and exit alike: before, the options checked,
 * the rules loaded, the history read and the run folder made; after, a run with no input or no readable form
 * refused, the reports written, the summary printed and the exit code chosen. Each step that cannot go on
 * prints why (Chinese, then the English gist) and throws {@link Stopped} with the command's exit code.
 */
public final class AuditFrame {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditFrame.class);

    private final RunConsoleOptions console;
    private final KeepRunsOption keepRuns;
    private final RunTimings timings;

    public AuditFrame(RunConsoleOptions console, KeepRunsOption keepRuns, RunTimings timings) {
        this.console = console;
        this.keepRuns = keepRuns;
        this.timings = timings;
    }

    /** A run that cannot go on; why has been printed, and the command returns {@link #exitCode()}. */
    public static final class Stopped extends Exception {

        private final int exitCode;

        Stopped(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** A command's own check of its options: throws IllegalArgumentException saying what is wrong. */
    @FunctionalInterface
    public interface OptionCheck {
        void check();
    }

    /** What the audit needs, once every check before it has passed. */
    public record Ready(Severity threshold, List<ReportWriter> writers, Limits limits, RuleSet ruleSet,
                        ZonedDateTime now, History history, Path runFolder) {
    }

    /**
     * Checks the options and the local input paths, loads the rules (the workbook writer warming up beside
     * them when a workbook is asked for), reads the history of {@code out} and makes this run's folder,
     * where the run's log goes from now on.
     */
    public Ready prepare(List<String> formats, LimitOptions limitOptions, OptionCheck ownOptions,
                         List<Path> localPaths, Path rules, Path out, LogSetup.RunLog runLog) throws Stopped {
        Severity threshold;
        List<ReportWriter> writers;
        Limits limits;
        try {
            threshold = failOnSeverity(console.failOn());
            writers = ReportWriters.forFormats(formats);
            limits = limitOptions.apply();
            keepRuns.check();
            ownOptions.check();
        } catch (IllegalArgumentException e) {
            Printed.error("perfaudit: " + e.getMessage());
            throw new Stopped(ExitCodes.USAGE);
        }
        if (!InputPaths.allExist(localPaths)) {
            throw new Stopped(ExitCodes.USAGE);
        }
        if (writers.stream().anyMatch(writer -> writer.format().equals("xlsx"))) {
            warmUpWorkbookWriter();
        }
        RuleSet ruleSet = loadRules(rules);
        ZonedDateTime now = ZonedDateTime.now();
        History history = timings.time("history load", () -> History.load(out));
        Path runFolder;
        try {
            runFolder = RunFolder.create(out, now);
        } catch (IOException e) {
            Printed.error("perfaudit: 无法创建报告目录 — cannot create the reports folder " + out + ": " + IoProblem.describe(e));
            throw new Stopped(ExitCodes.USAGE);
        }
        runLog.writeTo(runFolder);
        return new Ready(threshold, writers, limits, ruleSet, now, history, runFolder);
    }

    private RuleSet loadRules(Path rules) throws Stopped {
        long wall = System.nanoTime();
        long cpu = RunTimings.threadCpuNanos();
        try {
            return RuleSet.load(RulesOption.resolve(rules));
        } catch (RuleCompilationException e) {
            e.errors().forEach(Printed::error);
            Printed.error("perfaudit: 规则目录有错误（见上），未写出报告 — the rules folder has errors (above); no report was written");
            throw new Stopped(ExitCodes.RULES_BROKEN);
        } catch (IOException e) {
            Printed.error("perfaudit: 无法读取规则目录，未写出报告 — cannot read the rules folder " + RulesOption.resolve(rules)
                    + ": " + IoProblem.describe(e) + "; no report was written");
            throw new Stopped(ExitCodes.RULES_BROKEN);
        } finally {
            timings.add("rule load", System.nanoTime() - wall, RunTimings.threadCpuNanos() - cpu);
        }
    }

    /**
     * Refuses a run that found no input, or no readable form in any: nothing to report, and such a run
     * must not become the run the next one compares with. {@code ownOutputLeftOut} says the reports
     * folder was among the paths (and, as always, not read).
     */
    public void refuseEmpty(AuditReport report, List<?> paths, boolean ownOutputLeftOut) throws Stopped {
        if (report.inputs().isEmpty()) {
            Printed.error("perfaudit: 没有找到输入文件 — no input files found under " + paths
                    + (ownOutputLeftOut ? " (perfaudit's own reports are never read)" : ""));
            throw new Stopped(ExitCodes.USAGE);
        }
        if (report.formCount() == 0) {
            Printed.error("perfaudit: 没有可读的表单，未写出报告 — no readable form in any input; no report written");
            report.inputs().stream().limit(20).forEach(input -> Printed.error("  " + input.file() + ": "
                    + (input.problemDetails().isEmpty() ? input.status() : input.problemDetails().get(0))));
            if (report.inputs().size() > 20) {
                Printed.error("  … " + (report.inputs().size() - 20) + " more");
            }
            throw new Stopped(ExitCodes.USAGE);
        }
    }

    /**
     * Writes the reports into the run folder, deletes the runs --keep-runs leaves out, prints the summary
     * (unless quiet) and returns the exit code.
     */
    public int finish(AuditReport report, Ready ready, List<ReportWriter> writers, Path out) throws Stopped {
        try {
            ReportFiles.write(report, writers, out, ready.runFolder(), timings);
        } catch (IOException e) {
            LOG.debug("writing the reports failed", e);
            Printed.error("perfaudit: 报告写入失败 — cannot write the reports into " + ready.runFolder() + ": "
                    + IoProblem.describe(e));
            throw new Stopped(ExitCodes.USAGE);
        }
        if (keepRuns.keepRuns() != null) {
            RunFolder.prune(out, keepRuns.keepRuns(), ready.runFolder());
        }
        if (!console.quiet()) {
            timings.time("console summary", () -> {
                ConsoleSummary.print(report, ready.runFolder(), System.out);
                return null;
            });
        }
        return exitCode(report, ready.threshold());
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

    /** What the walk left out, and which files were named more than once: for the log, never silent. */
    public static void logWalk(InputWalk walk) {
        if (!walk.skippedByName().isEmpty()) {
            LOG.info("left out by name (editor lock files, hidden files, .md/.json/.sh/.tmp, .csv without a form, perfaudit.log): {} file(s): {}",
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

    /** 4 when some input gave no form (whatever --fail-on), else 1 when findings reach the threshold, else 0. */
    static int exitCode(AuditReport report, Severity threshold) {
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

    /** The --fail-on level as a severity; null for never. */
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
