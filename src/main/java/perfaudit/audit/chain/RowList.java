package perfaudit.audit.chain;

import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a group of findings is, in the words of the form: {@code 第 50–62、64 行} for text lines,
 * {@code 单元格 E50–E62、F3} for spreadsheet cells (consecutive rows of a column as one range).
 */
final class RowList {

    private static final Pattern CELL = Pattern.compile("([A-Z]+)(\\d+)");
    private static final Pattern R1C1 = Pattern.compile("R(\\d+)C(\\d+)");

    private RowList() {
    }

    static String of(List<SourceLocation> locations) {
        TreeSet<Integer> lines = new TreeSet<>();
        List<String> cells = new ArrayList<>();
        for (SourceLocation location : locations) {
            if (location == null) {
                continue;
            }
            if (location.cell() != null) {
                cells.add(location.position());
            } else if (location.line() > 0) {
                lines.add(location.line());
            }
        }
        StringJoiner parts = new StringJoiner("；");
        if (!lines.isEmpty()) {
            parts.add("第 " + ranges(new ArrayList<>(lines)) + " 行");
        }
        if (!cells.isEmpty()) {
            parts.add("单元格 " + cellRanges(cells));
        }
        return parts.length() == 0 ? "位置未知" : parts.toString();
    }

    /** 50, 51, 52, 64 → 50–52、64. */
    private static String ranges(List<Integer> sorted) {
        StringJoiner out = new StringJoiner("、");
        int start = sorted.get(0);
        int previous = start;
        for (int i = 1; i <= sorted.size(); i++) {
            Integer next = i < sorted.size() ? sorted.get(i) : null;
            if (next != null && next == previous + 1) {
                previous = next;
                continue;
            }
            out.add(start == previous ? String.valueOf(start) : start + "–" + previous);
            if (next != null) {
                start = next;
                previous = next;
            }
        }
        return out.toString();
    }

    /**
     * Sheet1!E50, Sheet1!E51 → Sheet1!E50–E51 (R1C1 references alike: 表7!R14C3, 表7!R15C3 → 表7!R14C3–R15C3);
     * the sheet is named once while it stays the same.
     */
    private static String cellRanges(List<String> positions) {
        StringJoiner out = new StringJoiner("、");
        String sheet = null;
        Ref open = null;
        int last = 0;
        for (String position : positions) {
            int bang = position.lastIndexOf('!');
            String thisSheet = bang < 0 ? "" : position.substring(0, bang + 1);
            Ref ref = Ref.of(position.substring(bang + 1));
            if (open != null && ref != null && thisSheet.equals(sheet) && ref.column().equals(open.column())
                    && ref.a1() == open.a1() && ref.row() == last + 1) {
                last = ref.row();
                continue;
            }
            if (open != null) {
                out.add(open.text() + (last == open.row() ? "" : "–" + open.at(last).text()));
            }
            String prefix = thisSheet.equals(sheet) ? "" : thisSheet;
            sheet = thisSheet;
            if (ref == null) {
                out.add(prefix + position.substring(bang + 1));
                open = null;
            } else {
                open = new Ref(prefix, ref.column(), ref.row(), ref.a1());
                last = ref.row();
            }
        }
        if (open != null) {
            out.add(open.text() + (last == open.row() ? "" : "–" + open.at(last).text()));
        }
        return out.toString();
    }

    /** A cell reference, A1 ({@code E12}) or R1C1 ({@code R12C5}), with the sheet prefix it is printed with. */
    private record Ref(String prefix, String column, int row, boolean a1) {

        static Ref of(String text) {
            Matcher a1 = CELL.matcher(text);
            if (a1.matches()) {
                return new Ref("", a1.group(1), Integer.parseInt(a1.group(2)), true);
            }
            Matcher r1c1 = R1C1.matcher(text);
            if (r1c1.matches()) {
                return new Ref("", r1c1.group(2), Integer.parseInt(r1c1.group(1)), false);
            }
            return null;
        }

        Ref at(int otherRow) {
            return new Ref("", column, otherRow, a1);
        }

        String text() {
            return prefix + (a1 ? column + row : "R" + row + "C" + column);
        }
    }
}
