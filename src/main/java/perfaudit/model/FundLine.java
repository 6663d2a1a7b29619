package perfaudit.model;

/** The four rows of the 项目资金 table, with the JSON key each is written under. */
public enum FundLine {
    TOTAL("total"),
    CURRENT_YEAR("currentYear"),
    CARRY_OVER("carryOver"),
    OTHER("other");

    private final String key;

    FundLine(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
