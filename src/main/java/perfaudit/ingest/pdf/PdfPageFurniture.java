package perfaudit.ingest.pdf;

import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a PDF prints on every page around the form, on pages that hold tables: the page number of
 * its header or footer ("Page 1", "第 1 页 共 3 页", "- 2 -", "1/3") and a running header (Calc
 * prints the sheet's name, "Sheet1", over every page). Neither is part of the form, and where a
 * table runs on over a page break they sit between its two parts: the reader took them for rows
 * and did not see that the table goes on. Only a document with tables is read so (one without is
 * read as flowing text, where a short figure alone on a page's last line may be a row's wrapped
 * score), and a page number only on a page with a table.
 */
final class PdfPageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)page ?\\d+( ?of ?\\d+)?|第 ?\\d+ ?页( ?/? ?共 ?\\d+ ?页)?|共 ?\\d+ ?页 ?/? ?第 ?\\d+ ?页"
                    + "|[-—–] ?\\d+ ?[-—–]|\\d+ ?/ ?\\d+|\\d{1,3}");
    /**
     * A page number that says it is one ("Page 2", "第 2 页", "- 2 -"): on a page without tables a bare figure on the
     * last line may be a row's wrapped score, these never are.
     */
    private static final Pattern WORDED_PAGE_NUMBER = Pattern.compile(
            "(?i)page ?\\d+( ?of ?\\d+)?|第 ?\\d+ ?页( ?/? ?共 ?\\d+ ?页)?|共 ?\\d+ ?页 ?/? ?第 ?\\d+ ?页|[-—–] ?\\d+ ?[-—–]");
    /**
     * A report server's print stamp ("打印时间：2024-03-05 10:22:31"), alone on its line or before the page number: no
     * part of the form, and never read as a row.
     */
    private static final Pattern PRINT_STAMP = Pattern.compile(
            "(打印|制表|导出|生成)(时间|日期) ?[:：]? ?\\d{4} ?[-/.年] ?\\d{1,2} ?[-/.月] ?\\d{1,2} ?日?( ?\\d{1,2}:\\d{2}(:\\d{2})?)?"
                    + "( ?(第 ?\\d+ ?页( ?/? ?共 ?\\d+ ?页)?|共 ?\\d+ ?页 ?/? ?第 ?\\d+ ?页))?");
    /** Baselines of a running header on two pages differ by less than this (points). */
    private static final float SAME_PLACE = 1f;

    private PdfPageFurniture() {
    }

    /** The pages (of a document with tables) without their page numbers and running header. */
    static List<PdfPage> remove(List<PdfPage> pages, Vocabulary vocabulary) {
        return remove(pages, vocabulary, PdfPage::freeGlyphs,
                (page, lines) -> page.tables().isEmpty() ? List.of() : pageNumbers(page, lines));
    }

    /**
     * The pages of a document without tables, without the page numbers that say they are ones (the first or last
     * line of a page) and without a running header (Calc prints the sheet's name over every page of a sheet printed
     * without grid lines as over a ruled one; its footer "Page 1" stood between two rows of the table).
     */
    static List<PdfPage> removeFromText(List<PdfPage> pages, Vocabulary vocabulary) {
        return remove(pages, vocabulary, PdfPage::glyphs, (page, lines) -> wordedPageNumbers(lines));
    }

    /**
     * The pages without the page-number lines {@code numbers} finds among the lines of {@code glyphs} (the glyphs
     * the furniture may be in), and without the running header the rest of those lines show.
     */
    private static List<PdfPage> remove(List<PdfPage> pages, Vocabulary vocabulary, Function<PdfPage, List<PdfGlyph>> glyphs,
                                        BiFunction<PdfPage, List<PdfLines.Line>, List<PdfLines.Line>> numbers) {
        List<PdfPage> out = new ArrayList<>();
        List<List<PdfLines.Line>> free = new ArrayList<>();
        for (PdfPage page : pages) {
            List<PdfLines.Line> lines = PdfLines.of(glyphs.apply(page));
            List<PdfLines.Line> found = numbers.apply(page, lines);
            out.add(without(page, found));
            List<PdfLines.Line> rest = new ArrayList<>(lines);
            rest.removeAll(found);
            free.add(rest);
        }
        PdfLines.Line header = runningHeader(out, free, vocabulary);
        if (header != null) {
            for (int i = 0; i < out.size(); i++) {
                out.set(i, without(out.get(i), List.of(free.get(i).get(0))));
            }
        }
        return out;
    }

    /** The last and the first line of a page without tables, where they say they are page numbers. */
    private static List<PdfLines.Line> wordedPageNumbers(List<PdfLines.Line> lines) {
        List<PdfLines.Line> numbers = new ArrayList<>();
        if (!lines.isEmpty() && isWordedPageNumber(lines.get(lines.size() - 1))) {
            numbers.add(lines.get(lines.size() - 1));
        }
        if (lines.size() > 1 && isWordedPageNumber(lines.get(0))) {
            numbers.add(lines.get(0));
        }
        return numbers;
    }

    private static boolean isWordedPageNumber(PdfLines.Line line) {
        return WORDED_PAGE_NUMBER.matcher(normalised(line)).matches();
    }

    /**
     * The first or last line outside the tables when it is a page number above or below them all, and next to it any
     * print stamps of a report server (打印时间：…) there.
     */
    private static List<PdfLines.Line> pageNumbers(PdfPage page, List<PdfLines.Line> lines) {
        List<PdfLines.Line> numbers = new ArrayList<>();
        float tablesBottom = page.tables().get(page.tables().size() - 1).bottom();
        int last = lines.size() - 1;
        boolean number = false;
        for (; last > 0 && lines.get(last).top() >= tablesBottom; last--) {
            PdfLines.Line line = lines.get(last);
            if (!number && isPageNumber(line)) {
                number = true;
            } else if (!isPrintStamp(line)) {
                break;
            }
            numbers.add(line);
        }
        number = false;
        for (int first = 0; first <= last && lines.get(first).baseline() <= page.tables().get(0).top(); first++) {
            PdfLines.Line line = lines.get(first);
            if (!number && isPageNumber(line)) {
                number = true;
            } else if (!isPrintStamp(line)) {
                break;
            }
            numbers.add(line);
        }
        return numbers;
    }

    private static boolean isPrintStamp(PdfLines.Line line) {
        return PRINT_STAMP.matcher(normalised(line)).matches();
    }

    /**
     * The line every page (two or more) begins with, at the same place, alone above the first table
     * of each page after the first that has one, naming no form (a form's title repeated over each
     * form of a batch is the form's, not the page's); null for none.
     */
    private static PdfLines.Line runningHeader(List<PdfPage> pages, List<List<PdfLines.Line>> free, Vocabulary vocabulary) {
        if (pages.size() < 2 || free.get(0).isEmpty()) {
            return null;
        }
        PdfLines.Line header = free.get(0).get(0);
        String text = normalised(header);
        for (int i = 0; i < pages.size(); i++) {
            List<PdfLines.Line> lines = free.get(i);
            float tableTop = pages.get(i).tables().isEmpty() ? Float.MAX_VALUE : pages.get(i).tables().get(0).top();
            if (lines.isEmpty() || !normalised(lines.get(0)).equals(text)
                    || Math.abs(lines.get(0).baseline() - header.baseline()) > SAME_PLACE
                    || lines.get(0).baseline() > tableTop) {
                return null;
            }
            if (i > 0 && tableTop < Float.MAX_VALUE && lines.size() > 1 && lines.get(1).baseline() < tableTop) {
                return null;
            }
        }
        String key = LabelIndex.key(text);
        boolean namesForm = vocabulary.families().stream().flatMap(f -> f.titles().stream())
                .anyMatch(title -> key.contains(LabelIndex.key(title)));
        return namesForm ? null : header;
    }

    private static String normalised(PdfLines.Line line) {
        return line.text().strip().replaceAll("\\s+", " ");
    }

    private static boolean isPageNumber(PdfLines.Line line) {
        return PAGE_NUMBER.matcher(normalised(line)).matches();
    }

    private static PdfPage without(PdfPage page, List<PdfLines.Line> lines) {
        if (lines.isEmpty()) {
            return page;
        }
        Set<PdfGlyph> outside = new HashSet<>(page.freeGlyphs());
        List<PdfGlyph> kept = new ArrayList<>(page.glyphs());
        kept.removeIf(glyph -> outside.contains(glyph) && lines.stream().anyMatch(line -> onLine(glyph, line)));
        return new PdfPage(page.number(), kept, page.tables(), page.images());
    }

    private static boolean onLine(PdfGlyph glyph, PdfLines.Line line) {
        return Math.abs(glyph.baseline() - line.baseline()) <= PdfLines.SAME_LINE * glyph.size();
    }
}
