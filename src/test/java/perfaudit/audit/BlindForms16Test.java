package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Value;
import perfaudit.model.CodedName;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sixteenth blind round (p01–p05 in src/test/resources/perfaudit/blind, see its README.md): invented forms of
 * families B, D, C (繁體), E and 部门整体, printed by LibreOffice, made to look scanned (skew, speckle, a darker grey,
 * JPEG, a red seal: {@code blind/ocr-src/Degrade.java}) and read by a real OCR engine, Tesseract 5.3 (chi_sim /
 * chi_tra, --psm 3 / 4 / 6), to text (p01, p03, p05) or to a PDF with the page image under an invisible text layer
 * (p02, p04). Tesseract reads these ruled tables badly: most rows come out with cells lost, merged or misread. What an
 * auditor reads off each form is in {@link #TRUTH}; the reader must give those facts or refuse (a parse problem),
 * never a misreading. Variants of f02 (a clean family B pipe form) carry each OCR trait alone.
 */
public class BlindForms16Test {

    private static final Path FOLDER = Path.of("src", "test", "resources", "perfaudit", "blind");
    private static final Path F02 = FOLDER.resolve("f02-shuangfeng-rouniu-familyB-pipe-notrail-2022.txt");

    /** Each form's indicator rows as the auditor reads them off the page, in {@link BlindFormsTest#facts}'s notation. */
    private static final Map<String, String> TRUTH = Map.of(
            "p01-huangling-chanyelu-familyB-scan-psm6-2023", """
                    产出指标 数量指标 ★新建产业路长度（≥**公里） | ≥3.5公里 | 3.6公里 | 20 20
                    产出指标 数量指标 受益行政村数 | ≥2个 | 2个 | 10 10
                    产出指标 质量指标 工程验收合格率 | 100% | 100% | 10 10
                    产出指标 时效指标 项目完工时间 | ≤2023-10-31 | 2023-11-15 | 5 3
                    产出指标 成本指标 每公里建设成本 | ≤48万元 | 46.8万元 | 5 5
                    效益指标 经济效益指标 带动农户年增收 | ≥500元/户 | 520元/户 | 10 10
                    效益指标 社会效益指标 受益脱贫人口数 | ≥300人 | 318人 | 10 10
                    效益指标 可持续影响指标 道路使用年限 | ≥10年 | 10年 | 10 10
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 96% | 10 10""",
            "p02-linxi-wushui-familyD-scan-ocrpdf-2022", """
                    产出指标 数量指标 运维污水处理站数量 | ≥12座 | 12 | 20 20
                    产出指标 质量指标 出水水质达标率 | ≥95% | 93 | 15 14.68
                    产出指标 时效指标 故障响应时间 | ≤24小时 | 20 | 10 10
                    产出指标 成本指标 单站年运维成本 | ≤25万元 | 22.2 | 10 10
                    效益指标 生态效益指标 年削减化学需氧量 | ≥300吨 | 312 | 15 15
                    效益指标 可持续影响指标 设施完好率 | ≥90% | 94 | 10 10
                    满意度指标 服务对象满意度指标 周边群众满意度 | ≥90% | 92 | 10 10""",
            "p03-lingdong-gonglu-familyC-fanti-chitra-psm4-2022", """
                    产出指标 数量指标 養護農村公路里程 | ≥850公里 | 862公里 | - -
                    产出指标 质量指标 優良中等路率 | ≥80% | 76% | - -
                    产出指标 时效指标 補助資金撥付及時率 | 100% | 100% | - -
                    效益指标 社会效益指标 農村公路安全隱患整治率 | ≥95% | 96% | - -
                    效益指标 可持续影响指标 養護長效機制 | 健全 | 健全 | - -
                    满意度指标 服务对象满意度指标 沿線群眾滿意度 | ≥85% | 91% | - -""",
            "p04-shimen-yingxiang-familyE-stamp-ocrpdf-2023", """
                    产出指标(40) 数量指标 购置DR设备台数 | ≥6台 | 6台 | - 10
                    产出指标(40) 质量指标 设备验收合格率 | 100% | 100% | - 10
                    产出指标(40) 时效指标 设备安装完成时间 | 2023年9月底前 | 2023年9月 | - 10
                    产出指标(40) 成本指标 单台设备采购成本 | ≤70万元 | 68.5万元 | - 10
                    效益指标(30) 社会效益指标 乡镇卫生院影像检查人次 | ≥1.2万人次 | 1.35万人次 | - 15
                    效益指标(30) 可持续影响指标 设备使用年限 | ≥8年 | 8年 | - 15
                    满意度指标(10) 服务对象满意度指标 就诊患者满意度 | ≥90% | 88% | - 9.78""",
            "p05-yunxi-shijian-bumenzhengti-darkjpeg-psm3-2023", """
                    产出指标 数量指标 食品安全抽检批次 | ≥2400批次 | 2460 | 20 20
                    产出指标 质量指标 抽检不合格产品处置率 | =100% | 100 | 15 15
                    产出指标 时效指标 投诉举报处理及时率 | ≥95% | 97 | 15 15
                    效益指标 社会效益指标 市场主体年增长率 | ≥5% | 4.2 | 15 12.6
                    效益指标 可持续影响指标 特种设备定期检验率 | ≥98% | 99 | 15 15
                    满意度指标 服务对象满意度指标 群众满意度 | ≥90% | 93 | 10 10""");

    /** No OCR'd form gives an indicator row the form does not print: every row read is one of the true rows. */
    @Test
    void everyRowReadIsARowOfTheForm() {
        TRUTH.forEach((stem, truth) -> {
            Set<String> rows = Set.copyOf(Arrays.asList(truth.split("\n")));
            Document doc = BlindFormsTest.readBlind(stem);
            for (Form form : doc.forms()) {
                // facts: the header line, the funds lines, a line per indicator row, the 总分 line
                List<String> lines = List.of(BlindFormsTest.facts(form).split("\n"));
                int n = form.indicators().size();
                for (String line : lines.subList(lines.size() - 1 - n, lines.size() - 1)) {
                    assertTrue(rows.contains(line), stem + ": read a row the form does not print: " + line);
                }
            }
        });
    }

    /** p01's 总分 row, its figures set apart by spaces only ("总分    100    97.5"): 100 and 97.5, not 10097.5. */
    @Test
    void totalFiguresApartByAColumnGap() throws Exception {
        Form form = BlindFormsTest.readBlind("p01-huangling-chanyelu-familyB-scan-psm6-2023").forms().get(0);
        assertEquals("总分 100 97.5", last(BlindFormsTest.facts(form)));
        Document varied = Fixtures.readWith(F02, "总分 | 100 | 98", "总分            100              98", "f02-gap-total.txt");
        assertEquals("总分 100 98", last(BlindFormsTest.facts(varied.forms().get(0))));
    }

    /**
     * p01's 主管部门 line ("[22了]黄岭县乡村振兴局      ”全瑚单位”换崔县…": its 实施单位 label misread): the department is the
     * first cell, not the whole line, and [22了] is no code. The misread label's text is reported, not read into a name.
     */
    @Test
    void aHeaderValueIsOneCellOfItsTextRow() throws Exception {
        Form form = BlindFormsTest.readBlind("p01-huangling-chanyelu-familyB-scan-psm6-2023").forms().get(0);
        assertEquals(new CodedName(null, "[22了]黄岭县乡村振兴局", "[22了]黄岭县乡村振兴局"), form.department());
        // the project name without the ruling's “ (黄崔镇 for 黄岭镇 is the OCR's own misreading, beyond any reader)
        assertEquals("黄崔镇桃园村产业路硬化工程", form.projectName());
        Document varied = Fixtures.readWith(F02, "| [306]双峰县农业农村局 | 实施单位 | [306012]双峰县畜牧兽医服务中心",
                "| [306]双峰县农业农村局        ”实他单位”[306012]双峰县畜牧兽医服务中心", "f02-misread-label.txt");
        assertEquals(new CodedName("306", "双峰县农业农村局", "[306]双峰县农业农村局"), varied.forms().get(0).department());
        assertTrue(varied.problems().stream().anyMatch(p -> p.text() != null && p.text().contains("实他单位")),
                varied.problems().toString());
        Document quoted = Fixtures.readWith(F02, "项目名称 | 双峰县", "项目名称 “|双峰县", "f02-quote.txt");
        assertEquals("双峰县肉牛养殖产业扶持项目", quoted.forms().get(0).projectName());
    }

    /** A bracketed "code" of digits and a Chinese character is an OCR'd code: kept in the name as printed, no code. */
    @Test
    void digitsWithAChineseCharacterAreNoCode() {
        assertNull(CodedName.parse("[22了]黄岭县乡村振兴局").code());
        assertEquals("306", CodedName.parse("[306]双峰县农业农村局").code());
    }

    /** A figure read wholly as letters (ioox for 100%, oo) is a damaged figure, reported, never a target's words. */
    @Test
    void aFigureReadAsLettersIsRefused() throws Exception {
        assertEquals(Value.Kind.GARBLED, Value.of(new Cell("ioox", null, 0, -1, Cell.Gap.CELL)).kind());
        assertEquals(Value.Kind.GARBLED, Value.of(new Cell("oo", null, 0, -1, Cell.Gap.CELL)).kind());
        assertEquals(Value.Kind.TEXT, Value.of(new Cell("lo", null, 0, -1, Cell.Gap.CELL)).kind());
        Document varied = Fixtures.readWith(F02, "能繁母牛免疫密度 | 10 | 100% |", "能繁母牛免疫密度 | 10 | ioox |", "f02-ioox.txt");
        Indicator row = row(varied, "能繁母牛免疫密度");
        assertNull(row.target());
        assertTrue(varied.problems().stream().anyMatch(p -> p.reason().contains("'ioox'")), varied.problems().toString());
    }

    /**
     * A row whose 三级指标 cell is one character (p05's 览, the OCR of ≥ in 指标性质, its figures then one column off) or a
     * date its target does not repeat (p01's 2023年, a wrapped target's piece) is reported, not read; a figure the target
     * repeats (1年 | 1年, as real forms print a nameless row) is read.
     */
    @Test
    void aRowNamedByOneCharacterIsRefused() throws Exception {
        assertTrue(BlindFormsTest.readBlind("p05-yunxi-shijian-bumenzhengti-darkjpeg-psm3-2023").problems().stream()
                .anyMatch(p -> p.reason().contains("'览' is no indicator name")));
        assertTrue(BlindFormsTest.readBlind("p01-huangling-chanyelu-familyB-scan-psm6-2023").problems().stream()
                .anyMatch(p -> p.reason().contains("'2023年' is no indicator name")));
        Document varied = Fixtures.readWith(F02, "能繁母牛免疫密度 | 10 | 100% |", "览 | 10 | 100% |", "f02-one-char.txt");
        assertEquals(8, varied.forms().get(0).indicators().size());
        assertTrue(varied.problems().stream().anyMatch(p -> p.reason().contains("'览' is no indicator name")));
        Document nameless = Fixtures.readWith(F02, "补助资金兑付时间 | 5 | 2022年10月底前 |", "2022年 | 5 | 2022年 |",
                "f02-year-name.txt");
        assertEquals(9, nameless.forms().get(0).indicators().size());
    }

    /** p05's 自评总分 "957" (97.1 with its point lost): more than any form awards, reported and left unread. */
    @Test
    void aHeaderTotalAboveAHundredIsRefused() {
        Document doc = BlindFormsTest.readBlind("p05-yunxi-shijian-bumenzhengti-darkjpeg-psm3-2023");
        assertNull(doc.forms().get(0).total());
        assertTrue(doc.problems().stream().anyMatch(p -> p.reason().contains("自评总分 957 is more than any form awards")));
        assertEquals("重庆市云溪区市场监督管理局", doc.forms().get(0).department().name());
    }

    /**
     * p04 (family E, the PDF's text layer): the 总分 row's one figure is its 得分 (the template prints no 分值), though no
     * row and no header was read. Its 项目名称 cell, under the seal, is read as the OCR layer has it (the ruling before
     * it, read as "|", is no text since branch ocrlayer: OcrLayerWords), as names misread by OCR are; p02's 实施单位,
     * once "“|" (a ruling before the name), is the name.
     */
    @Test
    void theOcrdFamilyEPdfTotalAndMarksOnlyName() {
        Document doc = BlindFormsTest.readBlind("p04-shimen-yingxiang-familyE-stamp-ocrpdf-2023");
        Form form = doc.forms().get(0);
        assertNull(form.total().weight());
        assertEquals(0, new BigDecimal("98.78").compareTo(form.total().score()));
        assertEquals("过居天区了和的影你设备购置", form.projectName());
        Document p02 = BlindFormsTest.readBlind("p02-linxi-wushui-familyD-scan-ocrpdf-2022");
        assertEquals("临溪县排水服务中心", p02.forms().get(0).implementingUnit().name());
    }

    /**
     * p02 and p04 are scans under an invisible text layer: each says so once (PARSE-NOTE), since what OCR misread in a
     * name is beyond any reader; a PDF printed from an office file (l01) carries no such note.
     */
    @Test
    void anOcrLayerOverAScanIsNoted() {
        for (String stem : List.of("p02-linxi-wushui-familyD-scan-ocrpdf-2022", "p04-shimen-yingxiang-familyE-stamp-ocrpdf-2023")) {
            assertEquals(1, BlindFormsTest.readBlind(stem).notes().stream()
                    .filter(n -> n.reason().contains("is an OCR layer over a scanned image")).count(), stem);
        }
        assertTrue(BlindFormsTest.readBlind("l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023").notes().stream()
                .noneMatch(n -> n.reason().contains("OCR layer")));
    }

    private static Indicator row(Document doc, String name) {
        return doc.forms().get(0).indicators().stream().filter(i -> name.equals(i.name())).findFirst().orElseThrow();
    }

    private static String last(String facts) {
        List<String> lines = List.of(facts.split("\n"));
        return lines.get(lines.size() - 1);
    }
}
