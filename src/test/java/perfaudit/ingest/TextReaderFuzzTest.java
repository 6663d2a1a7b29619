package perfaudit.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.audit.DocumentAudit;
import perfaudit.audit.InputReader;
import perfaudit.audit.RuleSet;
import perfaudit.cli.audit.ParseJson;
import perfaudit.engine.AuditHarness;
import perfaudit.engine.Scorecards;
import perfaudit.engine.facts.build.FactBuilder;
import perfaudit.engine.facts.build.Judgements;
import perfaudit.engine.rules.RuleFailures;
import perfaudit.finding.Finding;
import perfaudit.ingest.text.DecodedText;
import perfaudit.ingest.text.TextReader;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;
import perfaudit.report.InputSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the text readers with mutated copies of both seeds ({@link Mutator}) and checks, for every
 * input: no exception escapes the reader; every problem has a place in the file and a reason; a
 * document without a form says why; every form and indicator points at a line of the file; the
 * facts, the scorecard and the parse JSON can be made from what was read; no input takes seconds;
 * and on a sample, reading twice gives the same document and no rule fails on it. CI runs a few thousand inputs; the dedicated run
 * ({@code mvn test -Pfuzz}, or {@code -Dperfaudit.fuzz.inputs=N -Dperfaudit.fuzz.seed=S}) runs
 * millions on every core. Failing inputs are saved under target/fuzz-failures/ with their seed and
 * index, from which {@link Mutator} makes them again.
 */
class TextReaderFuzzTest {

    private static final long INPUTS = Long.getLong("perfaudit.fuzz.inputs", 3000);
    private static final long SEED = Long.getLong("perfaudit.fuzz.seed", 20240611L);
    private static final long SLOW_NANOS = 5_000_000_000L;
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static final String NAME = "fuzz.txt";
    /** Every so many inputs are also read twice (same result) and audited (no rule may fail on them). */
    private static final int AUDIT_EVERY = 25;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DocumentAudit audit;

    /** A failure kind: the exception or broken invariant, and where; with the first input that showed it. */
    private record Failure(String signature, long index, String detail) {
    }

