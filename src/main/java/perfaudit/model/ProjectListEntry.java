package perfaudit.model;

/** One line of the 项目支出绩效自评清单: 序号, 项目名称, 备注. */
public record ProjectListEntry(SourceLocation location, Integer seq, String name, String note) {
}
