package perfaudit.ingest;

import perfaudit.model.Document;

/** Reads the two text exports of published forms, choosing the layout from the content. */
public final class TextReader implements DocumentReader {

    @Override
    public Document read(InputFile input) {
        DecodedText text = DecodedText.decode(input.bytes());
        if (text.lines().stream().allMatch(TextLine::isBlank)) {
            return Document.unreadable(input.name(), "text", "file is empty or holds only white space");
        }
        if (TabbedLayout.recognises(text.lines())) {
            return TabbedLayout.read(input.name(), text);
        }
        return FlowLayout.read(input.name(), text);
    }
}
