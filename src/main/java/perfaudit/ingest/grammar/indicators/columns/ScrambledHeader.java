package perfaudit.ingest.grammar.indicators.columns;

import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.text.Anagrams;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A header cell of an OCR'd scan that no label matches: labels run together, a label of two
 * wrapped lines read across them (参考 / 分值 read as 考值参分), a column letter misread ((A) as (八)).
 * The cell is read only when it is wholly made of known column labels, each printed as spelt or
 * (four characters or more) as exactly its characters in another order (one of them possibly read
 * twice), a bracketed letter after a
 * label standing for the spelling with a letter there — and only one way of reading it fits.
 */
final class ScrambledHeader {

    private static final int MIN_ANAGRAM = 4;

    private final List<String> keys = new ArrayList<>();
    private final List<IndicatorField> fields = new ArrayList<>();

    private ScrambledHeader(Vocabulary vocabulary) {
        for (Map.Entry<IndicatorField, List<String>> column : vocabulary.indicatorColumns().entrySet()) {
            for (String spelling : column.getValue()) {
                keys.add(LabelIndex.spellingKey(spelling));
                fields.add(column.getKey());
            }
        }
    }

    /** The columns the cell holds in order, or null when it is not certainly made of column labels. */
    static List<IndicatorField> read(String key, Vocabulary vocabulary) {
        if (key.length() < MIN_ANAGRAM) {
            return null;
        }
        ScrambledHeader reader = new ScrambledHeader(vocabulary);
        List<List<IndicatorField>> readings = new ArrayList<>();
        reader.read(key, 0, new ArrayList<>(), false, readings);
        return readings.size() == 1 ? readings.get(0) : null;
    }

    /** Collects every reading of key[pos..] (stops at two: two readings are no reading). */
    private void read(String key, int pos, List<IndicatorField> so, boolean scrambled, List<List<IndicatorField>> readings) {
        if (readings.size() > 1) {
            return;
        }
        if (pos == key.length()) {
            // a cell of one label as spelt is the ordinary matcher's, not this reader's
            if (scrambled || so.size() > 1) {
                if (readings.isEmpty() || !readings.get(0).equals(so)) {
                    readings.add(List.copyOf(so));
                }
            }
            return;
        }
        for (int s = 0; s < keys.size(); s++) {
            String label = keys.get(s);
            int end = pos + label.length();
            if (label.length() < 2 || end > key.length()) {
                continue;
            }
            boolean spelt = key.startsWith(label, pos);
            boolean anagram = !spelt && label.length() >= MIN_ANAGRAM && Anagrams.sameCharacters(key.substring(pos, end), label);
            if (spelt || anagram) {
                readFrom(key, end, label, fields.get(s), so, scrambled || anagram, readings);
            }
            if (!spelt && label.length() >= MIN_ANAGRAM && end < key.length() && oneGlyphTwice(key.substring(pos, end + 1), label)) {
                readFrom(key, end + 1, label, fields.get(s), so, true, readings);
            }
        }
    }

    /** Goes on reading after a label read up to {@code end}, a bracketed column letter after it taken in. */
    private void readFrom(String key, int end, String label, IndicatorField field, List<IndicatorField> so, boolean scrambled,
                          List<List<IndicatorField>> readings) {
        int next = end;
        if (end + 3 <= key.length() && isOpen(key.charAt(end)) && isClose(key.charAt(end + 2))) {
            // a bracketed column letter: the spelling with a letter there, whatever the OCR made of it
            field = lettered(label);
            next = end + 3;
            if (field == null) {
                return;
            }
        }
        so.add(field);
        read(key, next, so, scrambled || next > end, readings);
        so.remove(so.size() - 1);
    }

    /** The field of the spelling "label(X)" for a single letter X, or null when none or several. */
    private IndicatorField lettered(String label) {
        IndicatorField found = null;
        for (int s = 0; s < keys.size(); s++) {
            String k = keys.get(s);
            if (k.length() == label.length() + 3 && k.startsWith(label) && isOpen(k.charAt(label.length()))
                    && isClose(k.charAt(k.length() - 1))) {
                if (found != null && found != fields.get(s)) {
                    return null;
                }
                found = fields.get(s);
            }
        }
        return found;
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）';
    }

    /**
     * {@code window} is the label's characters in another order with one of them read twice: a label
     * wrapped in a narrow cell, scanned line by line, gives the glyph at the wrap to both lines
     * (全年完成值 read as 年成值全完值).
     */
    private static boolean oneGlyphTwice(String window, String label) {
        for (int i = 0; i < window.length(); i++) {
            char twice = window.charAt(i);
            if (label.indexOf(twice) >= 0 && window.indexOf(twice) != window.lastIndexOf(twice)
                    && Anagrams.sameCharacters(window.substring(0, i) + window.substring(i + 1), label)) {
                return true;
            }
        }
        return false;
    }

}
