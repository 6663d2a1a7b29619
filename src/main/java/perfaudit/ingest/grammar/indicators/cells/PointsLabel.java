package perfaudit.ingest.grammar.indicators.cells;

import perfaudit.text.TextFold;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label that states its points at its end, as score sheets print their 一级 / 二级 / 三级 labels
 * ("相关性(5分)", "部门决策（20 分）", section headers with points, README Inputs: family K′): the name as printed
 * without them, and the points. Where the table has no 分值 column, a 三级 label's points are the
 * row's 分值.
 */
public record PointsLabel(String name, BigDecimal points) {

    /** Words, then "(N分)" at the very end: matched on the folded text (full-width brackets and digits as ASCII). */
    private static final Pattern STATED = Pattern.compile("^(.*?\\p{IsHan}.*?)\\s*\\(\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分\\s*\\)$");

    private static final Pattern INNER = Pattern.compile("\\(\\s*\\d+(?:\\.\\d+)?\\s*分\\s*\\)");

    private static final Pattern STATED_ANYWHERE = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");

    /** A cell holding only points, "(50分)" or "2分" (a label's points in a cell of their own); group 1 the figure. */
    public static final Pattern POINTS_ONLY = Pattern.compile("^[(（]?(\\d+(?:\\.\\d+)?)分[)）]?$");

    /** Points stated anywhere in text, "(50分)" or "（５０分）": matched on the folded text, full-width digits as ASCII. */
    public static Matcher statedIn(String text) {
        return STATED_ANYWHERE.matcher(TextFold.fold(text));
    }

    /** The label and its points, or null when the text does not end in points after some words. */
    public static PointsLabel of(String text) {
        if (text == null || !text.strip().endsWith(")") && !text.strip().endsWith("）")) {
            return null;
        }
        String printed = text.strip();
        Matcher m = STATED.matcher(TextFold.fold(printed));
        if (!m.matches()) {
            return null;
        }
        // the printed name: the text before its last opening bracket (folding keeps the brackets in place)
        int open = Math.max(printed.lastIndexOf('('), printed.lastIndexOf('（'));
        String name = open > 0 ? printed.substring(0, open).strip() : m.group(1).strip();
        // scoring criteria ("设有目标(1分)目标明确(1分)") state points inside too: no label does
        if (name.isEmpty() || INNER.matcher(TextFold.fold(name)).find()) {
            return null;
        }
        return new PointsLabel(name, new BigDecimal(m.group(2)));
    }

    /** The label without its points, or the text itself when it states none. */
    public static String withoutPoints(String text) {
        PointsLabel label = of(text);
        return label == null ? text : label.name();
    }
}
