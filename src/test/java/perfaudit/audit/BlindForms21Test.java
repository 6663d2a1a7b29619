package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Indicator;
import perfaudit.model.ParseProblem;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The twenty-first blind round (v01–v05 in src/test/resources/perfaudit/blind, see its README.md): GOOD OCR, as most an
 * auditor meets. v01, v02 and v05 are clean renders of invented forms read by Tesseract 5.3 ({@code ocr-src/make-v.sh}:
 * no degradation, v02 a slight grey); v03 is a family B form copied from a document site (道客巴巴) with its page furniture
 * between the cells and cells broken at the page width; v04 a family C form typed as a good engine reads a clean scan
 * (O / l / S in figures, 。 as a decimal point, ＞= , 末 / 己 / 曰 for 未 / 已 / 日, full-width digits, rulings read as
 * 丨 and I, one figure beyond recovery: 9?%). Facts in {@link BlindFormsTest#facts(perfaudit.model.Form)}'s notation.
 */
public class BlindForms21Test {

    private static final String CLEAN_D = "v01-anping-jiaoyu-familyD-clean-psm3-2023";
    private static final String GREY_E = "v02-qiaotou-xiaoxin-familyE-clean-grey-psm4-2022";
    private static final String DOC88 = "v03-shiqiao-chayuan-familyB-doc88-copy-2022";
    private static final String GLYPHS = "v04-xikou-gongshui-familyC-ocrglyphs-pipes-2022";
    private static final String FANTI = "v05-linan-gongyuan-familyL-fanti-chitra-psm3-2023";

    /** What is read; rows the OCR garbled are reported and absent, or present with the damaged cells unread. */
    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry(CLEAN_D, """
                    D 2023 | 51172523T000000412309-安平县学前教育保教费补助 | - 安平县教育和体育局 | - 安平县学前教育管理中心
                    total 240 252 239.4 10 95 9.5
                    产出指标 质量指标 资金发放准确率 | =100% | - | - -
                    产出指标 成本指标 生均补助标准 | =600元/人:年 | - | - -
                    总分 90 89"""),
            Map.entry(DOC88, """
                    B 2022 | 石桥村高标准茶园提升改造项目 | 318 青阳县乡村振兴局 | - 青阳县石桥镇人民政府
                    total - 150 144 10 96 9.6
                    central - 100 100 - 100 -
                    provincial - 50 44 - 88 -
                    产出指标 数量指标 ★茶园改造面积（≥**亩） | ≥600亩 | 620亩 | 20 20
                    产出指标 质量指标 茶苗成活率 | ≥90% | 88% | 10 9
                    产出指标 时效指标 项目完工时间 | ≤2022-11-30 | 2022-11-30 | 10 10
                    产出指标 成本指标 每亩改造成本 | ≤2400元 | 2320元 | 10 10
                    效益指标 经济效益指标 带动脱贫户户均增收 | ≥800元/户 | 850元/户 | 10 10
                    效益指标 社会效益指标 带动脱贫户数 | ≥50户 | 52户 | 10 10
                    效益指标 可持续影响指标 茶园管护年限 | ≥5年 | 5年 | 10 10
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | 95% | 10 10
                    总分 100 98.6"""),
            Map.entry(GLYPHS, """
                    C 2022 | 农村饮水安全巩固提升补助资金 | - 溪口县水利局 | - 溪口县农村供水管理站
                    total - 320 304 - 95 -
                    central - 200 200 - 100 -
                    local - 120 104 - 86.67 -
                    产出指标 数量指标 改造集中供水工程 | ≥3处 | 3处 | - -
                    产出指标 数量指标 受益农村人口 | - | - | - -
                    产出指标 质量指标 水质达标率 | ≥95% | 91.5% | - -
                    产出指标 时效指标 工程完工时间 | - | 已完成 | - -
                    效益指标 社会效益指标 农村自来水普及率 | ≥90% | 93.4% | - -
                    效益指标 可持续影响指标 工程设计使用年限 | - | 20年 | - -
                    满意度指标 服务对象满意度指标 受益群众满意度 | ≥90% | - | - -
                    总分 - -"""));

    @Test
    void readsWhatTheOcrKeptAndNothingElse() {
        BlindFormsTest.assertRead(READ);
    }

    @Test
    void documentSiteFurnitureIsNoPartOfTheGoalOrAReason() {
        // 道客巴巴 www.doc88.com / 本文档由 … 上传 between the cells; the goal's cells broken at the page width
        BlindFormsTest.assertGoals(Map.of(DOC88, List.of("改造提升茶园600亩，带动脱贫户50户增收。", "完成茶园改造620亩，带动52户脱贫户户均增收850元。"),
                GLYPHS, List.of("完成3处集中供水工程改造，巩固提升1.2万农村人口供水保障水平。", "完成集中供水工程改造3处，1.25万人受益。")));
        BlindFormsTest.assertDeviations(Map.of(DOC88, Map.of("茶苗成活率", "春季干旱，已组织补植"),
                GLYPHS, Map.of("水质达标率", "部分水源枯水期浑浊度超标，已加装过滤设施")));
        assertTrue(BlindFormsTest.readBlind(DOC88).problems().isEmpty(), "the copy is whole: nothing to report");
    }

    @Test
    void aFundsHeaderAfterTheBasicsIsNoAchievement() {
        // 项目基本情况 | its text, then the funds header whose 预算执行情况 label the OCR set beside a later row
        assertNull(BlindFormsTest.readBlind(CLEAN_D).forms().get(0).goal().actual());
    }

    @Test
    void figuresTheOcrDamagedAreReportedNotGuessed() {
        // 15 115 (15 | 15 with a ruling read as 1), ≥l.2万人 (a leading l: 1 or 7?), 2022年l2月底前, 9?%
        assertReported(CLEAN_D, "15 115");
        assertReported(CLEAN_D, "10 110");
        assertReported(GLYPHS, "≥l.2万人");
        assertReported(GLYPHS, "2022年l2月底前");
        assertReported(GLYPHS, "9?%");
        // v05: chi_tra reads 95% as 9596 / 959%, 38.2% as 38.296, ≥ as >> or >之: no row is read, every one is reported
        Document fanti = BlindFormsTest.readBlind(FANTI);
        assertTrue(fanti.forms().get(0).indicators().isEmpty());
        assertTrue(fanti.problems().size() >= 8, fanti.problems().toString());
        for (String stem : List.of(CLEAN_D, GLYPHS)) {
            for (Indicator row : BlindFormsTest.readBlind(stem).forms().get(0).indicators()) {
                assertFalse(row.score() != null && row.score().intValue() > 100, stem + " " + row.name() + " " + row.score());
                assertFalse(row.weight() != null && row.weight().intValue() > 100, stem + " " + row.name() + " " + row.weight());
            }
        }
    }

    @Test
    void certainMisreadingsAreReadAndNoted() {
        Document doc = BlindFormsTest.readBlind(GLYPHS);
        String notes = doc.notes().stream().map(ParseProblem::reason).reduce("", String::concat);
        for (String fixed : List.of("'末完成原因和改进措施' 读作 '未完成原因和改进措施'", "'己完成' 读作 '已完成'", "'１2O' 读作 '120'",
                "'≥9S%' 读作 '≥95%'", "'(2O22年度)' 读作 '(2022年度)'")) {
            assertTrue(notes.contains(fixed), fixed + " in " + notes);
        }
        assertEquals(2022, doc.forms().get(0).year());
    }

    @Test
    void cleanOcrOfAnEFormReadsItsHeaderAndScores() {
        // the 〈B) of Tesseract's bracket is a bracket: the 实际完成值(B) header is read, no row named 〈B)
        Document doc = BlindFormsTest.readBlind(GREY_E);
        assertTrue(doc.forms().get(0).indicators().stream().noneMatch(i -> i.name().contains("B)")));
        assertEquals("E 2022 | 学校饮用水卫生监测 | - - | - 桥头县疾病预防控制中心",
                BlindFormsTest.facts(doc).lines().findFirst().orElseThrow());
        assertEquals("99", doc.forms().get(0).total().score().toPlainString());
    }

    private static void assertReported(String stem, String text) {
        Document doc = BlindFormsTest.readBlind(stem);
        assertTrue(doc.problems().stream().anyMatch(p -> text.equals(p.text())), stem + ": " + text + " not reported in " + doc.problems());
    }
}
