package perfaudit.bench;

import perfaudit.audit.DocumentAudit;
import perfaudit.audit.InputReader;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.ReportWriter;
import perfaudit.report.run.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** One timed pass of a stage; returns what the stage counts (findings, problems) for the note. */
    @FunctionalInterface
    public interface Pass {
        long run() throws Exception;
    }

    /** The median time of {@value #TIMED_PASSES} passes after {@value #WARM_UP_SECONDS} s of untimed ones. */
    public record Timing(long nanos, long count) {

        public static Timing of(Pass pass) throws Exception {
            long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
            do {
                pass.run();
            } while (System.nanoTime() < warmUntil);
            HeapWatch.reset();
            long[] passes = new long[TIMED_PASSES];
            long count = 0;
            for (int i = 0; i < TIMED_PASSES; i++) {
                long start = System.nanoTime();
                count = pass.run();
                passes[i] = System.nanoTime() - start;
            }
            Arrays.sort(passes);
            return new Timing(passes[TIMED_PASSES / 2], count);
        }

        public String note() {
            return "median of " + TIMED_PASSES + " passes after " + WARM_UP_SECONDS + " s warm-up";
        }
    }

    /**
     * Parses every file of a folder on one thread; the inputs read by the last pass are left in
     * {@code into}. The JIT needs several passes to settle on the readers (POI's above all), so they warm up first.
     */
    public static Stage parse(String name, Path folder, List<InputReader.ReadInput> into, long bytes) throws Exception {
        List<Path> files = Inputs.collect(List.of(folder));
        List<Document> parsed = new ArrayList<>();
        Timing timing = Timing.of(() -> {
            parsed.clear();
            for (Path file : files) {
                parsed.add(Inputs.read(file, file.getFileName().toString()));
            }
            return parsed.stream().mapToInt(d -> d.problems().size()).sum();
        });
        for (int i = 0; i < files.size(); i++) {
            into.add(new InputReader.ReadInput(parsed.get(i), InputSummary.of(parsed.get(i), parsed.get(i).file(),
                    Files.size(files.get(i)), null)));
        }
        long forms = parsed.stream().mapToInt(d -> d.forms().size()).sum();
        return new Stage(name, forms, bytes, timing.nanos(), HeapWatch.peak(),
                timing.count() + " parse problems; " + timing.note());
    }

    /**
     * The per-document stage of a run (facts built, per-form rules fired, scorecards made) over the
     * inputs in batches of about {@value #SESSION_FORMS} forms, as the rule sessions hold them; warmed up
     * first, as the JIT needs a few hundred thousand forms to settle on the rules' lambdas.
     */
    public static Stage evaluate(String name, DocumentAudit audit, List<InputReader.ReadInput> inputs, int threads)
            throws Exception {
        List<List<InputReader.ReadInput>> batches = batches(inputs);
        Timing timing = Timing.of(() -> fireAll(audit, batches, threads));
        long forms = inputs.stream().mapToInt(input -> input.document().forms().size()).sum();
        return new Stage(name, forms, 0, timing.nanos(), HeapWatch.peak(), timing.count() + " findings; " + timing.note());
    }

    private static long fireAll(DocumentAudit audit, List<List<InputReader.ReadInput>> batches, int threads)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
            for (List<InputReader.ReadInput> batch : batches) {
                results.add(pool.submit(() -> audit.audit(batch).findings().size()));
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
            throws Exception {
        Timing timing = Timing.of(() -> {
            AtomicFiles.write(file, out -> writer.write(report, out));
            return findings;
        });
        return new Stage(name, report.formCount(), Files.size(file), timing.nanos(), HeapWatch.peak(),
                findings + " findings; " + timing.note());
    }

    public static long folderBytes(Path folder) throws IOException {
        long total = 0;
        for (Path file : Inputs.collect(List.of(folder))) {
            total += Files.size(file);
        }
        return total;
    }

    private static List<List<InputReader.ReadInput>> batches(List<InputReader.ReadInput> inputs) {
        List<List<InputReader.ReadInput>> batches = new ArrayList<>();
        List<InputReader.ReadInput> batch = new ArrayList<>();
        int forms = 0;
        for (InputReader.ReadInput input : inputs) {
            batch.add(input);
            forms += input.document().forms().size();
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
