package perfaudit.ingest.grammar.indicators.glued;

import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.text.MeasureParser;

/**
 * A target or actual cell of a glued row: words before it, its comparator as printed (a symbol, an OCR
 * spelling of ≥, or a bound in words: 不低于), its figure and
 * unit, or qualitative words. Apart from the row cutter because the pairing of a row's target and
 * actual, and the OCR'd comparators it reads, are judged on these alone.
 */
record Figure(String text, String words, String comparator, String figure, String unit) {

    static Figure of(String text) {
        if (text == null) {
            return null;
        }
        int v = 0;
        while (v < text.length() && !Character.isDigit(text.charAt(v)) && Value.COMPARATORS.indexOf(text.charAt(v)) < 0
                && GluedIndicatorRows.CERTAIN_GLYPHS.indexOf(text.charAt(v)) < 0) {
            v++;
        }
        if (v == text.length()) {
            return new Figure(text, "", "", "", ""); // qualitative
        }
        // the figure is the text's last value: words before it may hold dates (11月底完成)
        int start = lastValueStart(text);
        String words = text.substring(0, start);
        int at = start;
        String comparator = "";
        if (Value.COMPARATORS.indexOf(text.charAt(at)) >= 0 || GluedIndicatorRows.CERTAIN_GLYPHS.indexOf(text.charAt(at)) >= 0) {
            comparator = text.substring(at, at + 1);
            at++;
        } else if (text.startsWith("5=", at)) {
            comparator = "5=";
            at += 2;
        }
        if (comparator.isEmpty() && !words.isEmpty() && words.equals(MeasureParser.wordBoundAt(words))) {
            comparator = words; // 不低于95%: the bound in words is the value's comparator, no words before it
            words = "";
        }
        int u = at;
        while (u < text.length() && (Character.isDigit(text.charAt(u)) || text.charAt(u) == '.')) {
            u++;
        }
        return new Figure(text, words, comparator, text.substring(at, u), text.substring(u));
    }

    /** Where the text's last value starts: its comparator (or OCR spelling), else its first digit. */
    private static int lastValueStart(String text) {
        int i = text.length();
        while (i > 0 && !Character.isDigit(text.charAt(i - 1))) {
            i--; // the unit
        }
        while (i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        if (i > 0 && (Value.COMPARATORS.indexOf(text.charAt(i - 1)) >= 0 || GluedIndicatorRows.CERTAIN_GLYPHS.indexOf(text.charAt(i - 1)) >= 0)) {
            return text.startsWith("5=", i - 2) ? i - 2 : i - 1;
        }
        return i;
    }

    boolean qualitative() {
        return figure.isEmpty();
    }

    /** "5=" as printed is no value: it can only be a misread ≥. */
    boolean needsGlyph() {
        return comparator.equals("5=");
    }

    /** The figure after a leading digit read as ≥ (290 → 90); null when none can be. */
    String figureAsGlyph() {
        if (comparator.equals("5=")) {
            return figure;
        }
        if (comparator.isEmpty() && figure.length() > 1 && figure.startsWith("2") && figure.charAt(1) != '.') {
            return figure.substring(1);
        }
        return null;
    }

    String reading(boolean glyph) {
        if (glyph) {
            return words + "≥" + figureAsGlyph() + unit;
        }
        String shown = comparator.isEmpty() || Value.COMPARATORS.contains(comparator) || comparator.length() > 1
                && !needsGlyph() ? comparator : "≥"; // a bound in words as printed, an OCR glyph as ≥
        return words + shown + figure + unit;
    }

    /** Every number before a 月 or 日 in text[from, to) is a day or month. */
    static boolean datesValid(String text, int from, int to) {
        char last = text.charAt(to - 1);
        if (last != '月' && last != '日' || to - 1 == from || !Character.isDigit(text.charAt(to - 2))) {
            return true; // only the end is new: earlier ends were checked on the way
        }
        int s = to - 1;
        while (s > from && Character.isDigit(text.charAt(s - 1))) {
            s--;
        }
        int digits = to - 1 - s;
        int value = digits > 2 ? 99 : Integer.parseInt(text.substring(s, to - 1));
        return value >= 1 && value <= (last == '月' ? 12 : 31);
    }

    /**
     * Words before a target's figure are a deadline (11月底完成100%); plain words there are the
     * next row's name swallowed into this row's target.
     */
    boolean wordsHoldDate() {
        for (int i = 0; i < words.length(); i++) {
            if (Character.isDigit(words.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The digits among a target's words are dates (11月底, 2022年): no figure of another column hides there. */
    boolean wordsAreDates() {
        int i = 0;
        while (i < words.length()) {
            if (!Character.isDigit(words.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < words.length() && Character.isDigit(words.charAt(i))) {
                i++;
            }
            int value = Integer.parseInt(words.substring(s, Math.min(i, s + 5)));
            char after = i < words.length() ? words.charAt(i) : ' ';
            boolean date = after == '年' && i - s == 4 || after == '月' && value >= 1 && value <= 12
                    || after == '日' && value >= 1 && value <= 31;
            if (!date) {
                return false;
            }
        }
        return true;
    }
}
