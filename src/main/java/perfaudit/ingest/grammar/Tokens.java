package perfaudit.ingest.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of one section of input, with the label tests every part of the grammar shares: a
 * label may be broken over several cells (年初 / 预算 / 数), may carry an enumerator (1.项目年度目标),
 * and in glued text (no separators at all) is found inside longer cells.
 */
final class Tokens {

    /** A label found at a cell: what it is, and the index of the first cell after it. */
    record Hit<V>(V value, String spelling, int start, int next) {
    }

    /** Labels are broken over at most this many cells (a vertical 一级指标 is handled apart). */
    static final int MAX_LABEL_CELLS = 6;
    /** "其中:" before a sub-row's label (其中:本年财政拨款). */
    private static final String SUB_ROW = "其中";
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}[、.]|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,2}\\))");

    private final List<Cell> cells;
    /** The text had no separators and was cut at its labels: values may be glued to names too. */
    final boolean glued;

    /** Per cell: 1 = no label of any kind can start here, 2 = one may (0 = not yet asked). */
    private final byte[] mayHoldLabel;
    private final Lexicon lex;

    Tokens(List<Cell> cells, boolean glued, Lexicon lex) {
        this.cells = cells;
        this.glued = glued;
        this.lex = lex;
        this.mayHoldLabel = new byte[cells.size()];
    }

    /** False when the cell's first character (after an enumerator) starts no label of the vocabulary. */
    private boolean mayHoldLabel(int i) {
        byte known = mayHoldLabel[i];
        if (known == 0) {
            Cell cell = cells.get(i);
            int skip = cell.enumeratorLength();
            known = skip < cell.key().length() && lex.mayStartLabel(cell.key().charAt(skip)) ? (byte) 2 : (byte) 1;
            mayHoldLabel[i] = known;
        }
        return known == 2;
    }

    int size() {
        return cells.size();
    }

    Cell get(int i) {
        return cells.get(i);
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
    enum Rest {
        /** Nothing: the label is the whole cell (or cells). */
        NONE,
        /** A bracketed note: 绩效指标(90分), 项目资金(万元). */
        BRACKETED,
        /** A value: 实施单位:北京…, 总分100, 年度绩效目标1(40分), or anything after a label of four or more characters. */
        VALUE
    }

    <V> Hit<V> labelAt(int i, LabelIndex<V> index, boolean prefixOk) {
        return labelAt(i, index, prefixOk ? Rest.VALUE : Rest.NONE);
    }

    /** Every part of the grammar asks the same cells about the same labels: answers are kept. */
    private final Object[][][] memo = new Object[Rest.values().length][64][];
    private final LabelIndex<?>[][] memoOwner = new LabelIndex<?>[Rest.values().length][64];
    private static final Object NONE_FOUND = new Object();

    @SuppressWarnings("unchecked")
    <V> Hit<V> labelAt(int i, LabelIndex<V> index, Rest rest) {
        if (i < 0 || i >= cells.size() || !mayHoldLabel(i)) {
            return null;
        }
        int r = rest.ordinal();
        Object[] answers = memo[r][index.id];
        if (answers == null || memoOwner[r][index.id] != index) {
            answers = new Object[cells.size()];
            memo[r][index.id] = answers;
            memoOwner[r][index.id] = index;
        }
        Object answer = answers[i];
        if (answer == null) {
            Hit<V> hit = findLabel(i, index, rest);
            answers[i] = hit == null ? NONE_FOUND : hit;
            return hit;
        }
        return answer == NONE_FOUND ? null : (Hit<V>) answer;
    }

    private <V> Hit<V> findLabel(int i, LabelIndex<V> index, Rest rest) {
        boolean prefixOk = rest != Rest.NONE;
        if (i >= cells.size() || cells.get(i).isBlank()) {
            return null;
        }
        String first = cells.get(i).key();
        int skip = cells.get(i).enumeratorLength();
        if (skip >= first.length() || !index.startsWith(first.charAt(skip))) {
            return null;
        }
        Hit<V> best = null;
        StringBuilder joined = new StringBuilder(first.substring(skip));
        for (int k = i; k < cells.size() && k < i + MAX_LABEL_CELLS; k++) {
            if (k > i) {
                Cell next = cells.get(k);
                if (next.isBlank() || !joins(next.gap(), best != null)
                        || best != null && index.exact(next.key()) != null) {
                    // a whole label followed by another whole label: two labels (执行率 / 得分), not one
                    break;
                }
                joined.append(next.key());
            }
            V exact = index.exact(joined);
            if (exact != null) {
                LabelIndex.Match<V> m = index.longestAt(joined, 0);
                best = new Hit<>(exact, m.spelling(), i, k + 1);
            }
            if (!index.isPrefix(joined)) {
                break;
            }
        }
        if (best == null && prefixOk) {
            LabelIndex.Match<V> m = index.longestAt(first, skip);
            if (m != null && restAllowed(cells.get(i), m, rest)) {
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
     * Whether a label may continue into the next cell: across a line break always (a wrapped label),
     * across a space only while nothing matched yet (执行率 得分 are two labels, 当年财政 拨款 one),
     * across a cell boundary never.
     */
    private static boolean joins(Cell.Gap gap, boolean matched) {
        return switch (gap) {
            case NONE, LINE, BLANK, BREAK -> true;
            case SPACE -> !matched;
            case CELL, ROW -> false;
        };
    }

    /** The length of a leading enumerator ("1.", "二、", "(3)") in a key; 0 when none. */
    static int enumeratorLength(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        char first = key.charAt(0);
        if (!(first >= '0' && first <= '9' || first == '(' || "一二三四五六七八九十其".indexOf(first) >= 0)) {
            return 0;
        }
        var m = ENUMERATOR.matcher(key);
        int end = m.find() && m.end() < key.length() ? m.end() : 0;
        return key.startsWith(SUB_ROW, end) && key.length() > end + SUB_ROW.length() ? end + SUB_ROW.length() : end;
    }

    /** The text of cells {@code from} to {@code to}, joined as printed: spaces kept, wrapped lines rejoined. */
    String text(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            Cell cell = cells.get(i);
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
    static String separator(Cell.Gap gap, char before, String next) {
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
