package perfaudit.ingest.grammar.indicators.levels;

import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Level2;
import perfaudit.model.Indicator;

import java.util.List;

/**
 * A short 二级 spelling of the vocabulary (成本, 时效: too short for glued text to be cut at, see Lexicon.structural)
 * where glued rows stopped being read: the 二级 label of the rows after it, only where the position leaves no other
 * reading. It starts a row (the rows before it, of the 二级 in force, were read whole); it names a 二级 of the 一级 in
 * force other than the one in force and not yet read under it; no word goes on after it (a figure follows: 时效1年…,
 * never 时效性 or 成本控制率, whose spelling is the head of a 三级 name); the text with it read no row, and the text
 * after it reads one. Functions of the text and the rows read so far; the caller sets the 二级 and notes it.
 */
public final class ShortLevel2 {

    private ShortLevel2() {
    }

    /** The 二级 spelt at {@code pos} when it is that label by the rules above; null otherwise. */
    public static Level2 at(String text, int pos, Lexicon lex, String level1, String level2, List<Indicator> rows) {
        if (pos <= 0 || level1 == null || lex.structural.longestAt(text, pos) != null) {
            return null; // at the text's start the 二级 in force has no row yet; a long label was cut already
        }
        LabelIndex.Match<Level2> match = lex.level2.longestAt(text, pos);
        if (match == null || match.end() >= text.length() || !continuesNoWord(text.charAt(match.end()))) {
            return null;
        }
        Level2 level = match.value();
        if (!level1.equals(level.parent()) || level.name().equals(level2) || readUnder(level1, level.name(), rows)) {
            return null;
        }
        return level;
    }

    /** Where the spelling at {@code pos} ends. */
    public static int end(String text, int pos, Lexicon lex) {
        return lex.level2.longestAt(text, pos).end();
    }

    /** A figure (or its comparator) cannot go on a word: the spelling before it is a word of its own. */
    private static boolean continuesNoWord(char next) {
        return Character.isDigit(next) || perfaudit.ingest.grammar.Value.COMPARATORS.indexOf(next) >= 0;
    }

    /** Rows of the 一级 in force (the last run of them) were read under this 二级: it was printed before. */
    private static boolean readUnder(String level1, String level2, List<Indicator> rows) {
        for (int k = rows.size() - 1; k >= 0 && level1.equals(rows.get(k).level1()); k--) {
            if (level2.equals(rows.get(k).level2())) {
                return true;
            }
        }
        return false;
    }
}
