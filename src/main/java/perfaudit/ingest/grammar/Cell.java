package perfaudit.ingest.grammar;

import perfaudit.text.TextFold;
import perfaudit.model.SourceLocation;

/**
 * One cell of input in reading order, as a format reader found it: its printed text, where it is,
 * and what separated it from the cell before. Readers that know the grid (tabbed text, workbooks,
 * Word and HTML tables, PDF tables) give each cell its row and column; text that lost its grid
 * (PDF lines, flattened pages) gives only the order and the gaps. The grammar matches labels on
 * {@link #key()} — folded, without white space — and reports and displays {@link #text()}.
 */
public final class Cell {

    /** What came between this cell and the one before it. */
    public enum Gap {
        /** Nothing: a piece cut out of a longer cell (glued text split at a label). */
        NONE,
        /** A space on the same line. */
        SPACE,
        /** A cell boundary of a grid row, or a "|" of a text table. */
        CELL,
        /** A line break: wrapped text, or the next row of space-separated rows. */
        LINE,
        /** One blank line. */
        BLANK,
        /** Two or more blank lines: a page break in text taken from a PDF. */
        BREAK,
        /** The next row of a grid. */
        ROW
    }

    private final String text;
    private final String key;
    /** For each key character, its index in text; null when key and text are the same string. */
    private final int[] textIndex;
    private final SourceLocation location;
    private final int row;
    private final int column;
    private final Gap gap;
    /** A cell of "|" text, OCR of a ruled table: white space inside it parts what its rulings did not (see Value). */
    private boolean ruledText;

    /** A cell of "|" text (see {@link #isRuledText()}). */
    public static Cell ofRuledText(String text, SourceLocation location, int row, Gap gap) {
        Cell cell = new Cell(text, location, row, -1, gap);
        cell.ruledText = true;
        return cell;
    }

    /** Whether the cell is one of "|" text, whose figures a single space parts as a ruling does (15 115). */
    public boolean isRuledText() {
        return ruledText;
    }

    public Cell(String text, SourceLocation location, int row, int column, Gap gap) {
        this.text = text;
        this.location = location;
        this.row = row;
        this.column = column;
        this.gap = gap;
        if (keyIsText(text)) {
            // nothing folds and nothing is dropped: the key is the text (most cells of most inputs)
            this.key = text;
            this.textIndex = null;
            return;
        }
        Folded known = FOLDED.get(text);
        if (known == null) {
            known = folded(text);
            if (FOLDED.size() < MAX_FOLDED) {
                FOLDED.put(text, known);
            }
        }
        this.key = known.key == null ? text : known.key;
        this.textIndex = known.textIndex;
    }

    /** A text's key and key-to-text index, where the key is not the text itself (textIndex null when equal). */
    private record Folded(String key, int[] textIndex) {
    }

    /**
     * The keys of texts that fold or drop characters, kept: the same labels and values (a colon, a bracket, a
     * traditional or full-width character) come back in every form of a document and in every document; the
     * fold, the gloss walk and the index are found once per distinct text. Bounded; the index arrays are never written.
     */
    private static final java.util.Map<String, Folded> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_FOLDED = 20_000;

    private static Folded folded(String text) {
        String folded = TextFold.fold(text);
        int[] index = new int[folded.length()];
        StringBuilder key = new StringBuilder(folded.length());
        int t = 0;
        for (int f = 0; f < folded.length(); f++) {
            char c = folded.charAt(f);
            // a folded character comes from the next text character that folds to it, past the glosses fold
            // dropped: the "(" of 標(biāo)(40分) is the one of (40分), not of the gloss
            t = TextFold.afterGloss(text, t);
            while (t < text.length() - 1 && !foldsTo(text.charAt(t), c)) {
                t = TextFold.afterGloss(text, t + 1);
            }
            if (!dropped(c)) {
                index[key.length()] = t;
                key.append(c);
            }
            t++;
        }
        String k = key.toString();
        return k.equals(text) ? new Folded(null, null) : new Folded(k, java.util.Arrays.copyOf(index, k.length()));
    }

