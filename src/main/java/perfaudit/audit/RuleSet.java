package perfaudit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.audit.chain.Folding;
import perfaudit.audit.chain.Suppressions;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;
import perfaudit.finding.BuiltInRule;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.VocabularyException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a run audits with: the compiled rule base (rules, decision table settings), the forms
 * vocabulary the readers recognise forms with ({@code forms.yaml}), the findings auditors accepted
 * (suppressions) and which findings fold into which (folding.csv). Compile once; immutable and shared by every thread of a run.
 * Its {@link #hash} covers all of them: an edit to any changes the findings, and so the hash.
 */
public final class RuleSet {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    private final String folder;
    private final RuleBase base;
    private final Suppressions suppressions;
    private final Folding folding;
    private final Vocabulary vocabulary;
    private final String hash;

    private RuleSet(String folder, RuleBase base, Suppressions suppressions, Folding folding, Vocabulary vocabulary,
                    String hash) {
        this.folder = folder;
        this.base = base;
        this.suppressions = suppressions;
        this.folding = folding;
        this.vocabulary = vocabulary;
        this.hash = hash;
    }

    /**
     * Reads the folder's forms vocabulary, compiles its rules and reads its suppressions and folding
     * judgements, both checked against the rule ids compiled: every error of both files is reported,
     * before anything is audited.
     *
     * @throws RuleCompilationException every error as {@code rules/FILE:LINE:COL: message}
     *                                  ({@code rules/forms.yaml:LINE: message} for the vocabulary)
     */
    public static RuleSet load(Path folder) throws IOException, RuleCompilationException {
        long start = System.nanoTime();
        RulesFolderFiles files = RulesFolderFiles.read(folder, RulesFolderFiles.ALL);
        Vocabulary vocabulary = vocabulary(folder, files);
        RuleBase base = RuleBase.compile(folder);
        Set<String> ids = ruleIds(base);
        List<String> errors = new ArrayList<>();
        Suppressions suppressions = null;
        Folding folding = null;
        try {
            suppressions = Suppressions.parse(folder, files.text(Suppressions.FILE_NAME), ids);
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        try {
            folding = Folding.parse(folder, files.text(Folding.FILE_NAME), ids);
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        String hash = files.hash(base.sources());
        LOG.info("rule compile: {} rules in {} ms; {} suppressions, {} folding judgements; rules hash {}",
                base.catalog().size(), (System.nanoTime() - start) / 1_000_000, suppressions.entries().size(),
                folding.folds().size(), hash);
        return new RuleSet(folder.toString(), base, suppressions, folding, vocabulary, hash);
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

    /** As {@link #vocabulary(Path)}, from the folder's files as read (and hashed) once, failing as it fails. */
    private static Vocabulary vocabulary(Path folder, RulesFolderFiles files) throws RuleCompilationException {
        Path file = folder.resolve(Vocabulary.FILE_NAME);
        try {
            String text = files.text(Vocabulary.FILE_NAME);
            return text == null ? Vocabulary.standard() : Vocabulary.parse(text, Vocabulary.displayName(folder, file));
        } catch (IOException e) {
            throw new RuleCompilationException(List.of(file + ": cannot read: " + e.getMessage()));
        } catch (VocabularyException e) {
            throw new RuleCompilationException(e.errors());
        }
    }

    /**
     * The hash a run with this compiled rule base and the folder's other files would report
     * ({@code perfaudit rules check} shows it).
     */
    public static String hash(RuleBase base, Path folder) {
        return RulesFolderFiles.read(folder, RulesFolderFiles.ALL).hash(base.sources());
    }

    /** A rule base with no suppressions, nothing folded and the shipped vocabulary (measurements, tests). */
    public static RuleSet of(RuleBase base, String folder) {
        return of(base, folder, Vocabulary.standard());
    }

    /**
     * A rule base with no suppressions and nothing folded, reading forms with {@code vocabulary}; its hash
     * covers the rule files alone, the vocabulary given being no file.
     */
    public static RuleSet of(RuleBase base, String folder, Vocabulary vocabulary) {
        return new RuleSet(folder, base, Suppressions.none(), Folding.none(), vocabulary,
                RulesFolderFiles.NONE.hash(base.sources()));
    }

    /**
     * A compiled rule base with the folder's folding judgements and no suppressions: what a rule test
     * case or a measurement audits with, as a run would but without the acceptances of past runs.
     *
     * @throws RuleCompilationException the errors of folding.csv, at their lines
     */
    public static RuleSet unsuppressed(RuleBase base, Path folder) throws IOException, RuleCompilationException {
        RulesFolderFiles files = RulesFolderFiles.read(folder, RulesFolderFiles.UNSUPPRESSED);
        Folding folding = Folding.parse(folder, files.text(Folding.FILE_NAME), ruleIds(base));
        return new RuleSet(folder.toString(), base, Suppressions.none(), folding, vocabulary(folder, files),
                files.hash(base.sources()));
    }

    /** The errors of the folder's suppressions.csv and folding.csv against a compiled rule base, at their lines. */
    public static List<String> acceptanceErrors(Path folder, RuleBase base) throws IOException {
        List<String> errors = new ArrayList<>();
        try {
            Suppressions.read(folder, ruleIds(base));
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        try {
            Folding.read(folder, ruleIds(base));
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        return errors;
    }

    /** Every id a finding may carry: the compiled rules' and perfaudit's own. */
    static Set<String> ruleIds(RuleBase base) {
        Set<String> ids = new TreeSet<>(BuiltInRule.ids());
        base.catalog().forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    /** Each rule id's description ({@code 中文 — English}, thresholds in force), which a grouped finding restates. */
    public Map<String, String> descriptions() {
        Map<String, String> descriptions = new HashMap<>();
        for (BuiltInRule rule : BuiltInRule.values()) {
            descriptions.put(rule.id(), rule.description());
        }
        base.catalog().forEach(rule -> descriptions.putIfAbsent(rule.id(), rule.description()));
        return descriptions;
    }

    public Folding folding() {
        return folding;
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

    /**
     * Which rules a report was made with: 16 hex digits of a hash of the rule files, the forms vocabulary,
     * the suppressions and the folding judgements in use, and the program version.
     */
    public String hash() {
        return hash;
    }
}
