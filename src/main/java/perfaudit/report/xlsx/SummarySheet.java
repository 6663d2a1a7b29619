package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import perfaudit.finding.Finding;
import perfaudit.finding.Grade;
import perfaudit.finding.Scorecard;
import perfaudit.finding.Severity;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.forms.FormIndex;
import perfaudit.report.run.History;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 概览 Summary: the run (time, version, rules and their hash, inputs, forms), the counts by severity,
 * by rule id (with the bar chart) and by 实施单位, and the grades reported versus recomputed. A
 * regular (not streaming) sheet, as POI draws charts only on those; it holds a few dozen rows.
 *
 * <p>It prints at full size on A4 landscape. Every row gets a fixed height, so that where pages end is
 * known here: a table that fits on a page is not cut by a page break, and the chart, never taller than
 * a page, is kept whole on one.
 */
final class SummarySheet {

    static final String NAME = "概览 Summary";
    static final int INPUTS_LISTED = 10;
    static final String NO_GRADE = "无 none";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final int LAST_COLUMN = 5;
    private static final int GRADES_COLUMN = 3;
    static final String CHANGED_GRADES = "等级改变 Changed";
    private static final int VALUE_WIDTH = 13;
    /** Chart rows: at least this many, and one per rule beyond, so every bar keeps room for its label. */
    private static final int CHART_MIN_ROWS = 16;
    /** A row of one line: room for CJK glyphs' taller line in whatever font the reader substitutes. */
    static final float ROW_HEIGHT = XlsxStyles.LINE_HEIGHT + 2;
    /** Printed page height kept free of rows, for rounding in the spreadsheet program's own pagination. */
    private static final double PAGE_SLACK = 6;

    private final XSSFSheet sheet;
    private final XlsxStyles styles;
    private final int labelWidth;
    /** Row ranges that should not be cut by a page break, top to bottom. */
    private final List<int[]> keepTogether = new ArrayList<>();
    private int nextRow;

    private SummarySheet(XSSFSheet sheet, XlsxStyles styles, int labelWidth) {
        this.sheet = sheet;
        this.styles = styles;
        this.labelWidth = labelWidth;
    }

    private static final int FIXED_LISTED = 100;

    static void write(XSSFWorkbook workbook, XlsxStyles styles, SheetPrint print, AuditReport report, FormIndex forms) {
        Map<String, int[]> byUnit = countsByUnit(report, forms);
        List<Map.Entry<String, Integer>> byRule = new ArrayList<>(report.countByRule().entrySet());
        byRule.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int labelWidth = 26;
        for (String label : byUnit.keySet()) {
            labelWidth = Math.max(labelWidth, DisplayWidth.of(label) + 2);
        }
        labelWidth = Math.min(labelWidth, 40);

        SummarySheet summary = new SummarySheet(workbook.createSheet(NAME), styles, labelWidth);
        summary.layout(print);
        summary.run(report);
        summary.severitiesAndGrades(report, forms.forms());
        summary.rules(byRule);
        summary.units(byUnit);
        summary.fixed(report.history());
        summary.paginate();
    }

