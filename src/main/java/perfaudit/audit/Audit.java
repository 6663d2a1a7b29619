package perfaudit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.audit.chain.FindingChain;
import perfaudit.engine.RuleEngine;
import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.ingest.InputWalk;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.ReadWatchdog;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.run.History;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One audit run, the only place a run is assembled: inputs are read, their facts built and the
 * per-form rules fired ({@link DocumentAudit}), the cross-form rules fired over every form, and every
 * finding, whoever raised it, passes the {@link FindingChain} once (severity from the settings table,
 * suppressions, history) into the finished {@link AuditReport}, which {@link ReportFiles} writes.
 *
 * <p>A run over files is streamed: files are read and audited in chunks on worker threads; results are
 * taken in input order, so findings keep a deterministic order; each parsed document is dropped as
 * soon as its chunk is done. A distributed run calls the same parts: {@link DocumentAudit} on each
 * partition, then {@link #assemble} on the driver.
 */
public final class Audit {

    private static final Logger LOG = LoggerFactory.getLogger(Audit.class);
    /** Files per chunk: big enough for sessions over many forms, small enough to keep memory flat. */
    public static final int CHUNK_FILES = 16;

    private final RuleSet rules;
    private final AuditOptions options;
    private final DocumentAudit documents;
    private final RuleEngine engine;

    public Audit(RuleSet rules, AuditOptions options) {
        this.rules = rules;
        this.options = options;
        this.documents = new DocumentAudit(rules);
        this.engine = new RuleEngine(rules.base());
    }

    /** The program's version, from the jar manifest ("dev" when run from classes). */
    public static String programVersion() {
        String version = Audit.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * Audits every file under {@code paths} (folders are walked) against {@code history}, the previous
     * run. Close the report when its writers are done: its findings may be spilled to disk.
     */
    public AuditReport run(List<Path> paths, History history, ZonedDateTime time) throws IOException {
        return run(InputWalk.of(paths, List.of()), history, time);
    }

    /** Audits the files of a walk (which left out the run's own reports folder), as above. */
    public AuditReport run(InputWalk walk, History history, ZonedDateTime time) throws IOException {
        long start = System.nanoTime();
        List<Path> files = walk.files();
        Assembly assembly = assemble(history, time);
        assembly.chain.history().expect(files.stream().map(walk::keyOf).toList());
        // time spent reading and in the rules, summed over the workers, for the run's log
        AtomicLong parseNanos = new AtomicLong();
        AtomicLong ruleNanos = new AtomicLong();
        RunTimings timings = options.timings() != null ? options.timings() : new RunTimings();
        long startCpu = RunTimings.processCpuNanos();
        timings.add(AUDIT_STAGE, 0, 0); // named first: it holds the next stages
        ReadWatchdog.Reader read = options.reader() != null ? options.reader()
                : (file, name) -> Inputs.read(file, name, options.limits(), rules.vocabulary());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemon("perfaudit-worker"));
        try (InputReader reader = new InputReader(options.limits(), timed(read, timings), rules.vocabulary())) {
            Deque<Future<PartialAudit>> inFlight = new ArrayDeque<>();
            for (int from = 0; from < files.size(); from += CHUNK_FILES) {
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK_FILES));
                inFlight.add(pool.submit(() -> auditChunk(reader, walk, chunk, parseNanos, ruleNanos, timings)));
                if (inFlight.size() >= 2 * options.threads()) {
                    take(inFlight.poll(), assembly, files.size());
                }
            }
            while (!inFlight.isEmpty()) {
                take(inFlight.poll(), assembly, files.size());
            }
        } finally {
            pool.shutdownNow();
        }
        timings.add(AUDIT_STAGE, System.nanoTime() - start, RunTimings.processCpuNanos() - startCpu);
        long crossFormStart = System.nanoTime();
        AuditReport report = timings.time("cross-form rules", assembly::finish);
        ruleNanos.addAndGet(System.nanoTime() - crossFormStart);
        LOG.info("audited {} files, {} forms in {} ms (parse {} ms, rules {} ms over {} threads): {} findings, {} suppressed",
                files.size(), assembly.forms, millis(System.nanoTime() - start), millis(parseNanos.get()),
                millis(ruleNanos.get()), options.threads(), report.findings().size(), report.suppressed().size());
        return report;
    }

    /** The stage that holds reading and the per-form rules on the workers: its wall time and the process's CPU time. */
    private static final String AUDIT_STAGE = "audit (parse and rules)";

    /** Counts the CPU time of reading on the watchdog's reader threads, where the parse runs. */
    private static ReadWatchdog.Reader timed(ReadWatchdog.Reader reader, RunTimings timings) {
        return (file, name) -> {
            long cpu = RunTimings.threadCpuNanos();
            try {
                return reader.read(file, name);
            } finally {
                timings.add("parse", RunTimings.NONE, RunTimings.threadCpuNanos() - cpu);
            }
        };
    }

    /** On a worker: read a chunk of files and audit them. */
    private PartialAudit auditChunk(InputReader reader, InputWalk walk, List<Path> files, AtomicLong parseNanos,
                                    AtomicLong ruleNanos, RunTimings timings) {
        long start = System.nanoTime();
        long startCpu = RunTimings.threadCpuNanos();
        List<InputReader.ReadInput> read = new ArrayList<>(files.size());
        for (Path file : files) {
            read.add(reader.read(file, options.names().apply(file), walk.keyOf(file)));
        }
        long parsed = System.nanoTime();
        long parsedCpu = RunTimings.threadCpuNanos();
        parseNanos.addAndGet(parsed - start);
        // the worker's own CPU while its files are read (the parse itself runs on the watchdog's threads)
        timings.add("hashing inputs", RunTimings.NONE, parsedCpu - startCpu);
        PartialAudit part = documents.audit(read);
        ruleNanos.addAndGet(System.nanoTime() - parsed);
        timings.add("rules", RunTimings.NONE, RunTimings.threadCpuNanos() - parsedCpu);
        return part;
    }

    /** On the main thread, in input order: the chunk's results join the run. */
    private void take(Future<PartialAudit> future, Assembly assembly, int total) throws IOException {
        PartialAudit part;
        try {
            part = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("audit failed: " + e.getCause(), e.getCause());
        }
        int done = assembly.inputs.size();
        assembly.add(part);
        for (InputSummary input : part.inputs()) {
            options.listener().inputAudited(++done, total, input.file());
        }
    }

    /** Starts a run's report: add the per-document results in input order, then {@link Assembly#finish}. */
    public Assembly assemble(History history, ZonedDateTime time) {
        return new Assembly(new FindingChain(rules.base().settings(), rules.suppressions(), rules.descriptions(),
                rules.folding(), history, time.toLocalDate()), time);
    }

    /**
     * A run's results as they arrive, in input order: the inputs, scorecards and cross-form facts are
     * kept, the findings pass the chain at once. Not thread-safe.
     */
    public final class Assembly {

        private final FindingChain chain;
        private final ZonedDateTime time;
        private final List<InputSummary> inputs = new ArrayList<>();
        private final List<Scorecard> scorecards = new ArrayList<>();
        private final List<Object> crossForm = new ArrayList<>();
        private int forms;

        private Assembly(FindingChain chain, ZonedDateTime time) {
            this.chain = chain;
            this.time = time;
        }

        public void add(PartialAudit part) {
            inputs.addAll(part.inputs());
            part.inputs().forEach(chain::input);
            scorecards.addAll(part.scorecards());
            crossForm.addAll(part.crossFormFacts());
            forms += part.forms();
            chain.acceptAll(part.findings());
        }

        /** Fires the cross-form rules, files the expired suppressions, and gives the finished report. */
        public AuditReport finish() {
            return finish(engine.fireCrossForm(crossForm));
        }

        /**
         * As {@link #finish()}, with the cross-form rules already fired elsewhere (a distributed run fires
         * them per unit and year after a shuffle; its parts then carry no cross-form facts).
         */
        public AuditReport finish(List<Finding> crossFormFired) {
            List<Finding> crossFormFindings = new ArrayList<>(crossFormFired);
            crossFormFindings.sort(Finding.ORDER);
            chain.acceptAll(crossFormFindings);
            chain.fileExpiredSuppressions();
            return new AuditReport(time, programVersion(), rules.folder(), rules.hash(), inputs, scorecards,
                    chain.kept(), chain.suppressed(), chain.acceptances(), chain.history());
        }
    }

    /** Worker threads that never keep the JVM alive after main ends (a stuck input, a failed write). */
    static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
