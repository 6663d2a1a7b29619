package perfaudit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The cold stage of {@code perfaudit bench}: for each corpus, cold audits ({@link ColdAudit}) of the
 * whole corpus and of its first file alone, repeated and interleaved so that a noisy moment of a
 * shared machine spreads over all of them. It gives what a user meets: the time of a one-document
 * run, the marginal rate (the forms beyond that one document over the time beyond its run), and where
 * the time of a whole-corpus run goes. Medians are reported with the range over the runs, and CPU
 * time beside wall time: on a busy machine wall time stretches, CPU time much less.
 */
public final class ColdStage {

    /** A corpus to audit cold, and the folder holding its first file alone. */
    public record Corpus(String name, Path folder, Path oneDocument, int forms, int oneForms, int files, long bytes) {

        /** A copy of the first file of {@code folder} (by name) alone in {@code oneFolder}. */
        public static Corpus of(String name, Path folder, Path oneFolder, perfaudit.bench.corpus.Corpus.Summary summary,
                                int perFile) throws IOException {
            Files.createDirectories(oneFolder);
            Path first;
            try (var files = Files.list(folder)) {
                first = files.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().findFirst()
                        .orElseThrow(() -> new IOException("no corpus file in " + folder));
            }
            Files.copy(first, oneFolder.resolve(first.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new Corpus(name, folder, oneFolder, summary.forms(), Math.min(perFile, summary.forms()),
                    summary.files(), summary.bytes());
        }
    }

    /** The runs of one corpus: its one-document runs and its whole-corpus runs, in the order made. */
    public record Result(Corpus corpus, List<ColdAudit.Run> one, List<ColdAudit.Run> whole) {

        public double oneSeconds() {
            return median(one, ColdAudit.Run::seconds);
        }

        public double wholeSeconds() {
            return median(whole, ColdAudit.Run::seconds);
        }

        /** Forms beyond the one document per second beyond its run, from the medians. */
        public double marginalRate() {
            return rate(corpus.forms() - corpus.oneForms(), wholeSeconds() - oneSeconds());
        }

        /** The marginal rate of each pair of runs made one after the other that has one, lowest first. */
        public double[] marginalRates() {
            double[] rates = new double[Math.min(one.size(), whole.size())];
            for (int i = 0; i < rates.length; i++) {
                rates[i] = rate(corpus.forms() - corpus.oneForms(), whole.get(i).seconds() - one.get(i).seconds());
            }
            // a pair whose whole-corpus run was not slower than its one-document run has no rate
            return Arrays.stream(rates).filter(rate -> !Double.isNaN(rate)).sorted().toArray();
        }

        /** Forms beyond the one document per CPU-second beyond its run, from the medians. */
        public double marginalCpuRate() {
            return rate(corpus.forms() - corpus.oneForms(),
                    median(whole, ColdAudit.Run::cpuSeconds) - median(one, ColdAudit.Run::cpuSeconds));
        }

        private static double rate(int forms, double seconds) {
            return seconds <= 0 ? Double.NaN : forms / seconds;
        }
    }

    private ColdStage() {
    }

    /**
     * {@code runs} rounds; in each, every corpus's one document, then the whole corpus. Progress goes
     * to {@code progress}: a round over 10,000 forms takes some seconds per corpus.
     */
    public static List<Result> measure(ColdAudit audit, List<Corpus> corpora, int runs, Path work, PrintStream progress)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        audit.prepare(work);
        List<List<ColdAudit.Run>> ones = new ArrayList<>();
        List<List<ColdAudit.Run>> wholes = new ArrayList<>();
        corpora.forEach(c -> {
            ones.add(new ArrayList<>());
            wholes.add(new ArrayList<>());
        });
        for (int round = 1; round <= runs; round++) {
            for (int i = 0; i < corpora.size(); i++) {
                Corpus corpus = corpora.get(i);
                ColdAudit.Run one = audit.audit(corpus.oneDocument(), work);
                ColdAudit.Run whole = audit.audit(corpus.folder(), work);
                ones.get(i).add(one);
                wholes.get(i).add(whole);
                progress.printf(Locale.ROOT, "cold audit %d/%d, %s: one document %.2f s, %d forms %.2f s (%.1f s CPU)%n",
                        round, runs, corpus.name(), one.seconds(), corpus.forms(), whole.seconds(), whole.cpuSeconds());
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < corpora.size(); i++) {
            results.add(new Result(corpora.get(i), List.copyOf(ones.get(i)), List.copyOf(wholes.get(i))));
        }
        return results;
    }

    /** The summary table, then where the time of a whole-corpus run goes, stage by stage. */
    public static void print(List<Result> results, PrintStream out) {
        if (results.isEmpty()) {
            return;
        }
        int runs = results.get(0).whole().size();
        out.printf("%ncold audits: new processes through the launcher, rules cached, json + xlsx; median [range] of %d runs%n", runs);
        out.printf("%-14s %6s %7s %22s %22s %24s %16s %12s%n", "corpus", "files", "forms", "one document s",
                "whole corpus s", "marginal forms/s", "CPU s one/whole", "forms/CPU-s");
        for (Result r : results) {
            double[] marginal = r.marginalRates();
            out.printf(Locale.ROOT, "%-14s %6d %7d %22s %22s %24s %16s %12.0f%n", r.corpus().name(), r.corpus().files(),
                    r.corpus().forms(), range(r.one(), ColdAudit.Run::seconds, "%.2f"),
                    range(r.whole(), ColdAudit.Run::seconds, "%.2f"),
                    marginal.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f [%.0f-%.0f]", r.marginalRate(),
                            marginal[0], marginal[marginal.length - 1]),
                    String.format(Locale.ROOT, "%.2f / %.2f", median(r.one(), ColdAudit.Run::cpuSeconds),
                            median(r.whole(), ColdAudit.Run::cpuSeconds)),
                    r.marginalCpuRate());
        }
        out.printf("%nwhere the time of a whole-corpus cold audit goes: median wall ms / CPU ms. Parse, hashing and"
                + " rules: CPU time on their threads, summed; a writer: its own thread; the audit and the reports:"
                + " the whole process over the phase%n");
        out.printf("%-40s", "stage");
        results.forEach(r -> out.printf("%16s", r.corpus().name()));
        out.println();
        row(out, "start-up (launcher, JVM, arguments)", results, run -> run.startupMillis(), null);
        for (String stage : stageNames(results)) {
            boolean wall = results.get(0).whole().get(0).timings().path("stages").path(stage).has("wallMs");
            boolean cpu = results.get(0).whole().get(0).timings().path("stages").path(stage).has("cpuMs");
            row(out, stage, results, wall ? run -> run.timings().path("stages").path(stage).path("wallMs").asDouble() : null,
                    cpu ? run -> run.timings().path("stages").path(stage).path("cpuMs").asDouble() : null);
        }
        row(out, "exit (JVM shutdown)", results, ColdAudit.Run::exitMillis, null);
        row(out, "total", results, run -> run.wallNanos() / 1e6, run -> run.timings().path("processCpuMs").asDouble());
        row(out, "  of which JIT compiling (compiler threads)", results, null, run -> run.timings().path("jitMs").asDouble());
        row(out, "  of which garbage collection", results, run -> run.timings().path("gcMs").asDouble(), null);
    }

