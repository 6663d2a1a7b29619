package perfaudit.report.forms;

import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.finding.Severity;
import perfaudit.model.SourceLocation;
import perfaudit.report.AuditReport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The forms of a run in report order, each identified by its file and its own location (the line of
 * its title, or sheet and cell), with its scorecard; and the form each finding of the report belongs to.
 *
 * <p>A finding names its file, its form (项目名称) and a line inside the form; a form starts at its
 * location and runs to the next form of the file. So a finding belongs to the last form of its file
 * starting at or above its line, provided the names agree; a finding without a line (spreadsheet
 * cells) falls back to the one form of its file with that name. Findings about no form (a whole-file
 * parse problem, a listed project without a form) belong to none.
 */
public final class FormIndex {

    public static final String NO_FORM = "（未关联表单）";

    private final List<Scorecard> forms = new ArrayList<>();
    /** Per file, the positions in {@link #forms} ordered by line, and those lines. */
    private final Map<String, int[]> formsByFile = new HashMap<>();
    private final Map<String, int[]> linesByFile = new HashMap<>();
    private final int[] formOfFinding;
    private final int[] firstFinding;
    private final List<Map<Severity, Integer>> countsByForm = new ArrayList<>();

    public FormIndex(AuditReport report) {
        Map<String, List<Integer>> byFile = new HashMap<>();
        for (Scorecard card : report.scorecards()) {
            byFile.computeIfAbsent(card.file(), f -> new ArrayList<>()).add(forms.size());
            forms.add(card);
            countsByForm.add(new EnumMap<>(Severity.class));
        }
        byFile.forEach((file, positions) -> {
            positions.sort(Comparator.comparingInt(i -> forms.get(i).location().line()));
            formsByFile.put(file, positions.stream().mapToInt(Integer::intValue).toArray());
            linesByFile.put(file, positions.stream().mapToInt(i -> forms.get(i).location().line()).toArray());
        });
        formOfFinding = new int[report.findings().size()];
        firstFinding = new int[forms.size()];
        Arrays.fill(firstFinding, -1);
        int i = 0;
        for (Finding finding : report.findings()) {
            int form = locate(finding);
            formOfFinding[i] = form;
            if (form >= 0) {
                countsByForm.get(form).merge(finding.severity(), 1, Integer::sum);
                if (firstFinding[form] < 0) {
                    firstFinding[form] = i;
                }
            }
            i++;
        }
    }

    /** Every form of the run, in the order of the inputs and of each file. */
    public List<Scorecard> forms() {
        return forms;
    }

    /** The position in {@link #forms()} of the form of the report's finding number {@code finding}, or -1. */
    public int formOf(int finding) {
        return formOfFinding[finding];
    }

    /** The report's first finding about form {@code form}, or -1 when it has none. */
    public int firstFindingOf(int form) {
        return firstFinding[form];
    }

    /** The number of findings about form {@code form} at each severity (absent means 0). */
    public Map<Severity, Integer> countsOf(int form) {
        return countsByForm.get(form);
    }

    /** The 实施单位 of finding number {@code finding} as {@code code-name}, or {@link #NO_FORM}. */
    public String unitOf(int finding) {
        int form = formOf(finding);
        return form < 0 ? NO_FORM : unit(forms.get(form));
    }

    /** The 实施单位 of finding number {@code finding}, or null when it belongs to no form. */
    public String unitOrNull(int finding) {
        int form = formOf(finding);
        return form < 0 ? null : unit(forms.get(form));
    }

    public static String unit(Scorecard card) {
        if (card.unitCode() == null || card.unitName() == null) {
            return card.unitCode() != null ? card.unitCode() : card.unitName() != null ? card.unitName() : "（无实施单位）";
        }
        return card.unitCode() + "-" + card.unitName();
    }

    private int locate(Finding finding) {
        int[] candidates = formsByFile.get(finding.file());
        if (candidates == null) {
            return -1;
        }
        SourceLocation location = finding.location();
        if (location != null && location.cell() == null && location.line() > 0) {
            int at = Arrays.binarySearch(linesByFile.get(finding.file()), location.line());
            // no exact hit: binarySearch returns -(insertion point) - 1; the form above is one before it
            int enclosing = at >= 0 ? at : -at - 2;
            if (enclosing >= 0 && sameName(finding, forms.get(candidates[enclosing]))) {
                return candidates[enclosing];
            }
        }
        if (finding.form() == null) {
            return -1;
        }
        int match = -1;
        for (int index : candidates) {
            if (Objects.equals(finding.form(), forms.get(index).projectName())) {
                if (match >= 0) {
                    return -1; // two forms of that name in the file: which one is not known
                }
                match = index;
            }
        }
        return match;
    }

    /** A form without 项目名称 is reported under a placeholder name, which any finding name fits. */
    private static boolean sameName(Finding finding, Scorecard card) {
        return finding.form() == null || card.projectName() == null || finding.form().equals(card.projectName());
    }
}
