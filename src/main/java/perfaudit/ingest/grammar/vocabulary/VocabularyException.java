package perfaudit.ingest.grammar.vocabulary;

import java.util.List;

/** A broken forms vocabulary: every error as {@code rules/forms.yaml:LINE: message}. */
public final class VocabularyException extends Exception {

    private final List<String> errors;

    public VocabularyException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
