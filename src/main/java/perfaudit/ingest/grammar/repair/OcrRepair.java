package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text recognised from a scan misreads a few characters in ways the surrounding label makes
 * certain: 万兀 is 万元 (兀 never follows 万 in a money unit), (B/A1 is (B/A) (a column-letter ratio is
 * always closed, and 1 or l is the bracket misread), and a cell that is a number but for an
 * O, o, I, l among its digits holds 0 and 1 there. Only those are corrected, each with a note showing
 * the text before and after, so an auditor can check it against the original; anything less certain
 * is left as printed.
 */
public final class OcrRepair {

    /** Digits with O/o/I/l among them, at least one real digit: 1O0%, 2O2l, 9O.5. */
    private static final Pattern NUMBER_WITH_LETTERS = Pattern.compile("^[0-9OoIl]*[0-9][0-9OoIl]*(\\.[0-9OoIl]+)?%?$");

    /**
     * A value cell's figure with O/o/I/l among its digits between a comparator and a unit in Chinese or %: ≥9O%, ≥5O元,
     * 1O个. The figure starts with a real digit (a letter first, l00万元, may be a word's: left as printed) and the unit
     * holds no Latin letter, so that the letters can only be the figure's digits misread.
     */
    private static final Pattern BOUNDED_FIGURE_WITH_LETTERS = Pattern.compile(
            "^([≥≤><=＞＜＝≧≦]{0,2})([0-9][0-9OoIl]*(?:\\.[0-9OoIl]+)?)([%％\\p{IsHan}/]{0,6})$");

    /**
     * A column-letter ratio whose closing bracket was read as 1 or l: 执行率(B/A1得分 is 执行率(B/A)得分; also typed
     * full-width (（Ｂ／Ａ１), as the page was.
     */
    private static final Pattern RATIO_UNCLOSED =
            Pattern.compile("([(（][A-EＡ-Ｅ]\\s*[/／]\\s*[A-EＡ-Ｅ])[1lｌ１](?![0-9０-９.．%％)）])");

    /** A whole figure whose decimal point OCR read as 。 (86。67%, ≥9。5): a full stop never stands between a figure's digits. */
    private static final Pattern DECIMAL_MARK = Pattern.compile("^(\\s*[≥≤><=＞＜＝≧≦]{0,2}\\d+)。(\\d+(?:%|％|\\p{IsHan}{1,4})?\\s*)$");

    private OcrRepair() {
    }

    public static List<Cell> repair(List<Cell> cells, ProblemLog log) {
        List<Cell> out = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String fixed = fix(cell.text());
            if (fixed != null) {
                if (out == null) {
                    out = new ArrayList<>(cells);
                }
                out.set(i, new Cell(fixed, cell.location(), cell.row(), cell.column(), cell.gap()));
                log.note(cell.row(), cell.location(), cell.text(), "识别错误已更正：'" + cell.text().strip() + "' 读作 '"
                        + fixed.strip() + "' — OCR misreading corrected: '" + cell.text().strip() + "' read as '" + fixed.strip() + "'");
            }
        }
        return out == null ? cells : out;
    }

    /** The corrected text, or null when nothing in it is certainly misread. */
    static String fix(String text) {
        // every cell of every input passes here: one pass over its characters tells whether any repair may apply
        // (most cells hold none of 兀, a slash or O o I l), before any search, replacement or regex
        if (!mayNeedRepair(text)) {
            return null;
        }
        String fixed = text;
        if (fixed.indexOf('兀') >= 0 && (fixed.contains("万兀") || fixed.contains("萬兀"))) {
            fixed = fixed.replace("万兀", "万元").replace("萬兀", "萬元");
        }
        if (fixed.indexOf('/') >= 0 || fixed.indexOf('／') >= 0) {
            fixed = RATIO_UNCLOSED.matcher(fixed).replaceAll("$1)");
        }
        if (fixed.indexOf('〈') >= 0 || fixed.indexOf('《') >= 0) {
            fixed = roundBrackets(fixed);
        }
        if (fixed.indexOf('。') >= 0) {
            fixed = DECIMAL_MARK.matcher(fixed).replaceAll("$1.$2");
        }
        if (!hasLetter(fixed)) {
            return fixed.equals(text) ? null : fixed;
        }
        String before = fixed;
        fixed = asciiDigits(fixed);
        String ascii = fixed;
        String key = fixed.strip();
        if (NUMBER_WITH_LETTERS.matcher(key).matches()) {
            fixed = digits(key);
        } else {
            java.util.regex.Matcher bounded = BOUNDED_FIGURE_WITH_LETTERS.matcher(key);
            if (bounded.matches() && hasLetter(bounded.group(2))) {
                fixed = bounded.group(1) + digits(bounded.group(2)) + bounded.group(3);
            }
        }
        if (hasLetter(fixed)) {
            fixed = lettersInFigures(fixed);
        }
        if (fixed.equals(ascii)) {
            // no letter was a digit: the widths stay as printed
            fixed = before;
        }
        return fixed.equals(text) ? null : fixed;
    }

    /**
     * O o I l glued into a figure inside a longer value, where a letter can only be a digit misread: between digits
     * (2O22年, 1O.5万元), before % after a digit, and O after a digit before no Latin letter (2O日); S between a digit and a
     * digit, a decimal point or %
     * (9S%, 9S.5; 4S店 stays). A text holding any other Latin letter (a code, a word, a unit such as ml), or no Chinese
     * character, % or bound, is left as printed.
     */
    static String lettersInFigures(String text) {
        if (text.length() > 24) {
            // a value or a label, not prose: a goal's or a reason's sentence is kept as printed
            return text;
        }
        boolean valueMark = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLatin(c) && "OoIlS".indexOf(c) < 0) {
                return text;
            }
            valueMark |= c >= 0x4E00 && c <= 0x9FFF || c == '%' || c == '％' || "≥≤><=＞＜＝≧≦".indexOf(c) >= 0;
        }
        if (!valueMark) {
            // a value names its unit in Chinese or %, or a bound: letters and digits alone (o03, l1) may be a code
            return text;
        }
        char[] chars = text.toCharArray();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < chars.length; i++) {
                char digit = letterDigit(chars, i);
                if (digit != 0) {
                    chars[i] = digit;
                    changed = true;
                }
            }
        }
        return new String(chars);
    }

    /** The digit the letter at {@code i} stands for in its figure, or 0 when it may be a letter. */
    private static char letterDigit(char[] chars, int i) {
        char c = chars[i];
        char before = i > 0 ? chars[i - 1] : ' ';
        char after = i + 1 < chars.length ? chars[i + 1] : ' ';
        boolean digitBefore = isDigit(before);
        boolean digitAfter = isDigit(after) || after == '.' && i + 2 < chars.length && isDigit(chars[i + 2]);
        if (c == 'S') {
            return digitBefore && (digitAfter || after == '%' || after == '％') ? '5' : 0;
        }
        if ("OoIl".indexOf(c) < 0) {
            return 0;
        }
        // O after a digit is its 0 unless a Latin word goes on (2O日, 1O个); I and l there may be a unit's (5l). A letter
        // leading a figure (l2月, ≥l.2万人) may be a word's or another digit's: left, and Value reports the figure damaged
        boolean figure = digitBefore && (digitAfter || after == '%' || after == '％')
                || digitBefore && (c == 'O' || c == 'o') && !isLatin(after);
        return figure ? (c == 'O' || c == 'o' ? '0' : '1') : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Full-width digits as ASCII (１2O: an OCR mixes the widths), so that the figure patterns see them. */
    private static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * An angle or title bracket closed by a round one (〈B), 《万元), 〈20分*执行率)): OCR's reading of a round bracket
     * (a pair 《…》 is a title and is kept).
     */
    private static String roundBrackets(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c != '〈' && c != '《') {
                continue;
            }
            for (int j = i + 1; j < out.length(); j++) {
                char d = out.charAt(j);
                if (d == ')' || d == '）') {
                    out.setCharAt(i, d == ')' ? '(' : '（');
                    break;
                }
                if (d == '〉' || d == '》' || d == '〈' || d == '《' || d == '(' || d == '（') {
                    break;
                }
            }
        }
        return out.toString();
    }

    private static String digits(String figure) {
        return figure.replace('O', '0').replace('o', '0').replace('I', '1').replace('l', '1');
    }

    /** Whether the text holds a character some repair starts from: 兀, a slash of either width, or O o I l. */
    private static boolean mayNeedRepair(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '兀' || c == '/' || c == '／' || c == 'O' || c == 'o' || c == 'I' || c == 'l' || c == 'S' || c == '〈' || c == '《'
                    || c == '。') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'O' || c == 'o' || c == 'I' || c == 'l' || c == 'S') {
                return true;
            }
        }
        return false;
    }
}
