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
        if (!hasLetter(fixed)) {
            return fixed.equals(text) ? null : fixed;
        }
        String key = fixed.strip();
        if (NUMBER_WITH_LETTERS.matcher(key).matches()) {
            fixed = digits(key);
        } else {
            java.util.regex.Matcher bounded = BOUNDED_FIGURE_WITH_LETTERS.matcher(key);
            if (bounded.matches() && hasLetter(bounded.group(2))) {
                fixed = bounded.group(1) + digits(bounded.group(2)) + bounded.group(3);
            }
        }
        return fixed.equals(text) ? null : fixed;
    }

    private static String digits(String figure) {
        return figure.replace('O', '0').replace('o', '0').replace('I', '1').replace('l', '1');
    }

    /** Whether the text holds a character some repair starts from: 兀, a slash of either width, or O o I l. */
    private static boolean mayNeedRepair(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '兀' || c == '/' || c == '／' || c == 'O' || c == 'o' || c == 'I' || c == 'l') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'O' || c == 'o' || c == 'I' || c == 'l') {
                return true;
            }
        }
        return false;
    }
}
