package perfaudit.ingest.grammar.indicators.glued;

/**
 * A 分值 / 得分 an OCR read with letters among its digits (O / o for 0, I / l for 1: "IO" = 10).
 * Read as digits only where the cell must hold a number and the run is one on its own; apart from
 * the glued-row cutter because the template-leftover test asks the same of a lone character.
 */
public final class LetteredNumerals {

    /** Letters an OCR reads for 0 and 1 (README, Inputs: OCR'd text): digits only in a 分值 / 得分 cell. */
    private static final String DIGIT_LETTERS = "OoIl";

    private LetteredNumerals() {
    }

    /**
     * A 分值 / 得分 of up to three characters, digits with an O / o / I / l among them ("IO" = 10), as a
     * whole run: no Latin letter or digit on either side (IOT, 5G are words) and not 0-led. -1 when none.
     */
    static int letteredNumeralEnd(String text, int pos) {
        int n = text.length();
        if (pos > 0 && isLatinOrDigit(text.charAt(pos - 1)) && !Character.isDigit(text.charAt(pos - 1))) {
            return -1;
        }
        int e = pos;
        while (e < n && (Character.isDigit(text.charAt(e)) || DIGIT_LETTERS.indexOf(text.charAt(e)) >= 0)) {
            e++;
        }
        if (e == pos || e - pos > 3 || e < n && isLatinOrDigit(text.charAt(e))) {
            return -1;
        }
        String run = text.substring(pos, e);
        // a lone letter (I, l) is as likely a word's as a digit's: at least two characters
        return e - pos >= 2 && isNumeral(run) && digitsOf(run).charAt(0) != '0' ? e : -1;
    }

    /** Digits with at least one of O / o / I / l among them. */
    static boolean isNumeral(String cell) {
        if (cell == null) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (DIGIT_LETTERS.indexOf(c) >= 0) {
                letter = true;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letter;
    }

    /** O / o / I / l: what an OCR reads for a 0 or 1. */
    public static boolean isDigitLetter(char c) {
        return DIGIT_LETTERS.indexOf(c) >= 0;
    }

    /** The digits an OCR meant: O / o as 0, I / l as 1. */
    static String digitsOf(String cell) {
        return cell.replace('O', '0').replace('o', '0').replace('I', '1').replace('l', '1');
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
