package perfaudit.bench.corpus;

import java.util.List;

/**
 * Prints generated forms the way PDF text extraction lays them out: one cell per line (or value
 * cells sharing a line, as a row's {@link GeneratedForm.Shift} varies), labels broken over lines,
 * 一级指标 one character per line.
 */
final class FlowRenderer extends TextRenderer {

    private static final int GOAL_WIDTH = 18;

    @Override
    String text(String title, List<GeneratedForm> forms) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(title).append("\n\n项目支出绩效自评清单\n\n序号 项目名称 备注\n\n");
        for (int i = 0; i < forms.size(); i++) {
            out.append(i + 1).append(' ').append(forms.get(i).listName()).append("\n\n");
        }
        for (GeneratedForm form : forms) {
            out.append("\n\n");
            form(out, form);
        }
        return out.toString();
    }

    private static void form(StringBuilder out, GeneratedForm form) {
        lines(out, "项目支出绩效自评表", "（" + form.year() + " 年度）", "项目名称 " + form.projectName(),
                "主管部门", form.department(), "实施", "单位", form.unit(), "项目资金", "（万元）",
                "年初", "预算", "数", "全年", "预算", "数", "全年执行", "数",
                "分值 执行率 得分" + (form.fundsColumn() == null ? "" : " " + form.fundsColumn().heading()));
        for (int i = 0; i < 4; i++) {
            String[] v = form.funds()[i];
            StringBuilder values = new StringBuilder();
            for (String value : v) {
                if (!value.isEmpty()) {
                    values.append(values.isEmpty() ? "" : " ").append(value);
                }
            }
            String extra = form.fundsColumn() == null ? "" : form.fundsColumn().cells().get(i);
            if (extra.isEmpty()) {
                lines(out, GeneratedForm.FUND_LABELS[i], values.toString());
            } else if (Character.isDigit(extra.charAt(0))) {
                lines(out, GeneratedForm.FUND_LABELS[i], values + " " + extra); // a figure shares the row's line
            } else {
                lines(out, GeneratedForm.FUND_LABELS[i], values.toString(), extra); // words are a cell of their own
            }
        }
        lines(out, "年", "度", "总", "体", "目", "标", "预期目标 实际完成情况");
        wrap(out, form.goalExpected());
        wrap(out, form.goalActual());
        lines(out, "绩", "效", "指", "标", "一", "级", "指", "标", "二级", "指标", "三级指标",
                "年度", "指标", "值", "实际完成", "值", "分", "值", "得分", "偏差原因分析及", "改进措施");
        String level1 = null;
        String level2 = null;
        for (GeneratedForm.Row row : form.rows()) {
            if (row.level1() != null && !row.level1().equals(level1)) {
                level1 = row.level1();
                for (char c : level1.replaceAll("\\s*\\(.*", "").toCharArray()) {
                    lines(out, String.valueOf(c));
                }
            }
            if (!row.level2().equals(level2)) {
                level2 = row.level2();
                lines(out, level2.substring(0, 2), level2.substring(2));
            }
            values(out, row);
        }
        lines(out, "总分 " + form.totalWeight() + " " + form.totalScore());
    }

    /**
     * The row's cells after its labels: the name, the target, then actual, 分值 and 得分 sharing a line;
     * a {@link GeneratedForm.Shift} lays them out as other extractions do: name and target on one line,
     * the actual on a line of its own, or every value on its own line.
     */
    private static void values(StringBuilder out, GeneratedForm.Row row) {
        List<String> numbers = new java.util.ArrayList<>();
        for (String value : new String[] {row.actual(), row.weight(), row.score()}) {
            if (value != null && !value.isEmpty()) {
                numbers.add(value);
            }
        }
        switch (row.shift()) {
            // only a target that starts like a number can share the name's line: text after text reads as one name
            case GeneratedForm.Shift.LABELS_LEFT -> {
                if (row.target().matches("[≥≤=<>\\d].*")) {
                    lines(out, row.name() + " " + row.target(), String.join(" ", numbers));
                } else {
                    lines(out, row.name(), row.target(), String.join(" ", numbers));
                }
            }
            case GeneratedForm.Shift.SPACER_DROPPED -> {
                lines(out, row.name(), row.target());
                if (row.actual() != null) {
                    lines(out, row.actual());
                    numbers.remove(0);
                }
                lines(out, String.join(" ", numbers));
            }
            case GeneratedForm.Shift.BOTH -> {
                lines(out, row.name(), row.target());
                numbers.forEach(value -> lines(out, value));
            }
            default -> lines(out, row.name(), row.target(), String.join(" ", numbers));
        }
    }

    /** Wraps the goal like a PDF cell: lines full to the column width (in em), the last one short. */
    private static void wrap(StringBuilder out, String text) {
        StringBuilder line = new StringBuilder();
        double width = 0;
        for (char c : text.toCharArray()) {
            double w = c < 0x1100 ? 0.5 : 1.0;
            if (width + w > GOAL_WIDTH) {
                lines(out, line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(c);
            width += w;
        }
        lines(out, line.toString());
    }

    /**
     * The goal text with a short last line once wrapped, so a reader can see where it ends (a PDF
     * gives no other sign); the generator writes every goal this way.
     */
    static String shortLastLine(String text) {
        double width = 0;
        for (char c : text.toCharArray()) {
            double w = c < 0x1100 ? 0.5 : 1.0;
            width = width + w > GOAL_WIDTH ? w : width + w;
        }
        return width > GOAL_WIDTH * 0.6 ? shortLastLine(text + "（详见附件）") : text;
    }

    private static void lines(StringBuilder out, String... lines) {
        for (String line : lines) {
            out.append(line).append("\n\n");
        }
    }
}
