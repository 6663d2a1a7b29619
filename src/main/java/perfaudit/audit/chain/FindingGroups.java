package perfaudit.audit.chain;

import perfaudit.finding.BuiltInRule;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The finding chain's grouping step, over the findings of whole documents: one finding per form, rule
 * and field kind, listing the rows it stands for (13 empty 实际完成值 are one thing to fix, not 13), then
 * each finding that only follows from another on the same form ({@link Folding}) folded into it as a
 * note. The findings grouped or folded stay in the result's {@code rows} and {@code folded}.
 * Findings perfaudit raises itself (unreadable input, a failed rule) each say something of their own
 * and are never grouped.
 */
final class FindingGroups {

    private static final Set<String> NEVER_GROUPED = Set.copyOf(BuiltInRule.ids());

    private final Map<String, String> descriptions;
    private final Folding folding;

    /** @param descriptions each rule id's description ({@code 中文 — English}), which a group's message restates */
    FindingGroups(Map<String, String> descriptions, Folding folding) {
        this.descriptions = Map.copyOf(descriptions);
        this.folding = folding;
    }

    /** Groups and folds findings in report order, whole documents at a time; the result is in report order. */
    List<Finding> apply(List<Finding> findings) {
        Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
        int single = 0;
        for (Finding finding : findings) {
            List<Object> key = NEVER_GROUPED.contains(finding.ruleId())
                    ? List.of(single++)
                    : Arrays.asList(finding.file(), finding.form(), finding.ruleId(), finding.fieldKind());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
        }
        List<Finding> grouped = new ArrayList<>(groups.size());
        for (List<Finding> group : groups.values()) {
            grouped.add(group.size() == 1 ? group.get(0) : group(group));
        }
        List<Finding> folded = fold(grouped);
        folded.sort(Finding.ORDER);
        return folded;
    }

    /** One finding for several of one rule on one form: at the first row, the rows listed. */
    private Finding group(List<Finding> rows) {
        Finding first = rows.get(0);
        Severity severity = rows.stream().map(Finding::severity).min(Enum::compareTo).orElse(first.severity());
        String where = RowList.of(rows.stream().map(Finding::location).toList());
        String message = groupMessage(first.ruleId(), rows.size(), where);
        return new Finding(first.ruleId(), severity, first.file(), first.form(), first.location(), first.fieldKind(),
                common(rows.stream().map(Finding::expected).toList()), common(rows.stream().map(Finding::found).toList()),
                message, first.status(), rows, List.of());
    }

    /** {@code 13 处：实际完成值为空（第 50–62 行）— actual value is empty: 13 rows}, from the rule's description. */
    private String groupMessage(String ruleId, int count, String where) {
        String description = descriptions.getOrDefault(ruleId, ruleId);
        int dash = description.indexOf(" — ");
        String chinese = dash < 0 ? description : description.substring(0, dash);
        String english = dash < 0 ? ruleId : description.substring(dash + 3);
        return count + " 处" + chinese + "：" + where + " — " + english + " (" + count + " rows, each in the detail)";
    }

    /** The value every row shares, else null: a group's expected or found is only shown when it is one. */
    private static String common(List<String> values) {
        String first = values.get(0);
        return values.stream().allMatch(v -> Objects.equals(v, first)) ? first : null;
    }

    /** Folds each finding that only follows from another of its form into that one, as a note. */
    private List<Finding> fold(List<Finding> findings) {
        List<Finding> result = new ArrayList<>(findings);
        if (folding.folds().isEmpty()) {
            return result;
        }
        for (int j = 0; j < result.size(); j++) {
            Finding consequence = result.get(j);
            Folding.Fold fold = folding.foldOf(consequence);
            int cause = fold == null ? -1 : causeOf(result, consequence, fold);
            if (cause >= 0) {
                Finding into = result.get(cause);
                result.set(cause, into.withFolded(List.of(consequence), into.message() + "；另 " + consequence.ruleId()
                        + "：" + consequence.message() + "（" + fold.note() + "）"));
                result.remove(j);
                j--;
            }
        }
        return result;
    }

    /** The index of the finding on the consequence's form that the fold names as its cause, or -1. */
    private static int causeOf(List<Finding> findings, Finding consequence, Folding.Fold fold) {
        for (int i = 0; i < findings.size(); i++) {
            Finding cause = findings.get(i);
            if (cause != consequence && cause.ruleId().equals(fold.cause())
                    && Objects.equals(cause.file(), consequence.file()) && Objects.equals(cause.form(), consequence.form())) {
                return i;
            }
        }
        return -1;
    }
}
