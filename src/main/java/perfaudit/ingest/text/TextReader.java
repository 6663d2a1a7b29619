package perfaudit.ingest.text;

import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.Limits;

import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reads the two text exports of published forms, choosing the layout from the content. */
public final class TextReader implements DocumentReader {

    /** What a file without any form gets said about it. */
    public static final String NO_FORM = "文件中没有找到项目支出绩效自评表 — no 项目支出绩效自评表 form found in this file";


    private final Limits limits;

    public TextReader() {
        this(Limits.DEFAULT);
    }

    public TextReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Document read(InputFile input) {
        long newlines = byteNewlines(input.bytes());
        if (newlines > limits.maxLines()) {
            return tooManyLines(input, newlines);
        }
        DecodedText text = DecodedText.decode(input.bytes());
        if (text.lines().size() > limits.maxLines()) {
            return tooManyLines(input, text.lines().size());
        }
        text = text.withoutLinesLongerThan(limits.maxLineChars());
        if (text.withheldLines().isEmpty() && text.lines().stream().allMatch(TextLine::isBlank)) {
            return Document.unreadable(input.name(), "text", "文件为空或只有空白 — file is empty or holds only white space");
        }
        Document document = TabbedLayout.recognises(text.lines())
                ? TabbedLayout.read(input.name(), text) : FlowLayout.read(input.name(), text);
        return document.forms().isEmpty() ? noForm(document) : withFormsWithoutIndicatorsReported(document);
    }

    private Document tooManyLines(InputFile input, long lines) {
        return Document.unreadable(input.name(), "text", String.format(Locale.ROOT,
                "%,d 行，超过 %,d 行的上限（--max-lines），未读取 — %,d lines, more than the limit of %,d (--max-lines): not read",
                lines, limits.maxLines(), lines, limits.maxLines()));
    }

    /** A form with no 绩效指标 rows was cut off or is not a self-evaluation form: the rules would see it as empty. */
    private static Document withFormsWithoutIndicatorsReported(Document document) {
        List<ParseProblem> problems = new ArrayList<>(document.problems());
        for (Form form : document.forms()) {
            if (form.indicators().isEmpty()) {
                problems.add(new ParseProblem(form.location(), form.projectName(),
                        "表单没有绩效指标行：被截断，或不是自评表？ — form has no 绩效指标 (indicator) rows: cut off, or not a"
                                + " self-evaluation form?"));
            }
        }
        if (problems.size() == document.problems().size()) {
            return document;
        }
        problems.sort(Comparator.comparingInt(p -> p.location().line()));
        return new Document(document.file(), document.layout(), document.title(), document.projectList(),
                document.forms(), problems);
    }

    /**
     * Line breaks counted on the bytes, so that a text far over the line limit is refused before it
     * is decoded into millions of lines. In UTF-8 and GB18030 a 0x0A byte is always a line break; in
     * UTF-16 it is not, and those texts are counted after decoding.
     */
    private static long byteNewlines(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return 0;
        }
        long count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }

    /** A file that gave no form says so itself, whatever else was reported on its lines. */
    static Document noForm(Document document) {
        List<ParseProblem> problems = new ArrayList<>();
        problems.add(new ParseProblem(SourceLocation.ofFile(document.file()), null,
                document.projectList().isEmpty() ? NO_FORM
                        : "只有项目清单（" + document.projectList().size() + " 个项目），没有项目支出绩效自评表 — only a project list ("
                        + document.projectList().size() + " projects), no 项目支出绩效自评表 form"));
        problems.addAll(document.problems());
        return new Document(document.file(), document.layout(), document.title(), document.projectList(),
                document.forms(), problems);
    }
}
