package perfaudit.model;

/**
 * The rows of the 项目资金 table, with the JSON key each is written under. The spellings that name
 * each row in the templates live in the forms vocabulary (rules/forms.yaml); every row but TOTAL is
 * a part of the total.
 */
public enum FundLine {
    TOTAL("total"),
    CURRENT_YEAR("currentYear"),
    CARRY_OVER("carryOver"),
    OTHER("other"),
    /** 财政专户管理资金 (四川). */
    SPECIAL_ACCOUNT("specialAccount"),
    /** 单位资金 (四川). */
    UNIT_FUNDS("unitFunds");

    private final String key;

    FundLine(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isPart() {
        return this != TOTAL;
    }
}
