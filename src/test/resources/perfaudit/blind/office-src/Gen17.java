import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes blind round 17's q02: one workbook holding three projects' family D forms, a sheet each, after a 汇总 sheet
 * listing them, written in Excel 97 (BIFF8) format as WPS Spreadsheets writes its .et files, and named .et. Run from
 * this folder: java -cp ../../../../../../target/perfaudit.jar Gen17.java
 */
public class Gen17 {

    static Workbook wb;
    static CellStyle text, num2, pct0, score2;

    public static void main(String[] args) throws Exception {
        wb = new HSSFWorkbook();
        text = border(wb.createCellStyle());
        text.setWrapText(true);
        num2 = border(wb.createCellStyle());
        num2.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        pct0 = border(wb.createCellStyle());
        pct0.setDataFormat(wb.createDataFormat().getFormat("0%"));
        score2 = border(wb.createCellStyle());
        score2.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        Sheet summary = wb.createSheet("汇总");
        Project[] projects = {
                new Project("1-农村公路养护", "51182223T000000411021-清溪县农村公路日常养护", "清溪县交通运输局", "清溪县公路养护站",
                        new double[][]{{300, 320, 310.4}, {300, 320, 310.4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}}, "",
                        "完成全县420公里农村公路日常养护，路面优良率80%以上。", "完成426公里农村公路日常养护，路面优良率84%。",
                        new Object[][]{
                                {"产出指标", "数量指标", "养护农村公路里程", "≥", "420", "公里", "426", 20, 20.0, ""},
                                {null, "质量指标", "路面优良率", "≥", "80", "%", "84%", 15, 15.0, ""},
                                {null, "时效指标", "路面病害及时处置率", "≥", "90", "%", "95%", 10, 10.0, ""},
                                {null, "成本指标", "每公里养护成本", "≤", "0.76", "万元/公里", "0.73", 10, 10.0, ""},
                                {"效益指标", "社会效益指标", "群众出行条件", "定性", "明显改善", "", "明显改善", 15, 15.0, ""},
                                {null, "可持续影响指标", "公路使用年限延长", "≥", "2", "年", "2", 10, 10.0, ""},
                                {"满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "92%", 10, 10.0, ""}}),
                new Project("2-河道保洁", "51182223T000000411087-清溪县河道保洁及垃圾清运", "清溪县水利局", "清溪县河湖保护中心",
                        new double[][]{{150, 150, 138}, {120, 120, 110}, {0, 0, 0}, {30, 30, 28}, {0, 0, 0}}, "",
                        "保洁河道85公里，清运水面垃圾1200吨，河面保洁达标率95%以上。", "保洁河道85公里，清运水面垃圾1150吨，河面保洁达标率96%。",
                        new Object[][]{
                                {"产出指标", "数量指标", "保洁河道长度", "≥", "85", "公里", "85", 20, 20.0, ""},
                                {null, null, "清运水面垃圾", "≥", "1200", "吨", "1150", 10, 9.58, "汛期来水偏少，水面漂浮物减少"},
                                {null, "质量指标", "河面保洁达标率", "≥", "95", "%", "96%", 15, 15.0, ""},
                                {null, "成本指标", "每公里年保洁成本", "≤", "1.8", "万元", "1.62", 10, 10.0, ""},
                                {"效益指标", "生态效益指标", "河道水质达标率", "≥", "90", "%", "93%", 15, 15.0, ""},
                                {null, "可持续影响指标", "长效保洁机制", "定性", "建立", "", "已建立", 10, 10.0, ""},
                                {"满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", "85", "%", "91%", 10, 10.0, ""}}),
                new Project("3-卫生院设备", "51182223T000000411135-清溪县乡镇卫生院医疗设备购置", "清溪县卫生健康局", "清溪县基层卫生服务中心",
                        new double[][]{{500, 480, 456}, {400, 380, 361}, {0, 0, 0}, {100, 100, 95}, {0, 0, 0}}, "设备招标节约资金，调减预算20万元",
                        "为12所乡镇卫生院购置医疗设备36台套，设备验收合格率100%。", "购置医疗设备36台套并全部安装调试，验收合格率100%。",
                        new Object[][]{
                                {"产出指标", "数量指标", "购置医疗设备台套数", "≥", "36", "台套", "36", 20, 20.0, ""},
                                {null, "质量指标", "设备验收合格率", "=", "100", "%", "100%", 15, 15.0, ""},
                                {null, "时效指标", "设备安装调试完成率", "≥", "95", "%", "97%", 10, 10.0, ""},
                                {null, "成本指标", "设备采购节支率", "≥", "3", "%", "4%", 10, 10.0, ""},
                                {"效益指标", "社会效益指标", "基层首诊率提升", "≥", "2", "个百分点", "2.5", 15, 15.0, ""},
                                {null, "可持续影响指标", "设备完好率", "≥", "95", "%", "98%", 10, 10.0, ""},
                                {"满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", "90", "%", "88%", 10, 9.78, "候诊时间偏长，已增设导诊岗位"}})};
        for (Project project : projects) {
            form(wb.createSheet(project.sheet), project);
        }
        summary(summary, projects); // after the forms' sheets: its formulas name them
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(Path.of("../q02-qingxi-xiangmu-familyD-et-manyprojects-2023.et"))) {
            wb.write(out);
        }
    }

    record Project(String sheet, String name, String department, String unit, double[][] funds, String fundReason,
                   String expected, String achieved, Object[][] indicators) {
    }

    static void summary(Sheet sh, Project[] projects) {
        s(sh, 0, 0, "清溪县2023年度部门预算项目支出绩效自评汇总表");
        merge(sh, 0, 0, 0, 7);
        s(sh, 1, 0, "金额单位：万元");
        merge(sh, 1, 1, 0, 7);
        String[] heads = {"序号", "项目名称", "主管部门", "调整后预算数", "预算执行数", "预算执行率", "自评得分", "自评等级"};
        for (int i = 0; i < heads.length; i++) {
            s(sh, 2, i, heads[i]);
        }
        for (int i = 0; i < projects.length; i++) {
            int r = 3 + i;
            n(sh, r, 0, i + 1, text);
            s(sh, r, 1, projects[i].name);
            s(sh, r, 2, projects[i].department);
            // the sums the forms print, by formulas across sheets as the unit's own workbook keeps them
            String sheet = "'" + projects[i].sheet + "'";
            f(sh, r, 3, sheet + "!F8", num2);
            f(sh, r, 4, sheet + "!G8", num2);
            f(sh, r, 5, sheet + "!H8", pct0);
            f(sh, r, 6, sheet + "!J24", score2);
            s(sh, r, 7, "优");
        }
        s(sh, 6, 0, "合计");
        merge(sh, 6, 6, 0, 2);
        f(sh, 6, 3, "SUM(D4:D6)", num2);
        f(sh, 6, 4, "SUM(E4:E6)", num2);
        f(sh, 6, 5, "E7/D7", pct0);
    }

    /** A family D form (四川 部门预算项目支出绩效自评表) on its own sheet, as o01 lays one out. */
    static void form(Sheet sh, Project p) {
        s(sh, 0, 0, "部门预算项目支出绩效自评表");
        merge(sh, 0, 0, 0, 10);
        s(sh, 1, 0, "（2023年度）");
        merge(sh, 1, 1, 0, 10);
        s(sh, 2, 0, "项目名称");
        merge(sh, 2, 2, 0, 1);
        s(sh, 2, 2, p.name);
        merge(sh, 2, 2, 2, 10);
        s(sh, 3, 0, "主管部门");
        merge(sh, 3, 3, 0, 1);
        s(sh, 3, 2, p.department);
        merge(sh, 3, 3, 2, 5);
        s(sh, 3, 6, "实施单位");
        merge(sh, 3, 3, 6, 7);
        s(sh, 3, 8, p.unit);
        merge(sh, 3, 3, 8, 10);
        s(sh, 6, 0, "预算执行情况（10分）");
        merge(sh, 6, 11, 0, 0);
        s(sh, 6, 1, "");
        merge(sh, 6, 6, 1, 3);
        String[] heads = {"年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"};
        for (int i = 0; i < heads.length; i++) {
            s(sh, 6, 4 + i, heads[i]);
        }
        String[] labels = {"总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"};
        for (int i = 0; i < labels.length; i++) {
            int r = 7 + i;
            s(sh, r, 1, labels[i]);
            merge(sh, r, r, 1, 3);
            for (int k = 0; k < 3; k++) {
                n(sh, r, 4 + k, p.funds[i][k], num2);
            }
            if (p.funds[i][1] > 0) {
                f(sh, r, 7, "G" + (r + 1) + "/F" + (r + 1), pct0);
            } else {
                s(sh, r, 7, "—");
            }
            if (i == 0) {
                n(sh, r, 8, 10, text);
                f(sh, r, 9, "ROUND(H8*I8,2)", score2);
                s(sh, r, 10, p.fundReason);
            } else {
                s(sh, r, 8, "—");
                s(sh, r, 9, "—");
                s(sh, r, 10, "");
            }
        }
        // rows 5..6 (0-based 4, 5) hold nothing: a blank gap as units leave one
        s(sh, 12, 0, "年度总体目标");
        merge(sh, 12, 13, 0, 0);
        s(sh, 12, 1, "预期目标");
        merge(sh, 12, 12, 1, 5);
        s(sh, 12, 6, "实际完成情况");
        merge(sh, 12, 12, 6, 10);
        s(sh, 13, 1, p.expected);
        merge(sh, 13, 13, 1, 5);
        s(sh, 13, 6, p.achieved);
        merge(sh, 13, 13, 6, 10);
        s(sh, 14, 0, "绩效指标（90分）");
        merge(sh, 14, 22, 0, 0);
        String[] ih = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"};
        for (int i = 0; i < ih.length; i++) {
            s(sh, 14, 1 + i, ih[i]);
        }
        for (int i = 0; i < p.indicators.length; i++) {
            Object[] row = p.indicators[i];
            int r = 15 + i;
            for (int c = 0; c < 7; c++) {
                if (row[c] != null) {
                    s(sh, r, 1 + c, (String) row[c]);
                }
            }
            n(sh, r, 8, ((Number) row[7]).doubleValue(), text);
            n(sh, r, 9, ((Number) row[8]).doubleValue(), score2);
            s(sh, r, 10, (String) row[9]);
        }
        mergeLabels(sh, p.indicators, 0, 1);
        mergeLabels(sh, p.indicators, 1, 2);
        s(sh, 23, 0, "");
        s(sh, 23, 1, "合计");
        merge(sh, 23, 23, 1, 7);
        f(sh, 23, 8, "SUM(I16:I22)+I8", text);
        f(sh, 23, 9, "SUM(J16:J22)+J8", score2);
    }

    /** Merges an indicator label column down over the rows that leave it empty (null) after a label. */
    static void mergeLabels(Sheet sh, Object[][] rows, int index, int column) {
        int start = 0;
        for (int i = 1; i <= rows.length; i++) {
            if (i == rows.length || rows[i][index] != null) {
                if (i - 1 > start) {
                    merge(sh, 15 + start, 15 + i - 1, column, column);
                }
                start = i;
            }
        }
    }

    static CellStyle border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    static Cell cell(Sheet sh, int r, int c) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    static void s(Sheet sh, int r, int c, String v) {
        Cell cell = cell(sh, r, c);
        cell.setCellValue(v);
        cell.setCellStyle(text);
    }

    static void n(Sheet sh, int r, int c, double v, CellStyle style) {
        Cell cell = cell(sh, r, c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    static void f(Sheet sh, int r, int c, String formula, CellStyle style) {
        Cell cell = cell(sh, r, c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    static void merge(Sheet sh, int r1, int r2, int c1, int c2) {
        sh.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }
}
