package perfaudit.ingest.grammar;

import perfaudit.model.Terms;
import perfaudit.model.Terms.IndicatorColumn;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which field each cell of a tabbed indicator row belongs to. Exports of merged cells shift
 * rows against their header: the label cells (一级, 二级, 三级) drift left when the merged cells
 * before them are dropped, and the value cells (target … deviation) move by a spacer column now and
 * then. So every order-preserving assignment of the row's non-empty cells to fields is scored by its
 * distance from the header columns under one shift for the label group and one (penalised) shift for
 * the value group; cells that cannot hold a field (a word as 得分, a number as 偏差原因) are ruled
 * out. The cheapest assignment wins; ties go to the first found.
 */
final class IndicatorRowAligner {

    public record Cell(int column, String text) {
    }

    private static final IndicatorColumn[] FIELDS = IndicatorColumn.values();
    private static final int MAX_SHIFT = 3;
    /** Value columns move only now and then (a spacer column); each column of shift costs this. */
    private static final double VALUE_SHIFT_COST = 0.5;
    private static final double INFEASIBLE = 1e9;
    /** A target or actual with no 三级指标 is unusual: prefer reading the first text as the name. */
    private static final double NAME_SKIPPED = 0.5;
    /**
     * A lone number reads as the 得分, as it does in the aligned rows of published forms, unless it
     * sits squarely in the 分值 column.
     */
    private static final double WEIGHT_WITHOUT_SCORE = 0.75;
    /** 满意度指标 is both an 一级 and an 二级 name; without stated points read it as the 二级. */
    private static final double AMBIGUOUS_LEVEL1 = 0.1;
    /** A 二级 label read as a 三级 name or a value. */
    private static final double LABEL_AS_TEXT = 1.0;

    private final Map<IndicatorColumn, Integer> headerColumns;

    public IndicatorRowAligner(Map<IndicatorColumn, Integer> headerColumns) {
        this.headerColumns = new EnumMap<>(headerColumns);
    }

    /** The cheapest assignment, or empty when no assignment fits (too many cells, words as numbers). */
    public Optional<Map<IndicatorColumn, Cell>> align(List<Cell> cells) {
        if (cells.size() > FIELDS.length) {
            return Optional.empty();
        }
        double[][] fit = new double[cells.size()][FIELDS.length];
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text();
            boolean number = Numbers.isNumber(text);
            boolean level1 = Terms.canonicalLevel1(text).isPresent();
            boolean level2 = Terms.canonicalLevel2(text).isPresent();
            for (IndicatorColumn field : FIELDS) {
                fit[i][field.ordinal()] = fitness(number, level1, level2, field);
            }
        }
        Search search = new Search(cells, fit);
        for (int[] shift : SHIFTS) {
            search.labelShift = shift[0];
            search.valueShift = shift[1];
            search.run(0, -1, VALUE_SHIFT_COST * Math.abs(shift[1]), new int[cells.size()]);
        }
        if (search.bestAssignment == null) {
            return Optional.empty();
        }
        Map<IndicatorColumn, Cell> result = new EnumMap<>(IndicatorColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            result.put(FIELDS[search.bestAssignment[i]], cells.get(i));
        }
        return Optional.of(result);
    }

    /**
     * Every (label shift, value shift) pair, smallest shifts first: the usual row is found at once
     * and its cost prunes almost all of the rest of the search.
     */
    private static final int[][] SHIFTS = java.util.stream.IntStream.rangeClosed(-MAX_SHIFT, MAX_SHIFT).boxed()
            .flatMap(l -> java.util.stream.IntStream.rangeClosed(-MAX_SHIFT, MAX_SHIFT).mapToObj(v -> new int[] {l, v}))
            .sorted(java.util.Comparator.comparingInt((int[] p) -> Math.abs(p[0]) + Math.abs(p[1]))
                    .thenComparingInt(p -> Math.abs(p[1])).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]))
            .toArray(int[][]::new);

    private final class Search {
        private final List<Cell> cells;
        /** fitness of cell i for field f, computed once per row: the search visits each pair many times. */
        private final double[][] fit;
        private int labelShift;
        private int valueShift;
        private double bestCost = INFEASIBLE;
        private int[] bestAssignment;

        Search(List<Cell> cells, double[][] fit) {
            this.cells = cells;
            this.fit = fit;
        }

        void run(int cellIndex, int previousField, double cost, int[] assignment) {
            if (cost >= bestCost - 1e-9) {
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
                double step = cellCost(cellIndex, FIELDS[field]) + transition(previousField, field);
                if (step >= INFEASIBLE) {
                    continue;
                }
                assignment[cellIndex] = field;
                run(cellIndex + 1, field, cost + step, assignment);
            }
        }

        private double cellCost(int cellIndex, IndicatorColumn field) {
            double fitness = fit[cellIndex][field.ordinal()];
            if (fitness >= INFEASIBLE) {
                return INFEASIBLE;
            }
            Cell cell = cells.get(cellIndex);
            Integer expected = headerColumns.get(field);
            int shift = field.ordinal() <= IndicatorColumn.NAME.ordinal() ? labelShift : valueShift;
            int distance = expected == null ? 2 : Math.abs(cell.column() - (expected + shift));
            return distance + fitness;
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
    private static double fitness(boolean number, boolean level1, boolean level2, IndicatorColumn field) {
        return switch (field) {
            case LEVEL1 -> level1 ? (level2 ? AMBIGUOUS_LEVEL1 : 0) : INFEASIBLE;
            case LEVEL2 -> level2 ? 0 : INFEASIBLE;
            case NAME -> number || (level1 && !level2) ? INFEASIBLE : level2 ? LABEL_AS_TEXT : 0;
            case TARGET, ACTUAL -> level1 && !level2 ? INFEASIBLE : level2 ? LABEL_AS_TEXT : 0;
            case WEIGHT, SCORE -> number ? 0 : INFEASIBLE;
            case DEVIATION -> number || level1 ? INFEASIBLE : 0;
        };
    }
}
