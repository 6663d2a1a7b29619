package perfaudit.ingest;

import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

import java.util.Locale;

/** Reads the two text exports of published forms, choosing the layout from the content. */
public final class TextReader implements DocumentReader {

    private final Limits limits;

    public TextReader() {
        this(Limits.DEFAULT);
    }

    public TextReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Document read(InputFile input) {
        DecodedText text = DecodedText.decode(input.bytes());
        if (text.lines().size() > limits.maxLines()) {
            return Document.unreadable(input.name(), "text", String.format(Locale.ROOT,
                    "%,d lines, more than the limit of %,d (--max-lines): not read",
                    text.lines().size(), limits.maxLines()));
        }
        text = text.withoutLinesLongerThan(limits.maxLineChars());
        if (text.withheldLines().isEmpty() && text.lines().stream().allMatch(TextLine::isBlank)) {
            return Document.unreadable(input.name(), "text", "file is empty or holds only white space");
        }
        Document document = TabbedLayout.recognises(text.lines())
                ? TabbedLayout.read(input.name(), text) : FlowLayout.read(input.name(), text);
        return document.forms().isEmpty() ? noForm(document) : document;
    }

    /** A file that gave no form says so itself, whatever else was reported on its lines. */
    private static Document noForm(Document document) {
        List<ParseProblem> problems = new ArrayList<>();
        problems.add(new ParseProblem(SourceLocation.ofFile(document.file()), null,
                document.projectList().isEmpty() ? "no 项目支出绩效自评表 form found in this file"
                        : "only a project list (" + document.projectList().size() + " projects), no 项目支出绩效自评表 form"));
        problems.addAll(document.problems());
        return new Document(document.file(), document.layout(), document.title(), document.projectList(),
                document.forms(), problems);
    }
}
