package perfaudit.audit.chain;

import perfaudit.engine.RuleCompilationException;
import perfaudit.finding.Acceptance;
import perfaudit.finding.BuiltInRule;
import perfaudit.finding.Finding;
import perfaudit.model.SourceLocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Findings auditors have accepted, from rules/suppressions.csv: one line per suppression,
 * {@code target,form,reason,who,expires}. target is a finding's fingerprint (it contains '|') or a
 * rule id; form is a 项目名称 or '*' for every form. A reason is required. From the day after its
 * expiry date a suppression no longer applies and is itself reported, so acceptance is revisited; one
 * in force that matched nothing in a run is reported too (INFO), so a misspelt 项目名称 or a form fixed
 * since does not linger. The file is checked whole before a run: a rule id no rule has, a date that is
 * not one and a missing reason stop the run, each at its line.
 */
public final class Suppressions {

    public static final String FILE_NAME = "suppressions.csv";
    public static final String EXPIRED_RULE = BuiltInRule.SUPPRESSION_EXPIRED.id();
    public static final String UNUSED_RULE = BuiltInRule.SUPPRESSION_UNUSED.id();

    /** One line of the file; {@code source} is where it is written, {@code rules/suppressions.csv:7}. */
    public record Suppression(int line, String source, String target, String form, String reason, String who,
                              LocalDate expires) {

        public Acceptance acceptance() {
            return new Acceptance(source, target, form, reason, who, expires);
        }

        boolean matches(Finding finding, String fingerprint) {
            boolean byFingerprint = target.contains("|");
            if (byFingerprint) {
                return target.equals(fingerprint);
            }
            return target.equals(finding.ruleId()) && (form.equals("*") || form.equals(finding.form()));
        }

        boolean expiredOn(LocalDate today) {
            return expires != null && expires.isBefore(today);
        }
    }

    private final Path file;
    private final List<Suppression> entries;

    private Suppressions(Path file, List<Suppression> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
    }

    public static Suppressions none() {
        return new Suppressions(null, List.of());
    }

    public List<Suppression> entries() {
        return entries;
    }

    /**
     * Reads {@code rules/suppressions.csv}; no file means no suppressions.
     *
     * @param ruleIds every rule id of the rules in force: a misspelt one would silently suppress nothing
     * @throws RuleCompilationException listing every malformed line as {@code rules/suppressions.csv:LINE: why}
     */
    public static Suppressions read(Path rulesFolder, Set<String> ruleIds) throws IOException, RuleCompilationException {
        Path file = rulesFolder.resolve(FILE_NAME);
        return parse(rulesFolder, Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null, ruleIds);
    }

    /**
     * As {@link #read}, from the file's text as already read ({@code null}: no file), so that what a run
     * applies is the very text its rules hash covers.
     */
    public static Suppressions parse(Path rulesFolder, String text, Set<String> ruleIds) throws RuleCompilationException {
        if (text == null) {
            return none();
        }
        Path file = rulesFolder.resolve(FILE_NAME);
        String shown = rulesFolder.getFileName() + "/" + FILE_NAME;
        List<String> errors = new ArrayList<>();
        List<Suppression> entries = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("target"))) {
                continue;
            }
            List<String> cells = Csv.split(line);
            String where = shown + ":" + (i + 1) + ": ";
            if (cells.size() != 5) {
                errors.add(where + "expected 5 columns (target,form,reason,who,expires), found " + cells.size());
                continue;
            }
            if (cells.get(0).isBlank() || cells.get(2).isBlank()) {
                errors.add(where + "豁免须写明对象和理由 — a suppression needs a target (rule id or fingerprint) and a reason");
                continue;
            }
            String target = cells.get(0).strip();
            String ruleId = target.contains("|") ? target.substring(0, target.indexOf('|')) : target;
            if (!ruleIds.contains(ruleId)) {
                errors.add(where + "'" + ruleId + "' 不是现有规则编号 — is not a rule id of these rules (perfaudit rules list shows them)");
                continue;
            }
            if (target.contains("|") && !cells.get(1).isBlank() && !cells.get(1).strip().equals("*")) {
                errors.add(where + "按指纹豁免时项目名称一栏留空或写 * — a fingerprint names its form already: leave form empty or *");
                continue;
            }
            LocalDate expires = null;
            try {
                expires = cells.get(4).isBlank() ? null : LocalDate.parse(cells.get(4).strip());
            } catch (DateTimeParseException e) {
                errors.add(where + "到期日 '" + cells.get(4) + "' 不是日期 — expiry is not a date (yyyy-MM-dd)");
                continue;
            }
            String form = cells.get(1).isBlank() ? "*" : cells.get(1).strip();
            entries.add(new Suppression(i + 1, shown + ":" + (i + 1), target, form, cells.get(2).strip(),
                    cells.get(3).strip(), expires));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return new Suppressions(file, entries);
    }

    /** The first suppression in force on {@code today} that accepts the finding (whose fingerprint is given), or null. */
    public Suppression suppression(Finding finding, String fingerprint, LocalDate today) {
        for (Suppression entry : entries) {
            if (!entry.expiredOn(today) && entry.matches(finding, fingerprint)) {
                return entry;
            }
        }
        return null;
    }

    /** True when a suppression in force on {@code today} accepts the finding, whose fingerprint is given. */
    public boolean suppresses(Finding finding, String fingerprint, LocalDate today) {
        return suppression(finding, fingerprint, today) != null;
    }

    /**
     * One INFO finding per suppression in force on {@code today} that suppressed nothing this run
     * ({@code used} holds those that did): a misspelt 项目名称 or a finding fixed since.
     */
    public List<Finding> unused(Set<Suppression> used, LocalDate today) {
        List<Finding> unused = new ArrayList<>();
        for (Suppression entry : entries) {
            if (!entry.expiredOn(today) && !used.contains(entry)) {
                unused.add(new Finding(UNUSED_RULE, BuiltInRule.SUPPRESSION_UNUSED.severity(), file.toString(),
                        entry.form().equals("*") ? null : entry.form(), SourceLocation.ofLine(file.toString(), entry.line()),
                        "target", entry.target(), "本次未匹配任何发现",
                        "对「" + entry.target() + "」" + (entry.form().equals("*") ? "" : "（项目「" + entry.form() + "」）")
                                + "的豁免本次没有匹配任何发现：项目名称或编号是否写错，或问题已改正？（" + entry.who() + "："
                                + entry.reason() + "）— suppression matched no finding this run: misspelt, or fixed since"));
            }
        }
        return unused;
    }

    /**
     * One finding per suppression that expired before {@code today}, raised at the built-in severity:
     * the finding chain applies the settings table's, as for every other finding.
     */
    public List<Finding> expired(LocalDate today) {
        List<Finding> kept = new ArrayList<>();
        for (Suppression entry : entries) {
            if (entry.expiredOn(today)) {
                kept.add(new Finding(EXPIRED_RULE, BuiltInRule.SUPPRESSION_EXPIRED.severity(), file.toString(), entry.form().equals("*") ? null : entry.form(),
                        SourceLocation.ofLine(file.toString(), entry.line()), "expires", "≥ " + today,
                        entry.expires().toString(),
                        "对「" + entry.target() + "」的豁免已于 " + entry.expires() + " 到期（" + entry.who() + "：" + entry.reason()
                                + "），相关问题重新计入 — suppression expired, its findings count again"));
            }
        }
        return kept;
    }
}
