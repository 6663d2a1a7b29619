package perfaudit.ingest.pdf;

import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a page's extracted text is no text the page shows (fonts mapping glyphs wrong or not at all), and watermarks. */
class PdfTextTrustTest {

    private static List<PdfGlyph> glyphs(String text) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float x = 0;
        for (char c : text.toCharArray()) {
            glyphs.add(new PdfGlyph(String.valueOf(c), x, 100, 9, 9));
            x += 9;
        }
        return glyphs;
    }

    /** A ruled page whose Han glyphs a /ToUnicode written from glyph ids turned into Latin Extended letters. */
    @Test
    void aRuledPageWithoutOneHanCharacterIsDistrusted() {
        List<PdfGlyph> garbage = glyphs("ŀōŅŇƀƠǀǠȀȠ ŀōŅŇƀƠǀǠȀȠ ŀōŅŇ 2023 95%");
        assertNotNull(PdfTextTrust.distrust(garbage, true, new PdfTextTrust.Counts()));
        // the same letters outside any table, or a Chinese page, are left alone
        assertNull(PdfTextTrust.distrust(garbage, false, new PdfTextTrust.Counts()));
        assertNull(PdfTextTrust.distrust(glyphs("项目名称城区公交运营补贴主管部门交通运输局实施单位公共交通服务中心 2023"), true,
                new PdfTextTrust.Counts()));
    }

    /** Glyphs without text: a few are reported (not here), three or more that are over 3 % refuse the page. */
    @Test
    void glyphsWithoutTextRefuseThePageBeyondAStrayOne() {
        List<PdfGlyph> page = glyphs("项目名称城区公交运营补贴主管部门交通运输局实施单位公共交通服务中心年度资金总额一级指标二级指标三级指标"
                + "分值年度指标值实际完成值得分偏差原因分析及改进措施产出指标数量指标运营公交线路数");
        PdfTextTrust.Counts one = new PdfTextTrust.Counts();
        one.undecoded = 1;
        assertNull(PdfTextTrust.distrust(page, true, one));
        PdfTextTrust.Counts three = new PdfTextTrust.Counts();
        three.suspect = 3;
        assertNotNull(PdfTextTrust.distrust(page, true, three));
        PdfTextTrust.Counts fewOfMany = new PdfTextTrust.Counts();
        fewOfMany.undecoded = 3;
        assertNull(PdfTextTrust.distrust(glyphs(page.stream().map(PdfGlyph::text).reduce("", String::concat).repeat(3)),
                true, fewOfMany));
    }

    @Test
    void privateUseAndReplacementCharactersAreSuspect() {
        assertTrue(PdfTextTrust.suspect("\uE012"));
        assertTrue(PdfTextTrust.suspect("\uFFFD"));
        assertFalse(PdfTextTrust.suspect("\uF0FE")); // Word's Wingdings check box
        assertFalse(PdfTextTrust.suspect("项"));
    }

    /** A watermark set at 45° is slanted; text along the page, or turned a quarter (a /Rotate page's content), is not. */
    @Test
    void onlyDiagonalTextIsSlanted() {
        assertTrue(PdfTextTrust.slanted(new Matrix(0.7071f, 0.7071f, -0.7071f, 0.7071f, 0, 0)));
        assertFalse(PdfTextTrust.slanted(new Matrix(9, 0, 0, 9, 0, 0)));
        assertFalse(PdfTextTrust.slanted(new Matrix(0, 9, -9, 0, 0, 0)));
    }

    /** Han glyphs are set square: one advancing 0.42 or 2 of its size comes from broken widths; Latin ones are left alone. */
    @Test
    void hanGlyphsOffASquareEmAreMisplaced() {
        assertTrue(PdfTextTrust.misplaced("项", 3.8f, 9));
        assertTrue(PdfTextTrust.misplaced("项", 18f, 9));
        assertFalse(PdfTextTrust.misplaced("项", 9f, 9));
        assertFalse(PdfTextTrust.misplaced("a", 3.8f, 9));
    }
}
