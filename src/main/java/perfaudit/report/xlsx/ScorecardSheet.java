package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.finding.Grade;
import perfaudit.finding.Scorecard;
import perfaudit.finding.Severity;
import perfaudit.report.forms.FormIndex;
import perfaudit.report.xlsx.TableWriter.Column;
import perfaudit.report.xlsx.TableWriter.Kind;

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

    /*
     * What an auditor checks on paper prints (the first PRINT_COLUMNS): each score as reported beside its
     * recomputation (rep. reported, recomp. recomputed), the grades, the findings and the notes, in some 136 width units (one page wide at
     * 9 pt, SheetPrint). The weights and counts behind them, the file, location and 实施单位 stay on screen
     * after them. Number columns are as narrow as their values; their headers wrap instead.
     */
    static final List<Column> COLUMNS = List.of(
            new Column("序号\nNo.", Kind.ID, 6, 6),
            new Column("项目名称\nProject", Kind.TEXT, 14, 20),
            new Column("执行率% 报告\nRate rep.", Kind.DECIMAL, 8, 8),
            new Column("执行率% 复核\nRate recomp.", Kind.DECIMAL, 8, 8),
            new Column("预算得分 报告\nBudget rep.", Kind.DECIMAL, 8, 8),
            new Column("预算得分 复核\nBudget recomp.", Kind.DECIMAL, 8, 8),
            new Column("Σ指标分值\nΣ weights", Kind.DECIMAL, 8, 8),
            new Column("Σ指标得分\nΣ scores", Kind.DECIMAL, 8, 8),
            new Column("总分 报告\nTotal rep.", Kind.DECIMAL, 8, 8),
            new Column("总分 复核\nTotal recomp.", Kind.DECIMAL, 8, 8),
            new Column("等级 报告\nGrade rep.", Kind.CODE, 8, 8),
            new Column("等级 复核\nGrade recomp.", Kind.CODE, 8, 8),
            new Column("发现\nFindings", Kind.INTEGER, 8, 8),
            new Column("说明\nNotes", Kind.TEXT, 14, 22),
            new Column("预算分值\nBudget weight", Kind.DECIMAL, 8, 9),
            new Column("指标数\nIndicators", Kind.INTEGER, 8, 10),
            new Column("总分分值\nTotal weight", Kind.DECIMAL, 8, 9),
            new Column("其中错误\nErrors", Kind.INTEGER, 8, 9),
            new Column("文件\nFile", Kind.TEXT, 12, 30),
            new Column("位置\nLocation", Kind.ID, 10, 16),
            new Column("实施单位\nUnit", Kind.TEXT, 12, 22));
    static final int PRINT_COLUMNS = 14;

    private static final int RATE = 2;
    private static final int BUDGET_SCORE = 4;
    private static final int TOTAL = 8;
    private static final int GRADE = 10;
    private static final int FINDINGS = 12;

    private ScorecardSheet() {
    }

    /** The spreadsheet row (1-based) of form number {@code form} of the index. */
    static int rowOf(int form) {
        return form + 2;
    }

    /**
     * Writes the sheet's rows into {@code sheet}, a sheet of {@code workbook}; the returned table is
     * {@link TableWriter#finish finished} by the caller (which touches the workbook as a whole).
     */
    static TableWriter rows(Workbook workbook, Sheet sheet, XlsxStyles styles, FormIndex forms) {
        TableWriter table = new TableWriter(sheet, styles, COLUMNS);
        List<Scorecard> cards = forms.forms();
        table.writeRows(cards, i -> TableWriter.measures(i, cards.size()), (i, card) -> values(i, card, forms.countsOf(i)),
                (row, i, card) -> touch(workbook, row, i, card, styles, forms));
        return table;
    }

    /** Shades the reported values that differ from their recomputation; links the findings count to the form's first. */
    private static void touch(Workbook workbook, Row row, int i, Scorecard card, XlsxStyles styles, FormIndex forms) {
        shadeIfDifferent(row, RATE, card.reportedRate(), card.recomputedRate(), styles);
        shadeIfDifferent(row, BUDGET_SCORE, card.reportedBudgetScore(), card.recomputedBudgetScore(), styles);
        shadeIfDifferent(row, TOTAL, card.reportedTotal(), card.recomputedTotal(), styles);
        if (card.reportedGrade() != null && card.recomputedGrade() != null && card.reportedGrade() != card.recomputedGrade()) {
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

    private static List<Object> values(int index, Scorecard card, Map<Severity, Integer> counts) {
        int findings = counts.values().stream().mapToInt(Integer::intValue).sum();
        return Arrays.asList(index + 1, card.projectName(), card.reportedRate(), card.recomputedRate(),
                card.reportedBudgetScore(), card.recomputedBudgetScore(), card.indicatorWeightSum(),
                card.indicatorScoreSum(), card.reportedTotal(), card.recomputedTotal(), label(card.reportedGrade()),
                label(card.recomputedGrade()), findings, card.notes().isEmpty() ? null : String.join("\n", card.notes()),
                card.budgetWeight(), card.indicatorCount(), card.reportedTotalWeight(),
                counts.getOrDefault(Severity.ERROR, 0), card.file(), FindingsSheet.location(card.location()),
                FormIndex.unit(card));
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
