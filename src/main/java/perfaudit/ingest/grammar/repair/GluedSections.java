package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.header.FormTitles;

import java.util.ArrayList;
import java.util.List;

/**
 * A text holding several forms may hold them in both kinds of text: one run together with no
 * separators (an OCR'd or flattened page) and one whose cells are parted by spaces or line breaks.
 * Whether a text is glued is judged over all its cells ({@link GluedText#isGlued}), so the smaller
 * form would be read the other form's way and lost. Such a text is cut where a line begins with a
 * form title, and each part of its own kind is read as a section of its own; a text whose parts
 * are all of one kind stays one section, read as before. A 自评报告's prose before its attached form
 * is such a part too: long lines, so glued by that measure (FormGrammar reads a part that gives no
 * form as prose).
 */
public final class GluedSections {

    /** A title is looked for this far into a line's first cell (a glued line holds the whole form). */
    private static final int TITLE_REACH = 60;
    /**
     * A part shorter than this (in key characters) is no form: a file name or a site's line naming
     * the form, a title wrapped over two lines. It is read with the part after it.
     */
    private static final int FORM_CHARS = 300;

    private GluedSections() {
    }

    public static List<List<Cell>> split(List<Cell> section, Lexicon lex) {
        List<Integer> starts = formStarts(section, lex);
        if (starts.isEmpty()) {
            return List.of(section);
        }
        List<List<Cell>> parts = new ArrayList<>();
        int from = 0;
        // the text before the first title is a part too (a report's prose before its attached form), and a
        // title line always opens a part: "附件1:项目支出绩效自评表" belongs to the form after it
        for (int k = 0; k <= starts.size(); k++) {
            int end = k < starts.size() ? starts.get(k) : section.size();
            // a document's file name (…自评表.docx) opens a part however short the text before it (the tail of
            // another form): a sharing site's wrapper names the document it prints next, so it goes with that
            // document's text; a part the wrapper itself opened keeps its second file name
            boolean fileName = k < starts.size() && FormTitles.isFileName(section.get(end).key())
                    && !FormTitles.isFileName(section.get(from).key());
            if (end > from && (keyChars(section, from, end) >= FORM_CHARS || k == starts.size() || fileName)) {
                parts.add(section.subList(from, end));
                from = end;
            }
        }
        List<List<Cell>> sections = new ArrayList<>();
        Boolean kind = null;
        for (List<Cell> part : parts) {
            boolean glued = GluedText.isGlued(part, lex);
            if (kind == null || glued != kind) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).addAll(part);
            kind = glued;
        }
        return sections.size() == 1 ? List.of(section) : sections;
    }

    private static int keyChars(List<Cell> cells, int from, int to) {
        int chars = 0;
        for (int i = from; i < to; i++) {
            chars += cells.get(i).key().length();
        }
        return chars;
    }

    /** Indexes of the cells that begin a line holding a form title near its start. */
    private static List<Integer> formStarts(List<Cell> section, Lexicon lex) {
        List<Integer> starts = new ArrayList<>();
        int row = Integer.MIN_VALUE;
        for (int i = 0; i < section.size(); i++) {
            Cell cell = section.get(i);
            boolean lineStart = cell.row() != row && cell.column() < 0;
            // a page's chrome after a form (索引号 …: the next document's page) opens a part too, so that the next
            // page's metadata is judged glued or not on its own, not with the form before it (a 内容概述 cell holding
            // a glued copy of the next form reads as a form only in a part of its own page)
            if (lineStart && (hasTitle(cell.key(), lex) || !starts.isEmpty() && lex.pageChrome.longestAt(cell.key(), 0) != null)) {
                starts.add(i);
            }
            row = cell.row();
        }
        return starts;
    }

    private static boolean hasTitle(String key, Lexicon lex) {
        if (!lex.mayHoldTitle(key, 0)) {
            return false; // every title holds a mark (表, 评): most lines are done with at one look
        }
        for (int at = 0; at < Math.min(key.length(), TITLE_REACH); at++) {
            if (lex.titles.longestAt(key, at) != null) {
                return true;
            }
        }
        return false;
    }
}
