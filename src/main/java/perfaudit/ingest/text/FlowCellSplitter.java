package perfaudit.ingest.text;

import perfaudit.model.Terms;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one flow-layout indicator row (after its labels and 分值 得分) into 三级指标,
 * 年度指标值 and 实际完成值. Cells share lines (separated by spaces) or wrap over several lines.
 * A comparator starts the target; the target is comparator, number and unit; the next piece starting
 * with a digit starts the actual. Without a comparator, known qualitative phrases mark the actual
 * and target, and otherwise the name ends at its first line shorter than the name column.
 */
final class FlowCellSplitter {

    /** {@code runOn}: a second target met after this row's actual (see {@link #runOn}), else null. */
    record Cells(String name, String target, String actual, String runOn) {
    }

    /** A space-separated piece of a line; {@code newLine} when it is the first piece of its line. */
    private record Piece(String text, boolean newLine) {
    }

    private static final String COMPARATORS = "≥≤=＝<>＜＞";
    private static final double NAME_WRAP_SLACK = 1.5;

    private final double nameColumnWidth;

    FlowCellSplitter(double nameColumnWidth) {
        this.nameColumnWidth = nameColumnWidth;
    }

    Cells split(List<String> lines) {
        List<Piece> pieces = pieces(lines);
        for (int i = 0; i < pieces.size(); i++) {
            if (COMPARATORS.indexOf(pieces.get(i).text().charAt(0)) >= 0) {
                return splitAtComparator(pieces, i);
            }
        }
        return splitQualitative(lines);
    }

    private static List<Piece> pieces(List<String> lines) {
        List<Piece> pieces = new ArrayList<>();
        for (String line : lines) {
            boolean first = true;
            for (String part : line.strip().split("\\s+")) {
                if (!part.isEmpty()) {
                    pieces.add(new Piece(part, first));
                    first = false;
                }
            }
        }
        return pieces;
    }

    private static Cells splitAtComparator(List<Piece> pieces, int start) {
        int end = start + 1;
        String target = pieces.get(start).text();
        while (end < pieces.size()) {
            Piece next = pieces.get(end);
            if (!hasDigit(target)) {
                target = join(target, next);
                end++;
                continue;
            }
            if (Character.isDigit(next.text().charAt(0))) {
                break;
            }
            String unit = unitOf(target);
            boolean wrappedUnitEnd = next.newLine() && next.text().length() == 1 && !unit.endsWith("%");
            if (!unit.isEmpty() && !wrappedUnitEnd) {
                break;
            }
            target = join(target, next);
            end++;
        }
        return new Cells(joinRange(pieces, 0, start), target, joinRange(pieces, end, pieces.size()),
                runOn(pieces, end));
    }

    /**
     * A row whose 分值/得分 line was cut off runs on into the next row: after its actual come a
     * line of plain text (the next 三级指标) and a comparator with more text after it (the next
     * target and actual). Returns that comparator's piece, or null when the row holds one target.
     */
    private static String runOn(List<Piece> pieces, int afterTarget) {
        boolean nameLine = false;
        for (int i = afterTarget; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (nameLine && COMPARATORS.indexOf(piece.text().charAt(0)) >= 0 && i + 1 < pieces.size()) {
                return piece.text();
            }
            nameLine |= piece.newLine() && !hasDigit(piece.text());
        }
        return null;
    }

    private Cells splitQualitative(List<String> lines) {
        if (lines.size() == 1) {
            return new Cells(lines.get(0).strip(), null, null, null);
        }
        int actualStart = phraseSuffix(lines, lines.size(), Terms.QUALITATIVE_ACTUALS, 1);
        if (actualStart < 0) {
            actualStart = lines.size() - 1;
        }
        int targetStart = phraseSuffix(lines, actualStart, Terms.QUALITATIVE_TARGETS, 1);
        if (targetStart < 0) {
            targetStart = nameEnd(lines, actualStart) + 1;
        }
        return new Cells(joinLines(lines, 0, targetStart), joinLines(lines, targetStart, actualStart),
                joinLines(lines, actualStart, lines.size()), null);
    }

    /** Where the longest run of whole lines ending at {@code end} spells a known phrase; -1 if none. */
    private static int phraseSuffix(List<String> lines, int end, List<String> phrases, int keepBefore) {
        int found = -1;
        StringBuilder suffix = new StringBuilder();
        for (int start = end - 1; start >= keepBefore; start--) {
            suffix.insert(0, Terms.squeeze(lines.get(start)));
            if (phrases.contains(suffix.toString())) {
                found = start;
            }
        }
        return found;
    }

    /** The last line of the name: the first that does not fill the name column. */
    private int nameEnd(List<String> lines, int limit) {
        for (int i = 0; i < limit; i++) {
            if (TextWidth.of(lines.get(i).strip()) < nameColumnWidth - NAME_WRAP_SLACK) {
                return i;
            }
        }
        return Math.max(limit - 1, 0);
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static String unitOf(String target) {
        int lastDigit = -1;
        for (int i = 0; i < target.length(); i++) {
            if (Character.isDigit(target.charAt(i))) {
                lastDigit = i;
            }
        }
        return target.substring(lastDigit + 1).strip();
    }

    private static String join(String text, Piece next) {
        return text + (next.newLine() ? "" : " ") + next.text();
    }

    private static String joinRange(List<Piece> pieces, int from, int to) {
        if (from >= to) {
            return null;
        }
        String text = pieces.get(from).text();
        for (int i = from + 1; i < to; i++) {
            text = join(text, pieces.get(i));
        }
        return text;
    }

    private static String joinLines(List<String> lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(from, 0); i < to; i++) {
            text.append(lines.get(i).strip());
        }
        return text.isEmpty() ? null : text.toString();
    }
}
