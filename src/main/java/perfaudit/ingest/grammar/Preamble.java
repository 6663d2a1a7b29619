package perfaudit.ingest.grammar;

import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.ProjectListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a document prints before its first form: its heading (one printed title, kept for the
 * report) and the project list of a batch publication (序号 项目名称 备注, one entry per row), which
 * the audit compares with the forms that follow.
 */
final class Preamble {

    private static final Pattern LIST_SEQ = Pattern.compile("\\d{1,4}");
    private final PartScan scan;
    private final Tokens t;
    private final StringBuilder heading;
    private final List<ProjectListEntry> projectList;
    /** No form of the document came before: the text read here may be its heading. */
    private final boolean headsDocument;
    /** Finds a publishing page's chrome (索引号, 今天是 …) among the heading's cells. */
    private final perfaudit.ingest.grammar.header.PageChrome chrome;
    /** The heading holds a page's chrome: the page's text around the form, not the document's own title. */
    private boolean chromeInHeading;
    /**
     * The heading's first piece of one line outside the page's chrome rows that names a form or list title (a batch
     * list's 2024年度项目支出绩效自评清单 beside the 索引号 table): the page's own heading, or null.
     */
    private String titleBesideChrome;
    /** The piece of heading text being read (its text, key, first cell and the cell after it), weighed as a title. */
    private final StringBuilder piece = new StringBuilder();
    private final StringBuilder pieceKey = new StringBuilder();
    private int pieceStart;
    private int pieceEnd = -1;
    /** A list title or header was read and no form has begun since: numbered rows are its entries. */
    private boolean inList;

    Preamble(PartScan scan, StringBuilder heading, List<ProjectListEntry> projectList, boolean headsDocument,
             perfaudit.ingest.grammar.header.PageChrome chrome) {
        this.scan = scan;
        this.chrome = chrome;
        this.headsDocument = headsDocument;
        this.t = scan.t;
        this.heading = heading;
        this.projectList = projectList;
    }

    /**
     * The document's first form begins at its own printed title: that title is the document's where nothing before
     * it heads the document (the heading empty) or only a publishing page's text does (nav, 索引号 table, 今天是);
     * where the page prints its own heading beside its chrome, that heading is.
     */
    void formTitled(String title) {
        weighPiece();
        if (headsDocument && chromeInHeading && titleBesideChrome != null) {
            // the page's own heading, its chrome (索引号 rows, 字号 bar, 今天是 banner) left aside
            heading.setLength(0);
            heading.append(titleBesideChrome);
            chromeInHeading = false;
        } else if (headsDocument && (heading.isEmpty() || chromeInHeading) && !title.isBlank()) {
            heading.setLength(0);
            heading.append(title.strip());
            chromeInHeading = false;
        }
    }

    /** Cells around a heading cell looked at for a chrome label on its row: a page's 索引号 rows hold four. */
    private static final int ROW_REACH = 8;
    /** A title is a line, not a sentence: a heading cell longer than this, or holding sentence marks, is text. */
    private static final int MAX_TITLE_CHARS = 60;
    private static final java.util.regex.Pattern SENTENCE_MARKS = java.util.regex.Pattern.compile("[。，；,;]");

    /**
     * Cell i, read into the heading, goes on the current piece of text (the cells of one line joined by spaces or
     * glued, as a paragraph's words are cut) or starts the next one, the last being weighed first.
     */
    private void besideChrome(int i) {
        if (titleBesideChrome != null) {
            return;
        }
        boolean joined = pieceEnd == i && (t.get(i).gap() == Cell.Gap.SPACE || t.get(i).gap() == Cell.Gap.NONE);
        if (!joined) {
            weighPiece();
            pieceStart = i;
        }
        if (piece.length() <= MAX_TITLE_CHARS) {
            // past the longest title the piece is no title: not kept growing over a long line of text
            piece.append(joined && t.get(i).gap() == Cell.Gap.SPACE ? " " : "").append(t.get(i).text().strip());
            pieceKey.append(t.get(i).key());
        }
        pieceEnd = i + 1;
    }

    /**
     * The piece of heading text read last is the page's own heading if it names a form or list title, reads as a
     * title (short, no sentence marks) and its row holds no chrome; the first so found counts.
     */
    private void weighPiece() {
        if (titleBesideChrome == null && !piece.isEmpty() && piece.length() <= MAX_TITLE_CHARS
                && !SENTENCE_MARKS.matcher(piece).find()
                && (scan.lex.titles.indexOf(pieceKey, 0, 1) >= 0 || scan.lex.listTitle.indexOf(pieceKey, 0, 1) >= 0)
                && !inChromeRow(pieceStart, pieceEnd)) {
            titleBesideChrome = piece.toString();
        }
        piece.setLength(0);
        pieceKey.setLength(0);
    }

