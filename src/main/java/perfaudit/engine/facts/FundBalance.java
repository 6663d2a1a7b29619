package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundColumn;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/** One column of the 项目资金 table: the 年度资金总额 value beside the sum of its three sub-rows. */
public final class FundBalance {

    private final String formId;
    private final String formName;
    private final FundColumn column;
    private final BigDecimal total;
    private final BigDecimal partsSum;
    private final List<BigDecimal> parts;
    private final SourceLocation location;
    private final boolean partsUnread;

    public FundBalance(String formId, String formName, FundColumn column, BigDecimal total, BigDecimal partsSum,
                       List<BigDecimal> parts, SourceLocation location) {
        this(formId, formName, column, total, partsSum, parts, location, false);
    }

    /** {@code partsUnread}: a sub-row's cell in this column was filled in but could not be read, so the sum lacks it. */
    public FundBalance(String formId, String formName, FundColumn column, BigDecimal total, BigDecimal partsSum,
                       List<BigDecimal> parts, SourceLocation location, boolean partsUnread) {
        this.partsUnread = partsUnread;
        this.formId = formId;
        this.formName = formName;
        this.column = column;
        this.total = total;
        this.partsSum = partsSum;
        this.parts = List.copyOf(parts);
        this.location = location;
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    public FundColumn getColumn() { return column; }
    public String getColumnName() { return Terms.FUND_COLUMN_NAMES.get(column); }
    public BigDecimal getTotal() { return total; }
    /** Σ of the sub-rows that have a value in this column; null when none has. */
    public BigDecimal getPartsSum() { return partsSum; }
    /** The addition written out, e.g. {@code 90 + 0 + 0}; built when a message asks for it. */
    public String getParts() {
        StringJoiner written = new StringJoiner(" + ");
        parts.forEach(part -> written.add(part.toPlainString()));
        return written.toString();
    }
    public SourceLocation getLocation() { return location; }
    /** A sub-row's figure in this column was filled in but could not be read (reported): {@link #getPartsSum} lacks it. */
    public boolean isPartsUnread() { return partsUnread; }
}
