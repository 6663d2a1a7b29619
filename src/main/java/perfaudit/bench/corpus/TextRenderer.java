package perfaudit.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A renderer of plain text (.txt, UTF-8): its layouts differ only in how {@link #text} lays the forms out. */
abstract class TextRenderer implements FormRenderer {

    @Override
    public final String extension() {
        return "txt";
    }

    @Override
    public final byte[] render(int batch, String title, List<GeneratedForm> forms) {
        return text(title, forms).getBytes(StandardCharsets.UTF_8);
    }

    /** The document: a project list titled {@code title}, then the forms. */
    abstract String text(String title, List<GeneratedForm> forms);
}
