package perfaudit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The eighteenth round of hand-made forms (r01–r05 in src/test/resources/perfaudit/blind, see its README.md), written
 * blind, each arriving through a text channel no earlier round tried: a family D form saved by Excel as CSV (UTF-8
 * with a BOM, quoted cells holding commas, "" and line breaks, trailing empty cells), a family C form as a Markdown
 * table (a heading for the title, the |---| separator row, {@code \|} and {@code <br>} inside cells), a family B
 * form in "|" rows hard-wrapped at 60 characters by a mail client (rows, words and figures broken), a form with a
 * 20-point budget copied from a web page with its character references undecoded ({@code &nbsp; &gt;= &#8805;}),
 * zero-width spaces, soft hyphens and no-break spaces inside figures, and a family L form copied from a browser's
 * table into Notepad and saved as "Unicode" (UTF-16LE with CRLF, rows under a rowspan losing their first cells,
 * full-width digits with thousands separators). Facts in {@link BlindFormsTest#facts(perfaudit.model.Form)}'s notation.
 */
public class BlindForms18Test {

    private static final String CSV = "r01-yuechi-guanqu-familyD-csv-bom-2023";
    private static final String MARKDOWN = "r02-nanxi-yinshui-familyC-markdown-2023";
    private static final String WRAPPED = "r03-jinzhai-chaye-familyB-mailwrap-2022";
    private static final String ENTITIES = "r04-yicheng-gengdi-familyE-entities-invisible-2023";
    private static final String BROWSER = "r05-xingqing-gongnuan-familyL-browsercopy-utf16-2023";

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry(CSV, """
                    D 2023 | 51162221T000000417263-"两河口"灌区渠系配套改造 | 162 岳池县水利局 | 162003 岳池县灌区管理所
                    total 1260 1180 1121 10 95 9.5
                    currentYear 1260 1180 1121 - 95 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 0 0 - - -
                    产出指标 数量指标 改造干支渠长度 | ≥18公里 | 18.6 | 15 15
                    产出指标 数量指标 配套渠系建筑物数量 | ≥46座 | 44 | 10 9.57
                    产出指标 质量指标 工程验收合格率 | ≥95% | 100 | 10 10
                    产出指标 时效指标 工程完工时间 | ≤2023-11-30 | 2023-11-28 | 10 10
                    产出指标 成本指标 渠道改造每公里成本 | ≤60万元/公里 | 58.2 | 5 5
                    效益指标 经济效益指标 灌区年增产粮食 | ≥1500吨 | 1620 | 10 10
                    效益指标 社会效益指标 受益农户数 | ≥3200户 | 3350 | 10 10
                    效益指标 可持续影响指标 工程设计使用年限 | ≥20年 | 20 | 10 10
                    满意度指标 服务对象满意度指标 受益群众满意度（抽样调查） | ≥90% | 92 | 10 10
                    总分 100 99.07"""),
            Map.entry(MARKDOWN, """
                    C 2023 | 农村饮水安全巩固提升补助资金 | - 南溪县水利局 | - 南溪县农村供水管理站
                    total - 640 608 - 95 -
                    central - 500 480 - 96 -
                    local - 140 128 - 91.43 -
                    产出指标 数量指标 新建集中供水工程 | ≥6处 | 6处 | - -
                    产出指标 数量指标 改造供水管网长度 | ≥42公里 | 40公里 | - -
                    产出指标 质量指标 供水水质达标率（出厂水|末梢水） | ≥95% | 96.5% | - -
                    产出指标 时效指标 工程完工时间 | ≤2023-12-31 | 2023-12-20 | - -
                    效益指标 社会效益指标 受益农村人口 | ≥3.6万人 | 3.7万人 | - -
                    效益指标 可持续影响指标 工程运行管护机制建立率 | 100% | 100% | - -
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 94% | - -
                    总分 - -"""),
            Map.entry(WRAPPED, """
                    B 2022 | 金寨县高山茶园提质增效项目 | 322 金寨县农业农村局 | 322006 金寨县茶叶产业发展中心
                    total - 350 329 10 94 9.4
                    currentYear - 300 282 - - -
                    carryOver - 50 47 - - -
                    other - 0 0 - - -
                    产出指标 数量指标 ★改造提升高山茶园面积 | ≥8000亩 | 8200亩 | 15 15
                    产出指标 数量指标 新建标准化加工厂房 | 2座 | 2座 | 10 10
                    产出指标 质量指标 茶园改造验收合格率 | ≥95% | 97% | 10 10
                    产出指标 时效指标 项目完工时间 | ≤2022-11-30 | 2022-11-25 | 10 10
                    产出指标 成本指标 茶园改造亩均补助标准 | ≤1500元/亩 | 1450元/亩 | 5 5
                    效益指标 经济效益指标 ★带动脱贫户增收户数 | ≥500户 | 512户 | 15 15
                    效益指标 社会效益指标 茶农技术培训人次 | ≥1200人次 | 1080人次 | 10 9
                    效益指标 可持续影响指标 茶园综合管护机制建立率 | 100% | 100% | 5 5
                    满意度指标 服务对象满意度指标 受益茶农满意度 | ≥90% | 95% | 10 10
                    总分 100 98.4"""),
            Map.entry(ENTITIES, """
                    E 2023 | 宜城市耕地质量提升项目 | - 宜城市农业农村局 | - 宜城市农业技术推广中心
                    total - 2400 2256 20 94 18.8
                    产出指标(50) 数量指标 耕地质量提升面积 | ≥5000亩 | 4800亩 | - 19.2
                    产出指标(50) 数量指标 测土配方施肥技术覆盖率 | ≥90% | 92% | - -
                    产出指标(50) 质量指标 土壤有机质含量提高 | ≥0.2个百分点 | 0.25个百分点 | - 10
                    产出指标(50) 时效指标 项目完成时间 | ≤2023-12-31 | 2023-11-30 | - 10
                    产出指标(50) 成本指标 亩均补助标准 | ≤300元/亩 | 290元/亩 | - 10
                    效益指标(20) 经济效益指标 亩均节本增效 | ≥100元 | 120元 | - 10
                    效益指标(20) 生态效益指标 化肥使用量减少 | ≥3% | 3.5% | - 10
                    满意度指标(10) 服务对象满意度指标 项目区农户满意度 | ≥90% | 93% | - 10
                    总分 - 98"""),
            Map.entry(BROWSER, """
                    A 2023 | 兴庆区老旧小区供暖管网改造 | - 兴庆区住房和城乡建设局 | - 兴庆区市政设施维护中心
                    total 1860 1920 1785.6 - 93 -
                    currentYear 1860 1860 1730 - 93.01 -
                    carryOver 0 60 55.6 - 92.67 -
                    other 0 0 0 - - -
                    项目决策(10) 项目立项 立项依据充分性 | 充分 | 充分 | 5 5
                    项目决策(10) 绩效目标 绩效目标明确性 | 明确 | 明确 | 5 5
                    项目管理(25) 资金管理 预算执行率 | 100% | 93% | 10 9.3
                    项目管理(25) 资金管理 资金使用合规性 | 合规 | 合规 | 5 5
                    项目管理(25) 组织实施 管理制度健全性 | 健全 | 健全 | 5 5
                    项目管理(25) 组织实施 制度执行有效性 | 有效 | 有效 | 5 5
                    产出指标(35) 数量指标 改造供暖管网长度 | ≥12.5公里 | 12.8公里 | 15 15
                    产出指标(35) 质量指标 管网试压合格率 | 100% | 100% | 10 10
                    产出指标(35) 时效指标 供暖季前完工时间 | ≤2023-10-15 | 2023-10-12 | 10 10
                    效益指标(20) 社会效益指标 受益居民户数 | ≥3200户 | 3410户 | 10 10
                    效益指标(20) 可持续影响指标 管网设计使用年限 | ≥30年 | 30年 | 10 10
                    满意度指标(10) 服务对象满意度指标 供暖居民满意度 | ≥90% | 91% | 10 10
                    总分 100 99.3"""));

    /** Each form's 预期目标 and 实际完成情况 as printed (r01, family D, prints 项目基本情况 instead; r04, family E, none). */
    private static final Map<String, List<String>> GOALS = Map.of(
            MARKDOWN, List.of("1.新建集中供水工程6处；2.改造供水管网42公里。", "1.新建集中供水工程6处；2.改造供水管网40公里。"),
            WRAPPED, List.of("改造提升高山茶园8000亩，新建标准化加工厂房2座，带动脱贫户500户增收。",
                    "改造提升高山茶园8200亩，新建标准化加工厂房2座，带动脱贫户512户增收。"),
            BROWSER, List.of("改造老旧小区供暖管网12.5公里，惠及居民3200户，供暖季前完工。",
                    "改造供暖管网12.8公里，惠及居民3410户，2023年10月12日完工。"));

    /** The rows that print a 偏差原因 (未完成原因), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            CSV, Map.of("配套渠系建筑物数量", "2座节制闸因征地协调延至次年,已落实资金"),
            MARKDOWN, Map.of("改造供水管网长度", "部分村组管网改造因雨季推迟，已于2024年3月完工"),
            WRAPPED, Map.of("茶农技术培训人次", "秋茶采摘期农户外出务工，部分培训延至2023年春季补训"),
            BROWSER, Map.of("预算执行率", "部分工程尾款按合同于次年质保期满后支付"));

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
    }

    /** The CSV is a grid: nothing unread, each indicator located at its record's cell as a spreadsheet shows the CSV. */
    @Test
    void aCsvExportIsReadAsAGridWithCellLocations() {
        Document csv = BlindFormsTest.readBlind(CSV);
        assertEquals("csv", csv.layout());
        assertEquals(List.of(), csv.problems());
        // record 15, though the line breaks in three quoted header cells put it on line 18 of the text
        Indicator second = csv.forms().get(0).indicators().get(1);
        assertEquals("D15", second.location().position());
    }

    /**
     * A quote never closed would swallow the rest of the file into one cell: it is reported, and the lines after it are
     * read as records (评价结论's quote left open: the signature line after it is still a record of its own). Since
     * Residuals 4 the signature line, a whole record of the grid, bounds the quoted field: the quote is reported as
     * stray at once rather than as never closed (ResidualsFourTest).
     */
    @Test
    void anUnclosedQuoteIsReported() throws IOException {
        Document doc = Fixtures.readWith(blind(CSV + ".csv"), "评价结论,\"项目完成年度绩效目标,自评等级为优。\"",
                "评价结论,\"项目完成年度绩效目标,自评等级为优。", "r01-unclosed.csv");
        assertTrue(doc.problems().stream().anyMatch(p -> p.reason().contains("stray quote")
                && p.location().line() == 28), doc.problems().toString());
        assertEquals(READ.get(CSV), BlindFormsTest.facts(doc));
    }

    /**
     * A folder walk reads a .csv holding a form (it used to leave every .csv out, for perfaudit's own findings.csv) and
     * still leaves out, and lists for the log, a CSV that holds none: perfaudit's findings.csv, whose records open with
     * a status.
     */
    @Test
    void aFolderWalkReadsAFormCsvAndLeavesOutOtherCsv(@TempDir Path folder) throws IOException {
        Files.copy(blind(CSV + ".csv"), folder.resolve("r01.csv"));
        Files.writeString(folder.resolve("findings.csv"), "\uFEFFstatus,ruleId,severity,file,form,unit,line,sheet\r\n"
                + "NEW,MISS-ACTUAL,ERROR,forms/a.txt,项目名称,,12,\r\n", StandardCharsets.UTF_8);
        List<Path> skipped = new ArrayList<>();
        List<Path> files = Inputs.collect(List.of(folder), skipped);
        assertEquals(List.of(folder.resolve("r01.csv")), files);
        assertEquals(List.of(folder.resolve("findings.csv")), skipped);
    }

    /** r03's three wrapped rows are each noted, read whole; its two signature lines after the table stay unread, reported. */
    @Test
    void wrappedRowsAreNoted() {
        Document wrapped = BlindFormsTest.readBlind(WRAPPED);
        assertEquals(3, wrapped.notes().stream().filter(n -> n.reason().contains("hard-wrapped")).count());
        assertEquals(List.of("吴国庆", "金寨县茶叶产业发展中心"), wrapped.problems().stream().map(p -> p.text()).toList());
    }

    /**
     * A reference HTML does not name, and a bare "&", are text as printed: only the page's own traces are read. The
     * no-break space grouping 4 800 is a thousands separator.
     */
    @Test
    void onlyNamedReferencesAreDecoded() throws IOException {
        Document doc = Fixtures.readWith(blind(ENTITIES + ".txt"), "部分地块因秋汛推迟施工", "部分地块因秋汛&foo;R&D推迟施工",
                "r04-unknown.txt");
        assertEquals("部分地块因秋汛&foo;R&D推迟施工，提升面积4800亩，余200亩延至2024年春季完成。", doc.forms().get(0).formDeviation());
    }

    private static Path blind(String file) {
        return Path.of("src", "test", "resources", "perfaudit", "blind", file);
    }
}
