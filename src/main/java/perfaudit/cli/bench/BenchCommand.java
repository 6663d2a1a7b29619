package perfaudit.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.DocumentAudit;
import perfaudit.audit.InputReader;
import perfaudit.audit.ReportFiles;
import perfaudit.audit.RuleSet;
import perfaudit.bench.ColdAudit;
import perfaudit.bench.ColdStage;
import perfaudit.bench.Measure;
import perfaudit.bench.Stage;
import perfaudit.bench.StartupProbe;
import perfaudit.bench.corpus.Corpus;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;
import perfaudit.cli.console.Version;
import perfaudit.cli.options.CorpusOptions;
import perfaudit.cli.options.RulesOption;
import perfaudit.engine.RuleBase;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import perfaudit.report.run.AtomicFiles;
import perfaudit.report.run.History;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code perfaudit bench}: generates a corpus and measures each stage (parse text, xlsx and html, rule
 * compile, rule evaluation, report writing, end to end) in forms/s and MB/s with the peak heap; prints
 * a table and writes bench.json so runs can be compared. Each stage runs once to warm up, then is measured.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure perfaudit's speed on a generated corpus, stage by stage.",
            "--forms sizes the corpus of the text end-to-end stage; the other warm",
            "stages use at most 10,000 of its forms (flow, xlsx and html a fifth).",
            "Run it with the heap you want to test, for example:",
            "  PERFAUDIT_JAVA_OPTS=-Xmx512m ./perfaudit bench --forms 100000"})
public final class BenchCommand implements Callable<Integer> {

    /** Forms the stages measured in isolation use (they hold them in memory). */
    static final int SAMPLE_FORMS = 10_000;

    @Mixin
    CorpusOptions corpusOptions = new CorpusOptions();

    @Option(names = "--threads", description = "Worker threads for the end-to-end stage (default: cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/bench",
            description = "Where bench.json and the work files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--stages", split = ",", paramLabel = "STAGES", defaultValue = "warm,cold",
            description = "Which stages, comma-separated: warm (each stage inside this process, after warm-up),"
                    + " cold (perfaudit audit in new processes, as users run it) (default: ${DEFAULT-VALUE}).")
    List<String> stageSets;

    @Option(names = "--cold-forms", defaultValue = "10000", paramLabel = "N",
            description = "Forms in the text corpora of the cold stage, tabbed and flow (default: ${DEFAULT-VALUE}); the xlsx and html corpora get a fifth.")
    int coldForms;

    @Option(names = "--cold-per-file", defaultValue = "14", paramLabel = "N",
            description = "Forms per text file in the cold stage (default: ${DEFAULT-VALUE}: 10,000 forms in 715 files).")
    int coldPerFile;

    @Option(names = "--cold-runs", defaultValue = "3", paramLabel = "N",
            description = "Cold runs of each corpus and of its first file alone (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Override
    public Integer call() throws Exception {
        LogSetup.level(true, false);
        for (String stageSet : stageSets) {
            if (!stageSet.equals("warm") && !stageSet.equals("cold")) {
                System.err.println("perfaudit: --stages takes warm, cold or both, not '" + stageSet + "'");
                return ExitCodes.USAGE;
            }
        }
        if (coldForms < 2 || coldPerFile < 1 || coldRuns < 1 || !corpusOptions.valid()) {
            System.err.println("perfaudit: --forms and --per-file must be positive, --cold-forms at least 2,"
                    + " --cold-per-file and --cold-runs at least 1");
            return ExitCodes.USAGE;
        }
        Path work = out.resolve("work");
        deleteTree(work);
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("time", ZonedDateTime.now().toOffsetDateTime().toString());
        root.put("version", Version.current());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("loadAverageAtStart", loadAverage());
        if (stageSets.contains("warm")) {
            warm(work, root);
        }
        if (stageSets.contains("cold")) {
            Optional<ColdAudit> cold = ColdAudit.forThisProgram(RulesOption.resolve(rules));
            if (cold.isEmpty()) {
                System.err.println("perfaudit bench: the cold stage runs perfaudit audit through the launcher;"
                        + " start the bench with ./perfaudit bench");
            } else {
                cold(cold.get(), work.resolve("cold"), root);
            }
        }
        root.put("loadAverageAtEnd", loadAverage());
        Path file = out.resolve("bench.json");
        AtomicFiles.write(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root));
        System.out.println("written " + file);
        return ExitCodes.OK;
    }

