package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The twentieth blind round (u01–u05 in src/test/resources/perfaudit/blind, see its README.md): family B forms drawn
 * the way producers other than LibreOffice draw them, made by {@code blind/pdf-src/Gen20.java} (PDFBox, content
 * streams written by hand): Identity-H fonts with no /ToUnicode and a Type 3 figure font (u01), a report server's
 * column-by-column, glyph-by-glyph, double-struck page with cell forms and a print stamp (u02), two forms printed two
 * pages to a sheet, shrunk, the sheet turned by /Rotate 90 on an offset crop box (u03), a fillable form whose figures
 * are its fields' values (u04) and a diagonal watermark over the table with a page footer (u05). The facts are the
 * forms' own data (Gen20's tables), in {@link BlindFormsTest#facts}'s notation.
 */
public class BlindForms20Test {

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("u02-lishui-gongjiao-familyB-reportserver-columnorder-2023", """
                    B 2023 | 城区公交运营补贴 | 318 溧水县交通运输局 | 318002 溧水县公共交通服务中心
                    total - 1500 1425 10 95 9.5
                    central - 0 0 - - -
                    local - 1500 1425 - - -
                    产出指标 数量指标 运营公交线路数 | ≥18条 | 18条 | 10 10
                    产出指标 数量指标 年运营里程 | ≥820万公里 | 790万公里 | 10 9.63
                    产出指标 质量指标 车辆准点率 | ≥92% | 93.5% | 10 10
                    产出指标 时效指标 补贴资金拨付时间 | ≤2023-12-31 | 2023-12-15 | 10 10
                    产出指标 成本指标 每公里补贴标准 | ≤1.9元 | 1.8元 | 10 10
                    效益指标 社会效益指标 公交分担率 | ≥25% | 26% | 15 15
                    效益指标 可持续影响指标 新能源公交车占比 | ≥60% | 62% | 15 15
                    满意度指标 服务对象满意度指标 乘客满意度 | ≥85% | 88% | 10 10
                    总分 100 99.13"""),
            Map.entry("u03-baima-zhongxue-familyB-printtopdf-2up-rotated-2022", """
                    B 2022 | 白马中学教学楼维修改造 | 207 白马县教育局 | 207015 白马县白马中学
                    total - 260 247 10 95 9.5
                    central - 0 0 - - -
                    local - 260 247 - - -
                    产出指标 数量指标 屋面防水维修面积 | ≥2400平方米 | 2400平方米 | 15 15
                    产出指标 数量指标 外墙维修面积 | ≥3000平方米 | 2400平方米 | 15 12
                    产出指标 质量指标 工程验收合格率 | 100% | 100% | 10 10
                    产出指标 时效指标 工程完工时间 | ≤2022-08-31 | 2022-08-25 | 5 5
                    产出指标 成本指标 维修成本控制率 | ≤100% | 95% | 5 5
                    效益指标 社会效益指标 受益学生人数 | ≥1800人 | 1850人 | 20 20
                    效益指标 可持续影响指标 校舍安全使用年限 | ≥15年 | 15年 | 10 10
                    满意度指标 服务对象满意度指标 师生满意度 | ≥90% | 94% | 10 10
                    总分 100 96.5
                    B 2022 | 白沙小学运动场改造 | 207 白马县教育局 | 207022 白马县白沙小学
                    total - 90 90 10 100 10
                    产出指标 数量指标 塑胶跑道改造面积 | ≥3200平方米 | 3200平方米 | 30 30
                    产出指标 质量指标 工程验收合格率 | 100% | 100% | 20 20
                    效益指标 社会效益指标 受益学生人数 | ≥900人 | 920人 | 30 30
                    满意度指标 服务对象满意度指标 师生满意度 | ≥90% | 97% | 10 10
                    总分 100 100"""),
            Map.entry("u04-fengxi-yanglao-familyB-fillable-acroform-2023", """
                    B 2023 | 居家养老服务补贴 | 506 枫溪县民政局 | 506003 枫溪县社会福利中心
                    total - 420 378 10 90 9
                    central - 200 200 - - -
                    local - 220 178 - - -
                    产出指标 数量指标 服务老年人数 | ≥2100人 | 2050人 | 20 19.52
                    产出指标 质量指标 服务质量抽查合格率 | ≥95% | 97% | 15 15
                    产出指标 时效指标 补贴发放及时率 | 100% | 100% | 15 15
                    效益指标 社会效益指标 老年人生活质量改善率 | ≥80% | 85% | 20 20
                    效益指标 可持续影响指标 服务机制长效运行 | 长期 | 长期 | 10 10
                    满意度指标 服务对象满意度指标 老年人满意度 | ≥90% | 96% | 10 10
                    总分 100 98.52"""),
            Map.entry("u05-tanxi-shuiwu-familyB-watermark-footer-2024", """
                    B 2024 | 农村饮水安全巩固提升 | 623 潭西县水务局 | 623004 潭西县农村供水总站
                    total - 650 624 10 96 9.6
                    central - 400 400 - - -
                    local - 250 224 - - -
                    产出指标 数量指标 新建改造供水工程 | ≥12处 | 12处 | 20 20
                    产出指标 质量指标 水质检测合格率 | ≥95% | 96.5% | 15 15
                    产出指标 时效指标 工程完工时间 | ≤2024-10-31 | 2024-10-28 | 15 15
                    效益指标 社会效益指标 农村自来水普及率 | ≥93% | 92% | 20 19.78
                    效益指标 可持续影响指标 工程运行管护机制 | 健全 | 健全 | 10 10
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 93% | 10 10
                    总分 100 99.38"""));

    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "u02-lishui-gongjiao-familyB-reportserver-columnorder-2023", Map.of("年运营里程", "部分线路道路施工临时停运，下年度优化调度"),
            "u03-baima-zhongxue-familyB-printtopdf-2up-rotated-2022", Map.of("外墙维修面积", "雨季延误工期，剩余部分下年度完成"),
            "u04-fengxi-yanglao-familyB-fillable-acroform-2023", Map.of("服务老年人数", "部分老人入住养老机构，不再享受居家服务"),
            "u05-tanxi-shuiwu-familyB-watermark-footer-2024", Map.of("农村自来水普及率", "两处工程管网延伸滞后，下年度续建"));

    private static final Map<String, List<String>> GOALS = Map.of(
            "u02-lishui-gongjiao-familyB-reportserver-columnorder-2023", List.of(
                    "保障城区18条公交线路正常运营，公交分担率达到25%。", "18条公交线路正常运营，公交分担率26%。"),
            "u05-tanxi-shuiwu-familyB-watermark-footer-2024", List.of(
                    "新建改造供水工程12处，提升农村自来水普及率。", "新建改造供水工程12处，农村自来水普及率达到92%。"));

    /** Every fact of each file, and the goal texts (u05's watermark glyphs in none of them). */
    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
        BlindFormsTest.assertGoals(GOALS);
    }

    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }

    /**
     * u01: page 1 in an Identity-H font with no /ToUnicode (its Han glyphs give no text, its figures Latin garbage),
     * page 2 in a font whose /ToUnicode maps Han glyphs into Latin Extended and figures in a Type 3 font of unnamed
     * drawings; page 3 in a subset font whose /W gives its Han glyphs 0.42 of their em (crowded, overlapping). Nothing is
     * read, and the refusal names each page and why; on main: "no form found".
     */
    @Test
    void textWithoutUsableFontMappingIsRefusedPageByPage() {
        Document doc = BlindFormsTest.readBlind("u01-songhe-shuiku-familyB-wps-notounicode-2023");
        assertEquals(List.of(), doc.forms());
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        String reason = doc.problems().get(0).reason();
        assertTrue(reason.contains("第 1 页的文字无法可靠提取") && reason.contains("第 2 页的文字无法可靠提取")
                && reason.contains("no usable text mapping"), reason);
        assertTrue(reason.contains("第 3 页的文字无法可靠提取") && reason.contains("the font's /Widths are wrong"), reason);
    }

    /** The report server's print stamp and page number (u02, u05) are no rows: no problem at all. */
    @Test
    void printStampsAndPageNumbersAreNoRows() {
        for (String stem : List.of("u02-lishui-gongjiao-familyB-reportserver-columnorder-2023",
                "u05-tanxi-shuiwu-familyB-watermark-footer-2024")) {
            assertEquals(List.of(), BlindFormsTest.readBlind(stem).problems(), stem);
        }
    }

    /** Values taken from form fields (u04), a watermark left unread (u05) and a 2-up sheet read part by part (u03) are noted. */
    @Test
    void fieldValuesTheWatermarkAndTheTwoUpSheetAreNoted() {
        assertEquals(List.of("第 1 页是一张纸上并排印的 2 页（多页合一打印），逐页读取"),
                noteHeads("u03-baima-zhongxue-familyB-printtopdf-2up-rotated-2022"));
        assertEquals(List.of("第 1 页有 23 个值取自 PDF 表单域（可填写表单）"), noteHeads("u04-fengxi-yanglao-familyB-fillable-acroform-2023"));
        assertEquals(List.of("第 1 页有 12 个斜排的字符（水印？）未读取"), noteHeads("u05-tanxi-shuiwu-familyB-watermark-footer-2024"));
    }

    private static List<String> noteHeads(String stem) {
        return BlindFormsTest.readBlind(stem).notes().stream().map(ParseProblem::reason)
                .map(r -> r.substring(0, r.indexOf(" — "))).toList();
    }
}
