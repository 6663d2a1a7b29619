package perfaudit.ingest.grammar.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ways to read a run of digits that holds several cells' figures run together ("50005000100%"): every
 * cut into numbers as forms print them. Which cut is meant is the row's arithmetic to tell ({@link RowArithmetic}).
 */
final class DigitRuns {

    /** A cell that may be such a run: digits, points and percent signs only, long enough to hold two figures. */
    static final Pattern GLUED = Pattern.compile("[0-9.%]{5,40}");
    /** A run this ambiguous is not worth reading further: its arithmetic could not pick one cut anyway. */
    private static final int MAX_SPLITS = 4000;
    private static final int MAX_PARTS = 8;
    private static final Pattern NUMBER_TOKEN = Pattern.compile("(0|[1-9]\\d{0,9})(\\.\\d{1,4})?%?");
    /** The decimals of an amount whose integer part was lost: .32, .5. */
    private static final Pattern LOST_INTEGER = Pattern.compile("\\.\\d{1,4}");

    private DigitRuns() {
    }

    /** Every way to read a run of digits as numbers (no leading zeros, at most 4 decimals, % ends a number). */
    static List<List<String>> splits(String run) {
        return splits(run, false);
    }

    /**
     * As {@link #splits(String)}; with {@code lostIntegers}, the run may begin with amounts whose integer
     * part OCR dropped (".32.06.579.27107.93": .32 | .06 | .5 | 79.27 | 10 | 7.93), each a part of its own
     * starting at a point. Only at the start: after a whole number a point is that number's decimals.
     */
    static List<List<String>> splits(String run, boolean lostIntegers) {
        List<List<String>> out = new ArrayList<>();
        split(run, 0, new ArrayList<>(), out, lostIntegers);
        return out;
    }

    private static void split(String run, int from, List<String> parts, List<List<String>> out, boolean lostIntegers) {
        if (out.size() >= MAX_SPLITS) {
            return;
        }
        if (from == run.length()) {
            if (parts.size() >= 2) {
                out.add(List.copyOf(parts));
            }
            return;
        }
        if (parts.size() >= MAX_PARTS) {
            return;
        }
        boolean lostInteger = lostIntegers && run.charAt(from) == '.'
                && parts.stream().allMatch(p -> p.startsWith("."));
        for (int end = from + 1; end <= run.length(); end++) {
            String part = run.substring(from, end);
            if (!(lostInteger ? LOST_INTEGER.matcher(part).matches() : NUMBER_TOKEN.matcher(part).matches())) {
                if (part.indexOf('%') >= 0) {
                    break;
                }
                continue;
            }
            parts.add(part);
            split(run, end, parts, out, lostIntegers);
            parts.remove(parts.size() - 1);
        }
    }
}
