package perfaudit.ingest.grammar.indicators.cells;

import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Decides which column each cell of an indicator row belongs to. Every order-preserving assignment
 * of the row's cells to the header's columns is scored by what each cell is (a number cannot be a
 * 三级指标, a word cannot be a 得分) and, where the grid is known, by its distance from its header
 * column: exports of merged cells shift rows against their header, the label cells (一级, 二级, 三级)
 * drifting left when the merged cells before them are dropped and the value cells moving by a spacer
 * column now and then, so one shift for the label group and one (penalised) for the value group
 * are tried. The cheapest assignment wins; ties go to the first found.
 */
public final class RowAligner {

    /** A cell to place: its text and its grid column (-1 when the input lost its grid). */
    public record Item(int column, String text, Value value) {
    }

    private static final int MAX_SHIFT = 3;
    private static final double VALUE_SHIFT_COST = 0.5;
    private static final double INFEASIBLE = 1e9;
    private static final double NAME_SKIPPED = 0.5;
    /**
     * Labels drift left of their header where merged cells before them are dropped, never right: a
     * label read right of its column (a 二级 spelling in the 三级 column, 财务管理) pays for the shift.
     */
    private static final double LABEL_RIGHT_SHIFT_COST = 0.6;
    private static final double WEIGHT_WITHOUT_SCORE = 0.75;
    private static final double AMBIGUOUS_LEVEL1 = 0.1;
    private static final double LABEL_AS_TEXT = 1.0;
    private static final double NUMBER_AS_DEVIATION = 2.5;
    private static final double QUALITATIVE_ACTUAL_AS_TARGET = 0.3;
    private static final double IGNORED_COLUMN = 0.5;
    private static final double EMPTY_CELL = 0.05;
    private static final double ODD_UNIT = 0.5;
    /** Text that lost its grid ends a row with 分值 得分: two bare numbers read as those first. */
    private static final double BARE_NUMBER_AS_VALUE = 0.05;
    private static final int[][] SHIFTS = IntStream.rangeClosed(-MAX_SHIFT, MAX_SHIFT).boxed()
            .flatMap(l -> IntStream.rangeClosed(-MAX_SHIFT, MAX_SHIFT).mapToObj(v -> new int[] {l, v}))
            .sorted(Comparator.comparingInt((int[] p) -> Math.abs(p[0]) + Math.abs(p[1]))
                    .thenComparingInt(p -> Math.abs(p[1])).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]))
            .toArray(int[][]::new);
    private static final int[][] NO_SHIFT = {{0, 0}};

    private final List<IndicatorField> fields;
    /** The header's grid column per field, -1 when unknown. */
    private final int[] headerColumns;
    private final Lexicon lex;
    /** Per field: one of the label columns (一级, 二级, 三级), which shift with the label group. */
    private final boolean[] labelField;
    /** The cost of going from field {@code previous} (+1: -1 is the row's start) to each field, and of ending on one. */
    private final double[][] transitions;
    private final double[] endings;
    private final boolean headerPositioned;

    public RowAligner(List<IndicatorField> fields, int[] headerColumns, Lexicon lex) {
        this.fields = fields;
        this.headerColumns = headerColumns;
        this.lex = lex;
        // every row of the table is aligned, most tried at several shifts: what depends on the header alone is found once
        int n = fields.size();
        labelField = new boolean[n];
        transitions = new double[n + 1][n];
        endings = new double[n];
        for (int f = 0; f < n; f++) {
            labelField[f] = isLabel(fields.get(f));
            endings[f] = fields.get(f) == IndicatorField.WEIGHT && fields.contains(IndicatorField.SCORE) ? WEIGHT_WITHOUT_SCORE : 0;
            for (int previous = -1; previous < n; previous++) {
                transitions[previous + 1][f] = transition(previous, f);
            }
        }
        boolean any = false;
        for (int column : headerColumns) {
            any |= column >= 0;
        }
        headerPositioned = any;
    }

    /** The cheapest assignment of every item, or empty when none fits. */
    public Optional<Map<IndicatorField, Item>> align(List<Item> items) {
        return align(items, null, false);
    }

    /**
     * The cheapest assignment of every item, under the 一级 {@code level1} in force. Under an 一级
     * spanning others (项目绩效), their labels are 二级 (项目产出); where such a label holds the 二级
     * column ({@code level2Taken}, or earlier in the row), a 二级 spelling is the row's 三级 (产出数量).
     */
    public Optional<Map<IndicatorField, Item>> align(List<Item> items, String level1, boolean level2Taken) {
        return align(items, level1, level2Taken, null);
    }

    /**
     * As {@link #align(List, String, boolean)}, {@code level2Label} (or null) known to be the row's 二级 label by the
     * figure in the 二级's points column after it (a score sheet's 产出 / 效益, no vocabulary 二级).
     */
    public Optional<Map<IndicatorField, Item>> align(List<Item> items, String level1, boolean level2Taken, Item level2Label) {
        if (items.size() > fields.size()) {
            return Optional.empty();
        }
        double[][] fit = new double[items.size()][fields.size()];
        // whether each item states its points, found once per item (every item asked about all after it was quadratic)
        byte[] statesPoints = new byte[items.size()];
        String outer = lex.spans(level1) ? level1 : null;
        boolean taken = level2Taken;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String key = item.value().cell().key();
            String named = lex.level1Of(key);
            boolean level1Label = named != null;
            // a 二级 of the vocabulary, or a label stating its points before another that does (目标任务(10分) | 相关性(5分))
            boolean level2 = lex.level2Of(key) != null || !level1Label && statesPointsBeforeAnother(items, i, statesPoints);
            if (item == level2Label) {
                level1Label = false;
                level2 = true;
                taken = true;
            } else if (outer != null && lex.covers(outer, named)) {
                level1Label = false;
                level2 = true;
                taken = true;
            } else if (level2 && taken) {
                level2 = false;
            } else if (named != null && !level2) {
                outer = lex.spans(named) ? named : null;
                taken = false;
            }
            for (int f = 0; f < fields.size(); f++) {
                fit[i][f] = fitness(item, fields.get(f), level1Label, level2);
            }
        }
        boolean positioned = false;
        for (Item item : items) {
            positioned |= item.column() >= 0;
        }
        positioned &= headerPositioned;
        Search search = new Search(items, fit, positioned);
        int[] assignment = new int[items.size()];
        for (int[] shift : positioned ? SHIFTS : NO_SHIFT) {
            search.labelShift = shift[0];
            search.valueShift = shift[1];
            search.run(0, -1, VALUE_SHIFT_COST * Math.abs(shift[1]) + LABEL_RIGHT_SHIFT_COST * Math.max(0, shift[0]), assignment);
        }
        if (search.bestAssignment == null) {
            return Optional.empty();
        }
        Map<IndicatorField, Item> result = new EnumMap<>(IndicatorField.class);
        for (int i = 0; i < items.size(); i++) {
            IndicatorField field = fields.get(search.bestAssignment[i]);
            if (field != IndicatorField.IGNORED) {
                result.put(field, items.get(i));
            }
        }
        return Optional.of(result);
    }

    private static boolean statesPointsBeforeAnother(List<Item> items, int i, byte[] statesPoints) {
        if (!statesPoints(items, i, statesPoints)) {
            return false;
        }
        for (int k = i + 1; k < items.size(); k++) {
            if (statesPoints(items, k, statesPoints)) {
                return true;
            }
        }
        return false;
    }

    /** Whether item i's text ends in its points (相关性(5分)), kept in {@code known}: 0 not asked yet, 1 no, 2 yes. */
    private static boolean statesPoints(List<Item> items, int i, byte[] known) {
        if (known[i] == 0) {
            known[i] = PointsLabel.of(items.get(i).text()) != null ? (byte) 2 : (byte) 1;
        }
        return known[i] == 2;
    }

    private final class Search {
        private final double[][] fit;
        private final boolean positioned;
        private int labelShift;
        private int valueShift;
        private double bestCost = INFEASIBLE;
        private int[] bestAssignment;
        /** Each item's grid column, read once instead of at every step of the search. */
        private final int[] columns;
        /**
         * Per item, the least the items from it on can add: the sum of each one's cheapest fitness
         * (distances and transitions only add to it). A shifted row tries 49 shifts; with this bound
         * most of them stop at their first items instead of walking every assignment.
         */
        private final double[] restLowerBound;

        Search(List<Item> items, double[][] fit, boolean positioned) {
            this.fit = fit;
            this.positioned = positioned;
            this.columns = new int[items.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = items.get(i).column();
            }
            this.restLowerBound = new double[columns.length + 1];
            for (int i = columns.length - 1; i >= 0; i--) {
                restLowerBound[i] = restLowerBound[i + 1] + cheapest(fit[i]);
            }
        }

        private static double cheapest(double[] fits) {
            double least = INFEASIBLE;
            for (double f : fits) {
                least = Math.min(least, f);
            }
            return least;
        }

        void run(int index, int previous, double cost, int[] assignment) {
            // the cheapest the items left can still cost: a branch that cannot beat the best is not walked
            if (cost + restLowerBound[index] >= bestCost - 1e-9) {
                return;
            }
            if (index == columns.length) {
                double total = cost + (previous >= 0 ? endings[previous] : 0);
                if (total < bestCost - 1e-9) {
                    bestCost = total;
                    bestAssignment = assignment.clone();
                }
                return;
            }
            double[] fits = fit[index];
            double[] from = transitions[previous + 1];
            for (int f = previous + 1; f < fits.length - (columns.length - index - 1); f++) {
                double fitness = fits[f];
                if (fitness >= INFEASIBLE) {
                    continue;
                }
                double step = fitness + distance(index, f) + from[f];
                assignment[index] = f;
                run(index + 1, f, cost + step, assignment);
            }
        }

        private double distance(int index, int field) {
            if (!positioned) {
                return 0;
            }
            int expected = headerColumns[field];
            int column = columns[index];
            if (expected < 0 || column < 0) {
                return 2;
            }
            int shift = labelField[field] ? labelShift : valueShift;
            return Math.abs(column - (expected + shift));
        }
    }

    private static boolean isLabel(IndicatorField field) {
        return field == IndicatorField.LEVEL1 || field == IndicatorField.LEVEL2 || field == IndicatorField.NAME;
    }

    private double transition(int previous, int field) {
        double penalty = 0;
        IndicatorField to = fields.get(field);
        boolean valueField = to == IndicatorField.TARGET || to == IndicatorField.ACTUAL || to == IndicatorField.TARGET_VALUE;
        int name = fields.indexOf(IndicatorField.NAME);
        if (valueField && name >= 0 && previous < name) {
            penalty += NAME_SKIPPED;
        }
        if (previous >= 0 && fields.get(previous) == IndicatorField.WEIGHT) {
            int score = fields.indexOf(IndicatorField.SCORE);
            if (score > previous && field > score) {
                penalty += WEIGHT_WITHOUT_SCORE;
            }
        }
        return penalty;
    }

    private double fitness(Item item, IndicatorField field, boolean level1, boolean level2) {
        String key = item.value().cell().key();
        Value.Kind kind = item.value().kind();
        if (kind == Value.Kind.GARBLED) {
            return field == IndicatorField.WEIGHT || field == IndicatorField.SCORE || field == IndicatorField.REVIEW
                    || field == IndicatorField.TARGET
                    || field == IndicatorField.ACTUAL || field == IndicatorField.TARGET_VALUE ? IGNORED_COLUMN : INFEASIBLE;
        }
        if (item.value().isBlank()) {
            // an empty cell (or "—") holds the place of any column but the labels
            return field == IndicatorField.LEVEL1 || field == IndicatorField.LEVEL2 ? INFEASIBLE
                    : field == IndicatorField.NAME ? LABEL_AS_TEXT : EMPTY_CELL;
        }
        boolean number = kind == Value.Kind.NUMBER;
        return switch (field) {
            case LEVEL1 -> level1 ? (level2 ? AMBIGUOUS_LEVEL1 : 0) : INFEASIBLE;
            case LEVEL2 -> level2 ? 0 : INFEASIBLE;
            case NAME -> number || kind == Value.Kind.COMPARATOR || (level1 && !level2) ? INFEASIBLE : level2 ? LABEL_AS_TEXT : 0;
            case NATURE -> kind == Value.Kind.COMPARATOR || isNatureWord(key) || OcrGlyphTarget.isLoneGlyph(key) ? 0 : INFEASIBLE;
            case UNIT -> kind == Value.Kind.UNIT ? 0 : kind == Value.Kind.TEXT && key.length() <= 6 ? ODD_UNIT : INFEASIBLE;
            case TARGET, TARGET_VALUE -> level1 && !level2 ? INFEASIBLE : level2 ? LABEL_AS_TEXT
                    : kind == Value.Kind.COMPARATOR ? INFEASIBLE
                    : number && !positioned(item) ? BARE_NUMBER_AS_VALUE
                    : lex.qualitativeActualSet.contains(key) && !lex.qualitativeTargetSet.contains(key) ? QUALITATIVE_ACTUAL_AS_TARGET : 0;
            case ACTUAL -> level1 && !level2 ? INFEASIBLE : level2 ? LABEL_AS_TEXT : kind == Value.Kind.COMPARATOR ? INFEASIBLE
                    : number && !positioned(item) ? BARE_NUMBER_AS_VALUE : 0;
            case WEIGHT, SCORE, REVIEW -> number ? 0 : INFEASIBLE;
            case DEVIATION -> level1 ? INFEASIBLE : number ? NUMBER_AS_DEVIATION
                    : Value.isYesNo(key) && fields.contains(IndicatorField.CORE) ? LABEL_AS_TEXT : 0;
            case CORE -> Value.isYesNo(key) ? 0 : INFEASIBLE;
            case IGNORED -> IGNORED_COLUMN;
        };
    }

    private static boolean positioned(Item item) {
        return item.column() >= 0;
    }

    private static boolean isNatureWord(String key) {
        return key.equals("定量") || key.equals("定性") || key.equals("正向") || key.equals("反向")
                || key.equals("定量指标") || key.equals("定性指标");
    }

    /** The fields in header order, for messages. */
    List<IndicatorField> fields() {
        return new ArrayList<>(fields);
    }
}