    /**
     * Cold audits of generated corpora of the varied mix (defects of every rule id, shifted rows): text
     * tabbed and flow ({@code --cold-forms}), xlsx and html (a fifth of those), each also with its
     * first file alone.
     */
    private void cold(ColdAudit audit, Path work, ObjectNode root) throws Exception {
        List<ColdStage.Corpus> corpora = new ArrayList<>();
        int small = Math.max(2, coldForms / 5);
        corpora.add(coldCorpus("text tabbed", work, coldForms, coldPerFile, Corpus.Layout.TABBED));
        corpora.add(coldCorpus("text flow", work, coldForms, coldPerFile, Corpus.Layout.FLOW));
        corpora.add(coldCorpus("xlsx", work, small, corpusOptions.perFile(), Corpus.Layout.XLSX));
        corpora.add(coldCorpus("html", work, small, corpusOptions.perFile(), Corpus.Layout.HTML));
        List<ColdStage.Result> results = ColdStage.measure(audit, corpora, coldRuns, work.resolve("runs"), System.err);
        System.out.printf("%ncold stage: %d cores, load average %.2f (1 min) at its end%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        ColdStage.print(results, System.out);
        root.set("cold", ColdStage.json(results, new ObjectMapper()));
    }

    /** The machine's load average over the last minute: a figure measured at load 8 on 2 cores says so. */
    private static double loadAverage() {
        return Math.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    private ColdStage.Corpus coldCorpus(String name, Path work, int formCount, int formsPerFile, Corpus.Layout layout)
            throws Exception {
        String folder = layout.name().toLowerCase(java.util.Locale.ROOT);
        Corpus.Summary summary = Corpus.write(work.resolve(folder), formCount, formsPerFile, layout, corpusOptions.seed(),
                Corpus.Mix.VARIED);
        return ColdStage.Corpus.of(name, work.resolve(folder), work.resolve(folder + "-one"), summary, formsPerFile);
    }

    /** The stages measured inside this process, each after seconds of warm-up. */
    private void warm(Path work, ObjectNode root) throws Exception {
        Path tabbed = work.resolve("tabbed");
        Path sample = work.resolve("sample");
        Path flow = work.resolve("flow");
        Path xlsx = work.resolve("xlsx");
        Path html = work.resolve("html");
        int forms = corpusOptions.forms();
        int perFile = corpusOptions.perFile();
        long seed = corpusOptions.seed();
        Corpus.Summary tabbedCorpus = Corpus.write(tabbed, forms, perFile, Corpus.Layout.TABBED, seed);
        // stages measured in isolation hold their input in memory: they get at most SAMPLE_FORMS forms,
        // so that the end-to-end stage alone shows how the streaming run copes with the whole corpus
        int sampleForms = Math.min(forms, SAMPLE_FORMS);
        Corpus.Summary sampleCorpus = Corpus.write(sample, sampleForms, perFile, Corpus.Layout.TABBED, seed);
        Corpus.Summary flowCorpus = Corpus.write(flow, Math.max(1, sampleForms / 5), perFile, Corpus.Layout.FLOW, seed);
        // a fifth of the sample as well: workbooks take longer to write than text
        Corpus.Summary xlsxCorpus = Corpus.write(xlsx, Math.max(1, sampleForms / 5), perFile, Corpus.Layout.XLSX, seed);
        Corpus.Summary htmlCorpus = Corpus.write(html, Math.max(1, sampleForms / 5), perFile, Corpus.Layout.HTML, seed);
        List<Stage> stages = new ArrayList<>();

        long compileStart = System.nanoTime();
        HeapWatchAccess.reset();
        RuleBase base = RuleBase.compile(RulesOption.resolve(rules));
        stages.add(new Stage("rule compile (first in this JVM)", 0, 0, System.nanoTime() - compileStart,
                HeapWatchAccess.peak(), base.catalog().size() + " rules"));
        Optional<StartupProbe> startup = StartupProbe.forThisProgram();
        if (startup.isPresent()) {
            Path ruleFolder = RulesOption.resolve(rules);
            stages.add(startup.get().measure("start-up: rules check, rules cached", ruleFolder, true));
            stages.add(startup.get().measure("start-up: rules check, rules compiled (cache off)", ruleFolder, false));
        } else {
            System.err.println("perfaudit bench: not run from a jar, so start-up is not measured");
        }

        List<InputReader.ReadInput> inputs = new ArrayList<>();
        stages.add(Measure.parse("parse text, tabbed (1 thread)", sample, inputs, sampleCorpus.bytes()));
        stages.add(Measure.parse("parse text, flow (1 thread)", flow, new ArrayList<>(), flowCorpus.bytes()));
        stages.add(Measure.parse("parse xlsx (1 thread)", xlsx, new ArrayList<>(), xlsxCorpus.bytes()));
        stages.add(Measure.parse("parse html (1 thread)", html, new ArrayList<>(), htmlCorpus.bytes()));
        RuleSet ruleSet = RuleSet.unsuppressed(base, RulesOption.resolve(rules));
        DocumentAudit documentAudit = new DocumentAudit(ruleSet);
        stages.add(Measure.evaluate("rule evaluation, sessions of ~200 forms (1 thread)", documentAudit, inputs, 1));
        stages.add(Measure.evaluate("rule evaluation, sessions of ~200 forms (" + threads + " threads)",
                documentAudit, inputs, threads));

        int formCount = inputs.stream().mapToInt(input -> input.document().forms().size()).sum();
        // the writers get the report of the sample as a run makes it: through the core's finding chain
        Audit.Assembly assembly = new Audit(ruleSet, AuditOptions.defaults()).assemble(History.none(), ZonedDateTime.now());
        assembly.add(documentAudit.audit(inputs));
        inputs.clear();
        try (AuditReport report = assembly.finish()) {
            for (ReportWriter writer : ReportWriters.forFormats(List.of("json", "xlsx"))) {
                stages.add(Measure.write("write " + writer.fileName(), writer, report, work.resolve(writer.fileName()),
                        report.findings().size()));
            }
        }

        stages.add(endToEnd("end to end: parse + rules + json + xlsx", tabbed, ruleSet, tabbedCorpus.forms()));
        stages.add(endToEnd("end to end, xlsx: parse + rules + json + xlsx", xlsx, ruleSet, xlsxCorpus.forms()));
        print(stages, tabbedCorpus, xlsxCorpus, htmlCorpus, formCount);
        writeJson(root, stages, xlsxCorpus, htmlCorpus);
    }

    private Stage endToEnd(String name, Path corpus, RuleSet ruleSet, int formCount) throws Exception {
        Path reports = out.resolve("work").resolve("reports");
        List<ReportWriter> writers = ReportWriters.forFormats(List.of("json", "xlsx"));
        Audit audit = new Audit(ruleSet, AuditOptions.defaults().withThreads(threads));
        Measure.Timing timing = Measure.Timing.of(() -> {
            runOnce(audit, corpus, reports, writers);
            return 0;
        });
        return new Stage(name + " (" + threads + " threads)", formCount, Measure.folderBytes(corpus), timing.nanos(),
                HeapWatchAccess.peak(), "rules compiled once before; " + timing.note());
    }

    private static void runOnce(Audit audit, Path corpus, Path reports, List<ReportWriter> writers) throws Exception {
        ZonedDateTime now = ZonedDateTime.now();
        Path runFolder = perfaudit.report.run.RunFolder.create(reports, now);
        try (AuditReport report = audit.run(List.of(corpus), History.none(), now)) {
            ReportFiles.write(report, writers, reports, runFolder);
        }
    }

    private void print(List<Stage> stages, Corpus.Summary corpus, Corpus.Summary xlsx, Corpus.Summary html,
                       int parsedForms) {
        System.out.printf("perfaudit bench: %d forms (%d files, %.1f MB tabbed), %d cores, max heap %d MB%n",
                corpus.forms(), corpus.files(), corpus.bytes() / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1 << 20));
        System.out.printf("xlsx stages: %d forms (%d workbooks, %.1f MB, %.0f KB a workbook)%n", xlsx.forms(),
                xlsx.files(), xlsx.bytes() / 1e6, xlsx.bytes() / 1e3 / xlsx.files());
        System.out.printf("html stages: %d forms (%d pages, %.1f MB, %.0f KB a page; UTF-8 and Word's GBK markup)%n",
                html.forms(), html.files(), html.bytes() / 1e6, html.bytes() / 1e3 / html.files());
        printTable(stages);
    }

    /** The stages as a table on stdout (also for {@code perfaudit spark bench}). */
    public static void printTable(List<Stage> stages) {
        System.out.printf("%-58s %10s %12s %9s %12s  %s%n", "stage", "seconds", "forms/s", "MB/s", "peak heap MB", "note");
        for (Stage stage : stages) {
            System.out.printf("%-58s %10.3f %12s %9s %12d  %s%n", stage.name(), stage.seconds(),
                    stage.forms() == 0 ? "-" : String.format("%.0f", stage.formsPerSecond()),
                    stage.bytes() == 0 ? "-" : String.format("%.1f", stage.megabytesPerSecond()),
                    stage.peakHeapBytes() / (1 << 20), stage.note() == null ? "" : stage.note());
        }
    }

    private void writeJson(ObjectNode root, List<Stage> stages, Corpus.Summary xlsx, Corpus.Summary html) {
        root.put("forms", corpusOptions.forms());
        root.put("xlsxForms", xlsx.forms());
        root.put("xlsxBytes", xlsx.bytes());
        root.put("htmlForms", html.forms());
        root.put("htmlBytes", html.bytes());
        root.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1 << 20));
        ArrayNode array = root.putArray("stages");
        for (Stage stage : stages) {
            ObjectNode node = array.addObject();
            node.put("stage", stage.name());
            node.put("seconds", stage.seconds());
            node.put("forms", stage.forms());
            node.put("formsPerSecond", Math.round(stage.formsPerSecond()));
            node.put("megabytesPerSecond", Math.round(stage.megabytesPerSecond() * 10) / 10.0);
            node.put("peakHeapMb", stage.peakHeapBytes() / (1 << 20));
            node.put("note", stage.note());
        }
    }

    public static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The bench package's heap watch, reached from here. */
    private static final class HeapWatchAccess {
        static void reset() {
            Measure.resetHeap();
        }

        static long peak() {
            return Measure.peakHeap();
        }
    }
}
