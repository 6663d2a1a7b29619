package perfaudit.bench.corpus;

import java.util.List;

/** Writes a document of generated forms in one input format. */
interface FormRenderer {

    String extension();

    /**
     * The file's bytes: a project list titled {@code title}, then the forms. {@code batch} numbers
     * the file from 1, for renderers that vary their layout from file to file.
     */
    byte[] render(int batch, String title, List<GeneratedForm> forms);
}
