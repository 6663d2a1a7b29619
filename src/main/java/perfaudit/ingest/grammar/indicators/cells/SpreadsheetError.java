package perfaudit.ingest.grammar.indicators.cells;

import java.util.regex.Pattern;

/**
 * A cell printing a spreadsheet's formula error (#NAME?, #REF!, #VALUE!, #DIV/0!, #N/A, #NUM!, #NULL!): the value it
 * stood for is lost. A unit that types a target as "=45座" gets #NAME? from Excel or Calc, and the printed form (a
 * PDF of the sheet, the workbook itself) shows only that. It is no target or actual to score against: left unread and
 * reported, never read as the words "#NAME?".
 */
public final class SpreadsheetError {

    private static final Pattern ERROR = Pattern.compile("#(?:NAME\\?|REF!|VALUE!|DIV/0!|N/A|NUM!|NULL!|SPILL!|CALC!)");
    /** LibreOffice's error codes (Err:502) and the hashes a number too wide for its column shows (#####). */
    private static final Pattern OTHER = Pattern.compile("Err:\\d{3}|#{3,}");

    private SpreadsheetError() {
    }

    /** The error code the cell shows, or null where it shows anything else. */
    public static String of(String text) {
        return text != null && startsWithHash(text) && ERROR.matcher(text.strip()).matches() ? text.strip() : null;
    }

    /**
     * Whether the text is any error display a spreadsheet shows where its figure is lost: one of {@link #of}'s codes,
     * LibreOffice's Err:502, or the ##### of a column too narrow for its number. No figure, and no text either.
     */
    public static boolean shows(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String stripped = text.strip();
        return (stripped.charAt(0) == '#' || stripped.startsWith("Err:")) && (of(text) != null || OTHER.matcher(stripped).matches());
    }

    /** Whether the text's first character but white space is '#', as every error code's: asked of every cell. */
    private static boolean startsWithHash(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '#';
            }
        }
        return false;
    }
}
