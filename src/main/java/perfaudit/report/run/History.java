package perfaudit.report.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.finding.Finding;
import perfaudit.report.InputSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a run with the previous complete run in the same reports folder (see
 * {@link RunFolder#previous}): each finding is NEW or EXISTING by fingerprint ({@link Fingerprints}:
 * rule, file key, form, field), and the previous findings no longer present are FIXED.
 *
 * <p>FIXED is said only of files audited again. A file is audited again when this run reads a file of
 * the same key, or, failing that, one with the same content (a folder renamed or moved): its findings
 * are compared under the previous key. The previous run's files that this run did not read are
 * reported as such ({@link #notAuditedAgain}); their findings are neither FIXED nor carried over, so
 * auditing another set of files into the same reports folder does not declare the first set fixed.
 *
 * <p>Only the previous fingerprints and input keys are held in memory; the previous findings.json is
 * streamed ({@link PreviousRun}).
 */
public final class History {

    public static final String NEW = "NEW";
    public static final String EXISTING = "EXISTING";
    private static final Logger LOG = LoggerFactory.getLogger(History.class);

    /** A finding of the previous run that is gone now. */
    public record FixedFinding(String ruleId, String severity, String file, String form, String field, String message) {
    }

    private final PreviousRun previous;
    private final String note;
    /** Previous fingerprints not yet matched by a finding of this run, with their multiplicity. */
    private final Map<String, Integer> unmatched;
    private final Fingerprints fingerprints = new Fingerprints();
    /** This run's file keys that are compared under another previous key (same content, other place). */
    private final Map<String, String> comparedAs = new HashMap<>();
    private final Set<String> auditedAgain = new HashSet<>();
    private final Set<String> expectedKeys = new HashSet<>();
    private int newInputs;
    private int newCount;
    private int existingCount;
    private List<FixedFinding> fixed;
    private int notCompared;

    private History(PreviousRun previous, String note) {
        this.previous = previous;
        this.note = note;
        this.unmatched = previous == null ? new HashMap<>() : new HashMap<>(previous.fingerprints());
    }

    /** No previous run: every finding is NEW. */
    public static History none() {
        return new History(null, "首次运行 — no previous run in this reports folder");
    }

    /**
     * The previous complete run in {@code reportsRoot}, if any. A missing or unreadable one counts as
     * none, and the reason is kept for the summary ({@link #note}).
     */
    public static History load(Path reportsRoot) {
        Path folder = RunFolder.previous(reportsRoot);
        if (folder == null) {
            return none();
        }
        Path file = folder.resolve(RunFolder.RECORD);
        try {
            PreviousRun previous = PreviousRun.read(file);
            if (!previous.hasKeys()) {
                LOG.warn("the previous run {} was written by an older perfaudit whose fingerprints hold the paths as typed;"
                        + " its findings are not compared (every finding counts as NEW this once)", folder.getFileName());
                return new History(null, "上次运行（" + folder.getFileName() + "）由旧版本写出，未作对比"
                        + " — the previous run was written by an older perfaudit and is not compared");
            }
            LOG.debug("comparing with the previous run {} ({} findings, {} inputs)", folder.getFileName(),
                    previous.fingerprints().values().stream().mapToInt(Integer::intValue).sum(), previous.keys().size());
            return new History(previous, null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the previous run's {}: {}; every finding counts as NEW", file, e.getMessage());
            return new History(null, "上次运行的 findings.json 无法读取，未作对比 — the previous run's findings.json"
                    + " cannot be read: " + e.getMessage());
        }
    }

    /** This run's input keys, all of them, before any input is read: a moved file never takes the place of one read in its own. */
    public synchronized void expect(Collection<String> keys) {
        expectedKeys.addAll(keys);
    }

    /** Records an input of this run as it is read, before its findings are classified. */
    public synchronized void input(InputSummary input) {
        fingerprints.register(input);
        if (previous == null) {
            return;
        }
        String key = input.key() == null ? fingerprints.keyOf(input.file()) : input.key();
        String previousKey = previous.keys().contains(key) ? key : moved(input.sha256());
        if (previousKey == null) {
            newInputs++;
            return;
        }
        auditedAgain.add(previousKey);
        if (!previousKey.equals(key)) {
            comparedAs.put(key, previousKey);
            LOG.info("{} has the content of the previous run's {}: their findings are compared", key, previousKey);
        }
    }

    /** A previous file of this content that this run does not read under its own key, if exactly one. */
    private String moved(String sha256) {
        String previousKey = sha256 == null ? null : previous.keyBySha256().get(sha256);
        if (previousKey == null || expectedKeys.contains(previousKey) || auditedAgain.contains(previousKey)) {
            return null;
        }
        return previousKey;
    }

    /** Marks a finding of this run NEW or EXISTING; call in report order, once per finding, after its input. */
    public synchronized Finding classify(Finding finding) {
        String key = fingerprints.keyOf(finding.file());
        String compared = Fingerprints.of(finding.ruleId(), comparedAs.getOrDefault(key, key), finding.form(),
                finding.field());
        Integer left = unmatched.get(compared);
        if (left != null && left > 0) {
            unmatched.put(compared, left - 1);
            existingCount++;
            return finding.withStatus(EXISTING);
        }
        newCount++;
        return finding.withStatus(NEW);
    }

    /** This run's fingerprint of a finding, as findings.json and suppressions name it. */
    public String fingerprint(Finding finding) {
        return fingerprints.of(finding);
    }

    public Fingerprints fingerprints() {
        return fingerprints;
    }

    /**
     * The previous findings no run finding matched, among the files audited again (and those filed under
     * no input); read once, after every finding was classified.
     */
    public synchronized List<FixedFinding> fixed() {
        if (fixed != null) {
            return fixed;
        }
        List<FixedFinding> gone = new ArrayList<>();
        if (previous != null) {
            Map<String, Integer> left = new HashMap<>(unmatched);
            int[] skipped = new int[1];
            try {
                previous.scanFindings(finding -> {
                    String fingerprint = finding.get("fingerprint");
                    Integer n = left.get(fingerprint);
                    if (n == null || n <= 0) {
                        return;
                    }
                    left.put(fingerprint, n - 1);
                    String key = previous.keyByFile().get(finding.get("file"));
                    if (key != null && !auditedAgain.contains(key)) {
                        skipped[0]++;
                        return;
                    }
                    gone.add(new FixedFinding(finding.get("ruleId"), finding.get("severity"), finding.get("file"),
                            finding.get("form"), finding.get("field"), finding.get("message")));
                });
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot re-read the previous run's findings: {}", e.getMessage());
            }
            notCompared = skipped[0];
        }
        fixed = List.copyOf(gone);
        if (!notAuditedAgain().isEmpty()) {
            LOG.warn("{}", inputsChanged());
        }
        return fixed;
    }

    /** The previous run's files (by key) that this run did not read, in name order. */
    public synchronized List<String> notAuditedAgain() {
        if (previous == null) {
            return List.of();
        }
        Set<String> missing = new TreeSet<>(previous.keys());
        missing.removeAll(auditedAgain);
        return List.copyOf(missing);
    }

    /** Files this run read that the previous run did not. */
    public synchronized int newInputs() {
        return newInputs;
    }

    /**
     * When the previous run was audited with other rules or by another perfaudit version, what that means
     * for the comparison, in Chinese with the English gist; null when both are the same (or there is no
     * previous run). NEW and FIXED then also count what the rules or the reader see differently, not
     * only what the units changed in their forms.
     */
    public String rulesChanged(String rulesHash, String version) {
        if (previous == null) {
            return null;
        }
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        if (previous.rulesHash() != null && !previous.rulesHash().equals(rulesHash)) {
            chinese.add("规则已修改（哈希 " + previous.rulesHash() + " → " + rulesHash + "）");
            english.add("the rules changed (hash " + previous.rulesHash() + " → " + rulesHash + ")");
        }
        if (previous.version() != null && !previous.version().equals(version)) {
            chinese.add("perfaudit 版本已变（" + previous.version() + " → " + version + "）");
            english.add("perfaudit's version changed (" + previous.version() + " → " + version + ")");
        }
        if (english.isEmpty()) {
            return null;
        }
        return String.join("，", chinese) + "：新增与已修复的发现可能来自这一变化，而非表单的修改 — "
                + String.join(" and ", english) + " since the previous run: NEW and FIXED findings may come from"
                + " that change, not from changes to the forms";
    }

    /**
     * When the inputs differ from the previous run's, what that means for the comparison, in Chinese with
     * the English gist; null when they are the same files.
     */
    public synchronized String inputsChanged() {
        List<String> missing = notAuditedAgain();
        if (previous == null || missing.isEmpty() && newInputs == 0) {
            return null;
        }
        fixed();
        StringBuilder text = new StringBuilder("输入与上次运行不同：");
        List<String> english = new ArrayList<>();
        if (!missing.isEmpty()) {
            text.append("上次的 ").append(missing.size()).append(" 个文件本次未审计，其 ").append(notCompared)
                    .append(" 条发现不计为已修复");
            english.add(missing.size() + " file(s) of the previous run not audited now, their " + notCompared
                    + " finding(s) not counted as fixed");
        }
        if (newInputs > 0) {
            text.append(missing.isEmpty() ? "" : "；").append("新增 ").append(newInputs).append(" 个文件");
            english.add(newInputs + " new file(s)");
        }
        return text + " — inputs differ from the previous run's: " + String.join("; ", english)
                + (missing.isEmpty() ? "" : " (" + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                + (missing.size() > 5 ? ", …" : "") + ")");
    }

    /** Previous findings on files this run did not read (neither FIXED nor compared). */
    public synchronized int notCompared() {
        fixed();
        return notCompared;
    }

    /** The previous run's time, or null when there is none to compare with. */
    public String previousRun() {
        return previous == null ? null : previous.time();
    }

    /** Why there is no comparison (first run, an unreadable or older previous run); null when there is one. */
    public String note() {
        return note;
    }

    public long count(String status) {
        return NEW.equals(status) ? newCount : EXISTING.equals(status) ? existingCount : 0;
    }
}
