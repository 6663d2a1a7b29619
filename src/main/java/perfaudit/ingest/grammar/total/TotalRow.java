package perfaudit.ingest.grammar.total;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Terms;
import perfaudit.model.Total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 总分 row after the 绩效指标 table: its 分值 and 得分 (or only one of them, placed by whether the
 * table prints a 分值 column), a grade word (优 良 中 差) beside them allowed. Read over a 自评总分 of
 * the header, as the row is the table's own sum. A part reader like the tables.
 */
public final class TotalRow {

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;

    public TotalRow(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
    }

    /** Reads the 总分 row whose label starts at cell i; returns the cell after it. */
    public int read(int i, Hit<Boolean> label) {
        form.saw(label.spelling());
        form.partsRead.add(Terms.TOTAL);
        form.hasContent = true;
        List<BigDecimal> numbers = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int k = label.next();
        String rest = s.restOfCell(i, label);
        if (rest != null && addNumber(numbers, rest)) {
            columns.add(-1);
        }
        int end = k;
        int filled = 0;
        // where among the figures a printed but unreadable one stood (an OCR'd ioo, a damaged figure): its place, not a value
        List<Integer> unreadAt = new ArrayList<>();
        while (end < t.size() && !s.isStop(end) && numbers.size() < (form.levelPointsPrinted ? 4 : 3) && filled < 6
                && !(end > k && s.grid && t.get(end).gap() == Cell.Gap.ROW)) {
            Value value = Value.of(t.get(end));
            if (value.kind() == Value.Kind.EMPTY) {
                end++;
                continue;
            }
            filled++;
            List<BigDecimal> glued = t.glued && numbers.isEmpty() ? GluedTotal.points(t.get(end).key()) : List.of();
            if (!glued.isEmpty()) {
                numbers.addAll(glued); // 分值 and 得分 run together (总分100100注:…)
                end++;
                break;
            } else if (value.isNumeric()) {
                numbers.add(value.number());
                columns.add(t.get(end).column());
            } else if (value.kind() == Value.Kind.GARBLED) {
                unreadAt.add(numbers.size());
                s.problem(end, "总分 '" + value.text().strip() + "' 不是可读的数字，不读 — 总分 (total): '" + value.text().strip()
                        + "' is no readable figure: left unread");
            } else if (isGrade(value.cell().key())) {
                // the 自评等级 printed after the 得分 (优 reads as a unit word on its own: asked first)
            } else if (!value.isBlank()) {
                break;
            }
            end++;
        }
        withoutLevelPoints(numbers, columns);
        boolean weights = form.indicatorColumns == null ? form.printsWeightsUnread(s.lex)
                : form.indicatorColumns.contains(Vocabulary.IndicatorField.WEIGHT);
        BigDecimal weight = null;
        BigDecimal score = null;
        unreadAt.addAll(unreadCellsAt(i, columns));
        if (numbers.size() < 2 && !unreadAt.isEmpty()) {
            form.total = withUnread(t.get(i).location(), numbers, unreadAt, weights);
            form.totalFromHeader = false;
            s.use(i, end);
            return end;
        }
        if (numbers.size() >= 2) {
            // the row's figures stand in the indicator header's column order
            weight = numbers.get(form.scoreBeforeWeight ? 1 : 0);
            score = numbers.get(form.scoreBeforeWeight ? 0 : 1);
        } else if (numbers.size() == 1) {
            if (weights) {
                weight = numbers.get(0);
            } else {
                score = numbers.get(0);
            }
        }
        form.total = new Total(t.get(i).location(), weight, score);
        form.totalFromHeader = false;
        s.use(i, end);
        return end;
    }

    /**
     * The places among the figures of cells of the label's row its file's reader could not read (a #REF!, a formula
     * saved uncomputed; reported there): each stands where its grid column puts it among {@code columns}.
     */
    private List<Integer> unreadCellsAt(int i, List<Integer> columns) {
        List<Integer> places = new ArrayList<>();
        if (!s.grid) {
            return places;
        }
        for (int column : s.log.unreadCells(t.get(i).row())) {
            if (column > t.get(i).column()) {
                places.add((int) columns.stream().filter(c -> c >= 0 && c < column).count());
                s.log.nameField(t.get(i).row(), column, "总分", "total");
            }
        }
        return places;
    }

    /**
     * The 总分 with an unread figure among its first two: the figures and the unread ones in the order printed, the
     * first the 分值 (the 得分 where the header prints it first), an unread one null and marked so. A lone figure with
     * no second place goes where a lone figure goes.
     */
    private Total withUnread(perfaudit.model.SourceLocation at, List<BigDecimal> numbers, List<Integer> unreadAt,
                             boolean weights) {
        List<BigDecimal> places = new ArrayList<>(numbers);
        java.util.Set<Integer> unread = new java.util.HashSet<>();
        List<Integer> sorted = new ArrayList<>(unreadAt);
        java.util.Collections.sort(sorted);
        for (int n = 0; n < sorted.size(); n++) {
            int place = Math.min(sorted.get(n) + n, places.size());
            places.add(place, null);
            unread.add(place);
        }
        if (places.size() == 1) {
            return new Total(at, null, null, java.util.Set.of(weights ? "weight" : "score"));
        }
        int weightPlace = form.scoreBeforeWeight ? 1 : 0;
        int scorePlace = 1 - weightPlace;
        java.util.Set<String> fields = new java.util.TreeSet<>();
        if (unread.contains(weightPlace)) {
            fields.add("weight");
        }
        if (unread.contains(scorePlace)) {
            fields.add("score");
        }
        return new Total(at, places.get(weightPlace), places.get(scorePlace), fields);
    }

    /**
     * A grid's total row printing more than 分值 and 得分 (合计 | 100 | | | | 100 | 93.8 under 一级指标 分值 二级指标 分值
     * 三级指标 分值 得分): the figures in the levels' points columns are their sums, not the 总分's; taken out when two
     * figures stay. With only two figures the row's 分值 may stand in the 一级's points column (merged cells): kept.
     */
    private void withoutLevelPoints(List<BigDecimal> numbers, List<Integer> columns) {
        if (numbers.size() < 3 || !form.levelPointsPrinted || glued(numbers, columns)) {
            return;
        }
        if (!s.grid || form.levelPointsColumns.isEmpty()) {
            // no columns: the levels' points columns all stand before the rows' 分值 / 得分, so the last two figures are
            // theirs, unless the rows print a figure column after them (复核分)
            if (form.indicatorColumns != null && !form.indicatorColumns.contains(Vocabulary.IndicatorField.REVIEW)) {
                List<BigDecimal> last = List.copyOf(numbers.subList(numbers.size() - 2, numbers.size()));
                numbers.clear();
                numbers.addAll(last);
            }
            return;
        }
        List<BigDecimal> kept = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (!form.levelPointsColumns.contains(columns.get(i))) {
                kept.add(numbers.get(i));
            }
        }
        if (kept.size() >= 2) {
            numbers.clear();
            numbers.addAll(kept);
        }
    }

    /** Figures split out of one glued cell carry no columns of their own. */
    private static boolean glued(List<BigDecimal> numbers, List<Integer> columns) {
        return columns.size() != numbers.size();
    }

    private static boolean isGrade(String key) {
        return key.length() == 1 && "优良中差".indexOf(key.charAt(0)) >= 0;
    }

    private static boolean addNumber(List<BigDecimal> numbers, String text) {
        Value value = Value.of(new Cell(text, null, 0, -1, Cell.Gap.NONE));
        if (value.isNumeric()) {
            numbers.add(value.number());
            return true;
        }
        return false;
    }
}
