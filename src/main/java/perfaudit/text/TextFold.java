package perfaudit.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * The matching key of a cell's text, so that one vocabulary matches every rendering of a label:
 * <ol>
 * <li>pinyin glosses that traditional-character mirror sites put after converted characters are
 * dropped: 項(xiàng)目 → 項目, 數（shù） → 數;</li>
 * <li>traditional characters fold to simplified (項目 → 项目), from the table
 * {@code perfaudit/text/hant-hans.txt} made by {@code perfaudit.tools.HantHansTableMaker} from ICU;</li>
 * <li>full-width ASCII (U+FF01–FF5E) folds to ASCII and the ideographic space to a space:
 * （５０分）→ (50分), ＝ → =, ％ → %. Other form symbols (≧ ═ ﹦ 、 。 “ ”) stay as printed.</li>
 * </ol>
 * The key is for matching only; readers keep the printed text for display. Runs on every cell, so it
 * is one char loop with no regex, and returns the very same String when nothing folds. Shared by the reader
 * (labels against the forms vocabulary) and the engine's judgements (texts against the settings' word lists),
 * so it lives apart from both.
 */
public final class TextFold {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    /** Below this, nothing folds except '(' opening a gloss: the fast path for ASCII and Latin text. */
    private static final char FIRST_FOLDING = IDEOGRAPHIC_SPACE;

    private TextFold() {
    }

