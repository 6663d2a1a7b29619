package perfaudit.ingest.grammar.indicators.glued;

import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a cell of each column can end in glued indicator text: a name at any non-figure character,
 * a 分值 / 得分 after up to three digits, a target or actual after a qualitative phrase or a value
 * (comparator, number, % or a short unit). The row cutter tries every end; these only list them.
 */
final class GluedCellEnds {

    private static final int MAX_UNIT = 3;

    private final Lexicon lex;

    GluedCellEnds(Lexicon lex) {
        this(lex, false);
    }

    /**
     * {@code splitRuns}: a run of bare digits may hold two cells (6620 = 6 | 6 | 20), tried only where a sum
     * outside the row (the 总分) settles the cut; elsewhere a run of digits is one figure.
     */
    GluedCellEnds(Lexicon lex, boolean splitRuns) {
        this.lex = lex;
        this.splitRuns = splitRuns;
    }

    private final boolean splitRuns;

    /** Where a cell of {@code field} starting at {@code pos} can end. */
    List<Integer> ends(String text, int pos, IndicatorField field, boolean last) {
        List<Integer> ends = new ArrayList<>();
        int n = text.length();
        switch (field) {
            case NAME -> {
                for (int e = pos + 2; e < n; e++) {
                    if (!isDigitLike(text.charAt(e - 1))) {
                        if (!Figure.datesValid(text, pos, e)) {
                            break; // a name's 月 / 日 are dates: 811月 is a figure glued to 11月, the name ended before
                        }
                        ends.add(e);
                    }
                }
            }
            case WEIGHT, SCORE -> {
                int e = pos;
                while (e < n && e - pos < 3 && Character.isDigit(text.charAt(e))) {
                    e++;
                    if (text.charAt(pos) != '0' || e - pos == 1) {
                        ends.add(e);
                    }
                }
                if (e < n - 1 && e > pos && text.charAt(e) == '.' && Character.isDigit(text.charAt(e + 1))) {
                    ends.add(e + 2);
                }
                int lettered = LetteredNumerals.letteredNumeralEnd(text, pos);
                if (lettered > 0 && !ends.contains(lettered)) {
                    ends.add(lettered);
                }
            }
            case TARGET, ACTUAL -> {
                if (field == IndicatorField.TARGET && pos < n && GluedIndicatorRows.DASHES.indexOf(text.charAt(pos)) >= 0) {
                    ends.add(pos + 1);
                }
                qualitativeEnds(text, pos, ends);
                valueEnds(text, pos, ends);
                if (field == IndicatorField.TARGET) {
                    restatedEnds(text, pos, ends);
                    // words before a target's figure (11月底完成100%): the figure starts after them
                    for (int v = pos + 1; v < n; v++) {
                        if (isDigitLike(text.charAt(v)) && !isDigitLike(text.charAt(v - 1)) && text.charAt(v - 1) != '.') {
                            List<Integer> after = new ArrayList<>();
                            valueEnds(text, v, after);
                            ends.addAll(after);
                        }
                    }
                }
            }
            default -> {
            }
        }
        // a target's figure is found both alone and after words: each end once, or one cut counts twice
        return ends.stream().distinct().toList();
    }

    /**
     * A target the actual repeats word for word, the 得分 after both (符合相关文件要求符合相关文件要求5):
     * a target of any words, cut where the text after it starts with it again.
     */
    private static void restatedEnds(String text, int pos, List<Integer> ends) {
        for (int len = 1; pos + 2 * len <= text.length(); len++) {
            int after = pos + 2 * len;
            // then the 得分, or (a template without points) the text's end or the next row's name
            boolean ends2 = after == text.length() ? true : Character.isDigit(text.charAt(after)) ? len >= 2
                    : !isDigitLike(text.charAt(after)) && isDigitLike(text.charAt(after - 1));
            if (ends2 && text.regionMatches(pos, text, pos + len, len)) {
                ends.add(pos + len);
            }
        }
    }

    private static boolean isDigitLike(char c) {
        return Character.isDigit(c) || c == '%' || c == '‰' || c == '.';
    }

    private void qualitativeEnds(String text, int pos, List<Integer> ends) {
        for (String phrase : lex.qualitativeActuals) {
            if (text.startsWith(phrase, pos)) {
                ends.add(pos + phrase.length());
            }
        }
        for (String phrase : lex.qualitativeTargets) {
            if (text.startsWith(phrase, pos)) {
                ends.add(pos + phrase.length());
            }
        }
        if (pos < text.length() && Value.isYesNo(text.substring(pos, pos + 1))) {
            ends.add(pos + 1);
        }
    }

