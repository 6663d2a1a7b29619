package perfaudit.audit.chain;

import perfaudit.engine.RuleCompilationException;
import perfaudit.finding.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which findings only follow from another on the same form, from the auditor-edited rules/folding.csv:
 * one line per judgement, {@code rule,field,cause,note}. A finding of {@code rule} (and, when given, of
 * that field or field kind) is folded into the form's {@code cause} finding as a note when the form has
 * one: a total that cannot add up because its parts are blank is not a second defect to fix.
 */
public final class Folding {

    public static final String FILE_NAME = "folding.csv";

    /** One line of the file. */
    public record Fold(int line, String rule, String field, String cause, String note) {

        boolean folds(Finding finding) {
            return rule.equals(finding.ruleId())
                    && (field.isEmpty() || field.equals(finding.field()) || field.equals(finding.fieldKind()));
        }
    }

    private final List<Fold> folds;

    private Folding(List<Fold> folds) {
        this.folds = List.copyOf(folds);
    }

    public static Folding none() {
        return new Folding(List.of());
    }

    public static Folding of(List<Fold> folds) {
        return new Folding(folds);
    }

    public List<Fold> folds() {
        return folds;
    }

    /** The judgement that folds this finding, or null when it stands on its own. */
    Fold foldOf(Finding finding) {
        for (Fold fold : folds) {
            if (fold.folds(finding)) {
                return fold;
            }
        }
        return null;
    }

    /**
     * Reads {@code rules/folding.csv}; no file means nothing is folded.
     *
     * @param ruleIds every rule id of the rules in force: a misspelt one would silently fold nothing
     * @throws RuleCompilationException listing every bad line as {@code rules/folding.csv:LINE: why}
     */
    public static Folding read(Path rulesFolder, Set<String> ruleIds) throws IOException, RuleCompilationException {
        Path file = rulesFolder.resolve(FILE_NAME);
        return parse(rulesFolder, Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null, ruleIds);
    }

    /**
     * As {@link #read}, from the file's text as already read ({@code null}: no file), so that what a run
     * applies is the very text its rules hash covers.
     */
    public static Folding parse(Path rulesFolder, String text, Set<String> ruleIds) throws RuleCompilationException {
        if (text == null) {
            return none();
        }
        String shown = rulesFolder.getFileName() + "/" + FILE_NAME;
        List<String> errors = new ArrayList<>();
        List<Fold> folds = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("rule,"))) {
                continue;
            }
            String where = shown + ":" + (i + 1) + ": ";
            List<String> cells = Csv.split(line).stream().map(String::strip).toList();
            if (cells.size() != 4) {
                errors.add(where + "expected 4 columns (rule,field,cause,note), found " + cells.size());
                continue;
            }
            List<String> lineErrors = new ArrayList<>();
            for (String id : List.of(cells.get(0), cells.get(2))) {
                if (!ruleIds.contains(id)) {
                    lineErrors.add(where + "'" + id + "' is not a rule id of these rules (perfaudit rules list shows them)");
                }
            }
            if (cells.get(0).equals(cells.get(2)) && !cells.get(0).isEmpty()) {
                lineErrors.add(where + "a rule cannot fold into itself");
            }
            if (cells.get(3).isEmpty()) {
                lineErrors.add(where + "a fold needs a note saying why the finding follows from its cause");
            }
            errors.addAll(lineErrors);
            if (lineErrors.isEmpty()) {
                folds.add(new Fold(i + 1, cells.get(0), cells.get(1), cells.get(2), cells.get(3)));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return new Folding(folds);
    }
}