    /** The matching key of {@code text}; {@code text} itself when nothing in it folds. */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        HantHans table = HantHans.TABLE;
        // the chars are copied once and folded in place, kept ones moved down over dropped glosses: the
        // quick compiler (C1) of a short run pays a chain of calls for every charAt of Chinese text
        char[] chars = text.toCharArray();
        int kept = 0;
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            int glossEnd = isOpening(c) ? Gloss.end(text, i, table) : -1;
            if (glossEnd > 0) {
                changed = true;
                i = glossEnd;
                continue;
            }
            char folded = foldChar(c);
            changed |= folded != c;
            chars[kept++] = folded;
        }
        return changed ? new String(chars, 0, kept) : text;
    }

    /**
     * {@code text} without mirror sites' pinyin glosses (項(xiàng)目 → 項目), its characters as printed:
     * what an auditor reads in a report; {@code text} itself when it holds none.
     */
    public static String withoutGlosses(String text) {
        if (text == null || text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        HantHans table = HantHans.TABLE;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int glossEnd = isOpening(c) ? Gloss.end(text, i, table) : -1;
            if (glossEnd > 0) {
                out = out != null ? out : start(text, i);
                i = glossEnd;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The index after a mirror site's pinyin gloss opening at {@code at} ("(xiàng)" of 項(xiàng)目), or
     * {@code at} itself when no gloss opens there: what {@link #fold} drops, for lining a key up with its text.
     */
    public static int afterGloss(String text, int at) {
        if (at >= text.length() || !isOpening(text.charAt(at))) {
            return at;
        }
        int end = Gloss.end(text, at, HantHans.TABLE);
        return end > 0 ? end + 1 : at;
    }

    /** True when {@code text} holds traditional characters that {@link #fold} turns into simplified ones. */
    public static boolean hasTraditional(String text) {
        Objects.requireNonNull(text, "text");
        HantHans table = HantHans.TABLE;
        for (int i = 0; i < text.length(); i++) {
            if (table.folds(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One character folded (traditional to simplified, full-width to ASCII); glosses need {@link #fold}. */
    public static char foldChar(char c) {
        // small enough for the quick compiler (C1) to inline: it is asked of every character of every cell
        char folded = FOLDED[c];
        return folded == 0 ? c : folded;
    }

    /**
     * Every char's fold by its code, '\0' where it folds to itself: full-width ASCII, the ideographic
     * space and the traditional characters, so one array read folds a character (128 KB).
     */
    private static final char[] FOLDED = foldTable(HantHans.TABLE);

    /** The traditional characters' table with full-width ASCII and the ideographic space added (no overlap). */
    private static char[] foldTable(HantHans table) {
        char[] folded = table.simplified.clone();
        for (int c = FULL_WIDTH_FIRST; c <= FULL_WIDTH_LAST; c++) {
            folded[c] = (char) (c - FULL_WIDTH_OFFSET);
        }
        folded[IDEOGRAPHIC_SPACE] = ' ';
        return folded;
    }

    private static char foldChar(char c, HantHans table) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        return c == IDEOGRAPHIC_SPACE ? ' ' : table.simplified(c);
    }

    private static StringBuilder start(String text, int end) {
        return new StringBuilder(text.length()).append(text, 0, end);
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }

    /**
     * A mirror site's pinyin gloss: one pinyin syllable in ASCII or full-width brackets right after a
     * Chinese character. With tone marks (xiàng) it is a gloss after any character; without them
     * (xiang) only when longer than one letter and after a character the table folds, the only ones
     * mirrors gloss, so 时长(min), 长度(km) (not a syllable) and 預算數(a) stay. (A), (B/A), (万元) and
     * (50分) are never glosses.
     */
    private static final class Gloss {

        /** Longest syllable: zhuang, chuang, shuang. */
        private static final int MAX_LETTERS = 6;
        private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
        private static final String TONELESS = "aaaaeeeeiiiioooouuuuvvvv";
        /** Tone marks typed as combining characters after the vowel (a\u0300), not precomposed (à). */
        private static final char COMBINING_GRAVE = '\u0300';
        private static final char COMBINING_CARON = '\u030C';
        private static final String[] INITIALS = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l",
            "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""};
        private static final Set<String> FINALS = Set.of("a", "o", "e", "i", "u", "v",
                "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu", "ian",
                "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue", "ve",
                "van", "vn", "io");

        private Gloss() {
        }

        /** Index of the closing bracket of a gloss opening at {@code open}, or -1 when there is none. */
        static int end(String text, int open, HantHans table) {
            if (open == 0 || !isHan(text.codePointBefore(open))) {
                return -1;
            }
            StringBuilder syllable = new StringBuilder(MAX_LETTERS);
            boolean toned = false;
            int i = open + 1;
            for (; i < text.length() && syllable.length() <= MAX_LETTERS; i++) {
                // a page typed or converted to full width glosses in full-width letters: （ｘｉàｎｇ）
                char c = foldFullWidth(text.charAt(i));
                int tone = TONED.indexOf(c);
                if (tone >= 0) {
                    toned = true;
                    syllable.append(TONELESS.charAt(tone));
                } else if (c >= COMBINING_GRAVE && c <= COMBINING_CARON) {
                    toned = true;
                } else if (c >= 'a' && c <= 'z' || c == 'ü') {
                    syllable.append(c == 'ü' ? 'v' : c);
                } else {
                    break;
                }
            }
            boolean closed = i < text.length() && isClosing(text.charAt(i));
            boolean glossed = toned || syllable.length() > 1 && table.folds(text.charAt(open - 1));
            return closed && glossed && isSyllable(syllable) ? i : -1;
        }

        private static char foldFullWidth(char c) {
            return c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST ? (char) (c - FULL_WIDTH_OFFSET) : c;
        }

        private static boolean isHan(int codePoint) {
            return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
        }

        private static boolean isSyllable(CharSequence letters) {
            String s = letters.toString();
            for (String initial : INITIALS) {
                if (s.startsWith(initial) && FINALS.contains(s.substring(initial.length()))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The traditional→simplified table, loaded on first use: a char[] indexed by char code, '\0' where
     * nothing folds. About 2,900 pairs between U+3473 and U+9F9C: 128 KB of chars and one array read
     * per character, no boxing and no hashing.
     */
    private static final class HantHans {

        static final String RESOURCE = "/perfaudit/text/hant-hans.txt";
        static final HantHans TABLE = load();

        private final char[] simplified;

        private HantHans(char[] simplified) {
            this.simplified = simplified;
        }

        char simplified(char c) {
            char s = simplified[c];
            return s == 0 ? c : s;
        }

        boolean folds(char c) {
            return simplified[c] != 0;
        }

        /** Plain char[] loops: the table loads before the JIT compiles anything, where charAt costs. */
        private static HantHans load() {
            char[] text = read().toCharArray();
            char[] traditional = new char[text.length / 2];
            char[] simplified = new char[text.length / 2];
            int count = 0;
            int line = 1;
            for (int start = 0; start < text.length; line++) {
                int lineEnd = lineEnd(text, start);
                int end = lineEnd > start && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                if (end > start && text[start] != '#') {
                    checkPair(text, start, end, line);
                    traditional[count] = text[start];
                    simplified[count++] = text[start + 1];
                }
                start = lineEnd + 1;
            }
            return index(traditional, simplified, count);
        }

        private static int lineEnd(char[] text, int start) {
            int i = start;
            while (i < text.length && text[i] != '\n') {
                i++;
            }
            return i;
        }

        private static void checkPair(char[] text, int start, int end, int line) {
            if (end - start != 2 || Character.isSurrogate(text[start]) || Character.isSurrogate(text[start + 1])) {
                throw new IllegalStateException(RESOURCE + ":" + line
                        + ": expected one traditional and one simplified character, found \""
                        + new String(text, start, end - start) + "\"");
            }
        }

        private static HantHans index(char[] traditional, char[] simplified, int count) {
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int i = 0; i < count; i++) {
                table[traditional[i]] = simplified[i];
            }
            return new HantHans(table);
        }

        private static String read() {
            try (InputStream in = TextFold.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path (a broken build)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
