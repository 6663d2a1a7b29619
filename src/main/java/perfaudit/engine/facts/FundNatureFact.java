package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundBreakdown;
import perfaudit.model.funds.FundNature;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One breakdown of the funds by nature (按收入性质分, 按支出性质分) beside what it must agree with: the
 * sum of its parts, and the 年度资金总额 column it details (收入性质 the 全年预算数, 支出性质 the
 * 全年执行数). Computes; the rules judge.
 */
public final class FundNatureFact {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String formId;
    private final String formName;
    private final FundBreakdown breakdown;
    private final BigDecimal partsSum;
    private final List<BigDecimal> parts;
    private final BigDecimal tableTotal;
    private final SourceLocation tableLocation;
    private final BigDecimal rateOnTotal;

    /** {@code total} is the form's 年度资金总额 row, or null when the form has none. */
    public FundNatureFact(String formId, String formName, FundBreakdown breakdown, Funds total) {
        this.formId = formId;
        this.formName = formName;
        this.breakdown = breakdown;
        this.parts = breakdown.parts().stream().map(FundBreakdown.Part::amount).filter(Objects::nonNull).toList();
        this.partsSum = parts.stream().reduce(BigDecimal::add).orElse(null);
        this.tableTotal = total == null ? null : total.get(breakdown.nature().details());
        this.tableLocation = total == null ? null : total.location();
        BigDecimal budget = total == null ? null : total.annualBudget();
        // what the 执行率 is on the expenditure the breakdown states: the rate the form would print on it
        this.rateOnTotal = breakdown.nature() == FundNature.EXPENDITURE && breakdown.total() != null && budget != null
                && budget.signum() != 0 ? breakdown.total().multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP) : null;
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    /** Where the breakdown's total is printed. */
    public SourceLocation getLocation() { return breakdown.location(); }
    /** income or expenditure. */
    public String getNature() { return breakdown.nature().key(); }
    /** 按收入性质分 or 按支出性质分. */
    public String getNatureName() { return Terms.FUND_NATURE_NAMES.get(breakdown.nature()); }
    public BigDecimal getTotal() { return breakdown.total(); }
    /** Σ of the parts printed with an amount; null when none is. */
    public BigDecimal getPartsSum() { return partsSum; }
    /** The addition written out, e.g. {@code 900.47 + 1025.20}. */
    public String getParts() {
        StringJoiner written = new StringJoiner(" + ");
        parts.forEach(part -> written.add(part.toPlainString()));
        return written.toString();
    }
    /** The parts printed, with an amount or empty. */
    public int getPartCount() { return breakdown.parts().size(); }
    /** 全年预算数 or 全年执行数: the column of 年度资金总额 this breakdown details. */
    public String getTableColumnName() { return Terms.FUND_COLUMN_NAMES.get(breakdown.nature().details()); }
    /** 年度资金总额 in that column; null when the form prints no total row or leaves the cell empty. */
    public BigDecimal getTableTotal() { return tableTotal; }
    /** Where the 年度资金总额 row is. */
    public SourceLocation getTableLocation() { return tableLocation; }
    /** For the expenditure breakdown: its total ÷ 全年预算数 × 100, two decimals; else null. */
    public BigDecimal getRateOnTotal() { return rateOnTotal; }
}
