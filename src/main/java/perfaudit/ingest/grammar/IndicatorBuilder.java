package perfaudit.ingest.grammar;

import perfaudit.model.Indicator;
import perfaudit.model.SourceLocation;
import perfaudit.model.Terms;
import perfaudit.model.Terms.IndicatorColumn;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the cells of one indicator row into an {@link Indicator}. 一级 and 二级 cells are merged
 * over their rows in the original table, so a row without them inherits the last ones seen.
 */
public final class IndicatorBuilder {

    private static final Pattern POINTS = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");

    private String level1;
    private String level1Raw;
    private BigDecimal level1Points;
    private String level2;
    private String level2Raw;

    /** Reads the row's fields, reports unreadable numbers through {@code problems}, appends the indicator. */
    public void add(SourceLocation location, Map<IndicatorColumn, String> fields, List<Indicator> into,
             Consumer<String> problems) {
        inherit(fields);
        into.add(new Indicator(location, level1, level1Raw, level1Points, level2, level2Raw,
                text(fields.get(IndicatorColumn.NAME)),
                MeasureParser.parse(fields.get(IndicatorColumn.TARGET)),
                MeasureParser.parse(fields.get(IndicatorColumn.ACTUAL)),
                number(fields.get(IndicatorColumn.WEIGHT), "分值", problems),
                number(fields.get(IndicatorColumn.SCORE), "得分", problems),
                text(fields.get(IndicatorColumn.DEVIATION))));
    }

    /** Takes the row's 一级/二级 cells for the rows below; also for a row that is not read itself. */
    public void inherit(Map<IndicatorColumn, String> fields) {
        String level1Cell = fields.get(IndicatorColumn.LEVEL1);
        if (level1Cell != null) {
            setLevel1(level1Cell);
        }
        String level2Cell = fields.get(IndicatorColumn.LEVEL2);
        if (level2Cell != null) {
            setLevel2(level2Cell, level1Cell != null);
        } else if (level1Cell != null) {
            level2 = null;
            level2Raw = null;
        }
    }

    /** Sets the 一级 label for the rows that follow (the flow reader knows it apart from the cells). */
    public void setLevel1(String raw) {
        level1Raw = raw.strip();
        level1 = Terms.canonicalLevel1(raw).orElse(level1Raw);
        Matcher points = POINTS.matcher(raw);
        level1Points = points.find() ? new BigDecimal(points.group(1)) : null;
    }

    private void setLevel2(String raw, boolean level1GivenInRow) {
        level2Raw = raw.strip();
        level2 = Terms.canonicalLevel2(raw).orElse(level2Raw);
        String parent = Terms.parentOf(level2);
        if (!level1GivenInRow && parent != null && !parent.equals(level1)) {
            level1 = parent;
            level1Raw = null;
            level1Points = null;
        }
    }

    private static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    private static BigDecimal number(String cell, String field, Consumer<String> problems) {
        try {
            return Numbers.parse(cell);
        } catch (NumberFormatException e) {
            problems.accept(field + ": " + e.getMessage());
            return null;
        }
    }
}