    private Cell(String text, String key, int[] textIndex, SourceLocation location, int row, int column, Gap gap) {
        this.text = text;
        this.key = key;
        this.textIndex = textIndex;
        this.location = location;
        this.row = row;
        this.column = column;
        this.gap = gap;
    }

    private static boolean foldsTo(char textChar, char foldedChar) {
        return textChar == foldedChar || TextFold.foldChar(textChar) == foldedChar;
    }

    /**
     * True when no character of {@code text} folds, is dropped or may open a gloss: its key is the text
     * itself. One pass over a copy of the chars for every cell, instead of folding and then testing
     * the folded text; a bracket sends the cell the long way, which finds the key equal when no
     * gloss is there.
     */
    private static boolean keyIsText(String text) {
        for (char c : text.toCharArray()) {
            // the commonest characters answered here rather than in calls the quick compiler does not inline
            boolean same = c > ' ' && c < 0x7F ? c != ':' && c != '(' // ASCII: a colon is dropped, a bracket may open a gloss
                    : c >= 0x4E00 && c <= 0x9FFF ? TextFold.foldChar(c) == c // an ideograph is kept, folded if traditional
                    : c != '（' && !dropped(c) && TextFold.foldChar(c) == c;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * White space and colons: left out of the key. Every character of every cell is asked, so the
     * commonest (ASCII letters and digits, CJK ideographs) are answered without a Unicode table.
     */
    static boolean dropped(char c) {
        if (c > ' ' && c < 0x7F) {
            return c == ':';
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '：';
    }

    private int enumerator = -1;

    /** The length of the enumerator ("1.", "二、", "其中") the key starts with; computed once. */
    int enumeratorLength() {
        if (enumerator < 0) {
            enumerator = Tokens.enumeratorLength(key);
        }
        return enumerator;
    }

    private Value value;

    /** What the cell holds as a value (computed once: the grammar asks many times). */
    public Value value() {
        if (value == null) {
            value = Value.classify(this);
        }
        return value;
    }

    /** The text as printed (not stripped). */
    public String text() {
        return text;
    }

    /** The matching key: traditional folded to simplified, full-width to ASCII, no white space or colons. */
    public String key() {
        return key;
    }

    public SourceLocation location() {
        return location;
    }

    /** The source row (text line, grid row) the cell is on: what the problem log marks as used. */
    public int row() {
        return row;
    }

    /** The grid column, or -1 when the input lost its grid. */
    public int column() {
        return column;
    }

    public Gap gap() {
        return gap;
    }

    public boolean isBlank() {
        return key.isEmpty();
    }

    /** The printed text of key characters {@code from} (inclusive) to {@code to} (exclusive). */
    public String textOf(int from, int to) {
        if (textIndex == null) {
            return text.substring(from, to);
        }
        int start = from >= key.length() ? text.length() : textIndex[from];
        int end = to >= key.length() ? text.length() : textIndex[to];
        return text.substring(start, Math.max(start, end));
    }

    /** The part of this cell from key character {@code from} to {@code to}, as a cell of its own. */
    public Cell slice(int from, int to, Gap sliceGap) {
        if (from == 0 && to == key.length()) {
            return sliceGap == gap ? this : sameKind(new Cell(text, key, textIndex, location, row, column, sliceGap));
        }
        String part = textOf(from, to);
        return new Cell(part, location, row, column, sliceGap);
    }

    /** The same cell with another gap before it. */
    Cell withGap(Gap newGap) {
        return newGap == gap ? this : sameKind(new Cell(text, key, textIndex, location, row, column, newGap));
    }

    private Cell sameKind(Cell copy) {
        copy.ruledText = ruledText;
        return copy;
    }

    @Override
    public String toString() {
        return gap + ":" + text;
    }
}
