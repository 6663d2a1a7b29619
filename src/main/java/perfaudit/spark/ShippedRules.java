package perfaudit.spark;

import perfaudit.audit.DocumentAudit;
import perfaudit.audit.RuleSet;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.RuleEngine;
import perfaudit.engine.RuleSources;

import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.VocabularyException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule files' bytes and the forms vocabulary (forms.yaml) as the driver read them, broadcast to the executors. Each executor JVM compiles
 * them once, whatever number of tasks it runs, and keeps the compiled rules by content hash (a later job
 * with other rules compiles those). The driver has compiled the same bytes before the job starts, so a
 * broken rule never reaches an executor.
 */
public final class ShippedRules implements Serializable {

    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    /**
     * The compiled rules of one executor JVM: the per-document audit, the engine for the cross-form rules,
     * and the forms vocabulary its readers recognise forms with.
     */
    public record Compiled(DocumentAudit documents, RuleEngine engine, Vocabulary vocabulary) {
    }

    private final String name;
    private final Map<String, byte[]> files;
    /** The rules folder's forms.yaml, null for the shipped one; and how errors name it. */
    private final String vocabularyText;
    private final String vocabularyName;
    private final String hash;

    private ShippedRules(RuleSources sources, String vocabularyText, String vocabularyName) {
        this.name = sources.name();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        sources.all().forEach(source -> bytes.put(source.path(), source.bytes()));
        this.files = bytes;
        this.vocabularyText = vocabularyText;
        this.vocabularyName = vocabularyName;
        this.hash = sources.hash() + "/" + (vocabularyText == null ? "shipped forms.yaml"
                : HexFormat.of().formatHex(sha256(vocabularyText)));
    }

    /** The rule files and the forms vocabulary of a rule set the driver loaded (and so checked). */
    public static ShippedRules of(RuleSet rules) throws IOException {
        Path folder = Path.of(rules.folder());
        Path yaml = folder.resolve(Vocabulary.FILE_NAME);
        boolean own = Files.isRegularFile(yaml);
        return new ShippedRules(rules.base().sources(), own ? Files.readString(yaml, StandardCharsets.UTF_8) : null,
                own ? Vocabulary.displayName(folder, yaml) : null);
    }

    /** What the compiled rules are kept by in a JVM: the rule files' and the vocabulary's content. */
    public String hash() {
        return hash;
    }

    /** Rules this JVM compiled already (the driver of a local run is its executor too). */
    static void seed(String hash, RuleSet rules) {
        COMPILED.computeIfAbsent(hash, h -> new Compiled(new DocumentAudit(rules), new RuleEngine(rules.base()),
                rules.vocabulary()));
    }

    /** This JVM's compiled rules for these bytes, compiled at the first call. */
    public Compiled compiled() {
        return COMPILED.computeIfAbsent(hash, h -> compile());
    }

    private Compiled compile() {
        try {
            Vocabulary vocabulary = vocabularyText == null ? Vocabulary.standard()
                    : Vocabulary.parse(vocabularyText, vocabularyName);
            RuleBase base = RuleBase.compile(RuleSources.of(name, files));
            return new Compiled(new DocumentAudit(RuleSet.of(base, name, vocabulary)), new RuleEngine(base), vocabulary);
        } catch (RuleCompilationException e) {
            // the driver compiled the same bytes: only a different program version on the executor gets here
            throw new IllegalStateException("rules " + name + " do not compile on this executor: " + e.errors(), e);
        } catch (VocabularyException e) {
            throw new IllegalStateException(vocabularyName + " does not load on this executor: " + e.errors(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
