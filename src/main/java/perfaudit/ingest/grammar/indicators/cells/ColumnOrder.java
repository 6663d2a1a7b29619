package perfaudit.ingest.grammar.indicators.cells;

import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row's cells against the indicator header's columns in print order: whether a row that stops reaches its table's
 * last column (so the text did not stop inside it), and its cells read as the columns in order.
 */
public final class ColumnOrder {

    /** The header's columns after 一级 / 二级: a row's cells after its labels. */
    private final List<IndicatorField> valueFields;
    private final RowAligner aligner;

    public ColumnOrder(List<IndicatorField> valueFields, RowAligner aligner) {
        this.valueFields = valueFields;
        this.aligner = aligner;
    }

    /** The header prints neither 分值 nor 得分 (families C, C′, H). */
    private boolean noPoints() {
        return !valueFields.contains(IndicatorField.WEIGHT) && !valueFields.contains(IndicatorField.SCORE);
    }

    /**
     * The row ends in the 是 / 否 of the table's last column (是否核心指标): it reaches its last column, so the text did not
     * stop inside it, even where nothing follows it.
     */
    public boolean endsInLastColumnMark(List<RowAligner.Item> items) {
        return !valueFields.isEmpty() && valueFields.get(valueFields.size() - 1) == IndicatorField.CORE
                && Value.isYesNo(items.get(items.size() - 1).value().cell().key());
    }

