package perfaudit.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.Auditor;
import perfaudit.engine.Finding;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.Scorecard;
import perfaudit.engine.Suppressions;
import perfaudit.engine.facts.FactBuilder;
import perfaudit.ingest.InputWalk;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.ReadWatchdog;
import perfaudit.model.Document;
import perfaudit.report.AtomicFiles;
import perfaudit.report.AuditReport;
import perfaudit.report.FindingStore;
import perfaudit.report.History;
import perfaudit.report.InputSummary;
import perfaudit.report.ReportWriter;
import perfaudit.report.RunFolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One audit run, streamed: files are parsed and their per-form rules fired in chunks on worker
 * threads; results are taken in input order, so findings keep a deterministic order; each parsed
 * document is dropped as soon as its chunk is done. What stays is light: input summaries,
 * scorecards, cross-form summary facts, and the findings (spilled to disk when many).
 */
final class AuditRun {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRun.class);
    /** Files per chunk: big enough for sessions over many forms, small enough to keep memory flat. */
    static final int CHUNK_FILES = 16;

    /** The compiled rules and the suppressions beside them. */
    record Rules(Path folder, RuleBase base, Suppressions suppressions) {
    }

    /** What one chunk of files gives: everything but the parsed documents themselves. */
    private record Chunk(List<InputSummary> inputs, List<Scorecard> scorecards, List<Object> crossForm,
                         List<Finding> findings, int forms) {
    }

    private final Rules rules;
    private final Limits limits;
    private final ReadWatchdog watchdog;
    private final Auditor auditor;
    private final History history;
    private final LocalDate today = LocalDate.now();
    private final List<InputSummary> inputs = new ArrayList<>();
    private final List<Scorecard> scorecards = new ArrayList<>();
    private final List<Object> crossForm = new ArrayList<>();
    private final FindingStore kept = new FindingStore();
    private final FindingStore suppressed = new FindingStore();
    private final AtomicLong parseNanos = new AtomicLong();
    private final AtomicLong ruleNanos = new AtomicLong();
    private final RunTimings timings;
    private int forms;
    private InputWalk walk;

    private AuditRun(Rules rules, History history, Limits limits, ReadWatchdog watchdog, RunTimings timings) {
        this.rules = rules;
        this.timings = timings;
        this.limits = limits;
        this.watchdog = watchdog;
        this.auditor = new Auditor(rules.base());
        this.history = history;
    }

    static Rules compileRules(Path folder) throws IOException, RuleCompilationException {
        long start = System.nanoTime();
        RuleBase base = RuleBase.compile(folder);
        Suppressions suppressions = Suppressions.read(folder);
        LOG.debug("rules and suppressions ready in {} ms", millis(System.nanoTime() - start));
        return new Rules(folder, base, suppressions);
    }

    /** Audits every file under {@code paths}; the report's finding stores must be closed by the caller. */
    static AuditReport audit(Rules rules, List<Path> paths, History history, ZonedDateTime time, int threads,
                             boolean quiet) throws IOException {
        return audit(rules, paths, history, time, threads, quiet, Limits.DEFAULT, null);
    }

    /**
     * As above, within {@code limits}; {@code reader} stands in for {@link perfaudit.ingest.Inputs#read}
     * when not null (tests of the watchdog).
     */
    static AuditReport audit(Rules rules, List<Path> paths, History history, ZonedDateTime time, int threads,
                             boolean quiet, Limits limits, ReadWatchdog.Reader reader) throws IOException {
        return audit(rules, InputWalk.of(paths, List.of()), history, time, threads, quiet, limits, reader);
    }

    /** As above, over the files of a walk (which left out the run's own reports folder). */
    static AuditReport audit(Rules rules, InputWalk walk, History history, ZonedDateTime time, int threads,
                             boolean quiet, Limits limits, ReadWatchdog.Reader reader) throws IOException {
        return audit(rules, walk, history, time, threads, quiet, limits, reader, new RunTimings());
    }

    /** As above, adding where the time went to {@code timings}. */
    static AuditReport audit(Rules rules, InputWalk walk, History history, ZonedDateTime time, int threads,
                             boolean quiet, Limits limits, ReadWatchdog.Reader reader, RunTimings timings)
            throws IOException {
        ReadWatchdog.Reader read = reader != null ? reader : (file, name) -> Inputs.read(file, name, limits);
        try (ReadWatchdog watchdog = new ReadWatchdog(limits, timed(read, timings))) {
            return audit(new AuditRun(rules, history, limits, watchdog, timings), walk, time, threads, quiet);
        }
    }

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

    private static AuditReport audit(AuditRun run, InputWalk walk, ZonedDateTime time, int threads, boolean quiet)
            throws IOException {
        Rules rules = run.rules;
        long start = System.nanoTime();
        run.walk = walk;
        List<Path> files = walk.files();
        run.history.expect(files.stream().map(walk::keyOf).toList());
        Progress progress = new Progress(System.err, files.size(), quiet);
        long startCpu = RunTimings.processCpuNanos();
        run.timings.add("audit (parse and rules)", 0, 0); // named first: it holds the next stages
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemon("perfaudit-worker"));
        try {
            Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
            for (int from = 0; from < files.size(); from += CHUNK_FILES) {
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK_FILES));
                inFlight.add(pool.submit(() -> run.process(chunk)));
                if (inFlight.size() >= 2 * threads) {
                    run.take(inFlight.poll(), progress);
                }
            }
            while (!inFlight.isEmpty()) {
                run.take(inFlight.poll(), progress);
            }
        } finally {
            pool.shutdownNow();
        }
        run.timings.add("audit (parse and rules)", System.nanoTime() - start, RunTimings.processCpuNanos() - startCpu);
        run.timings.time("cross-form rules", () -> {
            run.crossForm();
            return null;
        });
        LOG.info("audited {} files, {} forms in {} ms (parse {} ms, rules {} ms over {} threads): {} findings, {} suppressed",
                files.size(), run.forms, millis(System.nanoTime() - start), millis(run.parseNanos.get()),
                millis(run.ruleNanos.get()), threads, run.kept.size(), run.suppressed.size());
        return new AuditReport(time, Version.current(), rules.folder().toString(), rules.base().hash(), run.inputs,
                run.scorecards, run.kept, run.suppressed, run.history);
    }

    /** On a worker: parse a chunk of files and fire the per-form rules over them. */
    private Chunk process(List<Path> files) {
        long start = System.nanoTime();
        long startCpu = RunTimings.threadCpuNanos();
        List<Document> documents = new ArrayList<>();
        List<InputSummary> summaries = new ArrayList<>();
        for (Path file : files) {
            Document document = watchdog.read(file, DisplayNames.of(file));
            documents.add(document);
            long size = regularSize(file);
            boolean hashable = size >= 0 && size <= limits.maxFileBytes();
            summaries.add(InputSummary.of(document, walk.keyOf(file), size, hashable ? sha256(file) : null));
            if (!document.problems().isEmpty()) {
                LOG.warn("{}: {} parse problem(s), {} form(s) read", document.file(), document.problems().size(),
                        document.forms().size());
            }
        }
        long parsed = System.nanoTime();
        long parsedCpu = RunTimings.threadCpuNanos();
        parseNanos.addAndGet(parsed - start);
        timings.add("hashing inputs", RunTimings.NONE, parsedCpu - startCpu);
        List<Scorecard> cards = new ArrayList<>();
        List<Finding> findings = auditor.auditForms(documents, cards::add);
        List<Object> summariesForCrossForm = new ArrayList<>();
        int formCount = 0;
        for (Document document : documents) {
            summariesForCrossForm.addAll(FactBuilder.crossFormFacts(document));
            formCount += document.forms().size();
        }
        ruleNanos.addAndGet(System.nanoTime() - parsed);
        timings.add("rules", RunTimings.NONE, RunTimings.threadCpuNanos() - parsedCpu);
        return new Chunk(summaries, cards, summariesForCrossForm, findings, formCount);
    }

    /** On the main thread, in input order: keep the chunk's light results, file its findings. */
    private void take(Future<Chunk> future, Progress progress) throws IOException {
        Chunk chunk;
        try {
            chunk = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("audit failed: " + e.getCause(), e.getCause());
        }
        inputs.addAll(chunk.inputs());
        chunk.inputs().forEach(history::input);
        scorecards.addAll(chunk.scorecards());
        crossForm.addAll(chunk.crossForm());
        forms += chunk.forms();
        chunk.findings().forEach(this::file);
        for (InputSummary input : chunk.inputs()) {
            progress.step(inputs.size(), input.file());
        }
    }

    private void crossForm() {
        long start = System.nanoTime();
        auditor.auditCrossForm(crossForm).forEach(this::file);
        rules.suppressions().expired(today).forEach(this::file);
        ruleNanos.addAndGet(System.nanoTime() - start);
    }

    private void file(Finding finding) {
        if (rules.suppressions().suppresses(finding, history.fingerprint(finding), today)) {
            suppressed.add(finding);
        } else {
            kept.add(history.classify(finding));
        }
    }

    /**
     * Writes every report file atomically, side by side on the available cores (the writers only read
     * the report; findings.xlsx takes longest and starts first), then points reports/latest at the run.
     * A writer that fails leaves no file; the others still finish, and the first failure is thrown.
     */
    static void write(AuditReport report, List<ReportWriter> writers, Path reportsRoot, Path runFolder) throws IOException {
        write(report, writers, reportsRoot, runFolder, new RunTimings());
    }

    /** As above, adding each writer's wall and CPU time to {@code timings}. */
    static void write(AuditReport report, List<ReportWriter> writers, Path reportsRoot, Path runFolder,
                      RunTimings timings) throws IOException {
        long start = System.nanoTime();
        long startCpu = RunTimings.processCpuNanos();
        List<ReportWriter> ordered = new ArrayList<>(writers);
        ordered.sort(java.util.Comparator.comparing((ReportWriter w) -> !w.format().equals("xlsx")));
        int threads = Math.max(1, Math.min(ordered.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("perfaudit-write"));
        try {
            List<Future<?>> written = new ArrayList<>();
            for (ReportWriter writer : ordered) {
                written.add(pool.submit(() -> {
                    long one = System.nanoTime();
                    long cpu = RunTimings.threadCpuNanos();
                    AtomicFiles.write(runFolder.resolve(writer.fileName()), stream -> writer.write(report, stream));
                    timings.add("write " + writer.fileName(), System.nanoTime() - one, RunTimings.threadCpuNanos() - cpu);
                    LOG.info("{} written in {} ms", writer.fileName(), millis(System.nanoTime() - one));
                    return null;
                }));
            }
            IOException failure = null;
            for (Future<?> file : written) {
                try {
                    file.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing reports", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
        RunFolder.markLatest(reportsRoot, runFolder);
        timings.add("reports (written side by side)", System.nanoTime() - start, RunTimings.processCpuNanos() - startCpu);
        LOG.info("reports written to {} in {} ms", runFolder, millis(System.nanoTime() - start));
    }

    /** Worker threads that never keep the JVM alive after main ends (a stuck input, a failed write). */
    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** The size of a regular file, else -1: a link is not followed to size (nor hash) its target. */
    private static long regularSize(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? attrs.size() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
