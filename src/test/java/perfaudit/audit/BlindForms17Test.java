package perfaudit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seventeenth blind round, office files as Chinese units' own tools write them (q01–q05 in
 * src/test/resources/perfaudit/blind, made by office-src/make.sh, see the README): a family B budget-system export
 * (inline strings, formula strings, no shared strings or styles, a lying dimension, cells out of order and rows
 * without r=, an uncomputed formula, #DIV/0! and #REF! cached) named .et; a BIFF8 workbook named .et holding three
 * family D forms after a 汇总 sheet; a family L docx filled in through content controls (one showing its placeholder)
 * and legacy form fields, with =SUM(ABOVE) totals and the indicator table split at a page break; a family C′ Word 97
 * file named .wps with spaced labels (地　方　主　管　部　门); a family E OpenDocument spreadsheet. Facts in
 * {@link BlindFormsTest#facts}'s notation.
 */
public class BlindForms17Test {

    private static final String Q01 = "q01-shuanghe-chaye-familyB-xlsxexport-named-et-2023";
    private static final String Q02 = "q02-qingxi-xiangmu-familyD-et-manyprojects-2023";
    private static final String Q03 = "q03-jinsha-gouqi-familyL-docx-controls-fields-2023";
    private static final String Q04 = "q04-yunxi-fangzai-familyCprime-wps-2023";
    private static final String Q05 = "q05-hongling-cunyi-familyE-ods-2023";

    @TempDir
    Path folder;

    private static final Map<String, String> READ = Map.of(
            Q01, """
                    B 2023 | 双河镇茶叶加工厂提升改造项目 | 207 双河县农业农村局 | - 双河镇人民政府
                    total - 200 190 10 95 9.5
                    currentYear - 180 172 - 95.56 -
                    carryOver - 20 18 - - -
                    other - 0 0 - - -
                    产出指标 数量指标 ★改造茶叶加工生产线（≥**条） | ≥2条 | 2条 | 20 20
                    产出指标 数量指标 带动茶农户数 | ≥150户 | 163户 | 10 -
                    产出指标 质量指标 设备验收合格率 | 100% | 100% | 10 10
                    产出指标 时效指标 项目完工率 | 100% | 100% | 10 10
                    效益指标 经济效益指标 ★带动脱贫户户均增收（≥**元） | ≥1200元 | 1350元 | 15 15
                    效益指标 可持续影响指标 加工厂持续运营年限 | ≥5年 | 5年 | 15 15
                    满意度指标 服务对象满意度指标 受益农户满意度 | ≥90% | 95% | 10 10
                    总分 100 99.5""",
            Q02, """
                    D 2023 | 51182223T000000411021-清溪县农村公路日常养护 | - 清溪县交通运输局 | - 清溪县公路养护站
                    total 300 320 310.4 10 97 9.7
                    currentYear 300 320 310.4 - 97 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 0 0 - - -
                    产出指标 数量指标 养护农村公路里程 | ≥420公里 | 426 | 20 20
                    产出指标 质量指标 路面优良率 | ≥80% | 84% | 15 15
                    产出指标 时效指标 路面病害及时处置率 | ≥90% | 95% | 10 10
                    产出指标 成本指标 每公里养护成本 | ≤0.76万元/公里 | 0.73 | 10 10
                    效益指标 社会效益指标 群众出行条件 | 明显改善 | 明显改善 | 15 15
                    效益指标 可持续影响指标 公路使用年限延长 | ≥2年 | 2 | 10 10
                    满意度指标 服务对象满意度指标 沿线群众满意度 | ≥90% | 92% | 10 10
                    总分 100 99.7
                    D 2023 | 51182223T000000411087-清溪县河道保洁及垃圾清运 | - 清溪县水利局 | - 清溪县河湖保护中心
                    total 150 150 138 10 92 9.2
                    currentYear 120 120 110 - 92 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 30 30 28 - 93 -
                    产出指标 数量指标 保洁河道长度 | ≥85公里 | 85 | 20 20
                    产出指标 数量指标 清运水面垃圾 | ≥1200吨 | 1150 | 10 9.58
                    产出指标 质量指标 河面保洁达标率 | ≥95% | 96% | 15 15
                    产出指标 成本指标 每公里年保洁成本 | ≤1.8万元 | 1.62 | 10 10
                    效益指标 生态效益指标 河道水质达标率 | ≥90% | 93% | 15 15
                    效益指标 可持续影响指标 长效保洁机制 | 建立 | 已建立 | 10 10
                    满意度指标 服务对象满意度指标 沿河群众满意度 | ≥85% | 91% | 10 10
                    总分 100 98.78
                    D 2023 | 51182223T000000411135-清溪县乡镇卫生院医疗设备购置 | - 清溪县卫生健康局 | - 清溪县基层卫生服务中心
                    total 500 480 456 10 95 9.5
                    currentYear 400 380 361 - 95 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 100 100 95 - 95 -
                    产出指标 数量指标 购置医疗设备台套数 | ≥36台套 | 36 | 20 20
                    产出指标 质量指标 设备验收合格率 | =100% | 100% | 15 15
                    产出指标 时效指标 设备安装调试完成率 | ≥95% | 97% | 10 10
                    产出指标 成本指标 设备采购节支率 | ≥3% | 4% | 10 10
                    效益指标 社会效益指标 基层首诊率提升 | ≥2个百分点 | 2.5 | 15 15
                    效益指标 可持续影响指标 设备完好率 | ≥95% | 98% | 10 10
                    满意度指标 服务对象满意度指标 就诊群众满意度 | ≥90% | 88% | 10 9.78
                    总分 100 99.28""",
            Q03, """
                    A 2023 | 金沙镇枸杞基地节水灌溉改造项目 | - 金沙县农业农村局 | - 金沙县农业技术推广服务中心
                    total 300 300 285 - 95 -
                    currentYear 300 300 285 - 95 -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标合理性 | 合理 | 合理 | 5 5
                    项目管理(20) 资金管理 预算执行率 | 100% | 95% | 10 9.5
                    项目管理(20) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(20) 组织实施 制度执行有效性 | 有效 | 有效 | 5 5
                    产出指标(40) 数量指标 改造节水灌溉面积 | ≥3000亩 | 3200亩 | 15 15
                    产出指标(40) 数量指标 新建首部泵站 | 2座 | 2座 | 5 5
                    产出指标(40) 质量指标 工程验收合格率 | 100% | 100% | 10 10
                    产出指标(40) 时效指标 工程完工时间 | ≤2023-10-31 | 2023-10-25 | 10 10
                    效益指标(20) 经济效益指标 亩均节水量 | ≥80立方米 | 86立方米 | 10 10
                    效益指标(20) 生态效益指标 灌溉水利用系数 | ≥0.85 | 0.87 | 10 10
                    满意度指标(10) 服务对象满意度指标 种植户满意度 | ≥90% | 93% | 10 10
                    总分 100 99.5""",
            Q04, """
                    C 2023 | 农业生产防灾减灾资金 | - 云溪县农业农村局 | - 云溪县农业技术推广中心
                    total - 260 247 - 95 -
                    central - 200 192 - 96 -
                    local - 60 55 - 91.67 -
                    产出指标 数量指标 病虫害统防统治面积 | ≥5万亩 | 5.3万亩 | - -
                    产出指标 数量指标 农作物受灾恢复生产面积 | ≥2万亩 | 1.8万亩 | - -
                    产出指标 质量指标 统防统治防治效果 | ≥85% | 88% | - -
                    产出指标 时效指标 资金下达时间 | ≤30日 | 25日 | - -
                    效益指标 经济效益指标 挽回粮食损失 | ≥0.6万吨 | 0.65万吨 | - -
                    效益指标 生态效益指标 化学农药使用量 | 零增长 | 零增长 | - -
                    满意度指标 服务对象满意度指标 种植户满意度 | ≥90% | 94% | - -
                    总分 - -""",
            Q05, """
                    E null | 村医能力提升培训项目 | - 红岭县卫生健康局 | - 红岭县卫生健康综合服务中心
                    total - 180 171 20 95 19
                    currentYear - 180 171 - 95 -
                    other - 0 0 - - -
                    产出指标 数量指标 培训村级卫生人员 | ≥300人次 | 312人次 | - 20
                    产出指标 数量指标 开展巡回医疗 | ≥48次 | 50次 | - -
                    产出指标 质量指标 培训考核合格率 | ≥95% | 97% | - 15
                    产出指标 时效指标 培训完成时间 | ≤2023-11-30 | 2023-11-20 | - 10
                    效益指标 社会效益指标 村卫生室诊疗服务能力 | 明显提升 | 明显提升 | - 20
                    满意度指标 服务对象满意度指标 参训人员满意度 | ≥90% | 93% | - 15
                    总分 - 99""");

    /** The rows that print a 偏差原因 (未完成原因), by name, in each file's first form; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            Q01, Map.of(),
            Q03, Map.of(),
            Q04, Map.of("农作物受灾恢复生产面积", "部分受灾地块改种经济作物，未纳入恢复面积统计"),
            Q05, Map.of());

    /** Each first form's 预期目标 and 实际完成情况 as printed (q05, family E, prints only its 年度绩效目标 1, the target). */
    private static final Map<String, List<String>> GOALS = Map.of(
            Q01, List.of("改造提升茶叶加工生产线2条，带动茶农150户以上，带动脱贫户户均增收1200元以上。",
                    "完成2条茶叶加工生产线改造并投产，带动茶农163户，带动脱贫户户均增收1350元。"),
            Q03, List.of("改造枸杞基地节水灌溉面积3000亩，新建首部泵站2座，亩均节水80立方米以上。",
                    "完成节水灌溉改造3200亩，建成首部泵站2座，亩均节水86立方米。"),
            Q04, List.of("完成病虫害统防统治5万亩，恢复受灾农作物生产2万亩，挽回粮食损失0.6万吨。",
                    "完成病虫害统防统治5.3万亩，恢复受灾农作物生产1.8万亩，挽回粮食损失0.65万吨。"),
            Q05, java.util.Arrays.asList("培训村级卫生人员300人次以上，开展巡回医疗48次以上，培训考核合格率95%以上。", null));

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    @Test
    void goalTextsAreEachInTheirField() {
        BlindFormsTest.assertGoals(GOALS);
    }

    /** q03's two content controls left showing their placeholder (单击或点击此处输入文字。) are empty 偏差原因, not text. */
    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }

    /**
     * q01's three cells with no figure are each reported where they are (the 执行率 formula saved uncomputed, the
     * #DIV/0! and the #REF! cached), and read as empty; no other file is reported (q04's table, with neither 分值 nor
     * 得分, misses no 总分).
     */
    @Test
    void onlyTheCellsWithoutAFigureAreReported() {
        for (String stem : READ.keySet()) {
            Document doc = BlindFormsTest.readBlind(stem);
            if (!stem.equals(Q01)) {
                assertEquals(List.of(), doc.problems(), stem);
            }
        }
        List<ParseProblem> problems = BlindFormsTest.readBlind(Q01).problems();
        assertEquals(List.of("自评表!F9", "自评表!F10", "自评表!H15"),
                problems.stream().map(p -> p.location().position()).toList(), problems.toString());
        assertTrue(problems.get(0).reason().contains("formula has no computed value"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("the formula error #DIV/0!"), problems.get(1).reason());
        assertTrue(problems.get(2).reason().contains("the formula error #REF!"), problems.get(2).reason());
    }

    /**
     * Each of q02's forms has its own sheet as its location, and the 汇总 sheet is the list of projects, no form; the
     * same workbook saved by Calc as an OpenDocument spreadsheet (q02b) reads the same, sheet by sheet.
     */
    @Test
    void eachProjectSheetIsAFormAndTheSummaryIsTheList() {
        for (String stem : List.of(Q02, "q02b-qingxi-xiangmu-familyD-ods-manyprojects-2023")) {
            Document doc = BlindFormsTest.readBlind(stem);
            assertEquals(READ.get(Q02), BlindFormsTest.facts(doc), stem);
            assertEquals(List.of("1-农村公路养护", "2-河道保洁", "3-卫生院设备"),
                    doc.forms().stream().map(f -> f.location().sheet()).toList(), stem);
            assertEquals(List.of("汇总!A4", "汇总!A5", "汇总!A6"),
                    doc.projectList().stream().map(p -> p.location().position()).toList(), stem);
            assertEquals(List.of(), doc.problems(), stem);
        }
    }

    /**
     * q03 as a Word 97-2003 protected form (q03b: every control a legacy FORMTEXT field, one left empty as five en
     * spaces, the 总分 sums as =SUM fields, 工程完工时间's actual typed into a template's 2023年{10}月{25}日 fields) reads
     * as q03: with two fields in one cell the second kept its code on main, "2023年10月 FORMTEXT 25日", read as the
     * month's end.
     */
    @Test
    void aWord97FormWithLegacyFieldsReadsAsTheDocx() {
        Document doc = BlindFormsTest.readBlind("q03b-jinsha-gouqi-familyL-doc-formfields-2023");
        assertEquals(READ.get(Q03), BlindFormsTest.facts(doc));
        assertEquals(List.of(), doc.problems());
        assertTrue(doc.forms().get(0).indicators().stream().allMatch(row -> row.deviation() == null), BlindFormsTest.facts(doc));
    }

    /**
     * An OpenDocument text (.odt, as LibreOffice and WPS save one) is read like a Word document (OdtReader; it was
     * refused by its kind when this round was made): one without a form says so, not "a ZIP archive that is not an
     * xlsx or docx".
     */
    @Test
    void anOpenDocumentTextIsReadAsADocument() throws IOException {
        Path odt = folder.resolve("form.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Document doc = Fixtures.read(odt);
        assertTrue(doc.forms().isEmpty());
        assertEquals("odt", doc.layout());
        assertEquals(perfaudit.ingest.NoForm.REASON, doc.problems().get(0).reason(), doc.problems().toString());
    }

    /**
     * q05 with its 开展巡回医疗 row collapsed (hidden in Calc) and its 培训考核合格率 cell a formula saved with no value:
     * the hidden row is left out and noted, as in a workbook, and the formula reported and read as empty.
     */
    @Test
    void anOdsHidesAndReportsAsAWorkbookDoes() throws IOException {
        String content = odsContent(Q05);
        int row = content.lastIndexOf("<table:table-row ", content.indexOf("<text:p>开展巡回医疗</text:p>"));
        String hidden = content.substring(0, row) + "<table:table-row table:visibility=\"collapse\" "
                + content.substring(row + "<table:table-row ".length());
        hidden = hidden.replace("<table:table-cell table:style-name=\"ce3\" office:value-type=\"string\" calcext:value-type=\"string\">"
                + "<text:p>97%</text:p></table:table-cell>", "<table:table-cell table:formula=\"of:=[.E15]\"/>");
        assertTrue(hidden.contains("of:=[.E15]"), "the cell to empty is found");
        Document doc = withOdsContent(Q05, hidden);
        String facts = BlindFormsTest.facts(doc);
        assertTrue(!facts.contains("开展巡回医疗"), facts);
        assertTrue(facts.contains("产出指标 质量指标 培训考核合格率 | ≥95% | - | - 15"), facts);
        // besides the note that the title (项目支出绩效自评表) names family A over an E layout (Residuals 4)
        List<perfaudit.model.ParseProblem> notes = doc.notes().stream().filter(n -> !n.reason().contains("family E's")).toList();
        assertEquals(1, notes.size(), doc.notes().toString());
        assertTrue(notes.get(0).reason().contains("were left out of the form as printed"), notes.get(0).reason());
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        assertEquals("Sheet1!E15", doc.problems().get(0).location().position());
    }

    /**
     * q01 as other exporters write it: its 项目完工率 row a 时效 indicator whose actual is a {@code t="d"} cell (an ISO
     * date, no serial number) reads as that date, not as the number 2023 with "-10-26T00:00:00" for a unit; q01 in the
     * Strict Open XML namespaces is refused saying so, not as a damaged workbook.
     */
    @Test
    void anIsoDateCellIsADateAndAStrictWorkbookIsRefusedByName() throws IOException {
        String row = "<is><t>项目完工率</t></is></c><c><v>10</v></c><c t=\"inlineStr\"><is><t>100%</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>100%</t></is></c>";
        Document dated = rewritten(Q01 + ".et", "dated.xlsx", xml -> xml.replace(row, "<is><t>项目完工时间</t></is></c>"
                + "<c><v>10</v></c><c t=\"inlineStr\"><is><t>2023年10月底前</t></is></c><c t=\"d\"><v>2023-10-26T00:00:00</v></c>"));
        assertTrue(BlindFormsTest.facts(dated).contains("产出指标 时效指标 项目完工时间 | ≤2023-10-31 | 2023-10-26 | 10 10"),
                BlindFormsTest.facts(dated));
        Document strict = rewritten(Q01 + ".et", "strict.xlsx", xml -> xml
                .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships"));
        assertTrue(strict.forms().isEmpty());
        assertTrue(strict.problems().get(0).reason().contains("is in the Strict Open XML format"), strict.problems().toString());
    }

    /** The blind zip file {@code file} with every entry's text passed through {@code edit}, written as {@code name} and read. */
    private Document rewritten(String file, String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path copy = folder.resolve(name);
        try (ZipFile zip = new ZipFile(Path.of("src", "test", "resources", "perfaudit", "blind", file).toFile());
             OutputStream out = Files.newOutputStream(copy); ZipOutputStream to = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                to.putNextEntry(new ZipEntry(entry.getName()));
                to.write(edit.apply(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
                to.closeEntry();
            }
        }
        return Fixtures.read(copy);
    }

    private static String odsContent(String stem) throws IOException {
        try (ZipFile zip = new ZipFile(Path.of("src", "test", "resources", "perfaudit", "blind", stem + ".ods").toFile())) {
            return new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Document withOdsContent(String stem, String content) throws IOException {
        Path copy = folder.resolve(stem + ".ods");
        try (ZipFile zip = new ZipFile(Path.of("src", "test", "resources", "perfaudit", "blind", stem + ".ods").toFile());
             OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("content.xml") ? content.getBytes(StandardCharsets.UTF_8)
                        : zip.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        return Fixtures.read(copy);
    }
}
