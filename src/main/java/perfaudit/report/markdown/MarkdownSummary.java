package perfaudit.report.markdown;

import perfaudit.finding.Scorecard;
import perfaudit.finding.Severity;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.Printable;
import perfaudit.report.ReportWriter;
import perfaudit.report.forms.FormIndex;
import perfaudit.report.run.History;
import perfaudit.report.xlsx.InputsSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * summary.md: a short summary for CI logs and mail: the run, the counts by severity and by rule, the
 * forms with most findings, the forms whose grade changes on recomputation, and the inputs that
 * could not be read cleanly. The details are in findings.xlsx and findings.json.
 */
public final class MarkdownSummary implements ReportWriter {

    static final int TOP_FORMS = 10;
    /** Inputs with problems listed, each with its first reason; the rest are in the workbook. */
    static final int INPUTS_LISTED = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileName() {
        return "summary.md";
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
    }

    static String render(AuditReport report) {
        FormIndex forms = new FormIndex(report);
        StringBuilder md = new StringBuilder();
        md.append("# perfaudit 审计摘要 Audit summary\n\n");
        run(md, report);
        rules(md, report);
        topForms(md, forms);
        gradeChanges(md, forms);
        inputProblems(md, report);
        return md.toString();
    }

    private static void run(StringBuilder md, AuditReport report) {
        long unreadable = report.inputs().stream().filter(i -> i.forms() == 0).count();
        long withProblems = report.inputs().stream().filter(i -> i.forms() > 0 && i.problems() > 0).count();
        Map<Severity, Integer> severities = report.countBySeverity();
        md.append("- 运行 Run: ").append(TIME.format(report.runTime())).append(" · perfaudit ")
                .append(report.version()).append(" · 规则 rules `").append(report.rulesFolder())
                .append("` (hash `").append(report.rulesHash()).append("`)\n");
        md.append("- 输入 Inputs: ").append(report.inputs().size()).append(" files (")
                .append(report.inputs().size() - unreadable - withProblems).append(" ok, ").append(withProblems)
                .append(" with problems, ").append(unreadable).append(" unreadable) · ")
                .append(report.formCount()).append(" forms\n");
        md.append("- 发现 Findings: **").append(report.findings().size()).append("** — ")
                .append(severities.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(" · ")))
                .append(report.suppressed().isEmpty() ? "" : " (suppressed " + report.suppressed().size() + ")")
                .append("\n");
        History history = report.history();
        if (history.previousRun() == null) {
            md.append("- 对比上次 Against the previous run: ").append(history.note()).append('\n');
        } else {
            md.append("- 对比上次 Against ").append(history.previousRun()).append(": ")
                    .append(history.count(History.NEW)).append(" new, ").append(history.count(History.EXISTING))
                    .append(" existing, ").append(history.fixed().size()).append(" fixed\n");
            if (history.inputsChanged() != null) {
                md.append("- **注意 Note:** ").append(Printable.of(history.inputsChanged())).append('\n');
            }
            if (report.rulesChanged() != null) {
                md.append("- **注意 Note:** ").append(Printable.of(report.rulesChanged())).append('\n');
            }
            history.fixed().stream().limit(20).forEach(gone -> md.append("  - FIXED ").append(gone.ruleId())
                    .append(" · ").append(cell(gone.form())).append(" · ").append(cell(gone.field())).append('\n'));
        }
        md.append('\n');
    }

    private static void rules(StringBuilder md, AuditReport report) {
        if (report.findings().isEmpty()) {
            md.append("无发现 No findings.\n\n");
            return;
        }
        md.append("## 按规则 By rule\n\n| 规则 Rule | 数量 Count |\n|---|---:|\n");
        report.countByRule().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        md.append('\n');
    }

    private static void topForms(StringBuilder md, FormIndex forms) {
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < forms.forms().size(); i++) {
            if (!forms.countsOf(i).isEmpty()) {
                ranked.add(i);
            }
        }
        if (ranked.isEmpty()) {
            return;
        }
        ranked.sort(Comparator.comparingInt((Integer i) -> -total(forms.countsOf(i))).thenComparingInt(i -> i));
        md.append("## 发现最多的表单 Forms with most findings\n\n")
                .append("| 表单 Form | 文件 File | ERROR | WARNING | INFO |\n|---|---|---:|---:|---:|\n");
        for (int i : ranked.subList(0, Math.min(TOP_FORMS, ranked.size()))) {
            Scorecard card = forms.forms().get(i);
            Map<Severity, Integer> counts = forms.countsOf(i);
            md.append("| ").append(cell(card.projectName())).append(" | ").append(cell(card.location().toString()))
                    .append(" | ").append(counts.getOrDefault(Severity.ERROR, 0))
                    .append(" | ").append(counts.getOrDefault(Severity.WARNING, 0))
                    .append(" | ").append(counts.getOrDefault(Severity.INFO, 0)).append(" |\n");
        }
        if (ranked.size() > TOP_FORMS) {
            md.append("\n… ").append(ranked.size() - TOP_FORMS).append(" more forms with findings: see findings.xlsx or findings.json\n");
        }
        md.append('\n');
    }

    private static void gradeChanges(StringBuilder md, FormIndex forms) {
        List<Scorecard> changed = forms.forms().stream()
                .filter(c -> c.reportedGrade() != null && c.recomputedGrade() != null && c.reportedGrade() != c.recomputedGrade()).toList();
        md.append("## 等级复核 Grades recomputed\n\n");
        if (changed.isEmpty()) {
            md.append("所有表单的报告等级与复核一致 — every reported grade stands.\n\n");
            return;
        }
        md.append("| 表单 Form | 总分 报告 Reported | 总分 复核 Recomputed | 等级 Grade |\n|---|---:|---:|---|\n");
        for (Scorecard card : changed) {
            md.append("| ").append(cell(card.projectName())).append(" | ").append(card.reportedTotal().toPlainString())
                    .append(" | ").append(card.recomputedTotal().toPlainString()).append(" | ")
                    .append(card.reportedGrade().label()).append(" → ").append(card.recomputedGrade().label())
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void inputProblems(StringBuilder md, AuditReport report) {
        List<InputSummary> troubled = report.inputs().stream().filter(i -> i.forms() == 0 || i.problems() > 0).toList();
        if (troubled.isEmpty()) {
            return;
        }
        md.append("## 输入问题 Input problems\n\n");
        for (InputSummary input : troubled.subList(0, Math.min(INPUTS_LISTED, troubled.size()))) {
            md.append("- `").append(Printable.of(input.file())).append("`: ").append(input.statusLabel())
                    .append("，").append(input.problems()).append(" 个问题 problems");
            if (!input.problemDetails().isEmpty()) {
                md.append(" — ").append(Printable.of(input.problemDetails().get(0).replace('\n', ' ')));
            }
            md.append('\n');
        }
        if (troubled.size() > INPUTS_LISTED) {
            md.append("- … 另有 ").append(troubled.size() - INPUTS_LISTED).append(" 个文件，见 findings.xlsx 的 ")
                    .append(InputsSheet.NAME).append(" — ").append(troubled.size() - INPUTS_LISTED).append(" more files\n");
        }
        md.append('\n');
    }

    private static int total(Map<Severity, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Text for a table cell: pipes escaped, line breaks flattened. */
    private static String cell(String text) {
        return text == null ? "（无项目名称）" : Printable.of(text.replace("|", "\\|").replace('\n', ' '));
    }
}
