package perfaudit.bench.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints generated forms in the tabbed layout of the published exports (ten columns, a spacer after
 * 三级指标); a row's {@link GeneratedForm.Shift} drops cells as exports of merged cells do.
 */
final class TabbedRenderer extends TextRenderer {

    private static final int COLUMNS = 10;

    @Override
    String text(String title, List<GeneratedForm> forms) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(title).append(" 项目支出绩效自评清单\n\n序号\t项目名称\t备注\n");
        for (int i = 0; i < forms.size(); i++) {
            out.append(i + 1).append('\t').append(forms.get(i).listName()).append("\t\n");
        }
        for (GeneratedForm form : forms) {
            form(out, form);
        }
        return out.toString();
    }

    private static void form(StringBuilder out, GeneratedForm form) {
        out.append("\n附件：\n\n项目支出绩效自评表\n(").append(form.year()).append("年度)\n\n");
        line(out, "项目名称", "", form.projectName(), "", "", "", "", "", "", "");
        line(out, "主管部门", "", form.department(), "", "", "实施单位", form.unit(), "", "", "");
        GeneratedForm.FundsColumn extra = form.fundsColumn();
        // the funds table's last, empty column holds a template's extra column (原因, 结余) where it prints one
        line(out, "项目资金 (万元)", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                extra == null ? "" : extra.heading());
        for (int i = 0; i < 4; i++) {
            String[] v = form.funds()[i];
            line(out, "", "", GeneratedForm.FUND_LABELS[i], v[0], v[1], v[2], v[3], v[4], v[5],
                    extra == null ? "" : extra.cells().get(i));
        }
        line(out, "年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "", "");
        line(out, "", form.goalExpected(), "", "", "", form.goalActual(), "", "", "", "");
        line(out, "绩效指标", "一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        String level2 = null;
        for (GeneratedForm.Row row : form.rows()) {
            String shownLevel2 = row.level2().equals(level2) ? "" : row.level2();
            level2 = row.level2();
            List<String> cells = new ArrayList<>(List.of("", blank(row.level1()), shownLevel2, row.name(), "",
                    row.target(), blank(row.actual()), blank(row.weight()), blank(row.score()), ""));
            if (row.shift() == GeneratedForm.Shift.SPACER_DROPPED || row.shift() == GeneratedForm.Shift.BOTH) {
                cells.remove(4); // the spacer after 三级指标
            }
            if (row.shift() == GeneratedForm.Shift.LABELS_LEFT || row.shift() == GeneratedForm.Shift.BOTH) {
                cells.remove(0); // the merged 绩效指标 cell
            }
            while (cells.size() < COLUMNS) {
                cells.add(""); // the row keeps the table's width: its cells stand left of their columns
            }
            line(out, cells.toArray(String[]::new));
        }
        line(out, "总分", "", "", "", "", "", form.totalWeight(), form.totalScore(), "", "");
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder out, String... cells) {
        out.append(String.join("\t", cells)).append('\n');
    }
}
