package perfaudit.ingest;

import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.nio.file.Path;

/**
 * An input file's path, the name it is reported under, its bytes, and the forms vocabulary its form
 * grammar reads with (the run's {@code rules/forms.yaml}).
 */
public record InputFile(Path path, String name, byte[] bytes, Vocabulary vocabulary) {

    /** An input read with the shipped vocabulary. */
    public InputFile(Path path, String name, byte[] bytes) {
        this(path, name, bytes, Vocabulary.standard());
    }
}
