package perfaudit.ingest.grammar.indicators.levels;

import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A 二级 label with its points in text that lost its grid and its lines (one cell per line), under a header that
 * prints a 分值 column after 二级指标 (score sheets: 一级指标 分值 二级指标 分值 三级指标 分值 得分). Such a label and
 * its figure look like a row whose 得分 is missing; it is the 二级 only when the rows below it, each a name and as
 * many figures as the header prints after the 三级指标, have 分值 adding up to exactly that figure. Asked only where
 * every column after the 三级指标 holds a figure, so that a row's cells cannot be mistaken for its name.
 */
public final class Level2PointsLabel {

    private static final Set<IndicatorField> FIGURE_COLUMNS = Set.of(IndicatorField.WEIGHT, IndicatorField.SCORE,
            IndicatorField.REVIEW);
    /** A row's name wrapped over at most this many cells. */
    private static final int NAME_CELLS = 2;

    private final PartScan s;
    private final Tokens t;
    private final IndicatorHeader header;

    public Level2PointsLabel(PartScan scanner, IndicatorHeader header) {
        this.s = scanner;
        this.t = scanner.t;
        this.header = header;
    }

    /**
     * Cell {@code j} and the lone figure after it are a 二级 label and its points: the rows below add up to it. An 一级
     * label below ends the rows, unless the 一级 in force ({@code level1}) spans it (满意度 under 项目绩效: a name).
     */
    public boolean headsRowsWorth(int j, String level1) {
        if (s.grid || !header.levelPoints().printsFor(IndicatorField.LEVEL2)) {
            return false;
        }
        List<IndicatorField> fields = header.fields();
        int name = fields.indexOf(IndicatorField.NAME);
        List<IndicatorField> figures = fields.subList(name + 1, fields.size());
        int weight = figures.indexOf(IndicatorField.WEIGHT);
        if (name < 0 || weight < 0 || !FIGURE_COLUMNS.containsAll(figures)) {
            return false;
        }
        int k = filled(j + 1);
        if (k >= t.size() || kind(k) != Value.Kind.NUMBER) {
            return false;
        }
        BigDecimal points = Value.of(t.get(k)).number();
        k = filled(k + 1);
        if (k >= t.size() || kind(k) != Value.Kind.TEXT) {
            return false; // two figures after it: a row's 分值 and 得分
        }
        BigDecimal sum = BigDecimal.ZERO;
        while (k < t.size() && sum.compareTo(points) < 0) {
            int names = 0;
            while (k < t.size() && kind(k) == Value.Kind.TEXT && names <= NAME_CELLS) {
                Tokens.Hit<String> label = t.labelAt(k, s.lex.level1, Tokens.Rest.BRACKETED);
                if (label != null && !s.lex.covers(level1, label.value()) || t.labelAt(k, s.lex.total, true) != null) {
                    return false; // the next 一级 or the 总分 before the rows added up
                }
                names++;
                k = filled(k + 1);
            }
            if (names == 0 || names > NAME_CELLS) {
                return false;
            }
            BigDecimal rowWeight = null;
            for (int f = 0; f < figures.size(); f++, k = filled(k + 1)) {
                if (k >= t.size() || kind(k) != Value.Kind.NUMBER) {
                    return false; // a row with fewer figures than the header prints: nothing to add up with certainty
                }
                if (f == weight) {
                    rowWeight = Value.of(t.get(k)).number();
                }
            }
            if (k < t.size() && kind(k) == Value.Kind.NUMBER) {
                return false; // more figures than the header prints
            }
            sum = sum.add(rowWeight);
        }
        return sum.compareTo(points) == 0;
    }

    private Value.Kind kind(int k) {
        return Value.of(t.get(k)).kind();
    }

    /** The first cell from {@code k} that is not blank (t.size() when none). */
    private int filled(int k) {
        int i = k;
        while (i < t.size() && t.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
