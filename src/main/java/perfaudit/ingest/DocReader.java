package perfaudit.ingest;

import perfaudit.model.Document;

/** Word 97-2003 documents: not read; the problem says how to make a readable copy. */
final class DocReader implements DocumentReader {

    @Override
    public Document read(InputFile input) {
        return Document.unreadable(input.name(), "doc",
                "Word 97-2003 document (.doc): open it in Word or LibreOffice and save it as .docx to audit it");
    }
}
