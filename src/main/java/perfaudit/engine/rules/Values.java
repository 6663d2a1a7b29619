package perfaudit.engine.rules;

import java.math.BigDecimal;

/** How expected and found values are written in findings: plain numbers, text as is, empty as "（空）". */
public final class Values {

    public static final String EMPTY = "（空）";

    private Values() {
    }

    public static String show(Object value) {
        if (value == null) {
            return EMPTY;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}