    /**
     * In a table printing no 分值 / 得分 (families C / C′ / H, no 总分 after it), the row fills, in column order, every
     * column up to its 实际完成值, and after that the header prints at most the words of a 未完成原因, left empty where
     * the target was met, and its actual ends in its target's unit: the row is whole, so a text ending there ends with
     * the table. A row the text stops in before its actual, or inside it, is still cut.
     */
    public boolean reachesActualWithoutPoints(List<RowAligner.Item> items) {
        int actual = valueFields.indexOf(IndicatorField.ACTUAL);
        if (!noPoints() || actual < 0
                || !valueFields.subList(actual + 1, valueFields.size()).stream().allMatch(f -> f == IndicatorField.DEVIATION)) {
            return false;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> inOrder = inColumnOrder(items);
        return inOrder.isPresent() && valueFields.subList(0, actual + 1).stream().allMatch(f -> filled(inOrder.get().get(f)))
                && actualEndsInTargetsUnit(inOrder.get());
    }

    /**
     * The header prints after the 得分 (自评分) only a 复核分, which the reviewer fills later, and the row fills, in column
     * order, every column up to a figure in its 得分: the row is whole (space rows lose the empty 复核分 at the line's
     * end), so a text ending there ends with the table. A row stopped before its 得分 is still cut.
     */
    public boolean reachesScoreBeforeReview(List<RowAligner.Item> items) {
        List<IndicatorField> fields = valueFields; // a words column (评价标准及依据) is counted: its text fills it
        int score = fields.indexOf(IndicatorField.SCORE);
        if (score < 0 || score == fields.size() - 1
                || !fields.subList(score + 1, fields.size()).stream().allMatch(f -> f == IndicatorField.REVIEW)) {
            return false;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> inOrder = inColumnOrder(items, fields);
        return inOrder.isPresent() && items.size() == score + 1
                && fields.subList(0, score + 1).stream().allMatch(f -> filled(inOrder.get().get(f)))
                && inOrder.get().get(IndicatorField.SCORE).value().kind() == Value.Kind.NUMBER;
    }

    private static boolean filled(RowAligner.Item item) {
        return item != null && item.value().kind() != Value.Kind.EMPTY;
    }

    /**
     * The actual is a figure ending in the unit its target's figure ends in (≥90% / 94%, ≥1.2万人 / 1.3万人): a text the
     * input stops in (提高村民收 of 提高村民收入, 1.3万 of 1.3万人) does not pass for a whole cell.
     */
    private static boolean actualEndsInTargetsUnit(Map<IndicatorField, RowAligner.Item> row) {
        RowAligner.Item target = row.getOrDefault(IndicatorField.TARGET, row.get(IndicatorField.TARGET_VALUE));
        String unit = target == null ? null : unitAfterFigure(target.text());
        return unit != null && unit.equals(unitAfterFigure(row.get(IndicatorField.ACTUAL).text()));
    }

    /** The words after a cell's last digit, where there are some and the cell has a digit; else null. */
    private static String unitAfterFigure(String text) {
        String cell = text.strip();
        int lastDigit = -1;
        for (int k = 0; k < cell.length(); k++) {
            if (Character.isDigit(cell.charAt(k))) {
                lastDigit = k;
            }
        }
        String unit = lastDigit < 0 ? "" : cell.substring(lastDigit + 1).strip();
        return unit.isEmpty() ? null : unit;
    }

    /** Read in column order, the row's cells end before the last of the 分值 / 得分 columns the header prints. */
    public boolean stopsBeforePoints(List<RowAligner.Item> items) {
        IndicatorField lastPoints = lastPointsColumn();
        if (lastPoints == null) {
            return false;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> inOrder = positional(items);
        return inOrder.isEmpty() || !inOrder.get().containsKey(lastPoints);
    }

    /** The last of the 分值 / 得分 columns the header prints, or null. */
    public IndicatorField lastPointsColumn() {
        return valueFields.contains(IndicatorField.SCORE) ? IndicatorField.SCORE
                : valueFields.contains(IndicatorField.WEIGHT) ? IndicatorField.WEIGHT : null;
    }

    /**
     * A row the text stops in lost its last cells, not its first: its cells are the columns in order
     * (the 满意度 row of a web excerpt cut after its 分值).
     */
    public Optional<Map<IndicatorField, RowAligner.Item>> positional(List<RowAligner.Item> items) {
        Optional<Map<IndicatorField, RowAligner.Item>> inOrder = inColumnOrder(items);
        return inOrder.isPresent() ? inOrder : aligner.align(items);
    }

    /** The row's cells in the columns in order, or empty where they do not fit them so (then the reading is the aligner's). */
    public Optional<Map<IndicatorField, RowAligner.Item>> inColumnOrder(List<RowAligner.Item> items) {
        return inColumnOrder(items, valueFields.stream().filter(f -> f != IndicatorField.IGNORED).toList());
    }

    private Optional<Map<IndicatorField, RowAligner.Item>> inColumnOrder(List<RowAligner.Item> items, List<IndicatorField> fields) {
        if (items.size() > fields.size()) {
            return Optional.empty();
        }
        Map<IndicatorField, RowAligner.Item> result = new EnumMap<>(IndicatorField.class);
        int f = 0;
        for (RowAligner.Item item : items) {
            // text that lost its cells joined 指标性质 / 指标值 / 度量单位 into one value (≥95 %, =100): a value
            // where the header has a comparator or unit column passes that column by
            while (f + 1 < fields.size() && passedBy(fields.get(f), item)) {
                f++;
            }
            if (f >= fields.size()) {
                return Optional.empty();
            }
            result.put(fields.get(f++), item);
        }
        boolean fits = result.entrySet().stream().allMatch(e -> e.getKey() != IndicatorField.WEIGHT && e.getKey() != IndicatorField.SCORE
                || e.getValue().value().kind() == Value.Kind.NUMBER || e.getValue().value().isBlank());
        return fits ? Optional.of(result) : Optional.empty();
    }

    private static boolean passedBy(IndicatorField column, RowAligner.Item item) {
        Value.Kind kind = item.value().kind();
        boolean value = kind == Value.Kind.NUMBER || kind == Value.Kind.PERCENT || kind == Value.Kind.MONEY || kind == Value.Kind.MEASURE;
        return value && (column == IndicatorField.NATURE || column == IndicatorField.UNIT);
    }
}
