package perfaudit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.ingest.grammar.Vocabulary;
import perfaudit.ingest.grammar.VocabularyException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a run audits with: the compiled rule base (rules, decision table settings), the forms
 * vocabulary the readers recognise forms with ({@code forms.yaml}) and the findings auditors accepted
 * (suppressions). Compile once; immutable and shared by every thread of a run.
 */
public final class RuleSet {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    private final String folder;
    private final RuleBase base;
    private final Suppressions suppressions;
    private final Vocabulary vocabulary;

    private RuleSet(String folder, RuleBase base, Suppressions suppressions, Vocabulary vocabulary) {
        this.folder = folder;
        this.base = base;
        this.suppressions = suppressions;
        this.vocabulary = vocabulary;
    }

    /**
     * Reads the folder's forms vocabulary, compiles its rules and reads its suppressions.
     *
     * @throws RuleCompilationException every error as {@code rules/FILE:LINE:COL: message}
     *                                  ({@code rules/forms.yaml:LINE: message} for the vocabulary)
     */
    public static RuleSet load(Path folder) throws IOException, RuleCompilationException {
        long start = System.nanoTime();
        Vocabulary vocabulary = vocabulary(folder);
        RuleBase base = RuleBase.compile(folder);
        Suppressions suppressions = Suppressions.read(folder);
        LOG.info("rule compile: {} rules in {} ms", base.catalog().size(), (System.nanoTime() - start) / 1_000_000);
        return new RuleSet(folder.toString(), base, suppressions, vocabulary);
    }

    /**
     * The folder's forms vocabulary ({@code forms.yaml}), the shipped one when the folder has none.
     *
     * @throws RuleCompilationException every error as {@code rules/forms.yaml:LINE: message}
     */
    public static Vocabulary vocabulary(Path folder) throws RuleCompilationException {
        try {
            return Vocabulary.load(folder);
        } catch (VocabularyException e) {
            throw new RuleCompilationException(e.errors());
        }
    }

    /** A rule base with no suppressions and the shipped vocabulary (measurements, tests). */
    public static RuleSet of(RuleBase base, String folder) {
        return of(base, folder, Vocabulary.standard());
    }

    /** A rule base with no suppressions, reading forms with {@code vocabulary}. */
    public static RuleSet of(RuleBase base, String folder, Vocabulary vocabulary) {
        return new RuleSet(folder, base, Suppressions.none(), vocabulary);
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

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Which rules a report was made with: a hash of the rule files and the program. */
    public String hash() {
        return base.hash();
    }
}
