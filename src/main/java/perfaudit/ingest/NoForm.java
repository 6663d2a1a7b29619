package perfaudit.ingest;

import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a file gave no form, said first among its problems, with what the file holds instead so that the auditor knows
 * where the form went: no table at all, pictures (a form published as a scan), embedded objects not read, linked
 * attachments. One wording for every reader.
 */
public final class NoForm {

    public static final String REASON = "文件中没有找到项目支出绩效自评表 — no 项目支出绩效自评表 form found in this file";

    /**
     * What a file holds besides the form text it lacks. {@code tables}: its tables, or -1 where the format has no
     * such count; {@code pictures}: images it shows; {@code objects}: embedded objects (another program's content)
     * that were not read; {@code attachments}: the names of the attached files it links, or null.
     */
    public record Holdings(int tables, int pictures, int objects, String attachments) {

        public static final Holdings NOTHING_KNOWN = new Holdings(-1, 0, 0, null);

        public static Holdings pictures(int pictures, int objects) {
            return new Holdings(-1, pictures, objects, null);
        }
    }

    private NoForm() {
    }

    /**
     * The document with the reason it holds no form first among its problems. A document holding forms of a kind
     * recognised but not audited only has said so for each (no project list to add), and keeps its problems.
     */
    public static Document explained(Document document, Holdings holdings) {
        if (!document.recognised().isEmpty() && document.projectList().isEmpty()) {
            return document;
        }
        List<ParseProblem> problems = new ArrayList<>();
        problems.add(new ParseProblem(SourceLocation.ofFile(document.file()), null, reason(document, holdings)));
        problems.addAll(document.problems());
        return document.withProblems(problems);
    }

    static String reason(Document document, Holdings holdings) {
        int listed = document.projectList().size();
        StringBuilder chinese = new StringBuilder(listed == 0 ? "文件中没有找到项目支出绩效自评表"
                : "只有项目清单（" + listed + " 个项目），没有项目支出绩效自评表");
        StringBuilder english = new StringBuilder(listed == 0 ? "no 项目支出绩效自评表 form found in this file"
                : "only a project list (" + listed + " projects), no 项目支出绩效自评表 form");
        if (holdings.tables() == 0) {
            chinese.append("；其中没有表格");
            english.append("; it has no table");
        }
        if (holdings.pictures() > 0) {
            chinese.append("；其中有 ").append(holdings.pictures())
                    .append(" 张图片：以图片或扫描件提交的表单不能读取，请提交原始文件或先做文字识别（OCR）");
            english.append(String.format(Locale.ROOT, "; it shows %d picture(s): a form submitted as a picture or scan"
                    + " is not read, submit the original file or run OCR on it", holdings.pictures()));
        }
        if (holdings.objects() > 0) {
            chinese.append("；其中有 ").append(holdings.objects())
                    .append(" 个嵌入对象（其他程序的内容）未读取：如表单在其中，请另存为单独的文件提交");
            english.append(String.format(Locale.ROOT, "; it embeds %d object(s) of another program that were not read:"
                    + " if the form is in one, submit it as a file of its own", holdings.objects()));
        }
        if (holdings.attachments() != null) {
            chinese.append("；其中链接了附件，表单可能在附件中，请审计附件：").append(holdings.attachments());
            english.append("; it links attached file(s) (附件) that may hold the form: audit those (named before)");
        }
        return chinese + " — " + english;
    }
}
