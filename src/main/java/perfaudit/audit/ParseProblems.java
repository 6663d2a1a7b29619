package perfaudit.audit;

import perfaudit.finding.BuiltInRule;
import perfaudit.finding.Finding;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.util.ArrayList;
import java.util.List;

/** What a reader could not read becomes a finding (PARSE-PROBLEM): bad input never disappears from a report. */
final class ParseProblems {

    private ParseProblems() {
    }

    static List<Finding> of(Document document) {
        List<Finding> findings = new ArrayList<>(document.problems().size());
        for (ParseProblem problem : document.problems()) {
            findings.add(new Finding(BuiltInRule.PARSE_PROBLEM.id(), BuiltInRule.PARSE_PROBLEM.severity(), document.file(),
                    null, problem.location(), "输入", "可读的表格内容", problem.text() == null ? "" : problem.text(),
                    message(problem.reason())));
        }
        return findings;
    }

    /** A reason given as "中文 — English" keeps its two halves on their sides of the message's own " — ". */
    static String message(String reason) {
        int gist = reason.indexOf(" — ");
        return gist < 0 ? "无法按预期读取：" + reason + " — input could not be read as expected"
                : "无法按预期读取：" + reason.substring(0, gist) + " — input could not be read as expected: "
                + reason.substring(gist + 3);
    }
}
