package perfaudit.ingest.grammar.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads the numbers printed on forms: ASCII or full-width digits, thousands separators, a trailing %. */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** Folds full-width digits and signs to ASCII so {@code １２．５％} reads as {@code 12.5%}. */
    public static String foldWidth(String text) {
        boolean wide = false;
        for (int i = 0; i < text.length() && !wide; i++) {
            char c = text.charAt(i);
            wide = c >= '．' && c <= '９' || c == '％' || c == '－' || c == '＋' || c == '，';
        }
        if (!wide) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '－') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for cells that mean "no value": empty, or a dash as printed in the 分值 column of sub-rows. */
    public static boolean isBlank(String cell) {
        if (cell == null) {
            return true;
        }
        String t = cell.strip();
        return t.isEmpty() || t.equals("—") || t.equals("-") || t.equals("－") || t.equals("――") || t.equals("/");
    }

    /** True when the whole cell is a plain number (optionally with %). */
    public static boolean isNumber(String cell) {
        if (cell == null) {
            return false;
        }
        String t = normalise(cell);
        return NUMBER.matcher(t).matches();
    }

    /**
     * Parses a numeric cell; null for a blank cell.
     *
     * @throws NumberFormatException with a readable message when the cell is not a number
     */
    public static BigDecimal parse(String cell) {
        if (isBlank(cell)) {
            return null;
        }
        String t = normalise(cell);
        if (!NUMBER.matcher(t).matches()) {
            throw new NumberFormatException("not a number: '" + cell.strip() + "'");
        }
        return new BigDecimal(t);
    }

    /** Strips whitespace, a trailing percent sign, and thousands separators. */
    private static String normalise(String cell) {
        String t = perfaudit.model.Terms.squeeze(foldWidth(cell));
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        return t;
    }
}
