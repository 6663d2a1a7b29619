package perfaudit.ingest.office;

/**
 * The text a Word 97 document shows where it holds fields: each field is {@code 0x13 code 0x14 result 0x15} (or
 * {@code 0x13 code 0x15} with no result), nested fields inside codes or results. The code (FORMTEXT, =SUM(ABOVE),
 * PAGE) is never shown, the result is. POI's {@code Range.stripFields} pairs the first field's start with the text's
 * last end, so of two fields in one cell ("2023年{FORMTEXT 10}月{FORMTEXT 25}日", a legacy form's date) the second
 * kept its code: "2023年10月 FORMTEXT 25日", read as the month's end.
 */
final class FieldText {

    private static final char BEGIN = '\u0013';
    private static final char SEPARATE = '\u0014';
    private static final char END = '\u0015';
    /** Fields nested deeper than this are not told apart (their text is kept or dropped with the deepest told). */
    private static final int MAX_DEPTH = 64;

    private FieldText() {
    }

    /** {@code text} without its fields' codes and marks, their results kept; an unmatched mark is dropped alone. */
    static String visible(String text) {
        if (text.indexOf(BEGIN) < 0 && text.indexOf(SEPARATE) < 0 && text.indexOf(END) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean[] inCode = new boolean[MAX_DEPTH + 1];
        int depth = 0;
        int hidden = 0; // how many open fields are still in their code
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BEGIN) {
                depth++;
                if (depth <= MAX_DEPTH) {
                    inCode[depth] = true;
                    hidden++;
                }
            } else if (c == SEPARATE) {
                if (depth > 0 && depth <= MAX_DEPTH && inCode[depth]) {
                    inCode[depth] = false;
                    hidden--;
                }
            } else if (c == END) {
                if (depth > 0) {
                    if (depth <= MAX_DEPTH && inCode[depth]) {
                        hidden--;
                    }
                    depth--;
                }
            } else if (hidden == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
