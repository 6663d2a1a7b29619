package perfaudit.cli.spark;

import perfaudit.cli.audit.AuditFrame;
import org.apache.spark.sql.SparkSession;
import perfaudit.audit.RuleSet;
import perfaudit.ingest.Limits;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;
import perfaudit.spark.FindingsTable;
import perfaudit.spark.InputListing;
import perfaudit.spark.SparkAudit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One {@code perfaudit spark audit} run on its session: the only class of the command line that names
 * Spark's types, so that the command line loads without Spark (perfaudit.jar) and says what is missing.
 */
final class SparkRun implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkRun.class);

    /** What the command asked for. */
    record Job(List<String> paths, Path out, RuleSet rules, History history, ZonedDateTime time, Limits limits,
               String master, int partitions, String table) {
    }

    /** The Spark job failed (a lost executor, a task over its retries): nothing is written but the log. */
    static final class JobFailed extends Exception {
        JobFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SparkSession session;
    private final boolean ownSession;
    private final AuditReport report;
    private final Job job;

    private SparkRun(SparkSession session, boolean ownSession, AuditReport report, Job job) {
        this.session = session;
        this.ownSession = ownSession;
        this.report = report;
        this.job = job;
    }

    /** The local ones of the paths given, to check that they exist before a session starts. */
    static List<Path> localPaths(List<String> paths) {
        return paths.stream().filter(p -> !InputListing.isRemote(p)).map(Path::of).toList();
    }

    /** Lists the inputs, starts the session and runs the job to the finished report. */
    static SparkRun start(Job job) throws IOException, JobFailed {
        InputListing.Listed listed = InputListing.of(job.paths(), List.of(job.out()));
        AuditFrame.logWalk(listed.localWalk());
        // a session already running in this JVM (an application embedding perfaudit, a test) is used, and left running
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        if (!ownSession) {
            LOG.info("using the Spark session already running in this JVM (master {}); --master is not applied",
                    SparkSession.getDefaultSession().get().sparkContext().master());
        }
        SparkSession session = SparkAudit.session(job.master());
        try {
            AuditReport report = new SparkAudit(session).run(listed.inputs(), job.rules(), job.history(), job.time(),
                    job.limits(), job.partitions());
            return new SparkRun(session, ownSession, report, job);
        } catch (RuntimeException e) {
            if (ownSession) {
                session.stop();
            }
            throw new JobFailed(rootMessage(e), e);
        }
    }

    AuditReport report() {
        return report;
    }

    /** findings.parquet, from the finished report. */
    void writeTable() throws JobFailed {
        try {
            long rows = FindingsTable.write(session, report, job.table());
            LOG.info("{} written: {} findings", job.table(), rows);
        } catch (RuntimeException e) {
            throw new JobFailed("cannot write " + job.table() + ": " + rootMessage(e), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            report.close();
        } finally {
            if (ownSession) {
                session.stop();
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
