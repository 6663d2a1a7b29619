package perfaudit.tools;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the initial rules/settings.drl.xlsx (run once: {@code mvn -q exec:java} is not needed —
 * run this class from the test classpath). Auditors then edit the workbook itself; this class only
 * documents how it was made and can re-create it.
 */
public final class SettingsTableMaker {

    record Row3(String description, String key, String value) {
    }

    static final List<Row3> THRESHOLDS = List.of(
            new Row3("比较容差：金额（万元）、得分、百分点的舍入误差 — rounding tolerance for every comparison", "tolerance", "0.01"),
            new Row3("执行率低于此值（%）报 BUDGET-LOW-EXEC — low execution rate, %", "lowExecutionRate", "90"),
            new Row3("执行率低于此值（%）而指标全部满分报 BUDGET-FULL-MARKS-LOW-EXEC — full marks despite low execution, %", "fullMarksLowExecutionRate", "90"),
            new Row3("全年预算数与年初预算数相差超过此百分比报 BUDGET-ADJUSTED — mid-year budget adjustment, %", "budgetAdjustmentPercent", "10"),
            new Row3("目标文字中的金额与全年预算数允许相差（万元）— goal amount vs annual budget, 万元", "goalAmountTolerance", "0.01"),
            new Row3("总分分值应为（ARITH-TOTAL-WEIGHT）— the 总分 weight every form must total", "standardTotalWeight", "100"),
            new Row3("定性指标“达成”得分下限（分值的 %）— qualitative MET band lower bound, % of weight", "qualitativeMetMinPercent", "80"),
            new Row3("定性指标“部分达成”得分下限（分值的 %）— PARTIAL band lower bound", "qualitativePartialMinPercent", "60"),
            new Row3("定性指标“部分达成”得分上限（分值的 %）— PARTIAL band upper bound", "qualitativePartialMaxPercent", "80"),
            new Row3("定性指标“未达成”得分上限（分值的 %）— NOT MET band upper bound", "qualitativeNotMetMaxPercent", "60"),
            new Row3("比率、满意度等百分比的上限（%）— the largest possible rate or satisfaction, %", "maxPercent", "100"),
            new Row3("总分不低于此值为“优” — lowest 总分 graded 优 (excellent)", "gradeExcellentMin", "90"),
            new Row3("总分不低于此值为“良” — lowest 总分 graded 良 (good)", "gradeGoodMin", "80"),
            new Row3("总分不低于此值为“中”，低于为“差” — lowest 总分 graded 中 (fair); below it 差", "gradeFairMin", "60"));

    static final List<Row3> SEVERITIES = List.of(
            new Row3("执行率计算错误 — execution rate arithmetic", "ARITH-RATE", "ERROR"),
            new Row3("预算执行得分计算错误 — budget-execution score", "ARITH-BUDGET-SCORE", "ERROR"),
            new Row3("指标得分超出 0 至分值 — indicator score out of range", "ARITH-SCORE-RANGE", "ERROR"),
            new Row3("指标得分与目标、实际值不符 — indicator score vs target and actual", "ARITH-INDICATOR-SCORE", "WARNING"),
            new Row3("总分得分与各项得分之和不符 — total score", "ARITH-TOTAL-SCORE", "ERROR"),
            new Row3("总分分值不符 — total weight", "ARITH-TOTAL-WEIGHT", "ERROR"),
            new Row3("一级指标分值之和与标注分值不符 — category weight", "ARITH-CATEGORY-WEIGHT", "ERROR"),
            new Row3("年度资金总额与分项之和不符 — funds total", "TOTAL-FUNDS", "ERROR"),
            new Row3("实际完成值为空 — missing actual", "MISS-ACTUAL", "ERROR"),
            new Row3("指标分值为空 — missing weight", "MISS-WEIGHT", "ERROR"),
            new Row3("指标得分为空 — missing score", "MISS-SCORE", "ERROR"),
            new Row3("表头信息缺失 — missing header field", "MISS-HEADER", "ERROR"),
            new Row3("扣分或未达标而无偏差原因分析 — missing deviation analysis", "MISS-DEVIATION", "WARNING"),
            new Row3("无实际完成值却给满分 — full marks without evidence", "SCORE-NO-EVIDENCE", "WARNING"),
            new Row3("实际完成情况为空或照抄预期目标 — goal restated", "GOAL-RESTATED", "WARNING"),
            new Row3("有预算而零执行 — budget with zero execution", "BUDGET-ZERO-EXEC", "WARNING"),
            new Row3("执行率偏低 — low execution", "BUDGET-LOW-EXEC", "WARNING"),
            new Row3("超预算执行 — overspend", "BUDGET-OVERSPEND", "ERROR"),
            new Row3("年中预算调整幅度大 — budget adjusted", "BUDGET-ADJUSTED", "INFO"),
            new Row3("执行率偏低而指标全部满分 — full marks, low execution", "BUDGET-FULL-MARKS-LOW-EXEC", "WARNING"),
            new Row3("成本指标金额之和超过全年预算数 — cost targets above budget", "BUDGET-COST-TARGET", "WARNING"),
            new Row3("目标文字中的金额与全年预算数不符 — goal amount vs budget", "BUDGET-GOAL-AMOUNT", "WARNING"),
            new Row3("日期不在本年度 — date in another year", "DATE-WRONG-YEAR", "WARNING"),
            new Row3("数值超出可能范围 — impossible value", "VALUE-RANGE", "WARNING"),
            new Row3("清单与自评表不一致 — list vs forms", "LIST-MISMATCH", "WARNING"),
            new Row3("同一单位同一年度重复项目 — duplicate project", "DUPLICATE-PROJECT", "WARNING"),
            new Row3("输入无法按预期读取 — input could not be read", "PARSE-PROBLEM", "ERROR"),
            new Row3("规则在某表单上执行失败 — a rule failed on a form", "RULE-FAILED", "ERROR"),
            new Row3("豁免已到期 — a suppression expired", "SUPPRESSION-EXPIRED", "WARNING"));

