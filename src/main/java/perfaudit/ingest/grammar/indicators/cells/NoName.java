package perfaudit.ingest.grammar.indicators.cells;

import java.util.regex.Pattern;

/**
 * A row's 三级指标 cell that cannot be an indicator's name: one character once rule glyphs and punctuation are gone
 * (览, 四, "|"), or the bare word 指标 (a wrapped label's piece). An indicator names what it counts in two characters or more (工期 at the least); such a cell is
 * another column's text or a ruling misread, the row's cells out of their places (OCR'd tables shift them), so none
 * of its figures can be trusted to a column. So is a bare figure or date (2023年, 12) beside a target that says
 * something else: a wrapped target's first piece taken for the name ("2023年 | 10月底前 …"). A figure or date that
 * the target repeats is left alone: real forms print 1年 | 1年 | 1年 when the unit had no name to give.
 */
public final class NoName {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}“”‘’「」『』、，。：；！？·—_|｜]+");

    private static final Pattern FIGURE_OR_DATE = Pattern.compile("^\\d+(?:\\.\\d+)?(?:年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|%)?$");

    /** Two or three Latin letters and nothing else (TI, ER, Ri): what OCR makes of a ruling or a seal, never a name the form gives. */
    private static final Pattern LATIN_DEBRIS = Pattern.compile("^[A-Za-z]{2,3}$");

    private NoName() {
    }

    /** Whether {@code name} is two or three Latin letters and nothing else once marks are gone: OCR debris. */
    public static boolean isOcrDebris(String name) {
        return name != null && LATIN_DEBRIS.matcher(NOISE.matcher(name).replaceAll("")).matches();
    }

    /** Whether {@code name} (null: the row prints none, left to the row readers) is no indicator name beside {@code target}. */
    public static boolean of(String name, String target) {
        if (name == null) {
            return false;
        }
        String bare = NOISE.matcher(name).replaceAll("");
        return bare.codePointCount(0, bare.length()) <= 1 || bare.equals("指标") || LATIN_DEBRIS.matcher(bare).matches()
                || FIGURE_OR_DATE.matcher(bare).matches()
                && (target == null || !bare.equals(NOISE.matcher(target).replaceAll("")));
    }
}
