package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;

import java.math.BigDecimal;

/** The rows under one 一级指标 of a form: the points its header states and the Σ of their 分值. */
public final class CategoryFact {

    private final String formId;
    private final String formName;
    private final String level1;
    private final BigDecimal statedPoints;
    private final BigDecimal weightSum;
    private final int rows;
    private final SourceLocation location;
    private final boolean weightsUnread;

    public CategoryFact(String formId, String formName, String level1, BigDecimal statedPoints, BigDecimal weightSum,
                        int rows, SourceLocation location) {
        this(formId, formName, level1, statedPoints, weightSum, rows, location, false);
    }

    /** {@code weightsUnread}: a row's 分值 was filled in but could not be read, so {@code weightSum} lacks it. */
    public CategoryFact(String formId, String formName, String level1, BigDecimal statedPoints, BigDecimal weightSum,
                        int rows, SourceLocation location, boolean weightsUnread) {
        this.weightsUnread = weightsUnread;
        this.formId = formId;
        this.formName = formName;
        this.level1 = level1;
        this.statedPoints = statedPoints;
        this.weightSum = weightSum;
        this.rows = rows;
        this.location = location;
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    public String getLevel1() { return level1; }
    public BigDecimal getStatedPoints() { return statedPoints; }
    public BigDecimal getWeightSum() { return weightSum; }
    public int getRows() { return rows; }
    public SourceLocation getLocation() { return location; }
    /** A row's 分值 was filled in but could not be read (reported): the sum lacks it. */
    public boolean isWeightsUnread() { return weightsUnread; }
}
