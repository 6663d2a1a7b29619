package perfaudit.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.Auditor;
import perfaudit.engine.Finding;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.Suppressions;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.report.AtomicFiles;
import perfaudit.report.AuditReport;
import perfaudit.report.History;
import perfaudit.report.InputSummary;
import perfaudit.report.ReportWriter;
import perfaudit.report.RunFolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The steps of one audit run, each timed in the log: rules, inputs, evaluation, reports. */
final class AuditRun {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRun.class);

    /** The compiled rules and the suppressions beside them. */
    record Rules(Path folder, RuleBase base, Suppressions suppressions) {
    }

    /** Parsed inputs and their summaries, in input order. */
    record Inputs(List<Document> documents, List<InputSummary> summaries) {
    }

    private AuditRun() {
    }

    static Rules compileRules(Path folder) throws IOException, RuleCompilationException {
        long start = System.nanoTime();
        RuleBase base = RuleBase.compile(folder);
        Suppressions suppressions = Suppressions.read(folder);
        LOG.info("rule compile: {} rules in {} ms", base.catalog().size(), millis(start));
        return new Rules(folder, base, suppressions);
    }

    static Inputs readInputs(List<Path> paths, boolean quiet) throws IOException {
        long start = System.nanoTime();
        List<Path> files = perfaudit.ingest.Inputs.collect(paths);
        Progress progress = new Progress(System.err, files.size(), quiet);
        List<Document> documents = new ArrayList<>();
        List<InputSummary> summaries = new ArrayList<>();
        for (Path file : files) {
            String name = DisplayNames.of(file);
            Document document = perfaudit.ingest.Inputs.read(file, name);
            documents.add(document);
            summaries.add(InputSummary.of(document, size(file), sha256(file)));
            if (!document.problems().isEmpty()) {
                LOG.warn("{}: {} parse problem(s), {} form(s) read", name, document.problems().size(), document.forms().size());
            }
            progress.step(documents.size(), name);
        }
        LOG.info("parse: {} files, {} forms in {} ms", documents.size(),
                documents.stream().mapToInt(d -> d.forms().size()).sum(), millis(start));
        return new Inputs(documents, summaries);
    }

    static Suppressions.Outcome evaluate(Rules rules, List<Document> documents) {
        long start = System.nanoTime();
        List<Finding> findings = new Auditor(rules.base()).audit(documents);
        Suppressions.Outcome outcome = rules.suppressions().apply(findings, java.time.LocalDate.now());
        LOG.info("rule evaluation: {} findings ({} suppressed) in {} ms", outcome.kept().size(),
                outcome.suppressed().size(), millis(start));
        return outcome;
    }

    static AuditReport report(ZonedDateTime time, Rules rules, Inputs inputs, Suppressions.Outcome outcome, History history) {
        return new AuditReport(time, Version.current(), rules.folder().toString(), rules.base().hash(),
                inputs.summaries(), inputs.documents(), outcome.kept(), outcome.suppressed(), history);
    }

    /** Writes every report file atomically, then points reports/latest at the run. */
    static void write(AuditReport report, List<ReportWriter> writers, Path reportsRoot, Path runFolder) throws IOException {
        long start = System.nanoTime();
        for (ReportWriter writer : writers) {
            AtomicFiles.write(runFolder.resolve(writer.fileName()), stream -> writer.write(report, stream));
        }
        RunFolder.markLatest(reportsRoot, runFolder);
        LOG.info("reports written to {} in {} ms", runFolder, millis(start));
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
