package perfaudit.ingest.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one section of input, with the label tests every part of the grammar shares: a
 * label may be broken over several cells (年初 / 预算 / 数), may carry an enumerator (1.项目年度目标),
 * and in glued text (no separators at all) is found inside longer cells.
 */
public final class Tokens {

    /** A label found at a cell: what it is, and the index of the first cell after it. */
    public record Hit<V>(V value, String spelling, int start, int next) {
    }

    /** Labels are broken over at most this many cells (a vertical 一级指标 is handled apart). */
    static final int MAX_LABEL_CELLS = 6;
    /** "其中:" before a sub-row's label (其中:本年财政拨款). */
    private static final String SUB_ROW = "其中";

    private final List<Cell> cells;
    /**
     * The same cells in an array: every part of the grammar asks for cells by index, many times each,
     * and the quick compiler of a short run (C1) makes each List.get a chain of calls.
     */
    private final Cell[] cellArray;
    /** The text had no separators and was cut at its labels: values may be glued to names too. */
    public final boolean glued;

    /** Per cell: 1 = no label of any kind can start here, 2 = one may (0 = not yet asked). */
    private final byte[] mayHoldLabel;
    /** Per cell where a label may start: the key character it would start with (after any enumerator). */
    private final char[] labelStart;
    private final Lexicon lex;

    public Tokens(List<Cell> cells, boolean glued, Lexicon lex) {
        this.cells = cells;
        this.cellArray = cells.toArray(new Cell[0]);
        this.glued = glued;
        this.lex = lex;
        this.mayHoldLabel = new byte[cells.size()];
        this.labelStart = new char[cells.size()];
        this.asked = new long[cells.size()];
        this.found = new long[cells.size()];
    }

    /** False when the cell's first character (after an enumerator) starts no label of the vocabulary. */
    private boolean mayHoldLabel(int i) {
        byte known = mayHoldLabel[i];
        if (known == 0) {
            Cell cell = cellArray[i];
            int skip = cell.enumeratorLength();
            known = skip < cell.key().length() && lex.mayStartLabel(cell.key().charAt(skip)) ? (byte) 2 : (byte) 1;
            if (known == 2) {
                labelStart[i] = cell.key().charAt(skip);
            }
            mayHoldLabel[i] = known;
        }
        return known == 2;
    }

    public int size() {
        return cellArray.length;
    }

    /**
     * A cell that is only "其中" / "其中:": the lead-in of the sub-rows, cut from their first label
     * (glued text is cut at labels, so 其中中央补助 arrives as 其中 | 中央补助).
     */
    public boolean isSubRowLeadIn(int i) {
        String key = cellArray[i].key();
        return key.startsWith(SUB_ROW) && (key.length() == SUB_ROW.length()
                || key.length() == SUB_ROW.length() + 1 && (key.charAt(2) == ':' || key.charAt(2) == '：'));
    }

    public Cell get(int i) {
        return cellArray[i];
    }

    List<Cell> cells() {
        return cells;
    }

    /**
     * The label of {@code index} that the cells from {@code i} spell exactly (whole cells, joined),
     * the longest such; or one at the start of cell {@code i} followed by more text in that cell
     * when {@code prefixOk}. Null when none.
     */
    /** What may follow a label in the same cell. */
    public enum Rest {
        /** Nothing: the label is the whole cell (or cells). */
        NONE,
        /** A bracketed note: 绩效指标(90分), 项目资金(万元). */
        BRACKETED,
        /** A value: 实施单位:北京…, 总分100, 年度绩效目标1(40分), or anything after a label of four or more characters. */
        VALUE
    }

    /**
     * The block label at cell i (年度绩效目标1 (40分), 年度目标1:(80分)), unless a longer label of another kind
     * starts the cell there: 年度目标指标值 is a target column, not the block 年度目标 (longer spellings win).
     */
    public Hit<Boolean> blockAt(int i) {
        Hit<Boolean> hit = labelAt(i, lex.indicatorBlock, true);
        if (hit == null || hit.next() != i + 1) {
            return hit;
        }
        String key = get(i).key();
        int from = enumeratorLength(key);
        LabelIndex.Match<Boolean> longest = lex.structural.longestAt(key, from);
        return longest != null && longest.end() - from > LabelIndex.spellingKey(hit.spelling()).length() ? null : hit;
    }

