package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;

import java.math.BigDecimal;

/**
 * A group of indicators with its own points above the 一级指标 (湖北 年度绩效目标1 (40分)): the points it
 * states, the Σ of its rows' 得分, and whether anything explains a shortfall. On templates that print no
 * 分值 per row, this is the only place a deduction shows.
 */
public final class BlockFact {

    private final String formId;
    private final String formName;
    private final String block;
    private final BigDecimal statedPoints;
    private final BigDecimal scoreSum;
    private final int rows;
    private final int rowsFlagged;
    private final boolean explained;
    private final SourceLocation location;
    private final boolean scoresUnread;

    public BlockFact(String formId, String formName, String block, BigDecimal statedPoints, BigDecimal scoreSum,
                     int rows, int rowsFlagged, boolean explained, SourceLocation location) {
        this(formId, formName, block, statedPoints, scoreSum, rows, rowsFlagged, explained, location, false);
    }

    /** {@code scoresUnread}: a row's 得分 was filled in but could not be read, so {@code scoreSum} lacks it. */
    public BlockFact(String formId, String formName, String block, BigDecimal statedPoints, BigDecimal scoreSum,
                     int rows, int rowsFlagged, boolean explained, SourceLocation location, boolean scoresUnread) {
        this.scoresUnread = scoresUnread;
        this.formId = formId;
        this.formName = formName;
        this.block = block;
        this.statedPoints = statedPoints;
        this.scoreSum = scoreSum;
        this.rows = rows;
        this.rowsFlagged = rowsFlagged;
        this.explained = explained;
        this.location = location;
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    public String getBlock() { return block; }
    public BigDecimal getStatedPoints() { return statedPoints; }
    /** Σ 得分 of the block's rows (child rows left out); null when none has one. */
    public BigDecimal getScoreSum() { return scoreSum; }
    public int getRows() { return rows; }
    /** Rows of the block that already show a missed target or deducted points (their own findings). */
    public int getRowsFlagged() { return rowsFlagged; }
    /** A 偏差原因 is given: on one of its rows, or the form-wide one. */
    public boolean isExplained() { return explained; }
    public SourceLocation getLocation() { return location; }
    /** A row's 得分 was filled in but could not be read (reported): {@link #getScoreSum} lacks it. */
    public boolean isScoresUnread() { return scoresUnread; }
}
