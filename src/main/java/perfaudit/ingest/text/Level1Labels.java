package perfaudit.ingest.text;

import perfaudit.model.Terms;


/**
 * The flow layout prints each 一级指标 label one character per line, vertically centred in its
 * merged cell, so its characters turn up between (and inside) the rows of its group. This picks them
 * out: a one-character line is a label character when it continues the label being spelt, or starts
 * a new one once the last is complete.
 */
final class Level1Labels {

    private String spelling;
    private int spelt;

    /** Consumes the line if it is a label character. */
    boolean accept(String line) {
        String squeezed = Terms.squeeze(line);
        if (squeezed.length() != 1) {
            return false;
        }
        char c = squeezed.charAt(0);
        if (spelling != null && spelt < spelling.length()) {
            if (spelling.charAt(spelt) == c) {
                spelt++;
                return true;
            }
            return false;
        }
        for (String label : Terms.LEVEL1_NAMES) {
            if (label.charAt(0) == c) {
                spelling = label;
                spelt = 1;
                return true;
            }
        }
        return false;
    }
}
