import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes the blind round 15 office forms o01 (the workbook LibreOffice then saves as .xls, see make.sh), o03 (a workbook
 * whose form spans two sheets) and o04 (a Word file written as raw WordprocessingML: a text box, the indicator table
 * continued in a second table after a page break). Run from this folder: java -cp ../../../../../../target/perfaudit.jar Gen.java
 */
public class Gen {

    public static void main(String[] args) throws Exception {
        o01();
        o03();
        o04();
    }

    // ---------------------------------------------------------------- o01: family D, saved by LibreOffice as .xls

    static XSSFWorkbook wb;
    static CellStyle text, num2, pct0, pct1, score1, dateCn, dateSlash;

    static void styles() {
        text = border(wb.createCellStyle());
        text.setWrapText(true);
        num2 = border(wb.createCellStyle());
        num2.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        pct0 = border(wb.createCellStyle());
        pct0.setDataFormat(wb.createDataFormat().getFormat("0%"));
        pct1 = border(wb.createCellStyle());
        pct1.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        score1 = border(wb.createCellStyle());
        score1.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        dateCn = border(wb.createCellStyle());
        dateCn.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        dateSlash = border(wb.createCellStyle());
        dateSlash.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
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

    static void d(Sheet sh, int r, int c, LocalDate date, CellStyle style) {
        Cell cell = cell(sh, r, c);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    static void merge(Sheet sh, int r1, int r2, int c1, int c2) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                if (cell(sh, r, c).getCellStyle().getIndex() == 0) {
                    cell(sh, r, c).setCellStyle(text);
                }
            }
        }
        sh.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    static void o01() throws Exception {
        wb = new XSSFWorkbook();
        styles();
        Sheet sh = wb.createSheet("510000_0013zp");
        s(sh, 0, 0, "部门预算项目支出绩效自评表");
        merge(sh, 0, 0, 0, 10);
        s(sh, 1, 0, "（2023年度）");
        merge(sh, 1, 1, 0, 10);
        s(sh, 2, 0, "报表编号：510000_0013zp");
        merge(sh, 2, 2, 0, 10);
        s(sh, 3, 0, "项目名称");
        merge(sh, 3, 3, 0, 1);
        s(sh, 3, 2, "51162321T000000345678-金坪县山洪灾害防治非工程措施运行维护");
        merge(sh, 3, 3, 2, 10);
        s(sh, 4, 0, "主管部门");
        merge(sh, 4, 4, 0, 1);
        s(sh, 4, 2, "金坪县水利局");
        merge(sh, 4, 4, 2, 5);
        s(sh, 4, 6, "实施单位");
        merge(sh, 4, 4, 6, 7);
        s(sh, 4, 8, "金坪县水旱灾害防御中心");
        merge(sh, 4, 4, 8, 10);
        s(sh, 5, 0, "项目基本情况");
        merge(sh, 5, 5, 0, 1);
        s(sh, 5, 2, "对全县120个山洪灾害监测预警站点和300台套预警广播设备开展运行维护，保障汛期监测预警系统正常运行。");
        merge(sh, 5, 5, 2, 10);
        // funds: 预算执行情况（10分） merged down six rows, labels over B:D
        s(sh, 6, 0, "预算执行情况（10分）");
        merge(sh, 6, 11, 0, 0);
        merge(sh, 6, 6, 1, 3);
        String[] heads = {"年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"};
        for (int i = 0; i < heads.length; i++) {
            s(sh, 6, 4 + i, heads[i]);
        }
        Object[][] funds = {
                {"总额", 170, 180, 171.36},
                {"财政资金", 150, 160, 152.36},
                {"财政专户管理资金", 0, 0, 0},
                {"单位资金", 20, 20, 19},
                {"其他资金", 0, 0, 0}};
        for (int i = 0; i < funds.length; i++) {
            int r = 7 + i;
            s(sh, r, 1, (String) funds[i][0]);
            merge(sh, r, r, 1, 3);
            n(sh, r, 4, ((Number) funds[i][1]).doubleValue(), num2);
            n(sh, r, 5, ((Number) funds[i][2]).doubleValue(), num2);
            n(sh, r, 6, ((Number) funds[i][3]).doubleValue(), num2);
            if (((Number) funds[i][2]).doubleValue() > 0) {
                f(sh, r, 7, "G" + (r + 1) + "/F" + (r + 1), pct0);
            } else {
                s(sh, r, 7, "—");
            }
            if (i == 0) {
                n(sh, r, 8, 10, text);
                f(sh, r, 9, "ROUND(H8*I8,2)", score1);
            } else {
                s(sh, r, 8, "—");
                s(sh, r, 9, "—");
            }
            s(sh, r, 10, "");
        }
        // 年度总体目标
        s(sh, 12, 0, "年度总体目标");
        merge(sh, 12, 13, 0, 0);
        s(sh, 12, 1, "预期目标");
        merge(sh, 12, 12, 1, 5);
        s(sh, 12, 6, "实际完成情况");
        merge(sh, 12, 12, 6, 10);
        s(sh, 13, 1, "完成120个监测预警站点和300台套预警广播设备运行维护，汛前完成检修，站点数据到报率95%以上。");
        merge(sh, 13, 13, 1, 5);
        s(sh, 13, 6, "完成124个监测预警站点和286台套预警广播设备运行维护，5月26日完成汛前检修，站点数据到报率98.2%。");
        merge(sh, 13, 13, 6, 10);
        // indicators: 绩效指标（90分） merged down
        s(sh, 14, 0, "绩效指标（90分）");
        merge(sh, 14, 23, 0, 0);
        String[] ih = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"};
        for (int i = 0; i < ih.length; i++) {
            s(sh, 14, 1 + i, ih[i]);
        }
        int r = 15;
        ind(sh, r++, "产出指标", "数量指标", "监测预警站点运维数量", "≥", 120, "个", 124, 20, "20");
        ind(sh, r++, null, null, "预警广播设备检修", "≥", 300, "台套", 286, 10, "ROUND(H17/F17*I17,2)");
        s(sh, 16, 10, "部分设备列入更新计划，未纳入本年检修");
        ind(sh, r++, null, "质量指标", "站点数据到报率", "≥", 95, "%", null, 10, "10");
        n(sh, 17, 7, 0.982, pct1);
        ind(sh, r++, null, "时效指标", "汛前检修完成时间", "≤", null, "", null, 10, "10");
        d(sh, 18, 5, LocalDate.of(2023, 5, 31), dateCn);
        d(sh, 18, 7, LocalDate.of(2023, 5, 26), dateSlash);
        ind(sh, r++, null, "成本指标", "单站点年运维成本", "≤", 0.3, "万元/个", 0.29, 10, "10");
        merge(sh, 15, 19, 1, 1);
        merge(sh, 15, 16, 2, 2);
        ind(sh, r++, "效益指标", "社会效益指标", "山洪灾害预警信息覆盖人口", "≥", 8.5, "万人", 8.6, 15, "15");
        ind(sh, r++, null, "可持续影响指标", "监测预警系统正常运行率", "≥", 95, "%", null, 10, "10");
        n(sh, 21, 7, 0.97, pct0);
        merge(sh, 20, 21, 1, 1);
        ind(sh, r++, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%", null, 5, "5");
        n(sh, 22, 7, 0.93, pct0);
        s(sh, 23, 1, "合计");
        merge(sh, 23, 23, 1, 7);
        f(sh, 23, 8, "I8+SUM(I16:I23)", text);
        f(sh, 23, 9, "J8+SUM(J16:J23)", score1);
        s(sh, 23, 10, "");
        s(sh, 24, 0, "评价结论");
        merge(sh, 24, 24, 0, 1);
        s(sh, 24, 2, "项目总体完成较好，监测预警系统运行稳定。");
        merge(sh, 24, 24, 2, 10);
        s(sh, 25, 0, "项目负责人：赵刚　　财务负责人：孙丽");
        merge(sh, 25, 25, 0, 10);
        for (int c = 0; c <= 10; c++) {
            sh.setColumnWidth(c, c == 3 ? 22 * 256 : 11 * 256);
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        save(wb, "o01-src.xlsx");
    }

    static void ind(Sheet sh, int r, String l1, String l2, String name, String nature, Number target, String unit,
                    Number actual, double weight, String score) {
        s(sh, r, 1, l1 == null ? "" : l1);
        s(sh, r, 2, l2 == null ? "" : l2);
        s(sh, r, 3, name);
        s(sh, r, 4, nature);
        if (target != null) {
            n(sh, r, 5, target.doubleValue(), text);
        } else {
            s(sh, r, 5, "");
        }
        s(sh, r, 6, unit);
        if (actual != null) {
            n(sh, r, 7, actual.doubleValue(), text);
        } else {
            s(sh, r, 7, "");
        }
        n(sh, r, 8, weight, text);
        if (score.matches("[0-9.]+")) {
            n(sh, r, 9, Double.parseDouble(score), score1);
        } else {
            f(sh, r, 9, score, score1);
        }
        s(sh, r, 10, "");
    }

    static void save(XSSFWorkbook book, String name) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(name))) {
            book.write(out);
        }
        book.close();
    }

    // ---------------------------------------------------------------- o03: family B over two sheets, amounts in 元

    static void o03() throws Exception {
        wb = new XSSFWorkbook();
        styles();
        CellStyle yuan = border(wb.createCellStyle());
        yuan.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        CellStyle pct2 = border(wb.createCellStyle());
        pct2.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        Sheet a = wb.createSheet("资金及目标");
        s(a, 0, 0, "莲花县2023年度衔接推进乡村振兴补助资金项目绩效目标自评表");
        merge(a, 0, 0, 0, 6);
        s(a, 1, 0, "项目名称");
        s(a, 1, 1, "莲花镇肉牛养殖产业扶持项目");
        merge(a, 1, 1, 1, 6);
        s(a, 2, 0, "主管部门");
        s(a, 2, 1, "[318]莲花县农业农村局");
        merge(a, 2, 2, 1, 2);
        s(a, 2, 3, "项目负责人及电话");
        s(a, 2, 4, "张卫东 13905581234");
        merge(a, 2, 2, 4, 6);
        s(a, 3, 0, "实施单位");
        s(a, 3, 1, "莲花县畜牧兽医服务中心");
        merge(a, 3, 3, 1, 6);
        s(a, 4, 0, "项目资金（元）");
        merge(a, 4, 8, 0, 0);
        String[] fh = {"", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"};
        for (int i = 0; i < fh.length; i++) {
            s(a, 4, 1 + i, fh[i]);
        }
        s(a, 5, 1, "年度资金总额");
        n(a, 5, 2, 1200000, yuan);
        n(a, 5, 3, 1152000, yuan);
        n(a, 5, 4, 10, text);
        f(a, 5, 5, "D6/C6", pct2);
        f(a, 5, 6, "ROUND(F6*E6,2)", num2);
        s(a, 6, 1, "其中：当年财政拨款");
        n(a, 6, 2, 1000000, yuan);
        n(a, 6, 3, 960000, yuan);
        s(a, 7, 1, "上年结转资金");
        s(a, 7, 2, "２０００００．００"); // typed with a full-width IME: text, not a number
        s(a, 7, 3, "１９２０００．００");
        s(a, 8, 1, "其他资金");
        n(a, 8, 2, 0, yuan);
        n(a, 8, 3, 0, yuan);
        for (int r = 6; r <= 8; r++) {
            for (int c = 4; c <= 6; c++) {
                s(a, r, c, "—");
            }
        }
        s(a, 9, 0, "年度总体目标");
        merge(a, 9, 10, 0, 0);
        s(a, 9, 1, "预期目标");
        merge(a, 9, 9, 1, 3);
        s(a, 9, 4, "实际完成情况");
        merge(a, 9, 9, 4, 6);
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFRichTextString expected = new XSSFRichTextString("扶持肉牛养殖户60户，新增能繁母牛300头，带动养殖户户均增收3000元以上。");
        expected.applyFont(0, 9, bold);
        cell(a, 10, 1).setCellValue(expected);
        cell(a, 10, 1).setCellStyle(text);
        merge(a, 10, 10, 1, 3);
        s(a, 10, 4, "扶持肉牛养殖户64户，新增能繁母牛318头，带动养殖户户均增收2850元。");
        merge(a, 10, 10, 4, 6);
        a.setColumnWidth(1, 20 * 256);

        Sheet b = wb.createSheet("绩效指标");
        s(b, 0, 0, "绩效指标");
        merge(b, 0, 0, 0, 7);
        String[] ih = {"一级指标", "二级指标", "三级指标", "分值", "年度\n指标值", "实际完成值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < ih.length; i++) {
            s(b, 1, i, ih[i]);
        }
        Object[][] rows = {
                {"产出指标", "数量指标", "★扶持肉牛养殖户数(≥**户)", 20, "≥60户", "64户", 20, ""},
                {"", "", "新增能繁母牛存栏", 10, "≥300头", "３１８头", 10, ""},
                {"", "质量指标", "补助对象认定准确率", 10, "100%", "100%", 10, ""},
                {"", "时效指标", "补助资金兑付时间", 5, "2023年10月底前", "2023年10月", 5, ""},
                {"", "成本指标", "每头能繁母牛补助标准", 5, "≤3000元/头", "3000元/头", 5, ""},
                {"效益指标", "经济效益指标", "★带动养殖户户均增收", 15, "≥3000元", "2850元", 14.25, "受牛肉价格下行影响，增收未达预期"},
                {"", "社会效益指标", "带动脱贫户就业人数", 10, "≥40人", "42人", 10, ""},
                {"", "可持续影响指标", "扶持产业持续年限", 5, "≥3年", "3年", 5, ""},
                {"满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥90%", "95%", 10, ""}};
        XSSFFont red = wb.createFont();
        red.setColor(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
        for (int i = 0; i < rows.length; i++) {
            int r = 2 + i;
            for (int c = 0; c < 8; c++) {
                Object v = rows[i][c];
                if (v instanceof Number num) {
                    n(b, r, c, num.doubleValue(), text);
                } else if (c == 2 && ((String) v).startsWith("★")) {
                    XSSFRichTextString rich = new XSSFRichTextString((String) v); // ★ in red, the name in black: two runs
                    rich.applyFont(0, 1, red);
                    cell(b, r, c).setCellValue(rich);
                    cell(b, r, c).setCellStyle(text);
                } else {
                    s(b, r, c, (String) v);
                }
            }
        }
        merge(b, 2, 6, 0, 0);
        merge(b, 2, 3, 1, 1);
        merge(b, 7, 9, 0, 0);
        s(b, 11, 0, "总分");
        merge(b, 11, 11, 0, 2);
        n(b, 11, 3, 100, text);
        s(b, 11, 4, "");
        s(b, 11, 5, "");
        f(b, 11, 6, "ROUND(SUM(G3:G11)+'资金及目标'!G6,2)", num2);
        s(b, 11, 7, "");
        b.setColumnWidth(2, 26 * 256);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        save(wb, "../o03-lianhua-rouniu-familyB-xlsx-twosheets-yuan-2023.xlsx");
    }

    // ---------------------------------------------------------------- o04: family E docx, text box, table split by a page break

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String tc(String text, int span, String vmerge) {
        StringBuilder pr = new StringBuilder("<w:tcPr>");
        if (span > 1) {
            pr.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        if (vmerge != null) {
            pr.append(vmerge.equals("restart") ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
        }
        pr.append("</w:tcPr>");
        return "<w:tc>" + pr + (text.isEmpty() ? "<w:p/>" : p(text)) + "</w:tc>";
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(String rows) {
        StringBuilder grid = new StringBuilder("<w:tblGrid>");
        for (int i = 0; i < 7; i++) {
            grid.append("<w:gridCol w:w=\"1300\"/>");
        }
        grid.append("</w:tblGrid>");
        return "<w:tbl><w:tblPr><w:tblW w:w=\"9100\" w:type=\"dxa\"/><w:tblBorders>"
                + "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/>"
                + "<w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
                + "</w:tblBorders></w:tblPr>" + grid + rows + "</w:tbl>";
    }

    /** A text box as Word 2010+ writes it: the DrawingML shape, and a VML copy of the same text for older readers. */
    static String textBox(String... paragraphs) {
        StringBuilder content = new StringBuilder("<w:txbxContent>");
        for (String para : paragraphs) {
            content.append(p(para));
        }
        content.append("</w:txbxContent>");
        return "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"5760000\" cy=\"540000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>"
                + "<wp:docPr id=\"1\" name=\"文本框 1\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5760000\" cy=\"540000\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
                + "<wps:txbx>" + content + "</wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\"/>"
                + "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape id=\"文本框 1\" type=\"#_x0000_t202\" style=\"width:453.5pt;height:42.5pt\" stroked=\"f\" filled=\"f\">"
                + "<v:textbox>" + content + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    }

    static void o04() throws Exception {
        String head = tr(tc("年度绩效目标（80分）", 1, "restart"), tc("一级指标", 1, null), tc("二级指标", 1, null), tc("三级指标", 1, null),
                tc("年初目标值（A）", 1, null), tc("实际完成值（B）", 1, null), tc("得分", 1, null));
        String first = tr(tc("项目名称", 1, null), tc("农机深松整地作业补助", 6, null))
                + tr(tc("主管部门", 1, null), tc("桥口县农业农村局", 6, null))
                + tr(tc("项目类别", 1, null), tc("1、部门预算项目 ☑ 2、县直专项 □", 6, null))
                + tr(tc("项目属性", 1, null), tc("1、持续性项目 ☑ 2、新增性项目 □", 6, null))
                + tr(tc("预算执行情况（万元）（20分）", 2, null), tc("预算数（A）", 1, null), tc("执行数（B）", 1, null),
                tc("执行率（B/A）", 1, null), tc("得分（20分*执行率）", 2, null))
                + tr(tc("年度财政资金总额", 2, null), tc("240", 1, null), tc("228", 1, null), tc("95%", 1, null), tc("19", 2, null))
                + head
                + ind("产出指标（40分）", "restart", "数量指标", "restart", "深松整地作业面积", "≥6万亩", "6.3万亩", "10")
                + ind("", "cont", "", "cont", "作业补助农户数", "≥1500户", "1620户", "5")
                + ind("", "cont", "质量指标", null, "深松作业质量合格率", "≥95%", "96%", "10")
                + ind("", "cont", "时效指标", null, "补助资金兑付时间", "2023年12月底前", "2023年12月", "5")
                + ind("", "cont", "成本指标", null, "每亩作业补助标准", "≤30元/亩", "30元/亩", "10");
        String second = head.replace("年度绩效目标（80分）", "")
                + ind("效益指标（30分）", "restart", "经济效益指标", null, "项目区亩均增产", "≥40公斤", "38公斤", "9.5")
                + ind("", "cont", "社会效益指标", null, "带动农机服务组织增收", "≥50万元", "56万元", "10")
                + ind("", "cont", "可持续影响指标", null, "耕地蓄水保墒能力", "明显提高", "明显提高", "10")
                + ind("满意度指标（10分）", null, "服务对象满意度指标", null, "作业农户满意度", "≥90%", "95%", "10")
                + tr(tc("总分", 1, null), tc("98.5", 6, null))
                + tr(tc("偏差大或目标未完成原因分析", 1, null), tc("受夏季持续干旱影响，项目区亩均增产未达预期。", 6, null))
                + tr(tc("改进措施及结果应用方案", 1, null), tc("下年度配套推广保护性耕作技术。", 6, null));
        String body = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>2023年度项目自评表</w:t></w:r></w:p>"
                + textBox("单位名称（盖章）：桥口县农机化技术推广中心", "填报日期：2024年3月15日")
                + tbl(first)
                + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                + tbl(second)
                + p("填表人：刘洋　　联系电话：0716-3312345")
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1300\" w:bottom=\"1440\" w:left=\"1300\"/></w:sectPr>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " mc:Ignorable=\"wps\"><w:body>" + body + "</w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(
                Path.of("../o04-qiaokou-shensong-familyE-docx-textbox-splittable-2023.docx")))) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
        }
    }

    static String ind(String l1, String m1, String l2, String m2, String name, String target, String actual, String score) {
        return tr(tc("", 1, "cont"), tc(l1, 1, m1 == null ? null : m1.equals("restart") ? "restart" : "cont"),
                tc(l2, 1, m2 == null ? null : m2.equals("restart") ? "restart" : "cont"), tc(name, 1, null),
                tc(target, 1, null), tc(actual, 1, null), tc(score, 1, null));
    }

    static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
