package perfaudit.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.Auditor;
import perfaudit.engine.Finding;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.Severity;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.report.AtomicFiles;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import perfaudit.report.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code perfaudit audit PATH...}: parse, audit with the rules, write the reports, print a summary. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit forms under PATH (files or folders) with the rules and write the findings report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad usage, or no readable input at all",
            "3:the rule files do not compile (nothing is written)"})
final class AuditCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCommand.class);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder; each run writes into its own DIR/<yyyyMMdd-HHmmss>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,xlsx",
            description = {"Report formats, comma-separated (default: ${DEFAULT-VALUE}):",
                "json  findings.json, every finding with all its fields",
                "xlsx  findings.xlsx: summary with chart, findings, scorecard, inputs",
                "csv   findings.csv, UTF-8 with BOM so that Excel reads the Chinese",
                "md    summary.md, a short summary for CI logs and mail"})
    List<String> formats;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Override
    public Integer call() throws IOException {
        Severity threshold;
        List<ReportWriter> writers;
        try {
            threshold = failOnSeverity(failOn);
            writers = ReportWriters.forFormats(formats);
        } catch (IllegalArgumentException e) {
            System.err.println("perfaudit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                System.err.println("perfaudit: no such file or folder: " + path);
                return ExitCodes.USAGE;
            }
        }
        Path rulesFolder = RulesOption.resolve(rules);
        RuleBase ruleBase;
        long compileStart = System.nanoTime();
        try {
            ruleBase = RuleBase.compile(rulesFolder);
        } catch (RuleCompilationException e) {
            e.errors().forEach(System.err::println);
            System.err.println("perfaudit: the rule files do not compile; no report was written");
            return ExitCodes.RULES_BROKEN;
        }
        LOG.info("rule compile: {} ms", millis(compileStart));

        long parseStart = System.nanoTime();
        List<Document> documents = new ArrayList<>();
        List<InputSummary> inputs = new ArrayList<>();
        for (Path file : Inputs.collect(paths)) {
            Document document = Inputs.read(file, DisplayNames.of(file));
            documents.add(document);
            inputs.add(InputSummary.of(document, size(file), sha256(file)));
        }
        LOG.info("parse: {} files, {} forms in {} ms", documents.size(),
                documents.stream().mapToInt(d -> d.forms().size()).sum(), millis(parseStart));
        if (documents.isEmpty()) {
            System.err.println("perfaudit: no input files found under " + paths);
            return ExitCodes.USAGE;
        }

        long evalStart = System.nanoTime();
        List<Finding> findings = new Auditor(ruleBase).audit(documents);
        LOG.info("rule evaluation: {} ms", millis(evalStart));

        ZonedDateTime now = ZonedDateTime.now();
        AuditReport report = new AuditReport(now, Version.current(), rulesFolder.toString(), ruleBase.hash(),
                inputs, documents, findings, List.of());
        Path runFolder = RunFolder.create(out, now);
        long writeStart = System.nanoTime();
        for (ReportWriter writer : writers) {
            AtomicFiles.write(runFolder.resolve(writer.fileName()), stream -> writer.write(report, stream));
        }
        RunFolder.markLatest(out, runFolder);
        LOG.info("reports written to {} in {} ms", runFolder, millis(writeStart));
        ConsoleSummary.print(report, runFolder, System.out);

        if (documents.stream().allMatch(d -> d.forms().isEmpty())) {
            System.err.println("perfaudit: no readable form in any input");
            return ExitCodes.USAGE;
        }
        boolean failing = threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static Severity failOnSeverity(String level) {
        String normalised = level.strip().toUpperCase(Locale.ROOT);
        if (normalised.equals("NEVER")) {
            return null;
        }
        try {
            return Severity.valueOf(normalised);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on takes error, warning, info or never, not '" + level + "'");
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String sha256(Path file) {
        try (var in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }
}
