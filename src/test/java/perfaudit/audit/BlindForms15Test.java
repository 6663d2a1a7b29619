package perfaudit.audit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.ingest.grammar.text.MeasureParser;
import perfaudit.model.Document;
import perfaudit.model.Measure;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fifteenth blind round, office files as units send them (o01–o05 in src/test/resources/perfaudit/blind, made by
 * office-src/make.sh, see the README): a family D workbook saved by LibreOffice as .xls (merged cells, 0% and 0.0
 * formats over other cached values, date cells in escaped formats), a family C Word 97 file whose indicator table is
 * nested in a cell (cells of several paragraphs, line breaks in 一级 labels), a family B workbook whose form runs over
 * two sheets (amounts in 元, full-width digits typed as text, rich text, a line break in 年度指标值), a family E docx
 * whose 单位名称 sits in a text box and whose indicator table goes on in a second table after a page break, and a
 * 部门整体 (I) system export that is HTML named .xls. Facts in {@link BlindFormsTest#facts}'s notation.
 */
public class BlindForms15Test {

    private static final Path FOLDER = Path.of("src", "test", "resources", "perfaudit", "blind");

    @TempDir
    Path folder;

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("o01-jinping-shanhong-familyD-xls-libreoffice-2023", """
                    D 2023 | 51162321T000000345678-金坪县山洪灾害防治非工程措施运行维护 | - 金坪县水利局 | - 金坪县水旱灾害防御中心
                    total 170 180 171.36 10 95 9.5
                    currentYear 150 160 152.36 - 95 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 20 20 19 - 95 -
                    产出指标 数量指标 监测预警站点运维数量 | ≥120个 | 124 | 20 20
                    产出指标 数量指标 预警广播设备检修 | ≥300台套 | 286 | 10 9.5
                    产出指标 质量指标 站点数据到报率 | ≥95% | 98.2% | 10 10
                    产出指标 时效指标 汛前检修完成时间 | ≤2023-05-31 | 2023-05-26 | 10 10
                    产出指标 成本指标 单站点年运维成本 | ≤0.3万元/个 | 0.29 | 10 10
                    效益指标 社会效益指标 山洪灾害预警信息覆盖人口 | ≥8.5万人 | 8.6 | 15 15
                    效益指标 可持续影响指标 监测预警系统正常运行率 | ≥95% | 97% | 10 10
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 93% | 5 5
                    总分 100 99.1"""),
            Map.entry("o02-baihe-xuesheng-familyC-doc-nested-2022", """
                    C 2022 | 学生资助补助经费 | - 白河县教育局 | - 白河县学生资助管理中心
                    total - 420 399 - 95 -
                    central - 300 300 - 100 -
                    local - 120 99 - 82.5 -
                    产出指标 数量指标 资助家庭经济困难学生人次 | ≥3200人次 | 3265人次 | - -
                    产出指标 数量指标 资助标准落实率 | 100% | 100% | - -
                    产出指标 时效指标 资助资金发放及时率 | ≥95% | 92% | - -
                    效益指标 社会效益指标 家庭经济困难学生因贫失学率 | 0% | 0% | - -
                    效益指标 可持续影响指标 资助政策知晓率 | ≥90% | 94% | - -
                    满意度指标 服务对象满意度指标 受助学生及家长满意度 | ≥90% | 96% | - -
                    总分 - -"""),
            Map.entry("o03-lianhua-rouniu-familyB-xlsx-twosheets-yuan-2023", """
                    B 2023 | 莲花镇肉牛养殖产业扶持项目 | 318 莲花县农业农村局 | - 莲花县畜牧兽医服务中心
                    total - 120 115.2 10 96 9.6
                    currentYear - 100 96 - - -
                    carryOver - 20 19.2 - - -
                    other - 0 0 - - -
                    产出指标 数量指标 ★扶持肉牛养殖户数(≥**户) | ≥60户 | 64户 | 20 20
                    产出指标 数量指标 新增能繁母牛存栏 | ≥300头 | 318头 | 10 10
                    产出指标 质量指标 补助对象认定准确率 | 100% | 100% | 10 10
                    产出指标 时效指标 补助资金兑付时间 | ≤2023-10-31 | 2023-10-31 | 5 5
                    产出指标 成本指标 每头能繁母牛补助标准 | ≤3000元/头 | 3000元/头 | 5 5
                    效益指标 经济效益指标 ★带动养殖户户均增收 | ≥3000元 | 2850元 | 15 14.25
                    效益指标 社会效益指标 带动脱贫户就业人数 | ≥40人 | 42人 | 10 10
                    效益指标 可持续影响指标 扶持产业持续年限 | ≥3年 | 3年 | 5 5
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 95% | 10 10
                    总分 100 98.85"""),
            Map.entry("o04-qiaokou-shensong-familyE-docx-textbox-splittable-2023", """
                    E 2023 | 农机深松整地作业补助 | - 桥口县农业农村局 | - 桥口县农机化技术推广中心
                    total - 240 228 20 95 19
                    产出指标(40) 数量指标 深松整地作业面积 | ≥6万亩 | 6.3万亩 | - 10
                    产出指标(40) 数量指标 作业补助农户数 | ≥1500户 | 1620户 | - 5
                    产出指标(40) 质量指标 深松作业质量合格率 | ≥95% | 96% | - 10
                    产出指标(40) 时效指标 补助资金兑付时间 | ≤2023-12-31 | 2023-12-31 | - 5
                    产出指标(40) 成本指标 每亩作业补助标准 | ≤30元/亩 | 30元/亩 | - 10
                    效益指标(30) 经济效益指标 项目区亩均增产 | ≥40公斤 | 38公斤 | - 9.5
                    效益指标(30) 社会效益指标 带动农机服务组织增收 | ≥50万元 | 56万元 | - 10
                    效益指标(30) 可持续影响指标 耕地蓄水保墒能力 | 明显提高 | 明显提高 | - 10
                    满意度指标(10) 服务对象满意度指标 作业农户满意度 | ≥90% | 95% | - 10
                    总分 - 98.5"""),
            Map.entry("o05-yuntai-shichang-bumenzhengti-htmlasxls-2023", """
                    I 2023 | null | - - | - 云台区市场监督管理局
                    total 1260.5 1318.2 1252.29 10 95 9.5
                    产出指标 数量指标 食品安全监督抽检批次 | ≥1200批次 | 1260 | 20 20
                    产出指标 数量指标 特种设备定期检验率 | ≥98% | 99.2 | 10 10
                    产出指标 质量指标 抽检不合格食品核查处置率 | =100% | 100 | 15 15
                    产出指标 时效指标 投诉举报按时办结率 | ≥95% | 93 | 10 9.79
                    效益指标 社会效益指标 辖区食品安全事故发生数 | ≤0起 | 0 | 15 15
                    效益指标 可持续影响指标 智慧监管平台运行 | 稳定运行 | 稳定运行 | 10 10
                    满意度指标 服务对象满意度指标 群众满意度 | ≥90% | 92.5 | 10 10
                    总分 - 99.29"""));

    /** The rows that print a 偏差原因 (未完成原因, 说明), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "o01-jinping-shanhong-familyD-xls-libreoffice-2023", Map.of("预警广播设备检修", "部分设备列入更新计划，未纳入本年检修"),
            "o02-baihe-xuesheng-familyC-doc-nested-2022", Map.of("资助资金发放及时率", "秋季学期部分资金因学籍核对延后发放；下年度提前完成学籍核对。"),
            "o03-lianhua-rouniu-familyB-xlsx-twosheets-yuan-2023", Map.of("★带动养殖户户均增收", "受牛肉价格下行影响，增收未达预期"),
            "o04-qiaokou-shensong-familyE-docx-textbox-splittable-2023", Map.of(),
            "o05-yuntai-shichang-bumenzhengti-htmlasxls-2023", Map.of("投诉举报按时办结率", "年末集中投诉较多，部分件延期办结"));

    /** Each form's 预期目标 and 实际完成情况 as printed (o04, family E, prints none). */
    private static final Map<String, List<String>> GOALS = Map.of(
            "o01-jinping-shanhong-familyD-xls-libreoffice-2023", List.of(
                    "完成120个监测预警站点和300台套预警广播设备运行维护，汛前完成检修，站点数据到报率95%以上。",
                    "完成124个监测预警站点和286台套预警广播设备运行维护，5月26日完成汛前检修，站点数据到报率98.2%。"),
            "o02-baihe-xuesheng-familyC-doc-nested-2022", List.of(
                    "1.资助家庭经济困难学生3200人次；2.资助资金按时足额发放到位。",
                    "1.资助家庭经济困难学生3265人次；2.秋季学期资助资金延后发放，及时率92%。"),
            "o03-lianhua-rouniu-familyB-xlsx-twosheets-yuan-2023", List.of(
                    "扶持肉牛养殖户60户，新增能繁母牛300头，带动养殖户户均增收3000元以上。",
                    "扶持肉牛养殖户64户，新增能繁母牛318头，带动养殖户户均增收2850元。"),
            "o05-yuntai-shichang-bumenzhengti-htmlasxls-2023", List.of(
                    "完成食品安全监督抽检1200批次，特种设备定期检验率98%以上，投诉举报按时办结率95%以上。",
                    "完成食品安全监督抽检1260批次，特种设备定期检验率99.2%，投诉举报按时办结率93%。"));

    private static final String O03 = "o03-lianhua-rouniu-familyB-xlsx-twosheets-yuan-2023";
    private static final String O04 = "o04-qiaokou-shensong-familyE-docx-textbox-splittable-2023";

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    @Test
    void goalTextsAreEachInTheirField() {
        BlindFormsTest.assertGoals(GOALS);
    }

    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
        DEVIATIONS.forEach((stem, reasons) -> assertEquals(reasons.size(), BlindFormsTest.readBlind(stem).forms().get(0)
                .indicators().stream().filter(row -> row.deviation() != null).count(), stem));
    }

    /** No file is reported; o03 alone is noted, for the sheet read as the rest of the form before it. */
    @Test
    void noFormIsReportedAndTheSecondSheetIsNoted() {
        for (String stem : READ.keySet()) {
            Document doc = BlindFormsTest.readBlind(stem);
            assertEquals(List.of(), doc.problems(), stem);
            assertEquals(stem.equals(O03) ? 1 : 0, doc.notes().size(), stem + ": " + doc.notes());
        }
        ParseProblem note = BlindFormsTest.readBlind(O03).notes().get(0);
        assertEquals("绩效指标!A1", note.location().position());
        assertTrue(note.reason().contains("read as the rest of the form on sheet '资金及目标'"), note.reason());
    }

    /**
     * o03's indicator sheet without its 绩效指标 heading (the sheet opens with the 一级指标 header row) is still the rest
     * of the form; a sheet with a title of its own is a form of its own (o03 as on main: the 绩效指标 sheet titled).
     */
    @Test
    void aSheetOpeningWithTheIndicatorHeaderGoesOnWithTheFormBefore() throws IOException {
        Document headless = workbook(O03, sheet -> {
            sheet.removeMergedRegion(0);
            sheet.getRow(0).removeCell(sheet.getRow(0).getCell(0));
        });
        assertEquals(READ.get(O03), BlindFormsTest.facts(headless));
        Document titled = workbook(O03, sheet -> sheet.getRow(0).getCell(0).setCellValue("项目支出绩效自评表"));
        assertEquals(2, titled.forms().size(), BlindFormsTest.facts(titled));
        assertTrue(titled.forms().get(0).indicators().isEmpty());
    }

    /**
     * With a 填表说明 sheet between the form and its indicator sheet, the indicator sheet goes on with no form: its
     * table is reported at its header, not taken silently as heading text.
     */
    @Test
    void anIndicatorSheetAfterNoFormIsReported() throws IOException {
        Document doc = workbook(O03, sheet -> {
            Sheet notes = sheet.getWorkbook().createSheet("填表说明");
            notes.createRow(0).createCell(0).setCellValue("1.金额单位为元。2.请如实填写。");
            sheet.getWorkbook().setSheetOrder("填表说明", 1);
        });
        assertTrue(doc.forms().get(0).indicators().isEmpty());
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        assertEquals("绩效指标!A2", doc.problems().get(0).location().position());
        assertTrue(doc.problems().get(0).reason().contains("an indicator table with no form before it"));
    }

    /**
     * o05's form as a budget system's Excel 2003 XML export (SpreadsheetML named .xls: styles with Fixed and Percent
     * formats, MergeAcross / MergeDown, cells placed by ss:Index) is read as a workbook, as o05: it was taken for a web
     * page and its cells run together (10010090 for 全年预算数, silent). Word 2003 XML is refused, saying what it is.
     */
    @Test
    void officeXmlOf2003IsReadAsWhatItIs() throws IOException {
        Document xml = BlindFormsTest.readBlind("o05b-yuntai-shichang-bumenzhengti-excel2003xml-2023");
        assertEquals(READ.get("o05-yuntai-shichang-bumenzhengti-htmlasxls-2023"), BlindFormsTest.facts(xml));
        assertEquals("excel 2003 xml", xml.layout());
        assertEquals(List.of(), xml.problems());
        Path word = folder.resolve("word2003.doc");
        Files.writeString(word, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?mso-application progid=\"Word.Document\"?>\n"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p><w:r>"
                + "<w:t>项目支出绩效自评表</w:t></w:r></w:p><w:p><w:r><w:t>项目名称：测试项目</w:t></w:r></w:p></w:body></w:wordDocument>");
        Document refused = Fixtures.read(word);
        assertTrue(refused.forms().isEmpty());
        assertTrue(refused.problems().get(0).reason().contains("Word 2003 XML document"), refused.problems().toString());
    }

    /** A file's name does not say what it holds: a workbook named .xls, an .xls named .xlsx read as what they are. */
    @Test
    void theContentNotTheNameSaysWhatAFileIs() throws IOException {
        String o01 = "o01-jinping-shanhong-familyD-xls-libreoffice-2023";
        Path xlsxAsXls = Files.copy(FOLDER.resolve(O03 + ".xlsx"), folder.resolve(O03 + ".xls"));
        Path xlsAsXlsx = Files.copy(FOLDER.resolve(o01 + ".xls"), folder.resolve(o01 + ".xlsx"));
        assertAll(() -> assertEquals(READ.get(O03), BlindFormsTest.facts(Fixtures.read(xlsxAsXls))),
                () -> assertEquals(READ.get(o01), BlindFormsTest.facts(Fixtures.read(xlsAsXlsx))));
    }

    /**
     * o04's continued indicator table nested in the cell of a layout table (a table of rows pasted into a cell) reads as
     * o04: its rows are rows of the form, not one run-together line of the cell.
     */
    @Test
    void aTableNestedInADocxCellIsReadAsRows() throws IOException {
        String xml = BlindFormsTest.documentXml(O04);
        int second = xml.indexOf("<w:tbl>", xml.indexOf("</w:tbl>"));
        int end = xml.indexOf("</w:tbl>", second) + "</w:tbl>".length();
        String nested = xml.substring(0, second) + "<w:tbl><w:tblGrid><w:gridCol w:w=\"9100\"/></w:tblGrid><w:tr><w:tc>"
                + xml.substring(second, end) + "<w:p/></w:tc></w:tr></w:tbl>" + xml.substring(end);
        assertEquals(READ.get(O04), BlindFormsTest.facts(BlindFormsTest.withDocument(folder, O04, nested)));
    }

    /** o04's text box written as VML only (Word 2007 and WPS, no drawing) is read as well, once. */
    @Test
    void aVmlTextBoxIsReadOnce() throws IOException {
        String xml = BlindFormsTest.documentXml(O04);
        String vml = xml.replaceAll("(?s)<mc:AlternateContent><mc:Choice.*?</mc:Choice><mc:Fallback>(.*?)</mc:Fallback></mc:AlternateContent>", "$1");
        assertTrue(!vml.contains("mc:Choice") && vml.contains("v:textbox"));
        assertEquals(READ.get(O04), BlindFormsTest.facts(BlindFormsTest.withDocument(folder, O04, vml)));
    }

    /**
     * Dates as a spreadsheet shows date cells (2023/5/26, Excel's Chinese short date) or forms type them in figures are
     * dates, and a bound printed before a date (a 指标性质 ≤ joined to its 指标值) is kept; a figure that is no date stays.
     */
    @Test
    void datesInFiguresAndBoundedDates() {
        assertAll(() -> assertDate("2023/5/26", null, LocalDate.of(2023, 5, 26)),
                () -> assertDate("2023-05-26", null, LocalDate.of(2023, 5, 26)),
                () -> assertDate("2023.12.31前", "≤", LocalDate.of(2023, 12, 31)),
                () -> assertDate("≤2023年5月31日", "≤", LocalDate.of(2023, 5, 31)),
                () -> assertDate("≥2023年3月1日", "≥", LocalDate.of(2023, 3, 1)),
                () -> assertNotEquals(Measure.Kind.DATE, MeasureParser.parse("2023/13/40").kind()),
                () -> assertEquals(Measure.Kind.NUMBER, MeasureParser.parse("2023.5").kind()));
    }

    private static void assertDate(String text, String comparator, LocalDate date) {
        Measure measure = MeasureParser.parse(text);
        assertEquals(Measure.Kind.DATE, measure.kind(), text);
        assertEquals(comparator, measure.comparator(), text);
        assertEquals(date, measure.date(), text);
    }

    /** The blind workbook {@code stem} with its second sheet changed, read. */
    private Document workbook(String stem, java.util.function.Consumer<Sheet> change) throws IOException {
        Path copy = folder.resolve(stem + "-" + System.nanoTime() + ".xlsx");
        try (InputStream in = Files.newInputStream(FOLDER.resolve(stem + ".xlsx")); XSSFWorkbook book = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(copy)) {
            change.accept(book.getSheetAt(1));
            book.write(out);
        }
        return Fixtures.read(copy);
    }
}
