package perfaudit.report;

import perfaudit.model.Document;

/** One input file of a run: how it was read. Every file given to a run has one, readable or not. */
public record InputSummary(String file, String layout, int forms, int problems, long bytes, String sha256,
                           String status) {

    public static InputSummary of(Document document, long bytes, String sha256) {
        String status = document.forms().isEmpty() ? "unreadable"
                : document.problems().isEmpty() ? "ok" : "read with problems";
        return new InputSummary(document.file(), document.layout(), document.forms().size(),
                document.problems().size(), bytes, sha256, status);
    }
}
