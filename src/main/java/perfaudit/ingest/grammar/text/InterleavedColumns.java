package perfaudit.ingest.grammar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Two text columns merged line by line (README, Inputs: how the text arrives): a page printed 预期目标 and 实际完成情况 side
 * by side, and its text arrives as left line, right line, left line, right line. As the achievement
 * mostly restates the goal, the same words then come twice in turn: "推进普 1.坚持…推进普法紧绕 法紧绕".
 *
 * <p>The sign is in the order of the repeats. Two texts one after the other (the goal, then an
 * achievement restating it) repeat as one block, A B C … A B C: every first copy comes before every
 * second copy. Interleaved lines repeat piece by piece, A A B B: a piece is said twice before the
 * next piece is said once (see {@link #inTurn}). Only pieces said exactly twice count: a goal that
 * repeats its own phrases (an enumeration "30万元用于…;30万元用于…") is not recognised, since its
 * repeats could be either.
 */
public final class InterleavedColumns {

    /** The shortest repeated piece counted: shorter repeats (其中, 万元, 完成率) are common in any text. */
    static final int PIECE = 6;
    /** A repeat that is a column's line (or most of one) said twice; a column of a printed form holds 10-25 characters. */
    static final int LINE_PIECE = 8;
    /** How much of the text the repeated lines cover: merged columns that restate each other are mostly repeats. */
    static final int COVERED_PERCENT = 30;
    /** 31 to the power {@code PIECE - 1}: what the character leaving a piece weighed in its hash. */
    private static final long HIGHEST = pow31(PIECE - 1);

    private InterleavedColumns() {
    }

    /** A piece of the text said twice: at {@code first} and again at {@code second}, {@code length} characters. */
    record Repeat(int first, int second, int length) {
        int secondEnd() {
            return second + length;
        }
    }

    /** The two texts read apart, or why they could not be. */
    public record Reading(boolean interleaved, String left, String right) {
        static final Reading NOT = new Reading(false, null, null);

        /** Interleaved, and the lines could be given to their columns. */
        public boolean apart() {
            return interleaved && left != null;
        }
    }

    /**
     * Reads the pieces of text as they arrived, in order (each a stretch of one line of one column or
     * more: the input's own separators part them). Not interleaved: {@link Reading#NOT}. Interleaved,
     * and the pieces alternate column by column (every repeated line's first copy in a left piece, its
     * second in the right piece after it): the two texts. Interleaved otherwise: interleaved, no texts.
     */
    public static Reading read(List<String> pieces) {
        int capacity = 0;
        for (String piece : pieces) {
            capacity += piece.length();
        }
        // two repeated lines, each said twice: anything shorter cannot hold them
        if (pieces.size() < 2 || capacity < 4 * LINE_PIECE) {
            return Reading.NOT;
        }
        char[] all = new char[capacity];
        int[] starts = new int[pieces.size()];
        int length = 0;
        for (int p = 0; p < pieces.size(); p++) {
            starts[p] = length;
            length = appendCompact(all, length, pieces.get(p));
        }
        List<Repeat> lines = lineRepeats(repeats(all, length), all);
        if (!inTurn(lines, length)) {
            return Reading.NOT;
        }
        return alternate(pieces, starts, lines);
    }

    /**
     * The repeats that are a column's line said twice: at least {@value #LINE_PIECE} characters, mostly
     * words (Chinese characters: a table row's "100%|10|10|" is not a goal's line), said again right
     * after itself (no more text between the copies than a copy's own length: the rest of a line).
     */
    static List<Repeat> lineRepeats(List<Repeat> repeats, char[] text) {
        List<Repeat> lines = new ArrayList<>();
        for (Repeat r : repeats) {
            if (r.length() >= LINE_PIECE && r.second() - (r.first() + r.length()) <= r.length() && prose(text, r)) {
                lines.add(r);
            }
        }
        return lines;
    }

    /**
     * Interleaved: at least two repeated lines said in turn (A A B B), covering {@value #COVERED_PERCENT} %
     * of the text. A text that names the same figures twice ("400000元,村民…252000元,村民") repeats
     * short pieces far apart, and a restated goal repeats one block after the whole goal.
     */
    static boolean inTurn(List<Repeat> lines, int textLength) {
        if (lines.size() < 2) {
            return false;
        }
        int covered = 0;
        for (Repeat line : lines) {
            covered += 2 * line.length();
        }
        if (covered * 100 < COVERED_PERCENT * textLength) {
            return false;
        }
        for (Repeat a : lines) {
            for (Repeat b : lines) {
                if (b.first() >= a.secondEnd()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A goal's line is words: a repeat of figures and marks (a table row's "100%|10|10|") is not one. */
    private static boolean prose(char[] text, Repeat repeat) {
        int words = 0;
        for (int i = repeat.first(); i < repeat.first() + repeat.length(); i++) {
            if (Character.UnicodeScript.of(text[i]) == Character.UnicodeScript.HAN) {
                words++;
            }
        }
        return 2 * words >= repeat.length();
    }

    /**
     * Every piece of at least {@value #PIECE} characters that the text holds exactly twice, without
     * overlap, merged into maximal runs (a repeated line gives one repeat, not one per position).
     * Asked of every form's goal: the pieces are counted in an open-addressed table of positions,
     * with no object per piece.
     */
    static List<Repeat> repeats(char[] chars, int length) {
        int count = length - PIECE + 1;
        if (count < 2) {
            return List.of();
        }
        long[] hashes = new long[count];
        // a rolling hash: each next piece's from the last one's, one character out and one in
        long hash = 0;
        for (int k = 0; k < PIECE; k++) {
            hash = hash * 31 + chars[k];
        }
        for (int i = 0; ; i++) {
            hashes[i] = hash;
            if (i + 1 == count) {
                break;
            }
            hash = (hash - chars[i] * HIGHEST) * 31 + chars[i + PIECE];
        }
        // each piece's first place, how often it comes, and its second place: an open-addressed table
        int[] slots = new int[Integer.highestOneBit(count) << 2];
        int[] times = new int[count];
        int[] second = new int[count];
        int mask = slots.length - 1;
        for (int i = 0; i < count; i++) {
            int slot = (int) (hashes[i] ^ hashes[i] >>> 29) & mask;
            while (true) {
                int first = slots[slot] - 1;
                if (first < 0) {
                    slots[slot] = i + 1;
                    times[i] = 1;
                    break;
                }
                if (hashes[first] == hashes[i] && samePiece(chars, first, i)) {
                    if (++times[first] == 2) {
                        second[first] = i;
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        // by start: the distance to the second copy of the piece starting there, 0 if it has none
        int[] distance = new int[count];
        for (int i = 0; i < count; i++) {
            if (times[i] == 2 && second[i] - i >= PIECE) {
                distance[i] = second[i] - i;
            }
        }
        List<Repeat> repeats = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (distance[i] == 0) {
                continue;
            }
            int end = i;
            while (end + 1 < count && distance[end + 1] == distance[i]) {
                end++;
            }
            repeats.add(new Repeat(i, i + distance[i], end - i + PIECE));
            i = end;
        }
        return repeats;
    }

    private static long pow31(int power) {
        long value = 1;
        for (int i = 0; i < power; i++) {
            value *= 31;
        }
        return value;
    }

    /** Equal hashes of different pieces are rare, not impossible: the characters decide. */
    private static boolean samePiece(char[] text, int first, int second) {
        for (int k = 0; k < PIECE; k++) {
            if (text[first + k] != text[second + k]) {
                return false;
            }
        }
        return true;
    }

    private static Reading alternate(List<String> pieces, int[] starts, List<Repeat> repeats) {
        if (pieces.size() % 2 != 0) {
            return new Reading(true, null, null);
        }
        for (Repeat repeat : repeats) {
            int first = pieceAt(starts, repeat.first());
            int second = pieceAt(starts, repeat.second());
            // a repeat across a line's end (the next lines begin alike) says nothing of the columns
            boolean withinLines = first == pieceAt(starts, repeat.first() + repeat.length() - 1)
                    && second == pieceAt(starts, repeat.secondEnd() - 1);
            if (withinLines && (first % 2 != 0 || second != first + 1)) {
                return new Reading(true, null, null);
            }
        }
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            (i % 2 == 0 ? left : right).append(pieces.get(i).strip());
        }
        return new Reading(true, left.toString(), right.toString());
    }

    private static int pieceAt(int[] starts, int position) {
        int piece = 0;
        while (piece + 1 < starts.length && starts[piece + 1] <= position) {
            piece++;
        }
        return piece;
    }

    /** The text without white space: a line's wrap or a column's gap must not hide a repeat. */
    private static int appendCompact(char[] into, int at, String text) {
        int end = at + text.length();
        text.getChars(0, text.length(), into, at);
        int kept = at;
        for (int i = at; i < end; i++) {
            char c = into[i];
            if (!Character.isWhitespace(c) && c != '\u3000') {
                into[kept++] = c;
            }
        }
        return kept;
    }
}
