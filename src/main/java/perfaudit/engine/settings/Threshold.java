package perfaudit.engine.settings;

import java.math.BigDecimal;

/** A number auditors set in rules/settings.drl.xlsx (table Thresholds); the decision table inserts one per row. */
public final class Threshold {

    private final String key;
    private final BigDecimal value;

    public Threshold(String key, BigDecimal value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public BigDecimal getValue() {
        return value;
    }

    @Override
    public String toString() {
        return key + "=" + value.toPlainString();
    }
}