    /** The judgements Java applies while building facts (perfaudit.engine.facts.Judgements reads them). */
    static final List<Row3> WORDS = List.of(
            new Row3("实际完成值含其一即为“未达成”（最先判断）— a text actual holding one of these is NOT MET (checked first)",
                    "qualitativeNotMetWords", "未达成、未完成、未达到"),
            new Row3("实际完成值含其一即为“部分达成”（先于“达成”判断）— PARTLY MET (checked before MET)",
                    "qualitativePartialWords", "部分、基本达成、基本完成"),
            new Row3("实际完成值含其一即为“达成” — MET", "qualitativeMetWords", "达成、达到、完成、达标"),
            new Row3("指标名称含其一即不能超过 100%（满意度）— names of indicators capped at 100 % (satisfaction)",
                    "cappedNameWords", "满意"),
            new Row3("这些二级指标下的指标不能超过 100% — 二级指标 whose indicators are capped at 100 %",
                    "cappedLevel2Names", "服务对象满意度指标"),
            new Row3("名称含其一的比率不能超过 100% … — rate names, capped at 100 % …", "rateNameWords", "率"),
            new Row3("… 除非名称还含其一（增长率等可以超过 100%）— … unless the name also holds one of these",
                    "rateNameExceptions", "增长、降、幅"),
            new Row3("预期目标中紧跟金额的词（该金额应等于全年预算数，BUDGET-GOAL-AMOUNT）— words announcing an amount in the goal",
                    "goalAmountWords", "总额、总金额、总投资、项目资金、预算资金、资金总额"));

    private SettingsTableMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "rules/settings.drl.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.createSheet("设置 Settings");
            CellStyle bold = bold(workbook);
            CellStyle editable = editable(workbook);
            cells(sheet.createRow(0), bold, "RuleSet", "rules");
            cells(sheet.createRow(1), null, "Import",
                    "perfaudit.engine.settings.Threshold, perfaudit.engine.settings.SeverityOverride,"
                            + " perfaudit.engine.settings.WordList, java.math.BigDecimal");
            // read once per rule base into perfaudit.engine.settings.Settings, not fired in every audit session
            cells(sheet.createRow(2), null, "RULEFLOW-GROUP", "settings");
            int next = table(sheet, 4, "Thresholds", "String key = \"$param\";",
                    "insert(new Threshold(key, new BigDecimal(\"$param\")));",
                    new String[] {"说明 Description", "键 Key（勿改）", "值 Value（可改）"}, THRESHOLDS, bold, editable);
            next = table(sheet, next + 1, "Severities", "String ruleId = \"$param\";",
                    "insert(new SeverityOverride(ruleId, \"$param\"));",
                    new String[] {"说明 Description", "规则 Rule id（勿改）", "严重程度 Severity（ERROR / WARNING / INFO）"},
                    SEVERITIES, bold, editable);
            table(sheet, next + 1, "Words", "String key = \"$param\";", "insert(new WordList(key, \"$param\"));",
                    new String[] {"说明 Description", "键 Key（勿改）", "词语 Words（可改，以“、”分隔）"}, WORDS, bold, editable);
            sheet.setColumnWidth(0, 90 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            workbook.write(out);
        }
        System.out.println("wrote " + target);
    }

    private static int table(Sheet sheet, int start, String name, String keySnippet, String valueSnippet,
                             String[] labels, List<Row3> rows, CellStyle bold, CellStyle editable) {
        cells(sheet.createRow(start), bold, "RuleTable " + name);
        cells(sheet.createRow(start + 1), bold, "DESCRIPTION", "ACTION", "ACTION");
        sheet.createRow(start + 2);
        cells(sheet.createRow(start + 3), null, "", keySnippet, valueSnippet);
        cells(sheet.createRow(start + 4), bold, labels);
        int r = start + 5;
        for (Row3 row : rows) {
            Row sheetRow = sheet.createRow(r++);
            cells(sheetRow, null, row.description(), row.key(), row.value());
            sheetRow.getCell(2).setCellStyle(editable);
        }
        return r;
    }

    private static void cells(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle editable(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
