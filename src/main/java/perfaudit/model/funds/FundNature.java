package perfaudit.model.funds;

/**
 * The two breakdowns of the funds by nature some templates print under the 项目资金 table (湖南
 * 部门整体支出绩效自评表): by 收入性质 (where the money came from) and by 支出性质 (what it was spent
 * on). Each details one column of the table's 年度资金总额 row: the income the 全年预算数, the
 * expenditure the 全年执行数. The spellings of totals and parts live in rules/forms.yaml.
 */
public enum FundNature {
    INCOME("income", FundColumn.ANNUAL_BUDGET),
    EXPENDITURE("expenditure", FundColumn.EXECUTED);

    private final String key;
    private final FundColumn details;

    FundNature(String key, FundColumn details) {
        this.key = key;
        this.details = details;
    }

    /** The key in forms.yaml and in the parse JSON. */
    public String key() {
        return key;
    }

    /** The column of the 年度资金总额 row this breakdown's total restates. */
    public FundColumn details() {
        return details;
    }
}
