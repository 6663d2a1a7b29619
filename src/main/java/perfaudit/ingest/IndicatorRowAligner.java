package perfaudit.ingest;

import perfaudit.model.Terms;
import perfaudit.model.Terms.IndicatorColumn;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which field each cell of a tabbed indicator row belongs to. Exports of merged cells shift
 * rows left or right of their header (a missing leading cell, a spacer column, a 二级 label in the
 * 三级 column), so a fixed column map misreads them. Instead every order-preserving assignment of
 * the row's non-empty cells to fields is scored by its distance from the header columns under one
 * common shift, and cells that cannot hold a field (a word as 得分, a number as 偏差原因) are ruled
 * out. The cheapest assignment wins; ties go to the smaller shift.
 */
final class IndicatorRowAligner {

    record Cell(int column, String text) {
    }

    private static final IndicatorColumn[] FIELDS = IndicatorColumn.values();
    private static final int MAX_SHIFT = 3;
    private static final double INFEASIBLE = 1e9;
    /** A target or actual with no 三级指标 is unusual: prefer reading the first text as the name. */
    private static final double NAME_SKIPPED = 0.5;
    /**
     * A lone number reads as the 得分, as it does in the aligned rows of published forms; only a
     * clearly better column fit makes it the 分值.
     */
    private static final double WEIGHT_WITHOUT_SCORE = 1.5;
    /** A 二级 label read as a 三级 name or a value. */
    private static final double LABEL_AS_TEXT = 1.0;

    private final Map<IndicatorColumn, Integer> headerColumns;

    IndicatorRowAligner(Map<IndicatorColumn, Integer> headerColumns) {
        this.headerColumns = new EnumMap<>(headerColumns);
    }

    /** The cheapest assignment, or empty when no assignment fits (too many cells, words as numbers). */
    Optional<Map<IndicatorColumn, Cell>> align(List<Cell> cells) {
        if (cells.size() > FIELDS.length) {
            return Optional.empty();
        }
        Search best = null;
        for (int shift : new int[] {0, -1, 1, -2, 2, -3, 3}) {
            if (Math.abs(shift) > MAX_SHIFT) {
                continue;
            }
            Search search = new Search(cells, shift);
            search.run(0, -1, 0, new int[cells.size()]);
            if (search.bestCost < INFEASIBLE && (best == null || search.bestCost < best.bestCost - 1e-9)) {
                best = search;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Map<IndicatorColumn, Cell> result = new EnumMap<>(IndicatorColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            result.put(FIELDS[best.bestAssignment[i]], cells.get(i));
        }
        return Optional.of(result);
    }

    private final class Search {
        private final List<Cell> cells;
        private final int shift;
        private double bestCost = INFEASIBLE;
        private int[] bestAssignment;

        Search(List<Cell> cells, int shift) {
            this.cells = cells;
            this.shift = shift;
        }

        void run(int cellIndex, int previousField, double cost, int[] assignment) {
            if (cost >= bestCost) {
                return;
            }
            if (cellIndex == cells.size()) {
                double total = cost + (previousField == IndicatorColumn.WEIGHT.ordinal() ? WEIGHT_WITHOUT_SCORE : 0);
                if (total < bestCost - 1e-9) {
                    bestCost = total;
                    bestAssignment = assignment.clone();
                }
                return;
            }
            for (int field = previousField + 1; field < FIELDS.length; field++) {
                double step = cellCost(cells.get(cellIndex), FIELDS[field]) + transition(previousField, field);
                if (step >= INFEASIBLE) {
                    continue;
                }
                assignment[cellIndex] = field;
                run(cellIndex + 1, field, cost + step, assignment);
            }
        }

        private double cellCost(Cell cell, IndicatorColumn field) {
            double fit = fitness(cell.text(), field);
            if (fit >= INFEASIBLE) {
                return INFEASIBLE;
            }
            Integer expected = headerColumns.get(field);
            int distance = expected == null ? 2 : Math.abs(cell.column() - (expected + shift));
            return distance + fit;
        }
    }

    private static double transition(int previousField, int field) {
        double penalty = 0;
        boolean valueField = field == IndicatorColumn.TARGET.ordinal() || field == IndicatorColumn.ACTUAL.ordinal();
        if (valueField && previousField < IndicatorColumn.NAME.ordinal()) {
            penalty += NAME_SKIPPED;
        }
        if (previousField == IndicatorColumn.WEIGHT.ordinal() && field > IndicatorColumn.SCORE.ordinal()) {
            penalty += WEIGHT_WITHOUT_SCORE;
        }
        return penalty;
    }

    /** 0 for a natural fit, a penalty for an odd one, INFEASIBLE where the cell cannot hold the field. */
    private static double fitness(String text, IndicatorColumn field) {
        boolean number = Numbers.isNumber(text);
        boolean level1 = Terms.canonicalLevel1(text).isPresent();
        boolean level2 = Terms.canonicalLevel2(text).isPresent();
        return switch (field) {
            case LEVEL1 -> level1 ? 0 : INFEASIBLE;
            case LEVEL2 -> level2 ? 0 : INFEASIBLE;
            case NAME -> number || (level1 && !level2) ? INFEASIBLE : level2 ? LABEL_AS_TEXT : 0;
            case TARGET, ACTUAL -> level1 && !level2 ? INFEASIBLE : level2 ? LABEL_AS_TEXT : 0;
            case WEIGHT, SCORE -> number ? 0 : INFEASIBLE;
            case DEVIATION -> number || level1 ? INFEASIBLE : 0;
        };
    }
}