    private void layout(SheetPrint print) {
        sheet.setColumnWidth(0, labelWidth * 256);
        for (int column = 1; column <= LAST_COLUMN; column++) {
            sheet.setColumnWidth(column, VALUE_WIDTH * 256);
        }
        sheet.setColumnWidth(LAST_COLUMN + 1, 3 * 256);
        print.page(sheet);
        // some 110 width units: it fits A4 landscape at full size; pages are worked out at that size
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) 100);
        Row title = sheet.createRow(nextRow++);
        title.setHeightInPoints(24);
        cell(title, 0, "perfaudit 审计报告 Audit report", styles.title);
        nextRow++;
    }

    private void run(AuditReport report) {
        text("运行时间 Run time", TIME.format(report.runTime()));
        text("perfaudit 版本 Version", report.version());
        text("规则目录 Rules folder", report.rulesFolder());
        text("规则哈希 Rules hash", report.rulesHash());
        long unreadable = report.inputs().stream().filter(i -> i.forms() == 0).count();
        long withProblems = report.inputs().stream().filter(i -> i.forms() > 0 && i.problems() > 0).count();
        number("输入文件 Input files", report.inputs().size(),
                "正常 " + (report.inputs().size() - unreadable - withProblems) + " · 有问题 " + withProblems
                        + " · 无法读取 " + unreadable + " → " + InputsSheet.NAME, InputsSheet.NAME);
        List<InputSummary> inputs = report.inputs();
        for (InputSummary input : inputs.subList(0, Math.min(INPUTS_LISTED, inputs.size()))) {
            text("", input.file() + "（" + input.layout() + "，" + input.forms() + " 份表单，"
                    + input.statusLabel() + "）");
        }
        if (inputs.size() > INPUTS_LISTED) {
            text("", "… 另有 " + (inputs.size() - INPUTS_LISTED) + " 个文件，见 " + InputsSheet.NAME
                    + " — " + (inputs.size() - INPUTS_LISTED) + " more files");
        }
        number("审计表单 Forms audited", report.formCount(), "→ " + ScorecardSheet.NAME, ScorecardSheet.NAME);
        number("发现 Findings", report.findings().size(), "→ " + FindingsSheet.NAME, FindingsSheet.NAME);
        number("已抑制 Suppressed", report.suppressed().size(), "已抑制的发现不计入上述计数 — not counted above", null);
        History history = report.history();
        text("对比上次运行 Against previous run", history.previousRun() == null ? history.note()
                : "新增 NEW " + history.count(History.NEW) + " · 仍存在 EXISTING " + history.count(History.EXISTING)
                + " · 已修复 FIXED " + history.fixed().size() + "（上次 " + history.previousRun() + "）");
        if (history.inputsChanged() != null) {
            text("输入变化 Inputs changed", history.inputsChanged());
        }
        if (report.rulesChanged() != null) {
            text("规则变化 Rules changed", report.rulesChanged());
        }
        nextRow++;
    }

    /** The findings of the previous run that are gone, as many as fit a screenful; the rest counted. */
    private void fixed(History history) {
        if (history.fixed().isEmpty()) {
            return;
        }
        keep(nextRow, nextRow + Math.min(4, history.fixed().size()) + 1);
        section("已修复 Fixed since the previous run");
        textHeader("规则 Rule", "项目名称 Form", "字段 Field", "", "", "文件 File");
        List<History.FixedFinding> fixed = history.fixed();
        for (History.FixedFinding gone : fixed.subList(0, Math.min(FIXED_LISTED, fixed.size()))) {
            Row row = sheet.createRow(nextRow++);
            cell(row, 0, gone.ruleId(), styles.text);
            cell(row, 1, gone.form(), styles.text);
            cell(row, 2, gone.field(), styles.text);
            cell(row, 5, gone.file(), styles.text);
        }
        if (fixed.size() > FIXED_LISTED) {
            text("", "… 另有 " + (fixed.size() - FIXED_LISTED) + " 条，见 findings.json 的 fixed — "
                    + (fixed.size() - FIXED_LISTED) + " more in findings.json");
        }
        nextRow++;
    }

    /** Severities in columns A–B and, beside them in D–F, the grades: two short tables side by side. */
    private void severitiesAndGrades(AuditReport report, List<Scorecard> cards) {
        int top = nextRow;
        int blockStart = nextRow;
        section(top, 0, "按严重性 By severity");
        header(top + 1, 0, "严重性 Severity", "数量 Count");
        int row = top + 2;
        for (Map.Entry<Severity, Integer> entry : report.countBySeverity().entrySet()) {
            cell(row(row), 0, entry.getKey().name(), styles.severity(entry.getKey()));
            count(row(row++), 1, entry.getValue());
        }
        int bottom = row;

        section(top, GRADES_COLUMN, "等级 Grades");
        header(top + 1, GRADES_COLUMN, "等级 Grade", "报告 Reported", "复核 Recomputed");
        Map<String, int[]> grades = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            grades.put(grade.label(), new int[2]);
        }
        grades.put(NO_GRADE, new int[2]);
        for (Scorecard card : cards) {
            grades.get(card.reportedGrade() == null ? NO_GRADE : card.reportedGrade().label())[0]++;
            grades.get(card.recomputedGrade() == null ? NO_GRADE : card.recomputedGrade().label())[1]++;
        }
        row = top + 2;
        for (Map.Entry<String, int[]> grade : grades.entrySet()) {
            cell(row(row), GRADES_COLUMN, grade.getKey(), styles.text);
            count(row(row), GRADES_COLUMN + 1, grade.getValue()[0]);
            count(row(row++), GRADES_COLUMN + 2, grade.getValue()[1]);
        }
        long changed = cards.stream().filter(c -> c.reportedGrade() != null && c.recomputedGrade() != null && c.reportedGrade() != c.recomputedGrade()).count();
        cell(row(row), GRADES_COLUMN, CHANGED_GRADES, styles.label);
        fit(row(row), DisplayWidth.lines(CHANGED_GRADES, VALUE_WIDTH));
        count(row(row++), GRADES_COLUMN + 1, (int) changed);
        String bands = "优 ≥ 90 · 良 80–<90 · 中 60–<80 · 差 < 60";
        cell(row(row), GRADES_COLUMN, bands, styles.text);
        sheet.addMergedRegion(new CellRangeAddress(row, row, GRADES_COLUMN, LAST_COLUMN));
        fit(row(row++), DisplayWidth.lines(bands, (LAST_COLUMN - GRADES_COLUMN + 1) * VALUE_WIDTH));
        nextRow = Math.max(bottom, row) + 1;
        keep(blockStart, nextRow - 1);
    }

    private void rules(List<Map.Entry<String, Integer>> byRule) {
        keep(nextRow, nextRow + 1 + byRule.size());
        section("按规则 By rule");
        header("规则 Rule", "数量 Count");
        int first = nextRow;
        for (Map.Entry<String, Integer> entry : byRule) {
            Row row = sheet.createRow(nextRow++);
            cell(row, 0, entry.getKey(), styles.text);
            count(row, 1, entry.getValue());
        }
        if (byRule.isEmpty()) {
            cell(sheet.createRow(nextRow++), 0, "无发现 No findings", styles.text);
            nextRow++;
            return;
        }
        int last = nextRow - 1;
        // below its table and as wide as the tables, so the sheet prints one table wide
        int top = nextRow + 1;
        // the chart and the spacer row above it fit on one page
        int height = Math.min(rowsPerPage() - 1, Math.max(CHART_MIN_ROWS, byRule.size() + 4));
        SummaryChart.draw(sheet, first, last, 0, top, LAST_COLUMN + 1, height);
        keep(top - 1, top + height - 1); // from the spacer row above: LibreOffice draws the frame's top edge there
        nextRow = top + height + 1;
    }

    private void units(Map<String, int[]> byUnit) {
        keep(nextRow, nextRow + 1 + byUnit.size());
        section("按实施单位 By implementing unit");
        header("实施单位 Unit", "表单 Forms", "ERROR", "WARNING", "INFO", "合计 Total");
        for (Map.Entry<String, int[]> entry : byUnit.entrySet()) {
            Row row = sheet.createRow(nextRow++);
            cell(row, 0, entry.getKey(), styles.text);
            fit(row, DisplayWidth.lines(entry.getKey(), labelWidth));
            int[] counts = entry.getValue();
            int total = 0;
            for (int i = 0; i < counts.length; i++) {
                count(row, i + 1, counts[i]);
                total += i == 0 ? 0 : counts[i];
            }
            count(row, counts.length + 1, total);
        }
        nextRow++;
    }

    /** Per 实施单位 (code-name, sorted): forms, then findings by ERROR, WARNING, INFO. */
    private static Map<String, int[]> countsByUnit(AuditReport report, FormIndex forms) {
        Map<String, int[]> byUnit = new TreeMap<>();
        for (Scorecard card : forms.forms()) {
            byUnit.computeIfAbsent(FormIndex.unit(card), u -> new int[1 + Severity.values().length])[0]++;
        }
        int i = 0;
        for (Finding finding : report.findings()) {
            byUnit.computeIfAbsent(forms.unitOf(i++), u -> new int[1 + Severity.values().length])
                    [1 + finding.severity().ordinal()]++;
        }
        return byUnit;
    }

    private void section(String title) {
        section(nextRow++, 0, title);
    }

    private void section(int rowIndex, int column, String title) {
        Row row = row(rowIndex);
        row.setHeightInPoints(20);
        cell(row, column, title, styles.section);
    }

    private void header(String... titles) {
        header(nextRow++, 0, titles);
    }

    /** A header over a label column and number columns: the numbers' headers sit right, as the numbers do. */
    private void header(int rowIndex, int column, String... titles) {
        header(rowIndex, column, true, titles);
    }

    /** A header over text columns only. */
    private void textHeader(String... titles) {
        header(nextRow++, 0, false, titles);
    }

    private void header(int rowIndex, int column, boolean numbers, String... titles) {
        Row row = row(rowIndex);
        int lines = 1;
        for (int i = 0; i < titles.length; i++) {
            cell(row, column + i, titles[i], numbers && i > 0 ? styles.headerRight : styles.header);
            lines = Math.max(lines, DisplayWidth.lines(titles[i], column + i == 0 ? labelWidth : VALUE_WIDTH));
        }
        fit(row, lines);
    }

    /** Keeps rows {@code first..last} on one page when they fit on one. */
    private void keep(int first, int last) {
        keepTogether.add(new int[] {first, last});
    }

    /** Rows of the fixed height that fit on a printed page. */
    private static int rowsPerPage() {
        return (int) ((SheetPrint.printableHeight() - PAGE_SLACK) / ROW_HEIGHT);
    }

    /**
     * Gives every row a fixed height (the chart's rows included), sets the print area, and puts a page
     * break before each block that fits on a page but would be cut by the end of one.
     */
    private void paginate() {
        int last = Math.max(nextRow, sheet.getLastRowNum() + 1);
        for (int i = 0; i < last; i++) {
            Row row = row(i);
            if (!((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().isSetHt()) {
                row.setHeightInPoints(ROW_HEIGHT);
            }
        }
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, LAST_COLUMN, 0, last - 1);
        double page = SheetPrint.printableHeight() - PAGE_SLACK;
        for (int[] block : keepTogether) {
            int first = block[0];
            int end = Math.min(block[1], last - 1);
            double height = 0;
            for (int i = first; i <= end; i++) {
                height += row(i).getHeightInPoints();
            }
            if (first > 0 && height <= page && offsetOnPage(first, page) + height > page) {
                sheet.setRowBreak(first - 1);
            }
        }
    }

    /** Where row {@code index} starts on its printed page, rows never being split, breaks as set so far. */
    private double offsetOnPage(int index, double page) {
        double y = 0;
        for (int i = 0; i < index; i++) {
            double height = row(i).getHeightInPoints();
            if (y + height > page) {
                y = 0;
            }
            y += height;
            if (sheet.isRowBroken(i)) {
                y = 0;
            }
        }
        return y;
    }

    /** The row at an index, created when new: side-by-side tables share rows. */
    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** A label with a text value spread over the value columns, grown to show all of it. */
    private void text(String label, String value) {
        Row row = sheet.createRow(nextRow++);
        labelCell(row, label);
        cell(row, 1, value == null ? "" : value, styles.text);
        mergeAndFit(row, 1, value == null ? "" : value);
    }

    /** A label, a number, and a note (linked to a sheet when {@code linkTo} is set) over the other columns. */
    private void number(String label, int value, String note, String linkTo) {
        Row row = sheet.createRow(nextRow++);
        labelCell(row, label);
        count(row, 1, value);
        Cell cell = cell(row, 2, note, linkTo == null ? styles.text : styles.link);
        if (linkTo != null) {
            Hyperlink link = FindingsSheet.link(sheet.getWorkbook(), linkTo, 1);
            cell.setHyperlink(link);
        }
        mergeAndFit(row, 2, note);
    }

    private void labelCell(Row row, String label) {
        cell(row, 0, label, styles.label);
        fit(row, DisplayWidth.lines(label, labelWidth));
    }

    private void mergeAndFit(Row row, int firstColumn, String value) {
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstColumn, LAST_COLUMN));
        fit(row, DisplayWidth.lines(value, (LAST_COLUMN - firstColumn + 1) * VALUE_WIDTH));
    }

    /** Rows with merged cells are not grown by spreadsheet programs: set the height for the text. */
    private static void fit(Row row, int lines) {
        float height = lines * XlsxStyles.LINE_HEIGHT + 2;
        if (lines > 1 && height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    private void count(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer);
    }

    private static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }
}