    /**
     * The header label at cell i (项目名称, 主管部门, 部门 …), unless a longer label of another kind starts
     * there: the department-wide header's 部门 is only the start of 部门整体支出总额, 部门决策 (longer
     * spellings win, across the kinds of labels as within one).
     */
    public Hit<perfaudit.ingest.grammar.vocabulary.Vocabulary.HeaderField> headerAt(int i) {
        Hit<perfaudit.ingest.grammar.vocabulary.Vocabulary.HeaderField> hit = labelAt(i, lex.header, true);
        if (hit == null) {
            return null;
        }
        String key = get(i).key();
        int from = enumeratorLength(key);
        int length = LabelIndex.spellingKey(hit.spelling()).length();
        if (hit.next() == i + 1 && length < SHORT_HEADER_LABEL && key.length() > from + length && !afterColon(get(i), length)) {
            // a two-character label (部门) starts many words (部门(单位)评价组, 部门整体…): in its cell only before a colon
            return null;
        }
        Hit<Boolean> whole = labelAt(i, lex.structural, Rest.NONE);
        if (whole != null && whole.next() > hit.next()) {
            return null;
        }
        LabelIndex.Match<Boolean> longest = lex.structural.longestAt(key, from);
        return hit.next() == i + 1 && longest != null && longest.end() - from > length ? null : hit;
    }

    /** Header labels shorter than this take a value in their own cell only after a colon (部门:金寨县…). */
    private static final int SHORT_HEADER_LABEL = 3;

    /** Whether the cell's text, after its first {@code length} label characters, goes on with a colon. */
    private static boolean afterColon(Cell cell, int length) {
        String rest = cell.textOf(enumeratorLength(cell.key()) + length, cell.key().length()).strip();
        String before = cell.textOf(0, enumeratorLength(cell.key()) + length).strip();
        return rest.startsWith(":") || rest.startsWith("：") || before.endsWith(":") || before.endsWith("：");
    }

    public <V> Hit<V> labelAt(int i, LabelIndex<V> index, boolean prefixOk) {
        return labelAt(i, index, prefixOk ? Rest.VALUE : Rest.NONE);
    }

    /**
     * Every part of the grammar asks the same cells about the same labels: answers are kept, per cell
     * one bit per (index, rest) asked and one per label found, side by side for the many questions
     * asked of one cell in a row (no array per index and document); the few labels found are kept apart.
     */
    private final long[] asked;
    private final long[] found;
    private Object[][] hits;
    private static final int REST_KINDS = Rest.values().length;

    @SuppressWarnings("unchecked")
    public <V> Hit<V> labelAt(int i, LabelIndex<V> index, Rest rest) {
        // most questions are settled by the cell's first character: no label of this index starts with it
        if (i < 0 || i >= cellArray.length || !mayHoldLabel(i) || !index.startsWith(labelStart[i])) {
            return null;
        }
        if (index.owner != lex) {
            return findLabel(i, index, rest);
        }
        int bit = index.slot * REST_KINDS + rest.ordinal();
        long mask = 1L << bit;
        if ((asked[i] & mask) != 0) {
            return (found[i] & mask) == 0 ? null : (Hit<V>) hits[i][bit];
        }
        Hit<V> hit = findLabel(i, index, rest);
        asked[i] |= mask;
        if (hit != null) {
            found[i] |= mask;
            if (hits == null) {
                hits = new Object[cellArray.length][];
            }
            if (hits[i] == null) {
                hits[i] = new Object[Lexicon.INDEXES * REST_KINDS];
            }
            hits[i][bit] = hit;
        }
        return hit;
    }

