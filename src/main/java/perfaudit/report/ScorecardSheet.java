package perfaudit.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.finding.Grade;
import perfaudit.finding.Scorecard;
import perfaudit.finding.Severity;
import perfaudit.report.TableWriter.Column;
import perfaudit.report.TableWriter.Kind;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 评分复核 Scorecard: one row per form, the scores it reports beside those recomputed from its own
 * figures. A reported value that differs from its recomputation is shaded; whether the difference
 * is an error (within the rounding tolerance or not) is for the rules to say in the findings.
 */
final class ScorecardSheet {

    static final String NAME = "评分复核 Scorecard";

    static final List<Column> COLUMNS = List.of(
            new Column("序号\nNo.", Kind.ID, 6, 8),
            new Column("文件\nFile", Kind.TEXT, 12, 30),
            new Column("位置\nLocation", Kind.ID, 10, 16),
            new Column("项目名称\nProject", Kind.TEXT, 16, 26),
            new Column("实施单位\nUnit", Kind.TEXT, 12, 22),
            new Column("执行率% 报告\nRate reported", Kind.DECIMAL, 9, 11),
            new Column("执行率% 复核\nRate recomputed", Kind.DECIMAL, 9, 11),
            new Column("预算分值\nBudget weight", Kind.DECIMAL, 8, 9),
            new Column("预算得分 报告\nBudget score reported", Kind.DECIMAL, 9, 11),
            new Column("预算得分 复核\nBudget score recomputed", Kind.DECIMAL, 9, 11),
            new Column("指标数\nIndicators", Kind.INTEGER, 8, 10),
            new Column("Σ指标分值\nΣ weights", Kind.DECIMAL, 8, 10),
            new Column("Σ指标得分\nΣ scores", Kind.DECIMAL, 8, 10),
            new Column("总分分值\nTotal weight", Kind.DECIMAL, 8, 9),
            new Column("总分 报告\nTotal reported", Kind.DECIMAL, 8, 10),
            new Column("总分 复核\nTotal recomputed", Kind.DECIMAL, 8, 11),
            new Column("等级 报告\nGrade reported", Kind.CODE, 8, 10),
            new Column("等级 复核\nGrade recomputed", Kind.CODE, 8, 11),
            new Column("发现\nFindings", Kind.INTEGER, 8, 9),
            new Column("其中错误\nErrors", Kind.INTEGER, 8, 9),
            new Column("说明\nNotes", Kind.TEXT, 16, 40));

    private static final int RATE = 5;
    private static final int BUDGET_SCORE = 8;
    private static final int TOTAL = 14;
    private static final int GRADE = 16;
    private static final int FINDINGS = 18;

    private ScorecardSheet() {
    }

    /** The spreadsheet row (1-based) of form number {@code form} of the index. */
    static int rowOf(int form) {
        return form + 2;
    }

    static void write(Workbook workbook, XlsxStyles styles, FormIndex forms) {
        Sheet sheet = workbook.createSheet(NAME);
        TableWriter table = new TableWriter(sheet, styles, COLUMNS);
        List<Scorecard> cards = forms.forms();
        for (int i = 0; i < cards.size(); i++) {
            table.measure(values(i, cards.get(i), forms.countsOf(i)));
        }
        table.start();
        for (int i = 0; i < cards.size(); i++) {
            Scorecard card = cards.get(i);
            Row row = table.write(values(i, card, forms.countsOf(i)));
            shadeIfDifferent(row, RATE, card.reportedRate(), card.recomputedRate(), styles);
            shadeIfDifferent(row, BUDGET_SCORE, card.reportedBudgetScore(), card.recomputedBudgetScore(), styles);
            shadeIfDifferent(row, TOTAL, card.reportedTotal(), card.recomputedTotal(), styles);
            if (card.reportedGrade() != null && card.reportedGrade() != card.recomputedGrade()) {
                row.getCell(GRADE).setCellStyle(styles.mismatchText);
                row.getCell(GRADE + 1).setCellStyle(styles.mismatchText);
            }
            int first = forms.firstFindingOf(i);
            if (first >= 0) {
                Cell cell = row.getCell(FINDINGS);
                FindingsSheet.linkTo(workbook, cell, FindingsSheet.NAME, FindingsSheet.rowOf(first),
                        (int) cell.getNumericCellValue());
                cell.setCellStyle(styles.linkNumber);
            }
        }
        table.finish();
    }

    private static List<Object> values(int index, Scorecard card, Map<Severity, Integer> counts) {
        int findings = counts.values().stream().mapToInt(Integer::intValue).sum();
        return Arrays.asList(index + 1, card.file(), FindingsSheet.location(card.location()), card.projectName(),
                FormIndex.unit(card), card.reportedRate(), card.recomputedRate(), card.budgetWeight(),
                card.reportedBudgetScore(), card.recomputedBudgetScore(), card.indicatorCount(),
                card.indicatorWeightSum(), card.indicatorScoreSum(), card.reportedTotalWeight(), card.reportedTotal(),
                card.recomputedTotal(), label(card.reportedGrade()), label(card.recomputedGrade()), findings,
                counts.getOrDefault(Severity.ERROR, 0), card.notes().isEmpty() ? null : String.join("\n", card.notes()));
    }

    /** Shades a reported value and the recomputed one beside it when both exist and differ. */
    private static void shadeIfDifferent(Row row, int column, BigDecimal reported, BigDecimal recomputed,
                                         XlsxStyles styles) {
        if (reported != null && recomputed != null && reported.compareTo(recomputed) != 0) {
            row.getCell(column).setCellStyle(styles.mismatchDecimal);
            row.getCell(column + 1).setCellStyle(styles.mismatchDecimal);
        }
    }

    private static String label(Grade grade) {
        return grade == null ? null : grade.label();
    }
}
