package perfaudit.cli.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import perfaudit.audit.RuleSet;
import perfaudit.bench.Stage;
import perfaudit.bench.corpus.Corpus;
import perfaudit.cli.bench.BenchCommand;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;
import perfaudit.cli.console.Printed;
import perfaudit.cli.console.Version;
import perfaudit.cli.options.CorpusOptions;
import perfaudit.cli.options.RulesOption;
import perfaudit.report.run.AtomicFiles;
import perfaudit.spark.SparkBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code perfaudit spark bench}: the Spark job in local mode against {@code perfaudit audit} on one generated corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the Spark job in local mode against `perfaudit audit`.",
            "Both audit one generated corpus end to end with their reports; a table is",
            "printed and bench-spark.json written. Figures from a busy machine are",
            "noisy: compare runs made side by side."})
final class SparkBenchCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpusOptions = new CorpusOptions();

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: local[N], N the cores, as many as the CLI's threads).")
    String master;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/bench",
            description = "Where bench-spark.json and the work files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        LogSetup.level(true, false);
        if (!corpusOptions.valid()) {
            Printed.error("perfaudit: --forms and --per-file must be positive");
            return ExitCodes.USAGE;
        }
        if (!SparkAuditCommand.sparkAvailable()) {
            Printed.error("perfaudit: Apache Spark is not on the class path: run `./perfaudit spark bench`");
            return ExitCodes.USAGE;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        Path work = out.resolve("spark-work");
        BenchCommand.deleteTree(work);
        Corpus.Summary corpus = Corpus.write(work.resolve("tabbed"), corpusOptions.forms(), corpusOptions.perFile(),
                Corpus.Layout.TABBED, corpusOptions.seed());
        RuleSet ruleSet = RuleSet.load(RulesOption.resolve(rules));
        List<Stage> stages = SparkBench.measure(master == null ? "local[" + cores + "]" : master, work.resolve("tabbed"),
                corpus.forms(), ruleSet, cores, work);
        System.out.printf("perfaudit spark bench: %d forms (%d files, %.1f MB tabbed), %d cores, max heap %d MB%n",
                corpus.forms(), corpus.files(), corpus.bytes() / 1e6, cores, Runtime.getRuntime().maxMemory() >> 20);
        BenchCommand.printTable(stages);
        System.out.printf("job / CLI time: %.2f%n", stages.get(1).seconds() / stages.get(0).seconds());
        writeJson(stages, corpus, cores);
        return ExitCodes.OK;
    }

    private void writeJson(List<Stage> stages, Corpus.Summary corpus, int cores) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("time", ZonedDateTime.now().toOffsetDateTime().toString());
        root.put("version", Version.current());
        root.put("forms", corpus.forms());
        root.put("files", corpus.files());
        root.put("bytes", corpus.bytes());
        root.put("cores", cores);
        root.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        ArrayNode array = root.putArray("stages");
        for (Stage stage : stages) {
            ObjectNode node = array.addObject();
            node.put("stage", stage.name());
            node.put("seconds", stage.seconds());
            node.put("forms", stage.forms());
            node.put("formsPerSecond", Math.round(stage.formsPerSecond()));
            node.put("peakHeapMb", stage.peakHeapBytes() >> 20);
            node.put("note", stage.note());
        }
        Path file = out.resolve("bench-spark.json");
        AtomicFiles.write(file, mapper.writeValueAsBytes(root));
        System.out.println("written " + file);
    }
}
