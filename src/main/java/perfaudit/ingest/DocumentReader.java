package perfaudit.ingest;

import perfaudit.model.Document;

/** One reader per input format. A reader never throws for bad content: it reports problems. */
public interface DocumentReader {

    Document read(InputFile input);
}