    @Test
    void noInputMakesAReaderThrowAndEveryProblemIsReported() throws Exception {
        Mutator mutator = new Mutator(bases());
        // compiled and its first session run before the clock starts: that warm-up is no input's cost
        Document clean = Inputs.read(Path.of("fixtures/rules/clean-form.txt"), NAME);
        documentAudit().audit(List.of(new InputReader.ReadInput(clean, InputSummary.of(clean, NAME, 0, null))));
        int threads = INPUTS > 100_000 ? Runtime.getRuntime().availableProcessors() : 1;
        Map<String, Failure> failures = new TreeMap<>();
        Map<Mutator.Op, AtomicLong> opCounts = new EnumMap<>(Mutator.Op.class);
        for (Mutator.Op op : Mutator.Op.values()) {
            opCounts.put(op, new AtomicLong());
        }
        AtomicLong problems = new AtomicLong();
        AtomicLong forms = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(pool.submit(() -> {
                for (long index = worker; index < INPUTS; index += threads) {
                    Mutator.Input input = mutator.mutate(SEED, index);
                    input.ops().forEach(op -> opCounts.get(op).incrementAndGet());
                    long began = System.nanoTime();
                    Failure failure = check(input.bytes(), index, problems, forms);
                    long took = System.nanoTime() - began;
                    slowest.accumulateAndGet(took, Math::max);
                    if (failure == null && took > SLOW_NANOS) {
                        failure = new Failure("slow: " + took / 1_000_000 + " ms", index, "");
                    }
                    if (failure != null) {
                        record(failures, failure, input.bytes());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
        String figures = String.format("fuzz: %,d inputs (seed %d) in %d s on %d threads, %,d forms and %,d problems read,"
                        + " slowest input %d ms, %d failure kind(s)%nmutations applied: %s", INPUTS, SEED, seconds, threads,
                forms.get(), problems.get(), slowest.get() / 1_000_000, failures.size(), opCounts);
        System.out.println(figures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fuzz-figures.txt"), figures + System.lineSeparator());
        StringBuilder report = new StringBuilder();
        failures.values().forEach(f -> report.append("\n  ").append(f.signature()).append("  (input ").append(f.index())
                .append(") ").append(f.detail()));
        assertTrue(failures.isEmpty(), failures.size() + " kind(s) of failure; inputs saved under " + FAILURES + report);
    }

    /**
     * The inputs mutated: both seeds, a clean form, and every text serialisation of the family
     * fixtures (pipe rows, "cell |" lines, one cell per line, space-separated, one flattened line,
     * traditional characters, page chrome, several forms, a cut form).
     */
    static List<byte[]> bases() throws IOException {
        List<byte[]> bases = new ArrayList<>(List.of(Files.readAllBytes(Fixtures.TABBED_SEED),
                Files.readAllBytes(Fixtures.FLOW_SEED), Files.readAllBytes(Path.of("fixtures/rules/clean-form.txt"))));
        try (var families = Files.list(Path.of("fixtures", "families"))) {
            for (Path file : families.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                bases.add(Files.readAllBytes(file));
            }
        }
        return bases;
    }

    /** Reads one input as a run would (format detection, then the text reader) and checks the invariants. */
    private static Failure check(byte[] bytes, long index, AtomicLong problems, AtomicLong forms) {
        Document document;
        try {
            if (bytes.length == 0 || InputFormat.detect(bytes) != InputFormat.TEXT) {
                return null;
            }
            document = new TextReader().read(new InputFile(Path.of(NAME), NAME, bytes));
        } catch (Throwable e) {
            return new Failure("reader threw " + signature(e), index, e.toString());
        }
        forms.addAndGet(document.forms().size());
        problems.addAndGet(document.problems().size());
        if (document.forms().isEmpty() && document.problems().isEmpty()) {
            return new Failure("no form and no problem", index, "");
        }
        int lines = DecodedText.decode(bytes).lines().size();
        for (ParseProblem problem : document.problems()) {
            if (problem.reason() == null || problem.reason().isBlank() || problem.location() == null
                    || !NAME.equals(problem.location().file()) || problem.location().line() > lines) {
                return new Failure("problem without reason or place", index, problem.toString());
            }
        }
        for (Form form : document.forms()) {
            List<SourceLocation> places = new ArrayList<>();
            places.add(form.location());
            form.indicators().forEach(indicator -> places.add(indicator.location()));
            for (SourceLocation place : places) {
                if (place == null || !NAME.equals(place.file()) || place.line() < 1 || place.line() > lines) {
                    return new Failure("form element placed outside the file", index, String.valueOf(place));
                }
            }
        }
        try {
            Judgements judgements = AuditHarness.rules().base().judgements();
            FactBuilder.formFacts(document, judgements);
            FactBuilder.crossFormFacts(document);
            Scorecards.of(document, judgements);
            JSON.readTree(ParseJson.write(List.of(document)));
        } catch (Throwable e) {
            return new Failure("facts/scorecard/json threw " + signature(e), index, e.toString());
        }
        if (index % AUDIT_EVERY == 0) {
            Document again = new TextReader().read(new InputFile(Path.of(NAME), NAME, bytes));
            if (!again.equals(document)) {
                return new Failure("reading twice gave two documents", index, "");
            }
            InputReader.ReadInput input = new InputReader.ReadInput(document, InputSummary.of(document, NAME, bytes.length, null));
            List<Finding> failed = documentAudit().audit(List.of(input)).findings().stream()
                    .filter(f -> f.ruleId().equals(RuleFailures.RULE_FAILED)).toList();
            if (!failed.isEmpty()) {
                return new Failure("a rule failed: " + failed.get(0).field() + " " + failed.get(0).found(), index,
                        failed.get(0).message());
            }
        }
        return null;
    }

    private static synchronized DocumentAudit documentAudit() {
        if (audit == null) {
            try {
                audit = new DocumentAudit(RuleSet.load(Path.of("rules")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return audit;
    }

    /** Exception class and the first perfaudit frame: one signature per bug, not per input. */
    private static String signature(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("perfaudit.")) {
                return e.getClass().getSimpleName() + " at " + frame.getClassName() + "." + frame.getMethodName()
                        + ":" + frame.getLineNumber();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void record(Map<String, Failure> failures, Failure failure, byte[] bytes) {
        synchronized (failures) {
            if (failures.containsKey(failure.signature())) {
                return;
            }
            failures.put(failure.signature(), failure);
        }
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(SEED + "-" + failure.index() + ".txt"), bytes);
        } catch (IOException e) {
            // the failure is reported anyway; only the saved copy is missing
        }
    }
}