    private <V> Hit<V> findLabel(int i, LabelIndex<V> index, Rest rest) {
        boolean prefixOk = rest != Rest.NONE;
        if (i >= cellArray.length || cellArray[i].isBlank()) {
            return null;
        }
        String first = cellArray[i].key();
        int skip = cellArray[i].enumeratorLength();
        if (skip >= first.length() || !index.startsWith(first.charAt(skip))) {
            return null;
        }
        // one walk down the trie over the first cell and the cells that continue it (年初 / 预算 / 数)
        LabelIndex.Node<V> node = index.root();
        LabelIndex.Node<V> longest = null;
        int longestEnd = -1;
        for (int c = skip; c < first.length(); c++) {
            node = node.get(first.charAt(c));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                longest = node;
                longestEnd = c + 1;
            }
        }
        Hit<V> best = node != null && node.value != null ? new Hit<>(node.value, node.spelling, i, i + 1) : null;
        for (int k = i + 1; node != null && k < cellArray.length && k < i + MAX_LABEL_CELLS; k++) {
            Cell next = cellArray[k];
            if (next.isBlank() || !joins(next.gap())
                    || best != null && index.exact(next.key()) != null) {
                // a whole label followed by another whole label: two labels (执行率 / 得分), not one
                break;
            }
            node = LabelIndex.walk(node, next.key(), 0);
            if (node != null && node.value != null) {
                best = new Hit<>(node.value, node.spelling, i, k + 1);
            }
        }
        if (best == null && prefixOk && longest != null) {
            LabelIndex.Match<V> m = new LabelIndex.Match<>(longest.value, longest.spelling, longestEnd);
            if (restAllowed(cellArray[i], m, rest)) {
                best = new Hit<>(m.value(), m.spelling(), i, i + 1);
            }
        }
        return best;
    }

    private static boolean restAllowed(Cell cell, LabelIndex.Match<?> label, Rest rest) {
        String key = cell.key();
        char next = key.charAt(label.end());
        boolean bracket = next == '(' || next == '[' || next == '【';
        if (rest == Rest.BRACKETED) {
            return bracket;
        }
        String text = cell.textOf(label.end(), key.length()).strip();
        String before = cell.textOf(0, label.end());
        boolean colon = before.endsWith(":") || before.endsWith("：") || text.startsWith(":") || text.startsWith("：")
                || cell.text().contains(":") && cell.text().indexOf(':') <= cell.text().indexOf(text.isEmpty() ? " " : text)
                || cell.text().contains("：") && cell.text().indexOf('：') <= cell.text().indexOf(text.isEmpty() ? " " : text);
        return bracket || colon || Character.isDigit(next) || label.end() >= 4;
    }

    /**
     * Whether a label may continue into the next cell: across a line break or a space (a wrapped
     * label, 当年财政 拨款, 经济效益 指标, 得分 (20分*执行率): a flattened page keeps no other trace of
     * the cell), across a cell boundary never. A join is kept only where the joined text is a label,
     * and a whole label after a label is a label of its own (执行率 得分).
     */
    private static boolean joins(Cell.Gap gap) {
        return switch (gap) {
            case NONE, SPACE, LINE, BLANK, BREAK -> true;
            case CELL, ROW -> false;
        };
    }

    /** The length of a leading enumerator ("1.", "二、", "(3)") in a key; 0 when none. */
    public static int enumeratorLength(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        char first = key.charAt(0);
        if (!(first >= '0' && first <= '9' || first == '(' || "一二三四五六七八九十其".indexOf(first) >= 0)) {
            return 0;
        }
        int enumerator = enumeratorEnd(key);
        int end = enumerator < key.length() ? enumerator : 0;
        return key.startsWith(SUB_ROW, end) && key.length() > end + SUB_ROW.length() ? end + SUB_ROW.length() : end;
    }

    /**
     * Where an enumerator at the start of {@code key} ends (0 when none): one or two digits and "." "、"
     * "．", one or two Chinese numerals and "、" ".", or either kind of numeral in brackets. Every
     * numeric cell asks, so it is a char loop rather than a regex.
     */
    private static int enumeratorEnd(String key) {
        char first = key.charAt(0);
        if (first == '(') {
            int end = numerals(key, 1);
            return end > 1 && end < key.length() && key.charAt(end) == ')' ? end + 1 : 0;
        }
        int end = numerals(key, 0);
        if (end == 0 || end >= key.length()) {
            return 0;
        }
        char mark = key.charAt(end);
        boolean digits = first >= '0' && first <= '9';
        return mark == '.' || mark == '、' || digits && mark == '．' ? end + 1 : 0;
    }

    /** The end of one or two numerals of one kind (digits, or 一…十) from {@code from}; {@code from} when none. */
    private static int numerals(String key, int from) {
        if (from >= key.length()) {
            return from;
        }
        boolean digits = isDigit(key.charAt(from));
        if (!digits && !isChineseNumeral(key.charAt(from))) {
            return from;
        }
        int end = from + 1;
        if (end < key.length() && (digits ? isDigit(key.charAt(end)) : isChineseNumeral(key.charAt(end)))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** The index after the last cell on cell i's line (or grid row): cells parted by a space, a cell edge or nothing. */
    public int lineEnd(int i) {
        int k = i + 1;
        while (k < size() && (get(k).gap() == Cell.Gap.SPACE || get(k).gap() == Cell.Gap.CELL || get(k).gap() == Cell.Gap.NONE)) {
            k++;
        }
        return k;
    }

    /**
     * The end of cell {@code i}'s line as printed: {@link #lineEnd} bounded by the source line. "cell |" text runs a row
     * on over its line ends (a line closed by a bar goes on), so a reprinted header line "绩效指标 | 一级指标 … |" and the
     * row after it are one run of cells; a header is judged on its own line.
     */
    public int printedLineEnd(int i) {
        int end = lineEnd(i);
        int k = i + 1;
        while (k < end && get(k).row() == get(i).row()) {
            k++;
        }
        return k;
    }

    /** The text of cells {@code from} to {@code to}, joined as printed: spaces kept, wrapped lines rejoined. */
    public String text(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            Cell cell = cellArray[i];
            if (cell.isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(separator(cell.gap(), text.charAt(text.length() - 1), cell.text()));
            }
            text.append(cell.text().strip());
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** Wrapped lines join without a space (Chinese has none); spaces on a line and cell edges keep one. */
    public static String separator(Cell.Gap gap, char before, String next) {
        return switch (gap) {
            case NONE, LINE, BLANK, BREAK -> latin(before) && !next.isEmpty() && latin(next.strip().isEmpty() ? ' ' : next.strip().charAt(0)) ? " " : "";
            default -> " ";
        };
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** The cells as a list, for the parts that align them. */
    List<Cell> slice(int from, int to) {
        return new ArrayList<>(cells.subList(from, to));
    }
}