    /** Whether a cell on the row of cells from..to opens the page's chrome (索引号 | … | 发布机构 | …: its values too). */
    private boolean inChromeRow(int from, int to) {
        for (int k = from; k >= 0 && k > from - ROW_REACH && scan.sameRow(k, from); k--) {
            if (chrome.at(k)) {
                return true;
            }
        }
        for (int k = from + 1; k < t.size() && k < to + ROW_REACH && scan.sameRow(from, k); k++) {
            if (chrome.at(k)) {
                return true;
            }
        }
        return false;
    }

    /** A form began: numbered rows after it are no list entries. */
    void formStarted() {
        inList = false;
    }

    /** Reads the heading or list cells at cell i; returns the index after them. */
    int read(int i) {
        if (t.labelAt(i, scan.lex.listTitle, true) != null) {
            if (headsDocument && projectList.isEmpty()) {
                besideChrome(i);
            }
            if (headsDocument && !heading.isEmpty() && projectList.isEmpty() && t.get(i).gap() == Cell.Gap.SPACE) {
                // the list's title on the heading's line ("第1批 项目支出绩效自评清单"): one printed title
                heading.append(' ').append(t.get(i).text().strip());
            }
            inList = true;
            scan.use(i, i + 1);
            return i + 1;
        }
        Hit<Boolean> seq = t.labelAt(i, scan.lex.listSeq, false);
        if (seq != null) {
            return listHeader(i, seq);
        }
        String key = t.get(i).key();
        if (inList && LIST_SEQ.matcher(key).matches()) {
            return listEntry(i);
        }
        if (!headsDocument && opensIndicatorHeader(i)) {
            // a sheet or table after a form that holds an indicator table and no form start of its own: its rows
            // belong to no form read, and are said so rather than taken as heading text
            scan.problem(i, "绩效指标表头之前没有表单（无表名、项目名称），其指标行未读入任何表单 — an indicator table with no"
                    + " form before it in its sheet or table (no title, no 项目名称): its rows were not read into any form");
            return i + 1;
        }
        if (headsDocument && !FormScanner.isAttachmentMark(key) && !inList && projectList.isEmpty()) {
            String text = t.get(i).text().strip();
            // grid rows of a heading join as printed lines of one title; words of text lines keep their space, and
            // pieces of glued text cut apart (a year cut off the title after it) join as printed, with none
            boolean sameLine = t.get(i).gap() == Cell.Gap.SPACE || t.get(i).gap() == Cell.Gap.CELL;
            boolean printedTogether = t.get(i).gap() == Cell.Gap.NONE;
            heading.append(heading.isEmpty() || printedTogether || scan.grid && !sameLine ? "" : " ").append(text);
            chromeInHeading |= chrome.at(i);
            besideChrome(i);
        }
        scan.use(i, i + 1);
        return i + 1;
    }

    /** An indicator table's header row at cell i: 一级指标 and 二级指标 side by side. */
    private boolean opensIndicatorHeader(int i) {
        Hit<Vocabulary.IndicatorField> column = t.labelAt(i, scan.lex.indicatorColumn, false);
        if (column == null || column.value() != Vocabulary.IndicatorField.LEVEL1) {
            return false;
        }
        Hit<Vocabulary.IndicatorField> next = t.labelAt(column.next(), scan.lex.indicatorColumn, false);
        return next != null && next.value() == Vocabulary.IndicatorField.LEVEL2;
    }

    /** The list header: 序号 项目名称 备注. */
    private int listHeader(int i, Hit<Boolean> seq) {
        inList = true;
        int k = seq.next();
        while (k < t.size() && k < seq.next() + 4 && !t.get(k).isBlank() && isListHeaderWord(t.get(k).key())) {
            k++;
        }
        scan.use(i, k);
        return k;
    }

    private static boolean isListHeaderWord(String key) {
        return key.equals("项目名称") || key.equals("备注") || key.equals("项目名称备注");
    }

    /** 序号, 项目名称 and an optional 备注 on one row. */
    private int listEntry(int i) {
        int k = i + 1;
        List<String> parts = new ArrayList<>();
        while (k < t.size() && scan.sameRow(i, k) && (parts.size() < 3 || !scan.grid)) {
            if (!t.get(k).isBlank()) {
                parts.add(t.get(k).text().strip());
            }
            k++;
        }
        if (parts.isEmpty()) {
            scan.use(i, k);
            return k;
        }
        if (!scan.grid) {
            // text lost its cells: the rest of the line is the name (names hold spaces: 发放社会保障 IC 卡业务费)
            parts = List.of(String.join(" ", parts));
        }
        projectList.add(new ProjectListEntry(t.get(i).location(), Integer.parseInt(t.get(i).key()), parts.get(0),
                parts.size() > 1 ? String.join(" ", parts.subList(1, parts.size())) : null));
        scan.use(i, k);
        return k;
    }
}