    /** A comparator (or its OCR spelling), a number, then % or a unit of up to three characters. */
    private void valueEnds(String text, int pos, List<Integer> ends) {
        int n = text.length();
        int e = pos;
        if (e < n && (Value.COMPARATORS.indexOf(text.charAt(e)) >= 0 || GluedIndicatorRows.CERTAIN_GLYPHS.indexOf(text.charAt(e)) >= 0)) {
            e++;
        } else if (text.startsWith("5=", e)) {
            e += 2;
        }
        int digits = e;
        while (e < n && Character.isDigit(text.charAt(e))) {
            e++;
        }
        if (e == digits) {
            return;
        }
        if (splitRuns && text.charAt(digits) != '0') {
            for (int inside = digits + 1; inside < e; inside++) {
                ends.add(inside); // a bare figure cut out of the run, the next cell's digits after it
            }
        }
        if (e < n - 1 && text.charAt(e) == '.' && Character.isDigit(text.charAt(e + 1))) {
            e++;
            while (e < n && Character.isDigit(text.charAt(e))) {
                e++;
            }
        }
        ends.add(e);
        if (e < n && (text.charAt(e) == '%' || text.charAt(e) == '‰')) {
            ends.add(e + 1);
            return;
        }
        for (int u = e; u < n && u - e < MAX_UNIT && isUnitChar(text.charAt(u)); u++) {
            ends.add(u + 1);
        }
    }

    /**
     * Where a 计量单位 cell starting at {@code pos} (the name ended there) can end: after the longest unit word of the
     * vocabulary the text holds from a point of the name (面积万亩 is 面积 | 万亩, never 面积万 | 亩), or right away
     * where no unit word ends there (a row whose unit cell is empty).
     */
    static List<Integer> unitEnds(String text, int rowStart, int pos) {
        List<Integer> ends = new ArrayList<>();
        for (int e = pos + 1; e <= Math.min(text.length(), pos + MAX_UNIT); e++) {
            if (Value.isNamedUnit(text.substring(pos, e)) && !longerUnitEndsAt(text, rowStart, pos, e)) {
                ends.add(e);
            }
        }
        if (!longerUnitEndsAt(text, rowStart, pos + 1, pos)) {
            ends.add(pos);
        }
        return ends;
    }

    /** A unit word that starts before {@code from} (and after the row's first character) ends at {@code end}. */
    private static boolean longerUnitEndsAt(String text, int rowStart, int from, int end) {
        for (int k = Math.max(rowStart + 1, end - MAX_UNIT); k < from; k++) {
            if (k < end && Value.isNamedUnit(text.substring(k, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a 指标性质 cell can end: empty, a comparator (or an OCR spelling of ≥ that is no digit), or a nature
     * spelling (定量 / 定性指标).
     */
    List<Integer> natureEnds(String text, int pos) {
        List<Integer> ends = new ArrayList<>();
        ends.add(pos);
        if (pos < text.length() && (Value.COMPARATORS.indexOf(text.charAt(pos)) >= 0
                || GluedIndicatorRows.CERTAIN_GLYPHS.indexOf(text.charAt(pos)) >= 0)) {
            ends.add(pos + 1);
        }
        for (String nature : lex.quantitativeNatures) {
            if (text.startsWith(nature, pos)) {
                ends.add(pos + nature.length());
            }
        }
        for (String nature : lex.qualitativeNatures) {
            if (text.startsWith(nature, pos)) {
                ends.add(pos + nature.length());
            }
        }
        return ends.stream().distinct().toList();
    }

    /**
     * Where a target or actual can end whose unit has a column of its own: qualitative words, or a bare
     * number (its comparator before it), which may end anywhere its digits allow (no leading 0 but in 0 or
     * 0.x): the next cell's digits follow it. Which cut fits is the row's to judge. {@code comparator}: one may
     * lead the number (not where a 指标性质 cell before it holds the target's).
     */
    List<Integer> bareValueEnds(String text, int pos, boolean comparator) {
        List<Integer> ends = new ArrayList<>();
        qualitativeEnds(text, pos, ends);
        int n = text.length();
        int digits = pos;
        if (comparator && digits < n && (Value.COMPARATORS.indexOf(text.charAt(digits)) >= 0
                || GluedIndicatorRows.CERTAIN_GLYPHS.indexOf(text.charAt(digits)) >= 0)) {
            digits++;
        }
        int e = digits;
        while (e < n && Character.isDigit(text.charAt(e))) {
            e++;
            if (text.charAt(digits) != '0' || e - digits == 1) {
                ends.add(e);
            }
            if (e - digits == 1 && text.charAt(digits) == '0') {
                break;
            }
        }
        if (e > digits && e < n - 1 && text.charAt(e) == '.' && Character.isDigit(text.charAt(e + 1))) {
            for (int d = e + 1; d < n && Character.isDigit(text.charAt(d)); d++) {
                ends.add(d + 1);
            }
        }
        return ends.stream().distinct().toList();
    }

    private static boolean isUnitChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && GluedIndicatorRows.CERTAIN_GLYPHS.indexOf(c) < 0;
    }
}
