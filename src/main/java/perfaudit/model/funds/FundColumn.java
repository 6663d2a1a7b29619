package perfaudit.model.funds;

/** The six columns of the 项目资金 table, in the order the form prints them. */
public enum FundColumn {
    INITIAL_BUDGET("initialBudget"),
    ANNUAL_BUDGET("annualBudget"),
    EXECUTED("executed"),
    WEIGHT("weight"),
    EXECUTION_RATE("executionRate"),
    SCORE("score");

    private final String key;

    FundColumn(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
