package perfaudit.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RuleSet;
import perfaudit.finding.Finding;
import perfaudit.ingest.Limits;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code perfaudit audit} as a Spark job, made of the audit core's own parts: the driver lists the inputs
 * as the CLI walks them and cuts them into the CLI's chunks; each partition audits its chunks with the
 * core's per-document stage and one compiled rule base per executor JVM (rule files broadcast as bytes);
 * the cross-form rules fire after a shuffle keyed by unit and year; back on the driver, the core's
 * assembly takes every chunk in input order through the finding chain (severity, suppressions, history)
 * into the finished report. So the job's report is the CLI's report, finding for finding.
 */
public final class SparkAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SparkAudit.class);

    private final SparkSession spark;

    public SparkAudit(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * A session on {@code master} ({@code local[2]}, {@code yarn}, {@code spark://host:7077}, {@code k8s://...});
     * under spark-submit the master and settings it was given win. No web UI in local mode: it costs start-up
     * and a port, and a local run is watched through its log.
     */
    public static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("perfaudit");
        if (master != null) {
            builder.master(master);
            if (master.startsWith("local")) {
                builder.config("spark.ui.enabled", "false");
            }
        }
        return builder.getOrCreate();
    }

    /** The partitions to cut {@code chunks} chunks into when none is asked for: a few per core, whole chunks each. */
    public int defaultPartitions(int chunks) {
        return Math.max(1, Math.min(chunks, 4 * spark.sparkContext().defaultParallelism()));
    }

    /**
     * Audits {@code inputs} (in run order) against {@code history}; {@code partitions} &lt;= 0 takes the
     * default. Close the report when its writers are done, as a CLI run's.
     */
    public AuditReport run(List<InputRef> inputs, RuleSet rules, History history, ZonedDateTime time, Limits limits,
                           int partitions) throws IOException {
        long start = System.nanoTime();
        List<Chunk> chunks = chunks(inputs);
        int slices = partitions > 0 ? Math.min(partitions, Math.max(1, chunks.size())) : defaultPartitions(chunks.size());
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ShippedRules shipped = ShippedRules.of(rules);
        // a local executor is this JVM: it uses the rules the driver compiled instead of compiling them again
        ShippedRules.seed(shipped.hash(), rules);
        Broadcast<ShippedRules> broadcast = context.broadcast(shipped);
        JavaRDD<ChunkResult> results = context.parallelize(chunks, slices)
                .mapPartitions(new ChunkAudit(broadcast, limits))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Finding> crossForm = new ArrayList<>(CrossFormStage.fire(results, broadcast, slices));
            long audited = System.nanoTime();
            history.expect(inputs.stream().map(InputRef::key).toList());
            Audit.Assembly assembly = new Audit(rules, AuditOptions.defaults().withThreads(1)).assemble(history, time);
            // partitions arrive one at a time, in input order: the driver holds one partition's results
            for (Iterator<ChunkResult> chunk = results.toLocalIterator(); chunk.hasNext(); ) {
                ChunkResult result = chunk.next();
                assembly.add(result.part());
                crossForm.addAll(result.documentCrossForm());
            }
            AuditReport report = assembly.finish(crossForm);
            LOG.info("spark audit: {} files in {} chunks over {} partitions, {} forms in {} ms (job {} ms, driver chain {} ms):"
                            + " {} findings, {} suppressed", inputs.size(), chunks.size(), slices, report.formCount(),
                    millis(System.nanoTime() - start), millis(audited - start), millis(System.nanoTime() - audited),
                    report.findings().size(), report.suppressed().size());
            return report;
        } finally {
            results.unpersist(false);
            broadcast.destroy();
        }
    }

    /** The inputs cut as {@code perfaudit audit} cuts them ({@link Audit#CHUNK_FILES} files a chunk). */
    static List<Chunk> chunks(List<InputRef> inputs) {
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += Audit.CHUNK_FILES) {
            chunks.add(new Chunk(chunks.size(), inputs.subList(from, Math.min(inputs.size(), from + Audit.CHUNK_FILES))));
        }
        return chunks;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
