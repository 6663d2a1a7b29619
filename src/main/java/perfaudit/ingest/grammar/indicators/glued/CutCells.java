package perfaudit.ingest.grammar.indicators.glued;

import perfaudit.ingest.grammar.indicators.glued.GluedIndicatorRows.Read;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The cells of one cut of a glued row as read: the target and actual paired as one row's (both words,
 * or figures of one unit, an OCR'd ≥ read only where the other value shows the same figure), a dash
 * target left out, a lettered 分值 / 得分 read as its digits, a 计量单位 cell attached to the figures.
 * Functions of the cut alone; which cut fits is {@link GluedIndicatorRows}'s question.
 */
final class CutCells {

    private CutCells() {
    }

    /**
     * A row cut with its 计量单位 and 指标性质 in cells of their own: the unit is attached to the figures (28 | 万亩 →
     * 28万亩), a comparator printed as the 指标性质 leads the target (≤ | 0.9 | % → ≤0.9%), a nature in words (定量指标)
     * says no more than the figures do; neither stays a cell of the row. Null where a comparator is printed
     * twice (as the nature and before the figure).
     */
    static Map<IndicatorField, Read> withUnit(Map<IndicatorField, Read> read, boolean words) {
        Read unitCell = read.remove(IndicatorField.UNIT);
        Read natureCell = read.remove(IndicatorField.NATURE);
        String unit = unitCell == null || words ? "" : unitCell.text();
        String nature = natureCell == null ? "" : natureCell.text();
        boolean comparator = nature.length() == 1;
        Read target = read.get(IndicatorField.TARGET);
        Read actual = read.get(IndicatorField.ACTUAL);
        if (words && !unitCell.text().isEmpty() || comparator && Figure.of(target.reading()) != null
                && !Figure.of(target.reading()).comparator().isEmpty()) {
            return null;
        }
        String lead = comparator ? nature : "";
        read.put(IndicatorField.TARGET, new Read(lead + target.text() + unit, lead + target.reading() + unit));
        read.put(IndicatorField.ACTUAL, new Read(actual.text() + unit, actual.reading() + unit));
        return read;
    }

    /**
     * A row whose 年度指标值 is a dash has no target: its actual is a figure as printed (预算执行率 100%)
     * or a description; the dash is left out, so the row's target is absent, not a value "一".
     */
    static Map<IndicatorField, Read> noTarget(Map<IndicatorField, String> cut, String actual) {
        Figure a = Figure.of(actual);
        if (a == null || a.needsGlyph() || !a.qualitative() && !a.words().isEmpty()) {
            return null;
        }
        Map<IndicatorField, Read> read = cellsRead(cut);
        read.remove(IndicatorField.TARGET);
        return read;
    }

    /** The cells as cut, a lettered 分值 / 得分 read as its digits. */
    static Map<IndicatorField, Read> cellsRead(Map<IndicatorField, String> cut) {
        Map<IndicatorField, Read> read = new EnumMap<>(IndicatorField.class);
        cut.forEach((field, text) -> {
            boolean points = field == IndicatorField.WEIGHT || field == IndicatorField.SCORE;
            read.put(field, new Read(text, points && LetteredNumerals.isNumeral(text) ? LetteredNumerals.digitsOf(text) : text));
        });
        return read;
    }

    /**
     * The readings of a target and actual that fit as one row: both words (是, 基本达到), or both
     * figures in one unit. A figure whose leading 2 or 5= is an OCR'd ≥ is read so only where the
     * other shows the same figure after it; one that is not a value as printed (5=50%) must be.
     */
    static String[] pair(Figure t, Figure a) {
        if (t.qualitative() || a.qualitative()) {
            return t.qualitative() && a.qualitative() && t.words().isEmpty() ? new String[] {t.text(), a.text()} : null;
        }
        if (!t.unit().equals(a.unit())) {
            return null;
        }
        if (t.figure().equals(a.figure()) && !t.needsGlyph() && !a.needsGlyph()) {
            return new String[] {t.reading(false), a.reading(false)};
        }
        // figures that differ as printed: a leading 2 / 5= is ≥ where reading it so, and only so, makes them one
        String[] found = null;
        for (int tg = 0; tg < 2; tg++) {
            for (int ag = 0; ag < 2; ag++) {
                String tf = tg == 1 ? t.figureAsGlyph() : t.figure();
                String af = ag == 1 ? a.figureAsGlyph() : a.figure();
                if (tg + ag == 0 || tf == null || af == null || !tf.equals(af)) {
                    continue;
                }
                String[] readings = {t.reading(tg == 1), a.reading(ag == 1)};
                if (found != null && !java.util.Arrays.equals(found, readings)) {
                    return null;
                }
                found = readings;
            }
        }
        if (found != null) {
            return found;
        }
        return t.needsGlyph() || a.needsGlyph() ? null : new String[] {t.reading(false), a.reading(false)};
    }

    /**
     * A rate target answered with a count (滅火設備配備率 100% | 1000件): both read as printed, the two not comparable.
     * Only a plain per-cent target (no words, no OCR'd comparator) and a plain whole count in a unit of the vocabulary
     * (no comparator, no words; not % / ‰): the % closes the target, so the cut between them is certain. Null otherwise.
     */
    static String[] rateAnsweredWithCount(Figure t, Figure a) {
        boolean rate = !t.qualitative() && t.unit().equals("%") && t.words().isEmpty() && !t.needsGlyph();
        boolean count = !a.qualitative() && a.words().isEmpty() && a.comparator().isEmpty() && a.figure().indexOf('.') < 0
                && !a.unit().equals("%") && !a.unit().equals("‰") && perfaudit.ingest.grammar.Value.isNamedUnit(a.unit());
        return rate && count ? new String[] {t.reading(false), a.reading(false)} : null;
    }

    static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(LetteredNumerals.digitsOf(text));
    }
}
