package perfaudit.ingest.grammar.header;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Family;

/**
 * Finds the cells that hold a form title (项目支出绩效自评表, 2022年度项目支出绩效自评表, …), whole or
 * wrapped over two cells, and not when quoted as a mention of the document. The scanner asks at every
 * cell, as do the stops of every part, so each cell's answer is kept.
 */
public final class FormTitles {

    private final Tokens t;
    private final Lexicon lex;

    public FormTitles(Tokens t, Lexicon lex) {
        this.t = t;
        this.lex = lex;
    }

    /** A cell longer than this is a paragraph, not a title. */
    private static final int MAX_TITLE_CHARS = 80;


    /** Per cell: its title hit, or FALSE when it holds none; null until asked. */
    private Object[] titles;

    /** The title cell i starts (its spelling and the cell after it), or null. */
    public Hit<Family> at(int i) {
        if (titles == null) {
            titles = new Object[t.size()];
        }
        Object known = titles[i];
        if (known == null) {
            Hit<Family> hit = findTitle(i);
            titles[i] = hit == null ? Boolean.FALSE : hit;
            return hit;
        }
        @SuppressWarnings("unchecked")
        Hit<Family> hit = known == Boolean.FALSE ? null : (Hit<Family>) known;
        return hit;
    }

    /**
     * A title standing inside a row, after other text of that row (glued text run together, a grid row's later
     * cell), opens a form only when a form's head follows it: else it is words of the row, an indicator named
     * 项目支出绩效自评表报送及时率, and taking it as a title would end the form there and lose the rows after it.
     */
    private Hit<Family> findTitle(int i) {
        Hit<Family> hit = titleIn(i);
        if (hit == null || !withinRow(i)) {
            return hit;
        }
        int head = headAfter(hit);
        if (head < 0) {
            return null;
        }
        if (head > HEAD_REACH) {
            doubtful.set(i);
        }
        return hit;
    }

    /** Cells after a title within which a form's head shows that a form begins there. */
    private static final int HEAD_REACH = 4;
    /** Cells after a title within which a head is still looked for: found this far only, it cannot be told. */
    private static final int DOUBT_REACH = 12;
    private static final java.util.regex.Pattern YEAR_LINE = java.util.regex.Pattern.compile("^[(（]?(19|20)\\d{2}年度?[)）]?");
    /** Titles inside a row whose form's head followed only far after them. */
    private final java.util.BitSet doubtful = new java.util.BitSet();

    /**
     * Whether the title at cell i stands inside a row and was read as one with a form's head only some cells
     * after it: whether it begins a form or is words of the row cannot be told.
     */
    public boolean doubtful(int i) {
        return at(i) != null && doubtful.get(i);
    }

