package perfaudit.model.funds;

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
    UNIT_FUNDS("unitFunds"),
    /** 中央补助, 中央财政资金: the central government's share (transfer payments). */
    CENTRAL("central"),
    /** 省级资金, 自治区财政资金, 省、地: the province's share. */
    PROVINCIAL("provincial"),
    /** 市级资金, 盟市财政资金: the city's share. */
    CITY("city"),
    /** 县级资金, 旗县财政资金, 县市区: the county's share. */
    COUNTY("county"),
    /** 地方资金, 本级资金: the local share not split further. */
    LOCAL("local"),
    /** 政府性基金预算: funds from the government-fund budget beside the general budget (河北 exports). */
    GOVERNMENT_FUND("governmentFund");

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
