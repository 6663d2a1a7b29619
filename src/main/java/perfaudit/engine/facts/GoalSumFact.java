package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;

import java.math.BigDecimal;

/**
 * A goal text that states an amount and then lists its parts (本项目共申请预算资金90万元。其中:30万元用于…;
 * 30万元用于…): the stated amount beside the Σ of the parts, both in 万元. One per goal text that lists
 * two parts or more.
 */
public final class GoalSumFact {

    private final String formId;
    private final String formName;
    private final String text;
    private final BigDecimal stated;
    private final BigDecimal partsSum;
    private final String parts;
    private final SourceLocation location;

    public GoalSumFact(String formId, String formName, String text, BigDecimal stated, BigDecimal partsSum, String parts,
                       SourceLocation location) {
        this.formId = formId;
        this.formName = formName;
        this.text = text;
        this.stated = stated;
        this.partsSum = partsSum;
        this.parts = parts;
        this.location = location;
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    /** Which text: 预期目标 or 实际完成情况. */
    public String getText() { return text; }
    /** The amount the text states, in 万元. */
    public BigDecimal getStated() { return stated; }
    /** Σ of the amounts listed after 其中, in 万元. */
    public BigDecimal getPartsSum() { return partsSum; }
    /** The parts as printed, joined by " + " (30万元 + 30万元 + 29.99万元). */
    public String getParts() { return parts; }
    public SourceLocation getLocation() { return location; }
}
