package perfaudit.cli.audit;

import perfaudit.audit.DisplayNames;
import perfaudit.audit.RuleSet;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.Printed;
import perfaudit.cli.options.InputPaths;
import perfaudit.cli.options.LimitOptions;
import perfaudit.cli.options.RulesOption;
import perfaudit.engine.RuleCompilationException;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.ReadWatchdog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Document;
import perfaudit.report.run.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code perfaudit parse PATH... [--out FILE]}: the parsed facts as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse forms and print the facts as JSON.", "The JSON contract is described in README.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input parsed without problems", "1:some input had parse problems",
                "2:bad usage or no readable input", "3:the forms vocabulary (forms.yaml) has errors", "4:some input gave no form (unreadable, over a limit, a link not followed)"})
public final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder whose forms vocabulary (forms.yaml) reads the forms, as in audit (default: rules/).")
    Path rules;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() throws IOException {
        Limits limits;
        try {
            limits = limitOptions.apply();
        } catch (IllegalArgumentException e) {
            System.err.println("perfaudit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!InputPaths.allExist(paths)) {
            return ExitCodes.USAGE;
        }
        // the vocabulary an audit of the same folder would read with: an edit to forms.yaml shows here at once
        Vocabulary vocabulary;
        try {
            vocabulary = RuleSet.vocabulary(RulesOption.resolve(rules));
        } catch (RuleCompilationException e) {
            e.errors().forEach(Printed::error);
            Printed.error("perfaudit: 表单词汇表有错误（见上） — the forms vocabulary has errors (above)");
            return ExitCodes.RULES_BROKEN;
        }
        List<Document> documents = new ArrayList<>();
        try (ReadWatchdog watchdog = new ReadWatchdog(limits, (file, name) -> Inputs.read(file, name, limits, vocabulary))) {
            for (Path file : Inputs.collect(paths)) {
                documents.add(watchdog.read(file, DisplayNames.of(file)));
            }
        }
        String json = ParseJson.write(documents);
        if (out == null) {
            System.out.write(json.getBytes(StandardCharsets.UTF_8));
            System.out.flush();
        } else {
            AtomicFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
        }
        boolean problems = documents.stream().anyMatch(d -> !d.problems().isEmpty());
        boolean anyForm = documents.stream().anyMatch(d -> !d.forms().isEmpty());
        boolean unreadable = documents.stream().anyMatch(d -> d.forms().isEmpty());
        return !anyForm ? ExitCodes.USAGE : unreadable ? ExitCodes.UNREADABLE_INPUT
                : problems ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
