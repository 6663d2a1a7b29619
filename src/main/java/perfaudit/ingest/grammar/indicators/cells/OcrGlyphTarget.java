package perfaudit.ingest.grammar.indicators.cells;

import perfaudit.model.Measure;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A per-cent target printed with no comparator whose leading 2 may be an OCR'd ≥ ("290%" for ≥90%, LAYOUTS §2):
 * 210 %–299 % or 2100 %, the figure after the 2 a per-cent of its own, beside an actual per-cent of at most 100 %.
 * Read as printed it is a rate target nobody could meet; read with ≥ it is an ordinary one. Nothing in the row
 * tells which (the glued reader settles it only where the actual shows the same figure), so the cell is left
 * unread and reported rather than scored against a guess. The glyphs an OCR reads for ≥ that are never part of a
 * value (^ 工 $, and 5= which is no value as printed) are certain wherever they lead a figure: read as ≥, as the
 * glued reader reads them.
 */
public final class OcrGlyphTarget {

    private static final Pattern DIGIT_GLYPH_PERCENT = Pattern.compile("2((?:[1-9]\\d|100)(?:\\.\\d+)?)[%％]");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * ^ 工 $ before a figure (^120个, 工95%): an OCR'd ≥, nothing else; so is 5= before a figure (5=600人), which as
     * printed is no value at all (the glued reader reads it so too).
     */
    private static final Pattern CERTAIN_GLYPH = Pattern.compile("(?:[\\^工$]|5=)\\s*(?=\\d)");

    private OcrGlyphTarget() {
    }

    /** The reading with ≥ ("≥90%") where {@code target} may be either, else null. */
    public static String alternative(Measure target, Measure actual) {
        if (target == null || target.raw() == null || target.comparator() != null || !isPercentUpToHundred(actual)) {
            return null;
        }
        Matcher m = DIGIT_GLYPH_PERCENT.matcher(target.raw().strip());
        if (!m.matches() || new BigDecimal(m.group(1)).compareTo(HUNDRED) > 0) {
            return null;
        }
        return "≥" + m.group(1) + "%";
    }

    /** The cell with a leading ^ 工 $ before its figure read as ≥, or null where it has none. */
    public static String certainReading(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CERTAIN_GLYPH.matcher(text);
        return m.lookingAt() ? "≥" + text.substring(m.end()) : null;
    }

    /**
     * A 指标性质 cell holding only ^ 工 or $: no comparator or kind of indicator reads so, and each is what an OCR makes
     * of ≥ (LAYOUTS §4). Its 指标值 beside it is then read with ≥, noted, as a figure led by the glyph is.
     */
    public static boolean isLoneGlyph(String key) {
        return key != null && key.length() == 1 && "^工$".indexOf(key.charAt(0)) >= 0;
    }

    private static boolean isPercentUpToHundred(Measure actual) {
        return actual != null && actual.value() != null && "%".equals(actual.unit())
                && actual.value().compareTo(HUNDRED) <= 0;
    }
}
