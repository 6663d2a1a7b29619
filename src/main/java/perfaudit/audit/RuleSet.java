package perfaudit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a run audits with: the compiled rule base (rules, decision table settings) and the findings
 * auditors accepted (suppressions). Compile once; immutable and shared by every thread of a run.
 */
public final class RuleSet {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    private final String folder;
    private final RuleBase base;
    private final Suppressions suppressions;

    private RuleSet(String folder, RuleBase base, Suppressions suppressions) {
        this.folder = folder;
        this.base = base;
        this.suppressions = suppressions;
    }

    /**
     * Compiles the rules folder and reads its suppressions.
     *
     * @throws RuleCompilationException every error as {@code rules/FILE:LINE:COL: message}
     */
    public static RuleSet load(Path folder) throws IOException, RuleCompilationException {
        long start = System.nanoTime();
        RuleBase base = RuleBase.compile(folder);
        Suppressions suppressions = Suppressions.read(folder);
        LOG.info("rule compile: {} rules in {} ms", base.catalog().size(), (System.nanoTime() - start) / 1_000_000);
        return new RuleSet(folder.toString(), base, suppressions);
    }

    /** A rule base with no suppressions (measurements, tests). */
    public static RuleSet of(RuleBase base, String folder) {
        return new RuleSet(folder, base, Suppressions.none());
    }

    /** The rules folder as it was named. */
    public String folder() {
        return folder;
    }

    public RuleBase base() {
        return base;
    }

    public Suppressions suppressions() {
        return suppressions;
    }

    /** Which rules a report was made with: a hash of the rule files and the program. */
    public String hash() {
        return base.hash();
    }
}
