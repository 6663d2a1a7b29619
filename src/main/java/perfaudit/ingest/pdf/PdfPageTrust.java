package perfaudit.ingest.pdf;

import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's pages as far as their text can be trusted ({@link PdfTextTrust}): a page whose text cannot be extracted
 * is refused whole (a problem naming it and why, nothing on it read); a watermark's slanted glyphs and the form fields
 * whose values were placed are noted.
 */
final class PdfPageTrust {

    private final String file;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final List<ParseProblem> notes = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    PdfPageTrust(String file) {
        this.file = file;
    }

    /** The page's glyphs to read: none where its text cannot be trusted. */
    List<PdfGlyph> trusted(int page, PdfPageScanner.Result drawn, boolean ruled) {
        PdfTextTrust.Counts counts = drawn.untrusted();
        SourceLocation at = SourceLocation.ofCell(file, "p" + page, "R1C1");
        String why = PdfTextTrust.distrust(drawn.glyphs(), ruled, counts);
        if (why != null) {
            String reason = "第 " + page + " 页的文字无法可靠提取，未读取该页：" + why
                    + "；请提交原始 xlsx、docx 或可复制文字的 PDF — page " + page + " not read: its text cannot be trusted";
            refusals.add(reason);
            problems.add(new ParseProblem(at, null, reason));
            return List.of();
        }
        int lost = PdfTextTrust.lostButRead(counts);
        if (lost > 0) {
            // too few to refuse the page (a check box in a symbol font), but a figure may have lost a digit
            problems.add(new ParseProblem(at, null, "第 " + page + " 页有 " + lost + " 个字符没有文字映射，未读取（所在单元格可能缺字）— page "
                    + page + ": " + lost + " characters have no usable text mapping and were left out (a cell may miss"
                    + " a character)"));
        }
        if (counts.slanted > 0) {
            notes.add(new ParseProblem(at, null, "第 " + page + " 页有 " + counts.slanted + " 个斜排的字符（水印？）未读取 — page "
                    + page + ": " + counts.slanted + " characters set slanted across the page (a watermark?) were not read"));
        }
        if (counts.fieldValues > 0) {
            notes.add(new ParseProblem(at, null, "第 " + page + " 页有 " + counts.fieldValues + " 个值取自 PDF 表单域（可填写表单）"
                    + " — page " + page + ": " + counts.fieldValues + " values were read from the form's fields"
                    + " (a fillable PDF), where a viewer shows them"));
        }
        return drawn.glyphs();
    }

    /** A sheet printing several pages side by side, read part by part: noted. */
    void sheetParts(int page, int parts) {
        if (parts > 1) {
            notes.add(new ParseProblem(SourceLocation.ofCell(file, "p" + page, "R1C1"), null, "第 " + page + " 页是一张纸上并排印的 "
                    + parts + " 页（多页合一打印），逐页读取 — page " + page + " prints " + parts
                    + " pages side by side (several pages per sheet): each read as a page of its own, left to right"));
        }
    }

    /** Whether every page was refused (and there was one). */
    boolean refusedAll(int pages) {
        return pages > 0 && refusals.size() == pages;
    }

    /** All refusals as one reason (a document none of whose pages could be read). */
    String refusal() {
        return String.join("；", refusals);
    }

    /** The document with the refused pages' problems first and the notes. */
    Document reported(Document document) {
        if (problems.isEmpty() && notes.isEmpty()) {
            return document;
        }
        List<ParseProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(document.problems());
        List<ParseProblem> allNotes = new ArrayList<>(notes);
        allNotes.addAll(document.notes());
        return document.withProblems(allProblems).withNotes(allNotes);
    }
}
