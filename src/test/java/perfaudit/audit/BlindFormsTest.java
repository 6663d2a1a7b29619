package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.model.CodedName;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-made forms (src/test/resources/perfaudit/blind, see its README.md), written from the field guide
 * LAYOUTS.md as a blind tester would: template families in serialisations and spellings the corpora do not
 * pair. Each form's facts are what an auditor reads off the form, typed by hand: header, funds rows, every
 * indicator's target / actual / 分值 / 得分, the 总分. The reader must give exactly these, or refuse a cell
 * it cannot be sure of (b08's "290%"), never a silent misreading.
 */
public class BlindFormsTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "perfaudit", "blind");

    /** File stem → the facts an auditor reads, one per line (see {@link #facts(Form)}). */
    private static final Map<String, String> READ = Map.ofEntries(Map.entry(
            "b01-qingxi-wenhua-fanti-pipe-2023", """
                    A 2023 | 鄉村文化活動中心運維經費 | 108 青溪縣文化廣電和旅遊局 | 108003 青溪縣文化館
                    total 50 60 54 10 90 9
                    currentYear 50 55 50 - - -
                    carryOver 0 5 4 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 舉辦文化活動場次 | ≥40场 | 42场 | 20 20
                    产出指标(50) 质量指标 活動安全事故發生率 | ≤1% | 0% | 10 10
                    产出指标(50) 时效指标 資金支付完成時間 | ≤2023-12-31 | 2023-12-20 | 10 10
                    产出指标(50) 成本指标 單場活動成本 | ≤1.5万元 | 1.29万元 | 10 10
                    效益指标(30) 社会效益指标 受益群眾人次 | ≥8000人次 | 7200人次 | 30 27
                    满意度指标(10) 服务对象满意度指标 群眾滿意度 | ≥90% | 93% | 10 10
                    总分 100 96"""),
            Map.entry(
            "b02-linchuan-ludeng-oneline-2022", """
                    A 2022 | 城区背街小巷路灯改造 | 215 临川市住房和城乡建设局 | 215007 临川市市政设施管理处
                    total 120 135 128.25 10 95 9.5
                    currentYear 120 120 113.25 - - -
                    carryOver 0 15 15 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 改造路灯数量 | ≥320盏 | 335盏 | 20 20
                    产出指标(50) 质量指标 路灯亮灯率 | ≥98% | 99.2% | 15 15
                    产出指标(50) 时效指标 改造完工时间 | ≤2022-10-31 | 2022-10-31 | 5 5
                    产出指标(50) 成本指标 改造总成本 | ≤135万元 | 128.25万元 | 10 10
                    效益指标(30) 社会效益指标 夜间交通事故下降率 | ≥10% | 8% | 30 24
                    满意度指标(10) 服务对象满意度指标 沿街居民满意度 | ≥95% | 96% | 10 10
                    总分 100 93.5"""),
            Map.entry(
            "b03-dongling-guangfu-spacerows-2021", """
                    B 2021 | 光明村光伏电站运维补助 | 203 东岭县乡村振兴局 | - 东岭县光明镇人民政府
                    total - 80 72 10 90 9
                    currentYear - 80 72 - - -
                    other - 0 0 - - -
                    产出指标(50) 数量指标 运维电站数量 | 1座 | 1座 | 20 20
                    产出指标(50) 质量指标 电站年发电量 | ≥50万千瓦时 | 46万千瓦时 | 15 13.8
                    产出指标(50) 时效指标 补助资金拨付及时率 | 100% | 100% | 15 15
                    效益指标(30) 经济效益指标 ★村集体经济收入 | ≥30万元 | 32万元 | 15 15
                    效益指标(30) 可持续影响指标 电站持续运行年限 | ≥20年 | 20年 | 15 15
                    满意度指标(10) 服务对象满意度指标 受益户满意度 | ≥90% | 95% | 10 10
                    总分 100 97.8"""),
            Map.entry(
            "b04-beijiang-gonglu-cellperline-2023", """
                    D 2023 | 51132421T000000123456-农村公路日常养护补助 | - 北江县交通运输局 | - 北江县公路养护中心
                    total 200 186.5 167.85 10 90 9
                    currentYear 200 186.5 167.85 - 90 -
                    other - - - - - -
                    specialAccount 0 0 0 - 0 -
                    unitFunds 0 0 0 - 0 -
                    产出指标 数量指标 养护农村公路里程 | ≥120公里 | 126 | 30 30
                    产出指标 质量指标 路面优良率 | ≥80% | 76 | 20 19
                    产出指标 时效指标 养护及时率 | =100% | 100 | 10 10
                    效益指标 社会效益指标 群众出行条件 | 明显改善 | 明显改善 | 20 20
                    满意度指标 服务对象满意度指标 沿线群众满意度 | ≥90% | 92 | 10 10
                    总分 100 98"""),
            Map.entry(
            "b05-nantang-nongtian-hubei-2022", """
                    E 2022 | 高标准农田建后管护 | - 南塘县农业农村局 | - 南塘县农田建设服务中心
                    total - 300 270 20 90 18
                    产出指标(40) 数量指标 管护农田面积 | ≥5000亩 | 5200亩 | - 10
                    产出指标(40) 质量指标 灌排设施完好率 | ≥95% | 90% | - 9.47
                    产出指标(40) 时效指标 管护资金拨付时间 | ≤2022-11-30 | 2022-11-30 | - 10
                    产出指标(40) 成本指标 每亩管护成本 | ≤600元/亩 | 519元/亩 | - 10
                    效益指标(30) 经济效益指标 亩均增产 | ≥50公斤 | 55公斤 | - 10
                    效益指标(30) 社会效益指标 农田旱涝保收能力 | 明显提高 | 明显提高 | - 10
                    效益指标(30) 可持续影响指标 设施使用年限 | ≥10年 | 10年 | - 10
                    满意度指标(10) 服务对象满意度指标 农户满意度 | ≥90% | 94% | - 10
                    总分 - 97.47"""),
            Map.entry(
            "b06-lanshan-manbing-scorefirst-2024", """
                    A 2024 | 基层医疗机构慢病随访服务 | 306 岚山区卫生健康委员会 | 306012 岚山区社区卫生服务中心
                    total 40 40 34 10 85 8.5
                    currentYear 40 40 34 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 慢病患者随访人次 | ≥6000人次 | 5400人次 | 30 27
                    产出指标(50) 质量指标 随访记录规范率 | ≥95% | 96% | 20 20
                    效益指标(30) 社会效益指标 慢病患者血压控制率 | ≥60% | 48% | 30 24
                    满意度指标(10) 服务对象满意度指标 随访对象满意度 | ≥90% | 91% | 10 10
                    总分 100 89.5"""),
            Map.entry(
            "b07-xihe-yinshui-transfer-flow-2023", """
                    C 2023 | 农村饮水安全巩固提升 | - 西河县水利局 | - 西河县农村供水管理站
                    total - 500 480 - 96 -
                    central - 300 300 - 100 -
                    local - 200 180 - 90 -
                    产出指标 数量指标 维修改造供水工程数量 | ≥25处 | 26处 | - -
                    产出指标 质量指标 农村自来水普及率 | ≥88% | 86% | - -
                    产出指标 时效指标 工程完工时间 | ≤2023-11-30 | 2023-11-25 | - -
                    效益指标 社会效益指标 受益农村人口 | ≥2.1万人 | 2.3万人 | - -
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 95% | - -
                    总分 - -"""),
            Map.entry(
            "b08-heshan-baojie-ocr-2022", """
                    A 2022 | 城区道路清扫保洁服务 | 412 鹤山县城市管理局 | 412005 鹤山县环境卫生管理所
                    total 260 260 247 10 95 9.5
                    currentYear 260 260 247 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 清扫保洁面积 | ≥180万平方米 | 180万平方米 | 20 20
                    产出指标(50) 质量指标 道路机扫率 | - | 88% | 15 14.67
                    产出指标(50) 时效指标 垃圾清运及时率 | 100% | 100% | 15 15
                    效益指标(30) 社会效益指标 市容环境改善 | 明显改善 | 明显改善 | 30 30
                    满意度指标(10) 服务对象满意度指标 市民满意度 | ≥85% | 92% | 10 10
                    总分 100 99.17"""),
            Map.entry(
            "b09-pingchuan-jibenyaowu-ocrglyphs-2021", """
                    A 2021 | 村级卫生室基本药物补助 | 517 平川县卫生健康局 | 517021 平川县疾病预防控制中心
                    total 36 36 36 10 100 10
                    currentYear 36 36 36 - - -
                    carryOver - - - - - -
                    other - - - - - -
                    产出指标(50) 数量指标 补助村卫生室数量 | ≥120个 | 124个 | 20 20
                    产出指标(50) 质量指标 基本药物配备使用率 | ≥95% | 97% | 15 15
                    产出指标(50) 时效指标 补助资金拨付及时率 | ≥95% | 100% | 15 15
                    效益指标(30) 社会效益指标 群众就医负担 | 有效减轻 | 有效减轻 | 30 30
                    满意度指标(10) 服务对象满意度指标 村医满意度 | ≥90% | 93% | 10 10
                    总分 100 100"""),
            Map.entry(
            "b10-yongning-wushui-aprime-yuan-2023", """
                    A' 2023 | 乡镇污水处理站运行维护 | - 永宁县住房和城乡建设局 | - 永宁县排水管理站
                    total 120 150 135 10 90 9
                    currentYear 120 120 105 - - -
                    carryOver 0 30 30 - - -
                    other 0 0 0 - - -
                    产出指标 数量指标 运行污水处理站数量 | =3个 | 3 | 20 20
                    产出指标 质量指标 出水水质达标率 | ≥95% | 92 | 20 19.37
                    产出指标 成本指标 单站年运维成本 | ≤50万元 | 45 | 10 10
                    效益指标 生态效益指标 年削减化学需氧量 | ≥120吨 | 126 | 30 30
                    满意度指标 服务对象满意度指标 周边群众满意度 | ≥90% | 93 | 10 10
                    总分 100 98.37"""),
            Map.entry("b11-donghu-yanglao-fanti-cellperline-2024", """
                    A 2024 | 社區居家養老服務補貼 | 311 東湖區民政局 | 311004 東湖區社會福利中心
                    total 88.5 88.5 79.65 10 90 9
                    currentYear 88.5 88.5 79.65 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标(50) 数量指标 補貼發放人數 | ≥600人 | 612人 | 25 25
                    产出指标(50) 时效指标 補貼按月發放率 | ≥95% | 100% | 25 25
                    效益指标(30) 社会效益指标 老年人居家生活質量 | 逐步提高 | 逐步提高 | 30 30
                    满意度指标(10) 服务对象满意度指标 老年人滿意度 | ≥90% | 86% | 10 9.56
                    总分 100 98.56"""),
            Map.entry("b12-yudong-danganguan-bumenzhengti-2022", """
                    I 2022 | null | - - | - 重庆市渝东区档案馆
                    total 320.5 340.2 326.59 10 96 9.6
                    产出指标 数量指标 接收进馆档案数量 | ≥1万卷 | 1.2 | 30 30
                    产出指标 质量指标 档案数字化率 | ≥60% | 55 | 20 18.33
                    效益指标 社会效益指标 档案查阅利用人次 | ≥3000人次 | 3200 | 30 30
                    满意度指标 服务对象满意度指标 查档群众满意度 | ≥90% | 97 | 10 10
                    总分 - 95.6"""));

    /** File stem → the parse problems the form must report (a cell refused rather than guessed), as reason fragments. */
    private static final Map<String, List<String>> REFUSED = Map.of(
            "b08-heshan-baojie-ocr-2022", List.of("'290%' may be an OCR'd '≥90%'"));

    @Test
    void eachBlindFormReadsAsAnAuditorReadsIt() {
        for (Map.Entry<String, String> expected : READ.entrySet()) {
            Document doc = read(expected.getKey());
            assertEquals(1, doc.forms().size(), expected.getKey() + ": forms");
            assertEquals(expected.getValue(), facts(doc.forms().get(0)), expected.getKey());
        }
    }

    /** ^ and 工 before a figure are an OCR'd ≥ (b09): read so, and each correction noted for the auditor. */
    @Test
    void certainGlyphsAreReadAsGreaterOrEqualAndNoted() throws Exception {
        Document doc = read("b09-pingchuan-jibenyaowu-ocrglyphs-2021");
        List<String> noted = doc.notes().stream().map(p -> p.text()).toList();
        assertEquals(List.of("^120个", "工95%"), noted);
        // a 工 that leads words, not a figure, is text as printed
        Path file = FOLDER.resolve("b09-pingchuan-jibenyaowu-ocrglyphs-2021.txt");
        Document words = Fixtures.readWith(file, "工95%", "工作规范", "b09-words.txt");
        assertEquals("工作规范", words.forms().get(0).indicators().get(1).target().raw());
    }

    /** The last row's 偏差原因, one cell per line right before 总分, is that row's (b11), not a row without figures. */
    @Test
    void lastRowKeepsItsReasonBeforeTheTotal() {
        Form form = read("b11-donghu-yanglao-fanti-cellperline-2024").forms().get(0);
        assertEquals("個別服務人員更換頻繁", form.indicators().get(form.indicators().size() - 1).deviation());
    }

    /** A last row ending in its 是否核心指标 mark reaches the last column (b12): whole, its 否 the mark, not a 说明. */
    @Test
    void lastRowEndingInItsCoreMarkIsWhole() {
        Form form = read("b12-yudong-danganguan-bumenzhengti-2022").forms().get(0);
        assertEquals(List.of(true, false, false, false), form.indicators().stream().map(Indicator::core).toList());
        Indicator last = form.indicators().get(form.indicators().size() - 1);
        assertNull(last.deviation());
        assertTrue(!last.truncated());
    }

    @Test
    void onlyTheRefusedCellsAreReportedAsProblems() {
        for (String stem : READ.keySet()) {
            List<String> reasons = read(stem).problems().stream().map(p -> p.reason()).toList();
            List<String> refused = REFUSED.getOrDefault(stem, List.of());
            assertEquals(refused.size(), reasons.size(), stem + ": " + reasons);
            for (String fragment : refused) {
                assertTrue(reasons.stream().anyMatch(r -> r.contains(fragment)), stem + ": " + reasons);
            }
        }
    }

    /** The 总分 row follows the indicator header's order: the header alone swapped back to 分值 / 得分 reads its figures so. */
    @Test
    void totalFollowsTheHeadersOrderEitherWay() throws Exception {
        Path file = FOLDER.resolve("b06-lanshan-manbing-scorefirst-2024.txt");
        Document swapped = Fixtures.readWith(file, "实际完成值\t得分\t分值", "实际完成值\t分值\t得分", "b06-weight-first.txt");
        Form form = swapped.forms().get(0);
        assertEquals(0, new BigDecimal("89.5").compareTo(form.total().weight()));
        assertEquals(0, new BigDecimal("100").compareTo(form.total().score()));
    }

    /** A leading 2 is ≥ only where nothing else reads: a target with ≥, or 200 % (00 is no per-cent), reads as printed. */
    @Test
    void aDigitGlyphTargetIsRefusedOnlyWhereAmbiguous() throws Exception {
        Path file = FOLDER.resolve("b08-heshan-baojie-ocr-2022.txt");
        assertEquals("≥90%", target(Fixtures.readWith(file, "道路机扫率 290%", "道路机扫率 ≥90%", "b08-ge.txt")));
        assertEquals("200%", target(Fixtures.readWith(file, "道路机扫率 290%", "道路机扫率 200%", "b08-200.txt")));
        assertEquals("-", target(Fixtures.readWith(file, "道路机扫率 290%", "道路机扫率 2100%", "b08-2100.txt")));
        // an actual above 100 %: a target above 100 % is what the row is about, read as printed
        assertEquals("290%", target(Fixtures.readWith(file, "290% 88%", "290% 300%", "b08-growth.txt")));
    }

    private static String target(Document doc) {
        return doc.forms().get(0).indicators().stream().filter(i -> i.name().equals("道路机扫率"))
                .map(i -> measure(i.target())).findFirst().orElseThrow();
    }

    private static Document read(String stem) {
        return Fixtures.read(FOLDER.resolve(stem + ".txt"));
    }

    /** Each blind form's 预期目标 and 实际完成情况 (the first form of each file), as the auditor reads them. */
    static void assertGoals(Map<String, List<String>> goals) {
        goals.forEach((stem, goal) -> {
            Form form = readBlind(stem).forms().get(0);
            assertEquals(goal.get(0), form.goal().expected(), stem);
            assertEquals(goal.get(1), form.goal().actual(), stem);
        });
    }

    /** Each blind form's 偏差原因 by row name; every row not named has none. */
    static void assertDeviations(Map<String, Map<String, String>> deviations) {
        deviations.forEach((stem, reasons) -> {
            for (Indicator row : readBlind(stem).forms().get(0).indicators()) {
                assertEquals(reasons.get(row.name()), row.deviation(), stem + " " + row.name());
            }
        });
    }

    /** The blind form whose file name is {@code stem} and an extension (.txt, .html, .xlsx, .docx), read. */
    static Document readBlind(String stem) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(FOLDER)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(stem + ".")).findFirst().orElseThrow();
            return Fixtures.read(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each blind file read as the auditor reads it: every form's {@link #facts(Form)}, in order, per file stem. */
    static void assertRead(Map<String, String> read) {
        org.junit.jupiter.api.Assertions.assertAll(read.entrySet().stream()
                .map(e -> () -> assertEquals(e.getValue(), facts(readBlind(e.getKey())), e.getKey())));
    }

    /** All forms of a document in {@link #facts(Form)}'s notation, one after the other. */
    static String facts(Document doc) {
        return doc.forms().stream().map(BlindFormsTest::facts).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The form's facts as the auditor types them: header, funds rows, indicator rows, 总分. */
    static String facts(Form form) {
        List<String> lines = new ArrayList<>();
        lines.add(form.template().family() + " " + form.year() + " | " + form.projectName() + " | "
                + coded(form.department()) + " | " + coded(form.implementingUnit()));
        form.funds().forEach((line, f) -> lines.add(funds(line, f)));
        for (Indicator i : form.indicators()) {
            String level1 = i.level1() + (i.level1Points() == null ? "" : "(" + n(i.level1Points()) + ")");
            lines.add(level1 + " " + i.level2() + " " + i.name() + " | " + measure(i.target()) + " | " + measure(i.actual())
                    + " | " + n(i.weight()) + " " + n(i.score()));
        }
        lines.add("总分 " + (form.total() == null ? "- -" : n(form.total().weight()) + " " + n(form.total().score())));
        return String.join("\n", lines);
    }

    private static String funds(FundLine line, Funds f) {
        return line.key() + " " + n(f.initialBudget()) + " " + n(f.annualBudget()) + " " + n(f.executed()) + " "
                + n(f.weight()) + " " + n(f.executionRate()) + " " + n(f.score());
    }

    private static String coded(CodedName name) {
        return name == null ? "- -" : (name.code() == null ? "-" : name.code()) + " " + name.name();
    }

    private static String measure(Measure m) {
        if (m == null) {
            return "-";
        }
        String comparator = m.comparator() == null ? "" : m.comparator();
        return switch (m.kind()) {
            case DATE -> comparator + m.date();
            case NUMBER -> comparator + n(m.value()) + (m.unit() == null ? "" : m.unit());
            default -> m.raw();
        };
    }

    private static String n(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    /** The document.xml of the blind docx {@code stem}. */
    static String documentXml(String stem) throws IOException {
        try (ZipFile zip = new ZipFile(FOLDER.resolve(stem + ".docx").toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The blind docx {@code stem} with its document.xml replaced by {@code xml}, written into {@code folder} and read. */
    static Document withDocument(Path folder, String stem, String xml) throws IOException {
        Path copy = folder.resolve(stem + "-" + xml.hashCode() + ".docx");
        try (ZipFile zip = new ZipFile(FOLDER.resolve(stem + ".docx").toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("word/document.xml") ? xml.getBytes(StandardCharsets.UTF_8)
                        : zip.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        return Fixtures.read(copy);
    }
}
