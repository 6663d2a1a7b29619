package perfaudit.model;

/**
 * 年度总体目标: the 预期目标 text and the 实际完成情况 text. {@code adjusted} is the goal as adjusted
 * during the year where the template prints one (部门整体 全年(调整)绩效目标), else null.
 */
public record Goal(SourceLocation location, String expected, String actual, String adjusted) {

    public Goal(SourceLocation location, String expected, String actual) {
        this(location, expected, actual, null);
    }
}