    private static void row(PrintStream out, String name, List<Result> results, ToDoubleFunction<ColdAudit.Run> wall,
                            ToDoubleFunction<ColdAudit.Run> cpu) {
        out.printf("%-40s", name);
        for (Result r : results) {
            String w = wall == null ? "" : String.format(Locale.ROOT, "%.0f", median(r.whole(), wall));
            String c = cpu == null ? "" : String.format(Locale.ROOT, "%.0f", median(r.whole(), cpu));
            out.printf("%16s", cpu == null ? w : wall == null ? "/ " + c : w + " / " + c);
        }
        out.println();
    }

    /** Every stage the runs recorded, in the order they first appear. */
    private static Set<String> stageNames(List<Result> results) {
        Set<String> names = new LinkedHashSet<>();
        for (Result r : results) {
            for (ColdAudit.Run run : r.whole()) {
                run.timings().path("stages").fieldNames().forEachRemaining(names::add);
            }
        }
        return names;
    }

    /** The results for bench.json: every run's wall time and timings, and the figures derived from them. */
    public static ArrayNode json(List<Result> results, ObjectMapper mapper) {
        ArrayNode array = mapper.createArrayNode();
        for (Result r : results) {
            ObjectNode node = array.addObject();
            node.put("corpus", r.corpus().name());
            node.put("files", r.corpus().files());
            node.put("forms", r.corpus().forms());
            node.put("bytes", r.corpus().bytes());
            node.put("oneDocumentForms", r.corpus().oneForms());
            node.put("oneDocumentSeconds", round(r.oneSeconds()));
            node.put("wholeSeconds", round(r.wholeSeconds()));
            node.put("marginalFormsPerSecond", Math.round(r.marginalRate()));
            node.put("marginalFormsPerCpuSecond", Math.round(r.marginalCpuRate()));
            runs(node.putArray("oneDocumentRuns"), r.one());
            runs(node.putArray("wholeRuns"), r.whole());
        }
        return array;
    }

    private static void runs(ArrayNode array, List<ColdAudit.Run> runs) {
        for (ColdAudit.Run run : runs) {
            ObjectNode node = array.addObject();
            node.put("seconds", round(run.seconds()));
            node.put("exitCode", run.exitCode());
            node.put("startupMs", run.startupMillis());
            node.put("exitMs", run.exitMillis());
            node.set("timings", run.timings());
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    static String range(List<ColdAudit.Run> runs, ToDoubleFunction<ColdAudit.Run> value, String format) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", median(runs, value), values[0],
                values[values.length - 1]);
    }

    static double median(List<ColdAudit.Run> runs, ToDoubleFunction<ColdAudit.Run> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
