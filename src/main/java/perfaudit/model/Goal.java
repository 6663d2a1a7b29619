package perfaudit.model;

/** 年度总体目标: the 预期目标 text and the 实际完成情况 text. */
public record Goal(SourceLocation location, String expected, String actual) {
}
