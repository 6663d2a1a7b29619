package perfaudit.spark;

import perfaudit.audit.DocumentAudit;
import perfaudit.audit.RuleSet;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.RuleEngine;
import perfaudit.engine.RuleSources;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule files' bytes as the driver read them, broadcast to the executors. Each executor JVM compiles
 * them once, whatever number of tasks it runs, and keeps the compiled rules by content hash (a later job
 * with other rules compiles those). The driver has compiled the same bytes before the job starts, so a
 * broken rule never reaches an executor.
 */
public final class ShippedRules implements Serializable {

    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    /** The compiled rules of one executor JVM: the per-document audit and the engine for the cross-form rules. */
    public record Compiled(DocumentAudit documents, RuleEngine engine) {
    }

    private final String name;
    private final Map<String, byte[]> files;
    private final String hash;

    public ShippedRules(RuleSources sources) {
        this.name = sources.name();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        sources.all().forEach(source -> bytes.put(source.path(), source.bytes()));
        this.files = bytes;
        this.hash = sources.hash();
    }

    public String hash() {
        return hash;
    }

    /** Rules this JVM compiled already (the driver of a local run is its executor too). */
    static void seed(String hash, DocumentAudit documents, RuleEngine engine) {
        COMPILED.putIfAbsent(hash, new Compiled(documents, engine));
    }

    /** This JVM's compiled rules for these bytes, compiled at the first call. */
    public Compiled compiled() {
        return COMPILED.computeIfAbsent(hash, h -> compile());
    }

    private Compiled compile() {
        try {
            RuleBase base = RuleBase.compile(RuleSources.of(name, files));
            return new Compiled(new DocumentAudit(RuleSet.of(base, name)), new RuleEngine(base));
        } catch (RuleCompilationException e) {
            // the driver compiled the same bytes: only a different program version on the executor gets here
            throw new IllegalStateException("rules " + name + " do not compile on this executor: " + e.errors(), e);
        }
    }
}
