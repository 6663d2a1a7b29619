package perfaudit.report;

import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One input file of a run: how it was read, with the first problems spelt out, and the key that names
 * it across runs. Every file given to
 * a run has one, readable or not; it outlives the parsed document, which a streaming run drops.
 */
public record InputSummary(String file, String key, String layout, int forms, int problems, long bytes, String sha256,
                           String status, List<String> problemDetails) implements Serializable {

    /** Problems spelt out per input; the rest are in the findings (PARSE-PROBLEM). */
    static final int PROBLEMS_LISTED = 20;

    public InputSummary {
        problemDetails = List.copyOf(problemDetails);
    }

    /** {@code key} names the file across runs (its path below the folder it was found in); see Fingerprints. */
    public static InputSummary of(Document document, String key, long bytes, String sha256) {
        String status = document.forms().isEmpty() ? "unreadable"
                : document.problems().isEmpty() ? "ok" : "read with problems";
        List<String> details = new ArrayList<>();
        List<ParseProblem> problems = document.problems();
        for (ParseProblem problem : problems.subList(0, Math.min(PROBLEMS_LISTED, problems.size()))) {
            String where = problem.location().position();
            details.add((where.isEmpty() ? "" : where + ": ") + problem.reason()
                    + (problem.text() == null || problem.text().isBlank() ? "" : " «" + problem.text().strip() + "»"));
        }
        return new InputSummary(document.file(), key, document.layout(), document.forms().size(),
                document.problems().size(), bytes, sha256, status, details);
    }

    /** The status as the reports show it: in Chinese, with the English that findings.json records. */
    public String statusLabel() {
        return switch (status) {
            case "ok" -> "正常 ok";
            case "read with problems" -> "有问题 read with problems";
            case "unreadable" -> "无法读取 unreadable";
            default -> status;
        };
    }
}
