package perfaudit.ingest.pdf;

import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.ParseProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text layer Tesseract writes under a scanned page ({@link OcrLayerWords}): each OCR word at its box's start,
 * stretched over the box with a SPACE glyph after it, a Han glyph 3–20 pt wide at 10 pt. The synthetic lines below are
 * laid out as Tesseract lays them (the figures are w01's, a clean render read by {@code tesseract … -l chi_sim pdf}); the
 * fixtures are w01 (clean), p02 and p04 (degraded scans, blind round 16).
 */
class OcrLayerTest {

    private static final Path BLIND = Path.of("src", "test", "resources", "perfaudit", "blind");

    /** A Tesseract word: its characters spread over the box [start, end] together with the SPACE glyph after it. */
    private static void word(List<PdfGlyph> glyphs, String text, float start, float end, float baseline) {
        int n = text.codePointCount(0, text.length()) + 1;
        float width = (end - start) / n;
        int i = 0;
        for (int c : text.codePoints().toArray()) {
            glyphs.add(new PdfGlyph(new String(Character.toChars(c)), start + i++ * width, baseline, width, 17));
        }
        glyphs.add(new PdfGlyph(" ", start + i * width, baseline, width, 17));
    }

    private static List<String> lines(List<PdfGlyph> glyphs) {
        return PdfLines.of(OcrLayerWords.laidOut(glyphs)).stream().map(l -> l.text().strip()).toList();
    }

    /** w01's 主管部门 row: Tesseract's words 主管 | 部 | 门 | 临 | 溪 | 县 | 住房 …, a ruling read as "|" before the last value. */
    private static void departmentRow(List<PdfGlyph> glyphs, float y) {
        word(glyphs, "主管", 59, 78, y);
        word(glyphs, "部", 82, 88, y);
        word(glyphs, "门", 92, 97, y);
        word(glyphs, "临", 152, 161, y);
        word(glyphs, "溪", 167, 177, y);
        word(glyphs, "县", 182, 188, y);
        word(glyphs, "住房", 192, 207, y);
        word(glyphs, "和", 206, 211, y);
        word(glyphs, "城乡", 216, 237, y);
        word(glyphs, "建设", 237, 252, y);
        word(glyphs, "局", 254, 261, y);
        word(glyphs, "实施", 371, 397, y);
        word(glyphs, "单位", 401, 424, y);
        word(glyphs, "|", 436, 443, y);
        word(glyphs, "临", 443, 454, y);
        word(glyphs, "溪", 453, 463, y);
        word(glyphs, "县", 463, 473, y);
        word(glyphs, "排水", 479, 493, y);
        word(glyphs, "服务", 498, 512, y);
        word(glyphs, "中", 512, 517, y);
        word(glyphs, "心", 521, 528, y);
    }

    /** On main each Tesseract word was a cell of its own: 主管 部 门 临 溪 县 住房 和 城乡 建设 局 实施 单位 | 临 溪 县 … */
    @Test
    void cellsPartAtCellGapsNotAtEveryOcrWord() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        departmentRow(glyphs, 138);
        word(glyphs, "评价", 58, 83, 623);
        word(glyphs, "结论", 83, 98, 623);
        word(glyphs, "项", 152, 161, 623);
        word(glyphs, "目", 166, 170, 623);
        word(glyphs, "总", 176, 181, 623);
        word(glyphs, "体", 186, 191, 623);
        word(glyphs, "完成", 196, 211, 623);
        word(glyphs, "年", 217, 227, 623);
        word(glyphs, "度", 227, 237, 623);
        word(glyphs, "目标", 236, 254, 623);
        assertEquals(List.of("主管部门 临溪县住房和城乡建设局 实施单位 临溪县排水服务中心", "评价结论 项目总体完成年度目标"), lines(glyphs));
    }

    /**
     * A cell filled to its border leaves only the padding before the next: 9.5 and 延后 stand 10 pt apart, as 总 and 额
     * inside one cell nearly do. Where the next word starts on a gutter (cells start at that x on many lines) the small
     * gap parts cells; in a title, a line with no cell gap at all, it does not.
     */
    @Test
    void aSmallGapPartsCellsOnAGutterOnly() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float y = 194;
        word(glyphs, "总", 152, 159, y);
        word(glyphs, "额", 165, 171, y);
        word(glyphs, "300", 221, 236, y);
        word(glyphs, "280", 289, 305, y);
        word(glyphs, "9.5", 438, 452, y);
        word(glyphs, "延", 462, 471, y);
        word(glyphs, "后", 475, 481, y);
        for (int row = 0; row < 4; row++) { // rows whose last column starts at 462 after a gap
            y += 20;
            word(glyphs, "财政", 152, 178, y);
            word(glyphs, "资金", 182, 201, y);
            word(glyphs, "10", 410, 419, y);
            word(glyphs, "10", 462, 471, y);
        }
        List<String> lines = lines(glyphs);
        assertEquals("总额 300 280 9.5 延后", lines.get(0));
        assertEquals("财政资金 10 10", lines.get(1));
    }

    /** 14.68 read as "14" and "6": two figures never join across Tesseract's words (146 would be a misreading). */
    @Test
    void figuresStayApart() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        departmentRow(glyphs, 100);
        word(glyphs, "达标", 221, 240, 300);
        word(glyphs, "14", 290, 299, 300);
        word(glyphs, "6", 300, 305, 300);
        assertEquals("达标 14 6", lines(glyphs).get(1));
    }

    /**
     * A figure whose box holds more ink than its characters fill lost some in recognition (p04's 得分 10 read as "1" in a
     * box as wide as the "10" below it): it is marked with U+FFFD, which the grammar refuses as a damaged figure.
     */
    @Test
    void aFigureInABoxTooWideForItIsMarkedDamaged() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        departmentRow(glyphs, 100);
        word(glyphs, "得分", 404, 424, 250);
        word(glyphs, "1", 536, 545.4f, 250);
        word(glyphs, "合格率", 356, 387, 270);
        word(glyphs, "10", 536, 545.4f, 270);
        List<String> lines = lines(glyphs);
        assertEquals("得分 1\uFFFD", lines.get(1));
        assertEquals("合格率 10", lines.get(2));
    }

    /** An OCR layer of one glyph per character, each where it stands (m04's), has no Tesseract words: left as it is. */
    @Test
    void otherLayersAreLeftAsTheyAre() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float x = 58;
        for (String c : List.of("项", "目", "名", "称")) {
            glyphs.add(new PdfGlyph(c, x, 96, 10.5f, 10.5f));
            x += 10.5f;
        }
        for (String c : List.of("溪", "口", "县")) {
            glyphs.add(new PdfGlyph(c, x + 70, 96, 10.5f, 10.5f));
            x += 10.5f;
        }
        assertSame(glyphs, OcrLayerWords.laidOut(glyphs));
    }

    /** w01, a clean page read by {@code tesseract IMG OUT -l chi_sim pdf}: its header reads whole (main: 临 溪 县 住房 …, no 实施单位). */
    @Test
    void aCleanLayersHeaderReadsWhole() {
        Document doc = Fixtures.read(BLIND.resolve("w01-linxi-wushui-familyD-clean-tesseract-2022.pdf"));
        Form form = doc.forms().get(0);
        assertEquals("51182422T000000345678-乡镇污水处理站运维", form.projectName());
        assertEquals("临溪县住房和城乡建设局", form.department().name());
        assertEquals("临溪县排水服务中心", form.implementingUnit().name());
        assertEquals(Integer.valueOf(2022), form.year());
        assertEquals("部门预算项目支出绩效自评表", doc.title());
    }

    /**
     * w02, the same kind of page through OCRmyPDF: its 项目名称 whole (main: 基层 医疗 …); its 设备验收合格率 target, 100%
     * read as "100" in a box for more, is refused as a damaged figure, not read as 100.
     */
    @Test
    void anOcrmypdfLayerReadsItsNameAndRefusesALossyFigure() {
        Document doc = Fixtures.read(BLIND.resolve("w02-shimen-yingxiang-familyE-clean-ocrmypdf-2023.pdf"));
        assertEquals("基层医疗卫生机构影像设备购置", doc.forms().get(0).projectName());
        assertTrue(doc.problems().stream().anyMatch(p -> p.reason().contains("damaged figure")), doc.problems().toString());
        // its 实施单位 cell read as one character, 和: no name, reported (HeaderFields.unlessNoName)
        assertFalse("和".equals(doc.forms().get(0).implementingUnit().name()));
        assertTrue(doc.problems().stream().anyMatch(p -> p.reason().contains("'和' is one character")), doc.problems().toString());
    }

    /** p02 (skewed, JPEG): the same header, its words' baselines drifting along each line (main: 实施单位 '“|' refused). */
    @Test
    void aSkewedLayersHeaderReadsWhole() {
        Form form = Fixtures.read(BLIND.resolve("p02-linxi-wushui-familyD-scan-ocrpdf-2022.pdf")).forms().get(0);
        assertEquals("51182422T000000345678-乡镇污水处理站运维", form.projectName());
        assertEquals("临溪县住房和城乡建设局", form.department().name());
        assertEquals("临溪县排水服务中心", form.implementingUnit().name());
    }

    /**
     * p04: the seal made 主管部门 read 主管部站, no label; its row (主管部站 石门县卫生便估局 项目实施单位 …) is a row of
     * its own, reported, not run into the 项目名称 above it.
     */
    @Test
    void aRowWithAMisreadLabelIsNotANamesTail() {
        Document doc = Fixtures.read(BLIND.resolve("p04-shimen-yingxiang-familyE-stamp-ocrpdf-2023.pdf"));
        String name = doc.forms().get(0).projectName();
        assertFalse(name.contains("石门县"), name);
        assertTrue(doc.problems().stream().anyMatch(p -> "p1".equals(p.location().sheet()) && p.reason().contains("no label names")),
                doc.problems().toString());
    }

    /**
     * No row of the OCR layers is read wrong without a word: every indicator read from w01, p02 or p04 either is a row
     * as printed or has a parse problem on its line; no 分值 / 得分 is read from a figure marked damaged.
     */
    @Test
    void everyRowReadIsReportedOrRight() {
        for (String file : List.of("w01-linxi-wushui-familyD-clean-tesseract-2022.pdf", "p02-linxi-wushui-familyD-scan-ocrpdf-2022.pdf",
                "p04-shimen-yingxiang-familyE-stamp-ocrpdf-2023.pdf")) {
            Document doc = Fixtures.read(BLIND.resolve(file));
            for (Indicator row : doc.forms().get(0).indicators()) {
                boolean reported = doc.problems().stream().map(ParseProblem::location)
                        .anyMatch(at -> at.cell() != null && at.cell().equals(row.location().cell()));
                assertTrue(reported, file + ": " + row.name() + " read with no problem on its line");
            }
        }
    }

    /** m04's layer (one glyph per character, no Tesseract words) reads as before: its header whole. */
    @Test
    void m04ReadsAsBefore() {
        Form form = Fixtures.read(BLIND.resolve("m04-xikou-wenhua-familyE-scan-ocr-2022.pdf")).forms().get(0);
        assertEquals("溪口县公共文化服务体系建设", form.projectName());
        assertEquals("溪口县文化和旅游局", form.department().name());
    }
}
