package perfaudit.audit;

import perfaudit.engine.RuleCompilationException;
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

/**
 * Findings auditors have accepted, from rules/suppressions.csv: one line per suppression,
 * {@code target,form,reason,who,expires}. target is a finding's fingerprint (it contains '|') or a
 * rule id; form is a 项目名称 or '*' for every form. A reason is required. From the day after its
 * expiry date a suppression no longer applies and is itself reported, so acceptance is revisited.
 */
public final class Suppressions {

    public static final String FILE_NAME = "suppressions.csv";
    public static final String EXPIRED_RULE = BuiltInRule.SUPPRESSION_EXPIRED.id();

    /** One line of the file. */
    public record Suppression(int line, String target, String form, String reason, String who, LocalDate expires) {

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

    /**
     * Reads {@code rules/suppressions.csv}; no file means no suppressions.
     *
     * @throws RuleCompilationException listing every malformed line as {@code rules/suppressions.csv:LINE: why}
     */
    public static Suppressions read(Path rulesFolder) throws IOException, RuleCompilationException {
        Path file = rulesFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        String shown = rulesFolder.getFileName() + "/" + FILE_NAME;
        List<String> errors = new ArrayList<>();
        List<Suppression> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("target"))) {
                continue;
            }
            List<String> cells = Csv.split(line);
            if (cells.size() != 5) {
                errors.add(shown + ":" + (i + 1) + ": expected 5 columns (target,form,reason,who,expires), found " + cells.size());
                continue;
            }
            if (cells.get(0).isBlank() || cells.get(2).isBlank()) {
                errors.add(shown + ":" + (i + 1) + ": a suppression needs a target (rule id or fingerprint) and a reason");
                continue;
            }
            LocalDate expires = null;
            try {
                expires = cells.get(4).isBlank() ? null : LocalDate.parse(cells.get(4).strip());
            } catch (DateTimeParseException e) {
                errors.add(shown + ":" + (i + 1) + ": expiry '" + cells.get(4) + "' is not a date (yyyy-MM-dd)");
                continue;
            }
            String form = cells.get(1).isBlank() ? "*" : cells.get(1).strip();
            entries.add(new Suppression(i + 1, cells.get(0).strip(), form, cells.get(2).strip(), cells.get(3).strip(), expires));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return new Suppressions(file, entries);
    }

    /** True when a suppression in force on {@code today} accepts the finding, whose fingerprint is given. */
    public boolean suppresses(Finding finding, String fingerprint, LocalDate today) {
        for (Suppression entry : entries) {
            if (!entry.expiredOn(today) && entry.matches(finding, fingerprint)) {
                return true;
            }
        }
        return false;
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
