package perfaudit.engine;

import java.math.BigDecimal;

/** A number auditors set in rules/settings.drl.xlsx, joined on by rules: {@code Threshold(key == "lowExecutionRate")}. */
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
