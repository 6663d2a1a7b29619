package perfaudit.spark;

import org.apache.spark.sql.SparkSession;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.ReportFiles;
import perfaudit.audit.RuleSet;
import perfaudit.bench.Measure;
import perfaudit.bench.Stage;
import perfaudit.ingest.Limits;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import perfaudit.report.run.History;
import perfaudit.report.run.RunFolder;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The bench stage of {@code perfaudit spark bench}: the same corpus audited end to end by the CLI's run
 * and by the Spark job in local mode, each with its reports (findings.json and the workbook; the job also
 * findings.parquet), in one JVM with the rules compiled once. What the job costs over the CLI on one
 * machine is its overhead (task scheduling, shipping results to the driver, the shuffle, the table);
 * what it buys is machines.
 */
public final class SparkBench {

    private SparkBench() {
    }

    /**
     * The process's CPU time per pass, warm-up passes included: on a machine shared with other work the
     * wall-clock medians say more about the neighbours than about the job.
     */
    private static final class CpuClock {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private long passes;
        private long cpuNanos;

        Measure.Timing of(Measure.Pass pass) throws Exception {
            long start = os.getProcessCpuTime();
            Measure.Timing timing = Measure.Timing.of(() -> {
                passes++;
                return pass.run();
            });
            cpuNanos = os.getProcessCpuTime() - start;
            return timing;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.2f CPU s a pass (mean of %d, warm-up included)",
                    cpuNanos / 1e9 / passes, passes);
        }
    }

    /** The CLI's stage, then the job's, on {@code corpus}; {@code work} takes the reports of every pass. */
    public static List<Stage> measure(String master, Path corpus, int forms, RuleSet rules, int threads, Path work)
            throws Exception {
        List<ReportWriter> writers = ReportWriters.forFormats(List.of("json", "xlsx"));
        long bytes = Measure.folderBytes(corpus);
        Audit audit = new Audit(rules, AuditOptions.defaults().withThreads(threads));
        Path cliReports = work.resolve("cli-reports");
        CpuClock cliCpu = new CpuClock();
        Measure.Timing cli = cliCpu.of(() -> {
            ZonedDateTime now = ZonedDateTime.now();
            Path runFolder = RunFolder.create(cliReports, now);
            try (AuditReport report = audit.run(List.of(corpus), History.none(), now)) {
                ReportFiles.write(report, writers, cliReports, runFolder);
                return report.findings().size();
            }
        });
        Stage cliStage = new Stage("end to end, perfaudit audit (" + threads + " threads)", forms, bytes, cli.nanos(),
                Measure.peakHeap(), cli.count() + " findings; json + xlsx; " + cli.note() + "; " + cliCpu);

        SparkSession spark = SparkAudit.session(master);
        Path jobReports = work.resolve("spark-reports");
        try {
            SparkAudit job = new SparkAudit(spark);
            CpuClock jobCpu = new CpuClock();
            Measure.Timing timed = jobCpu.of(() -> {
                ZonedDateTime now = ZonedDateTime.now();
                Path runFolder = RunFolder.create(jobReports, now);
                List<InputRef> inputs = InputListing.of(List.of(corpus.toString()), List.of(jobReports)).inputs();
                try (AuditReport report = job.run(inputs, rules, History.none(), now, Limits.DEFAULT, 0)) {
                    FindingsTable.write(spark, report, runFolder.resolve("findings.parquet").toString());
                    ReportFiles.write(report, writers, jobReports, runFolder);
                    return report.findings().size();
                }
            });
            Stage jobStage = new Stage("end to end, perfaudit spark audit (" + spark.sparkContext().master() + ")", forms,
                    bytes, timed.nanos(), Measure.peakHeap(),
                    timed.count() + " findings; json + xlsx + parquet; " + timed.note() + "; " + jobCpu);
            return List.of(cliStage, jobStage);
        } finally {
            spark.stop();
        }
    }
}
