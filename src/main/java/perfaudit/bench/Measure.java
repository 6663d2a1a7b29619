package perfaudit.bench;

import perfaudit.engine.Auditor;
import perfaudit.engine.Scorecard;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.report.AtomicFiles;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The measured stages of the benchmark: each runs once to warm the JIT, then once measured. */
public final class Measure {

    /** Forms per rule session in the evaluation stage, as the streaming run batches them. */
    static final int SESSION_FORMS = 200;
    static final int WARM_UP_SECONDS = 5;
    static final int TIMED_PASSES = 3;

    private Measure() {
    }

    public static void resetHeap() {
        HeapWatch.reset();
    }

    public static long peakHeap() {
        return HeapWatch.peak();
    }

    /** Parses every file of a folder on one thread; the parsed documents are left in {@code into}. */
    public static Stage parse(String name, Path folder, List<Document> into, long bytes) throws IOException {
        List<Path> files = Inputs.collect(List.of(folder));
        files.forEach(file -> Inputs.read(file, file.getFileName().toString()));
        HeapWatch.reset();
        long start = System.nanoTime();
        for (Path file : files) {
            into.add(Inputs.read(file, file.getFileName().toString()));
        }
        long nanos = System.nanoTime() - start;
        long forms = into.stream().mapToInt(d -> d.forms().size()).sum();
        long problems = into.stream().mapToInt(d -> d.problems().size()).sum();
        return new Stage(name, forms, bytes, nanos, HeapWatch.peak(), problems + " parse problems");
    }

    /**
     * Fires the per-form rules over the documents in sessions of about {@value #SESSION_FORMS} forms,
     * facts built included. The JIT needs a few hundred thousand forms to settle on the rules' lambdas,
     * so passes run untimed for {@value #WARM_UP_SECONDS} s first; the median of three timed passes is reported.
     */
    public static Stage evaluate(String name, Auditor auditor, List<Document> documents, int threads)
            throws Exception {
        List<List<Document>> batches = batches(documents);
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        do {
            fireAll(auditor, batches, threads);
        } while (System.nanoTime() < warmUntil);
        HeapWatch.reset();
        long[] passes = new long[TIMED_PASSES];
        long findings = 0;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long start = System.nanoTime();
            findings = fireAll(auditor, batches, threads);
            passes[pass] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(passes);
        long forms = documents.stream().mapToInt(d -> d.forms().size()).sum();
        return new Stage(name, forms, 0, passes[TIMED_PASSES / 2], HeapWatch.peak(),
                findings + " findings; median of " + TIMED_PASSES + " passes after " + WARM_UP_SECONDS + " s warm-up");
    }

    private static long fireAll(Auditor auditor, List<List<Document>> batches, int threads) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
            for (List<Document> batch : batches) {
                results.add(pool.submit(() -> auditor.auditForms(batch).size()));
            }
            long findings = 0;
            for (java.util.concurrent.Future<Integer> result : results) {
                findings += result.get();
            }
            return findings;
        } finally {
            pool.shutdown();
        }
    }

    public static Stage write(String name, ReportWriter writer, AuditReport report, Path file, int findings)
            throws IOException {
        AtomicFiles.write(file, out -> writer.write(report, out));
        HeapWatch.reset();
        long start = System.nanoTime();
        AtomicFiles.write(file, out -> writer.write(report, out));
        long nanos = System.nanoTime() - start;
        return new Stage(name, report.formCount(), Files.size(file), nanos, HeapWatch.peak(), findings + " findings");
    }

    public static List<Scorecard> scorecards(List<Document> documents) {
        List<Scorecard> cards = new ArrayList<>();
        documents.forEach(d -> cards.addAll(Scorecard.of(d)));
        return cards;
    }

    public static long folderBytes(Path folder) throws IOException {
        long total = 0;
        for (Path file : Inputs.collect(List.of(folder))) {
            total += Files.size(file);
        }
        return total;
    }

    private static List<List<Document>> batches(List<Document> documents) {
        List<List<Document>> batches = new ArrayList<>();
        List<Document> batch = new ArrayList<>();
        int forms = 0;
        for (Document document : documents) {
            batch.add(document);
            forms += document.forms().size();
            if (forms >= SESSION_FORMS) {
                batches.add(batch);
                batch = new ArrayList<>();
                forms = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
