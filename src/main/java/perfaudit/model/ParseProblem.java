package perfaudit.model;

/** Input that could not be read as expected: where, the text found there, and why. */
public record ParseProblem(SourceLocation location, String text, String reason) {
}
