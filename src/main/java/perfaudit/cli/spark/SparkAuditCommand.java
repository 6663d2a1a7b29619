package perfaudit.cli.spark;

import perfaudit.cli.audit.AuditFrame;
import perfaudit.audit.RunTimings;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;
import perfaudit.cli.console.Printed;
import perfaudit.cli.options.KeepRunsOption;
import perfaudit.cli.options.LimitOptions;
import perfaudit.cli.options.RunConsoleOptions;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code perfaudit spark audit PATH...}: the run of {@code perfaudit audit} with the reading and the rules
 * spread over a Spark cluster. The driver walks the inputs, keeps the history and the suppressions and
 * writes the same run folder as the CLI, plus findings.parquet. Spark classes are only touched through
 * {@link SparkRun}, loaded once Spark is known to be on the class path.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit the forms under PATH as a Spark job and write the findings report.",
            "The run folder DIR/<yyyyMMdd-HHmmss>/ holds what `perfaudit audit` writes",
            "(findings.json, the workbook, the summary, perfaudit.log) and findings.parquet:",
            "one row per finding, partitioned by year and unit. History and suppressions",
            "work as for `perfaudit audit`. A PATH is local (walked as `perfaudit audit`",
            "walks it) or a URI that every executor can read (hdfs://..., s3a://...)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad usage, no Spark on the class path, a failed job, no readable form",
            "3:the rule files (or rules/suppressions.csv) are broken; nothing is written",
            "4:reports written, but some input gave no form; the audit is incomplete"})
final class SparkAuditCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkAuditCommand.class);
    /** Findings a workbook is written for: one sheet row each, below Excel's 1,048,576 rows a sheet. */
    static final int WORKBOOK_MAX_FINDINGS = 1_000_000;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively), or URIs.")
    List<String> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder on the driver (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder on the driver (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = {"Spark master: local[N], yarn, spark://HOST:PORT or",
                "k8s://HOST:PORT (default: local[2]; under spark-submit, the master it was given)."})
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the inputs (default: 4 per core of the cluster, at most one per 16 files).")
    int partitions;

    @Option(names = "--table", paramLabel = "URI",
            description = {"Where findings.parquet goes (default: in the run folder). On a cluster, a",
                "folder every executor can write: hdfs://..., s3a://..."})
    String table;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,xlsx,md",
            description = {"Report formats on the driver, as for `perfaudit audit` (default: ${DEFAULT-VALUE}).",
                "The workbook is left out above " + WORKBOOK_MAX_FINDINGS + " findings (Excel's sheet size)."})
    List<String> formats;

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
        LogSetup.level(console.quiet(), console.verbose());
        if (!sparkAvailable()) {
            Printed.error("perfaudit: 未找到 Spark — Apache Spark is not on the class path: run `./perfaudit spark ...`"
                    + " (which adds it) or spark-submit (README, section Spark); perfaudit.jar alone does not bundle it");
            return ExitCodes.USAGE;
        }
        try (LogSetup.RunLog runLog = LogSetup.startRunLog()) {
            LogSetup.logStart(LOG, spec);
            return audit(runLog);
        }
    }

    private int audit(LogSetup.RunLog runLog) throws Exception {
        AuditFrame frame = new AuditFrame(console, keepRuns, new RunTimings());
        try {
            AuditFrame.Ready ready = frame.prepare(formats, limitOptions, this::checkPartitions,
                    SparkRun.localPaths(paths), rules, out, runLog); // Spark (Hadoop) is known to be there by now
            SparkRun.Job job = new SparkRun.Job(paths, out, ready.ruleSet(), ready.history(), ready.now(), ready.limits(),
                    master(), partitions, table == null ? ready.runFolder().resolve("findings.parquet").toAbsolutePath().toString() : table);
            try (SparkRun run = SparkRun.start(job)) {
                AuditReport report = run.report();
                frame.refuseEmpty(report, paths, false);
                run.writeTable();
                return frame.finish(report, ready, fitting(ready.writers(), formats, report), out);
            } catch (SparkRun.JobFailed e) {
                LOG.debug("the Spark job failed", e.getCause());
                Printed.error("perfaudit: Spark 作业失败 — the Spark job failed: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        } catch (AuditFrame.Stopped stopped) {
            return stopped.exitCode();
        }
    }

    private void checkPartitions() {
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 1 or more, not " + partitions);
        }
    }

    /** --master, else the master spark-submit was given (it sets spark.master), else local[2]. */
    private String master() {
        if (master != null) {
            return master;
        }
        return System.getProperty("spark.master") != null ? null : "local[2]";
    }

    /** True when Spark is on the class path; asked before {@link SparkRun}, which names its types, is loaded. */
    static boolean sparkAvailable() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkAuditCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The writers asked for, less the workbook when the findings would not fit its sheet. */
    private static List<ReportWriter> fitting(List<ReportWriter> writers, List<String> formats, AuditReport report) {
        if (report.findings().size() <= WORKBOOK_MAX_FINDINGS
                || writers.stream().noneMatch(writer -> writer.format().equals("xlsx"))) {
            return writers;
        }
        // made again, so that findings.json lists only the reports really written
        List<String> kept = new ArrayList<>(formats);
        kept.removeIf(format -> format.strip().equalsIgnoreCase("xlsx"));
        Printed.error("perfaudit: 问题条目超过 " + WORKBOOK_MAX_FINDINGS + "，未生成工作簿 — " + report.findings().size()
                + " findings are more than a workbook sheet holds: findings.xlsx left out; read findings.parquet");
        return ReportWriters.forFormats(kept);
    }
}
