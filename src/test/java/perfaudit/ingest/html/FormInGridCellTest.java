package perfaudit.ingest.html;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.funds.FundLine;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site's page whose metadata table (索引号 / 发布机构 / 信息名称 / 内容概述) holds a whole form glued as text in
 * its one 内容概述 cell: the grid reader takes that cell out of its grid and reads it as glued text, its facts
 * located in the cell; a cell that only names the form, or a form's title and one part, stays one cell.
 */
class FormInGridCellTest {

    /** The form run together, as a site's 内容概述 holds it: title, header, funds and indicator rows, no separators. */
    private static final String GLUED_FORM = "项目支出绩效自评表(2023年度)项目名称动物防疫补助主管部门宣城市农业农村局"
            + "实施单位宣城市动物疫病预防控制中心项目资金(万元)年初预算数全年预算数全年执行数执行率年度资金总额148 148 46 31% "
            + "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标免疫动物数量≥100万头60万头40 24";

    private static String page(String title, String overview) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
                + "<table>\n"
                + "<tr><td>索引号</td><td>11341700003244895T/202404-00022</td><td>组配分类</td><td>部门项目</td></tr>\n"
                + "<tr><td>发布机构</td><td>宣城市农业农村局</td><td>发文日期</td><td>2024-04-15</td></tr>\n"
                + "<tr><td>信息名称</td><td>" + title + "</td><td>内容概述</td><td>" + overview + "</td></tr>\n"
                + "</table>\n</body></html>\n";
    }

    private static Document read(String html) {
        return Inputs.read(html.getBytes(StandardCharsets.UTF_8), "page.html", Limits.DEFAULT);
    }

    @Test
    void aWholeFormGluedInOneCellIsReadAsItsForm() {
        Document document = read(page("2023年《动物防疫补助项目支出绩效自评表》", GLUED_FORM));
        assertEquals(1, document.forms().size(), document.problems().toString());
        Form form = document.forms().get(0);
        assertEquals("动物防疫补助", form.projectName());
        assertEquals(0, form.funds().get(FundLine.TOTAL).annualBudget().compareTo(new BigDecimal("148")));
        assertEquals(0, form.funds().get(FundLine.TOTAL).executed().compareTo(new BigDecimal("46")));
        Indicator row = form.indicators().get(0);
        assertEquals("免疫动物数量", row.name());
        assertEquals("表1!R3C4", row.location().position(), "the row is found in the cell that holds the form");
    }

    @Test
    void aWorkbookCellHoldingAWholeFormIsReadSoToo() throws IOException {
        // the mechanism is the grammar's, so every grid reader has it: a sheet's metadata rows as the page's
        String[][] rows = {{"索引号", "11341700003244895T/202404-00022"}, {"信息名称", "2023年《动物防疫补助项目支出绩效自评表》"},
                {"内容概述", GLUED_FORM}};
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("公开");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Document document = Inputs.read(bytes, "page.xlsx", Limits.DEFAULT);
        assertEquals(1, document.forms().size(), document.problems().toString());
        Form form = document.forms().get(0);
        assertEquals("动物防疫补助", form.projectName());
        assertEquals(0, form.funds().get(FundLine.TOTAL).executed().compareTo(new BigDecimal("46")));
        assertEquals("公开!B3", form.indicators().get(0).location().position());
    }

    @Test
    void aWordTableCellHoldingAWholeFormIsReadSoToo() throws IOException {
        // a unit's docx notice: the same metadata rows in a Word table, the form glued in its 内容概述 cell
        String[][] rows = {{"信息名称", "2023年《动物防疫补助项目支出绩效自评表》"}, {"内容概述", GLUED_FORM}};
        byte[] bytes;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = word.createTable(rows.length, 2);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 2; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            word.write(out);
            bytes = out.toByteArray();
        }
        Document document = Inputs.read(bytes, "notice.docx", Limits.DEFAULT);
        assertEquals(1, document.forms().size(), document.problems().toString());
        Form form = document.forms().get(0);
        assertEquals("动物防疫补助", form.projectName());
        assertEquals(0, form.funds().get(FundLine.TOTAL).executed().compareTo(new BigDecimal("46")));
        assertEquals("免疫动物数量", form.indicators().get(0).name());
    }

    @Test
    void aTitleBesideTheCellOpensTheFormItAnnounces() {
        // the 信息名称 cell prints the form's title unquoted: it opens the form in the next cell, not a form of its own
        Document document = read(page("动物防疫补助项目支出绩效自评表", GLUED_FORM));
        assertEquals(1, document.forms().size(), document.problems().toString());
        assertEquals("动物防疫补助", document.forms().get(0).projectName());
        assertTrue(document.problems().isEmpty(), document.problems().toString());
    }

    @Test
    void aCellThatOnlyNamesTheFormStaysOneCell() {
        // a summary sentence naming the form and one part (its funds) is no form: nothing is cut out of it
        String summary = "项目支出绩效自评表显示，本年度动物防疫补助资金全年预算数148万元，全年执行数46万元，"
                + "因使用了往年结余资金，执行率较低，下一步将加快资金拨付进度，提高资金使用效益，确保项目按期完成。";
        Document document = read(page("2023年《动物防疫补助项目支出绩效自评表》", summary));
        assertTrue(document.forms().isEmpty(), document.forms().toString());
    }
}
