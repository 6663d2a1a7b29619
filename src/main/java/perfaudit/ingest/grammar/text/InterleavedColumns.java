package perfaudit.ingest.grammar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two text columns merged line by line (LAYOUTS.md §2): a page printed 预期目标 and 实际完成情况 side
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
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            starts.add(all.length());
            appendCompact(all, piece);
        }
        List<Repeat> lines = lineRepeats(repeats(all), all);
        if (!inTurn(lines, all)) {
            return Reading.NOT;
        }
        return alternate(pieces, starts, lines);
    }

    /**
     * The repeats that are a column's line said twice: at least {@value #LINE_PIECE} characters, mostly
     * words (Chinese characters: a table row's "100%|10|10|" is not a goal's line), said again right
     * after itself (no more text between the copies than a copy's own length: the rest of a line).
     */
    static List<Repeat> lineRepeats(List<Repeat> repeats, CharSequence text) {
        return repeats.stream().filter(r -> r.length() >= LINE_PIECE
                && r.second() - (r.first() + r.length()) <= r.length() && prose(text, r)).toList();
    }

    /**
     * Interleaved: at least two repeated lines said in turn (A A B B), covering {@value #COVERED_PERCENT} %
     * of the text. A text that names the same figures twice ("400000元,村民…252000元,村民") repeats
     * short pieces far apart, and a restated goal repeats one block after the whole goal.
     */
    static boolean inTurn(List<Repeat> lines, CharSequence text) {
        int covered = lines.stream().mapToInt(r -> 2 * r.length()).sum();
        if (covered * 100 < COVERED_PERCENT * text.length()) {
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
    private static boolean prose(CharSequence text, Repeat repeat) {
        int words = 0;
        for (int i = repeat.first(); i < repeat.first() + repeat.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                words++;
            }
        }
        return 2 * words >= repeat.length();
    }

    /**
     * Every piece of at least {@value #PIECE} characters that the text holds exactly twice, without
     * overlap, merged into maximal runs (a repeated line gives one repeat, not one per position).
     */
    static List<Repeat> repeats(CharSequence text) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i + PIECE <= text.length(); i++) {
            at.computeIfAbsent(text.subSequence(i, i + PIECE).toString(), k -> new ArrayList<>(2)).add(i);
        }
        // by start: a run grows while the next position repeats at the same distance
        int[] distance = new int[text.length()];
        for (List<Integer> places : at.values()) {
            if (places.size() == 2 && places.get(1) - places.get(0) >= PIECE) {
                distance[places.get(0)] = places.get(1) - places.get(0);
            }
        }
        List<Repeat> repeats = new ArrayList<>();
        for (int i = 0; i < distance.length; i++) {
            if (distance[i] == 0) {
                continue;
            }
            int end = i;
            while (end + 1 < distance.length && distance[end + 1] == distance[i]) {
                end++;
            }
            repeats.add(new Repeat(i, i + distance[i], end - i + PIECE));
            i = end;
        }
        return repeats;
    }

    private static Reading alternate(List<String> pieces, List<Integer> starts, List<Repeat> repeats) {
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

    private static int pieceAt(List<Integer> starts, int position) {
        int piece = 0;
        while (piece + 1 < starts.size() && starts.get(piece + 1) <= position) {
            piece++;
        }
        return piece;
    }

    /** The text without white space: a line's wrap or a column's gap must not hide a repeat. */
    private static void appendCompact(StringBuilder into, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                into.append(c);
            }
        }
    }
}
