package perfaudit.bench;

import java.util.List;

/** Prints a document of generated forms in one input format. */
interface FormRenderer {

    String extension();

    /** The document text: a project list titled {@code title}, then the forms. */
    String render(String title, List<GeneratedForm> forms);
}