    /** Some text before cell i on its row or line: the title is not where a row begins. */
    private boolean withinRow(int i) {
        Cell cell = t.get(i);
        for (int k = i - 1; k >= 0 && t.get(k).row() == cell.row(); k--) {
            if (!t.get(k).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many non-blank cells after the title a form's head begins (its year, a header field, the funds,
     * goal or indicator table's label, another title, a page's chrome), 0 when the title's own cell goes on
     * with its year; -1 when none does within {@link #DOUBT_REACH} or a 总分 comes first (the title stood in
     * the table that 总分 closes).
     */
    private int headAfter(Hit<Family> title) {
        String rest = title.next() == title.start() + 1 ? restAfterTitle(t.get(title.start()).key()) : null;
        if (rest != null && YEAR_LINE.matcher(rest).find()) {
            return 0;
        }
        int seen = 0;
        boolean figures = false;
        for (int k = title.next(); k < t.size() && seen < DOUBT_REACH; k++) {
            if (t.get(k).isBlank()) {
                continue;
            }
            seen++;
            if (t.labelAt(k, lex.total, true) != null) {
                return -1;
            }
            if (titleIn(k) != null && !figures) {
                // the next title, no row's figures before it: that title is where a form begins (a page heading or a
                // quoted file name before it), judged on its own; nothing of a row stands between
                return 1;
            }
            if (opensHead(k)) {
                return seen;
            }
            figures |= holdsDigit(t.get(k).key());
        }
        return -1;
    }

    private static boolean holdsDigit(String key) {
        for (int k = 0; k < key.length(); k++) {
            if (Character.isDigit(key.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private String restAfterTitle(String key) {
        for (int at = 0; at < key.length(); at++) {
            LabelIndex.Match<Family> m = lex.titles.longestAt(key, at);
            if (m != null) {
                return key.substring(m.end());
            }
        }
        return null;
    }

    private boolean opensHead(int k) {
        String key = t.get(k).key();
        return YEAR_LINE.matcher(key).find() || t.headerAt(k) != null || titleIn(k) != null || isFileName(key)
                || t.labelAt(k, lex.fundAnchor, Tokens.Rest.BRACKETED) != null || t.labelAt(k, lex.goal, false) != null
                || t.labelAt(k, lex.indicatorAnchor, Tokens.Rest.BRACKETED) != null || lex.pageChrome.longestAt(key, 0) != null;
    }

    private Hit<Family> titleIn(int i) {
        String key = t.get(i).key();
        if (key.length() > MAX_TITLE_CHARS) {
            return null;
        }
        if (!lex.mayHoldTitle(key, 0)) {
            // every title holds a mark (表, 评): without one here, only a title wrapped into the next cell can start
            return nextHoldsTitleMark(i) ? wrappedTitle(i, key) : key.length() <= SPACED_CELL_CHARS ? spacedTitle(i) : null;
        }
        for (int at = 0; at < key.length(); at++) {
            LabelIndex.Match<Family> m = lex.titles.longestAt(key, at);
            if (m != null && runningText(m.value(), key, at, m.end())) {
                continue;
            }
            if (m != null) {
                return quoted(key, at) ? null : new Hit<>(m.value(), m.spelling(), i, i + 1);
            }
        }
        Hit<Family> wrapped = wrappedTitle(i, key);
        return wrapped != null ? wrapped : spacedTitle(i);
    }

    /** The cells of a letter-spaced title are a character or two each (项 目 支 出 绩 效 自 评 表, 部 门 预算 项 目). */
    private static final int SPACED_CELL_CHARS = 2;
    private static final int MIN_SPACED_CELLS = 3;

    /**
     * A title printed letter-spaced, as headings are set to fill a line (项 目 支 出 绩 效 自 评 表) and as an OCR
     * tool cuts Chinese into words (部 门 预算 项 目 支出 绩效 自 评 表): a run of cells of one or two characters on one
     * line, parted by spaces, that spells a title from its first cell and ends with one of its cells.
     */
    private Hit<Family> spacedTitle(int i) {
        String first = t.get(i).key();
        // asked of every short cell: settled by its first character and the next cell's gap before any joining
        if (first.isEmpty() || !lex.titles.startsWith(first.charAt(0)) || i + 1 >= t.size()
                || t.get(i + 1).gap() != Cell.Gap.SPACE) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        int[] ends = new int[MAX_TITLE_CHARS];
        int cells = 0;
        for (int k = i; k < t.size() && cells < ends.length; k++) {
            String key = t.get(k).key();
            if (key.isEmpty() || key.length() > SPACED_CELL_CHARS
                    || k > i && t.get(k).gap() != Cell.Gap.SPACE || joined.length() + key.length() > MAX_TITLE_CHARS) {
                break;
            }
            joined.append(key);
            ends[cells++] = joined.length();
        }
        if (cells < MIN_SPACED_CELLS) {
            return null;
        }
        LabelIndex.Match<Family> m = lex.titles.longestAt(joined.toString(), 0);
        for (int c = 0; m != null && c < cells; c++) {
            if (ends[c] == m.end()) {
                return c + 1 >= MIN_SPACED_CELLS ? new Hit<>(m.value(), m.spelling(), i, i + c + 1) : null;
            }
        }
        return null;
    }

    /**
     * A title a narrow column or a PDF line broke over two cells (项目支出绩效自 / 评表): one that starts
     * in this cell and ends in the next, on the next line or after a space.
     */
    private Hit<Family> wrappedTitle(int i, String key) {
        if (i + 1 >= t.size() || key.isEmpty() || !wraps(t.get(i + 1).gap())) {
            return null;
        }
        String next = t.get(i + 1).key();
        if (key.length() + next.length() > MAX_TITLE_CHARS || !mayRunOn(key) || holdsTitle(next)) {
            // a whole title in the next cell is its own (项目 / 绩效目标自评表 is not 项目绩效目标自评表)
            return null;
        }
        String joined = key + next;
        for (int at = 0; at < key.length(); at++) {
            LabelIndex.Match<Family> m = lex.titles.longestAt(joined, at);
            if (m != null && m.end() > key.length() && !runningText(m.value(), joined, at, m.end())) {
                return quoted(joined, at) ? null : new Hit<>(m.value(), m.spelling(), i, i + 2);
            }
        }
        return null;
    }

    /**
     * Whether some title starting in {@code key} runs on past its end: the walk down the titles' trie from
     * one of its positions reaches the key's end. Most cells have none, and are spared the joined copy.
     */
    private boolean mayRunOn(String key) {
        for (int at = 0; at < key.length(); at++) {
            if (lex.titles.mayGoOn(key, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean nextHoldsTitleMark(int i) {
        return i + 1 < t.size() && wraps(t.get(i + 1).gap()) && lex.mayHoldTitle(t.get(i + 1).key(), 0);
    }

    private boolean holdsTitle(String key) {
        for (int at = 0; at < key.length(); at++) {
            if (lex.titles.longestAt(key, at) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean wraps(Cell.Gap gap) {
        return gap == Cell.Gap.LINE || gap == Cell.Gap.SPACE || gap == Cell.Gap.NONE;
    }

    /**
     * The title of a form perfaudit does not audit, named in a sentence (是否完成绩效目标申报表中申报的数量,
     * （按绩效目标申报表填列）): followed in its cell by more words, or inside a bracket still open. Such a title
     * ends the form it stands in and everything up to the next audited title is left unread, so only a title
     * standing as one is taken; the titles of audited forms keep their older, looser reading.
     */
    public static boolean runningText(Family family, String key, int at, int end) {
        if (family.audited()) {
            return false;
        }
        if (end < key.length() && Character.UnicodeScript.of(key.charAt(end)) == Character.UnicodeScript.HAN) {
            return true;
        }
        int open = 0;
        for (int k = 0; k < at; k++) {
            char c = key.charAt(k);
            if (c == '(' || c == '\uFF08') {
                open++;
            } else if ((c == ')' || c == '\uFF09') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** A title in quotes (《…自评表.docx》, "…自评表") is a mention of the document, not the form's title. */
    private static boolean quoted(String key, int at) {
        for (int k = 0; k < at; k++) {
            if ("\"“”《「『'".indexOf(key.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The endings of a document's file name, as a sharing site prints it over the document's text. */
    private static final java.util.List<String> FILE_ENDINGS = java.util.List.of(".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls");

    /** A cell that is a file name (2020年度…项目自评表.docx): it ends in a document's extension. */
    public static boolean isFileName(String key) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || key.length() - dot > 5) {
            return false;
        }
        for (String ending : FILE_ENDINGS) {
            if (key.length() - dot == ending.length() && key.regionMatches(true, dot, ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }
}
