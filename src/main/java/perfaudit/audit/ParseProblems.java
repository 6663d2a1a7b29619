package perfaudit.audit;

import perfaudit.finding.BuiltInRule;
import perfaudit.finding.Finding;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader could not read becomes a finding (PARSE-PROBLEM): bad input never disappears from a
 * report. What it read with a correction becomes an INFO finding (PARSE-NOTE), so the auditor can check
 * the correction against the original.
 */
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
        for (ParseProblem note : document.notes()) {
            findings.add(new Finding(BuiltInRule.PARSE_NOTE.id(), BuiltInRule.PARSE_NOTE.severity(), document.file(),
                    null, note.location(), "输入", "按原文读取", note.text() == null ? "" : note.text(),
                    noteMessage(note.reason())));
        }
        return findings;
    }

    /**
     * A reason given as "中文 — English" or "English — 中文" (the readers write both) keeps its Chinese half
     * after the message's Chinese words and its English half after its English words.
     */
    static String message(String reason) {
        return joined("无法按预期读取：", " — input could not be read as expected", reason);
    }

    private static String noteMessage(String reason) {
        return joined("读取时作了更正：", " — read with a correction, check it against the original", reason);
    }

    private static String joined(String chinese, String english, String reason) {
        int gist = reason.indexOf(" — ");
        if (gist < 0) {
            return chinese + reason + english;
        }
        String first = reason.substring(0, gist);
        String second = reason.substring(gist + 3);
        boolean englishFirst = chineseShare(first) < chineseShare(second);
        return chinese + (englishFirst ? second : first) + english + ": " + (englishFirst ? first : second);
    }

    /** Of the letters of a text, the share that are Chinese characters (an English gist quotes a few). */
    private static double chineseShare(String text) {
        int chinese = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                chinese++;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        return chinese + latin == 0 ? 0 : (double) chinese / (chinese + latin);
    }
}
