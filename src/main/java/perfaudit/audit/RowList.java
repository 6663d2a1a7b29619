package perfaudit.audit;

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

    /** Sheet1!E50, Sheet1!E51 → Sheet1!E50–E51; the sheet is named once while it stays the same. */
    private static String cellRanges(List<String> positions) {
        StringJoiner out = new StringJoiner("、");
        String sheet = null;
        String column = null;
        int first = 0;
        int last = 0;
        String pending = null;
        for (String position : positions) {
            int bang = position.lastIndexOf('!');
            String thisSheet = bang < 0 ? "" : position.substring(0, bang + 1);
            Matcher cell = CELL.matcher(position.substring(bang + 1));
            if (!cell.matches()) {
                if (pending != null) {
                    out.add(pending + range(column, first, last));
                    pending = null;
                }
                out.add(position);
                continue;
            }
            int row = Integer.parseInt(cell.group(2));
            if (pending != null && thisSheet.equals(sheet) && cell.group(1).equals(column) && row == last + 1) {
                last = row;
                continue;
            }
            if (pending != null) {
                out.add(pending + range(column, first, last));
            }
            pending = thisSheet.equals(sheet) ? "" : thisSheet;
            sheet = thisSheet;
            column = cell.group(1);
            first = row;
            last = row;
        }
        if (pending != null) {
            out.add(pending + range(column, first, last));
        }
        return out.toString();
    }

    private static String range(String column, int first, int last) {
        return first == last ? column + first : column + first + "–" + column + last;
    }
}
