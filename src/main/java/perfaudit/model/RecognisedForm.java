package perfaudit.model;

/**
 * A form of a kind perfaudit recognises but does not audit (rules/forms.yaml, a family with {@code audited: false}):
 * where its title stands, the family's id and name. Kept apart from the problems so that a file holding only such
 * forms is said to hold them, not also to hold no form.
 */
public record RecognisedForm(SourceLocation location, String family, String name) {
}
