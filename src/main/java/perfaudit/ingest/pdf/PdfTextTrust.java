package perfaudit.ingest.pdf;

import org.apache.pdfbox.util.Matrix;

import java.util.List;

/**
 * Whether a page's text can be trusted as what it shows. Producers other than LibreOffice (WPS, Foxit, report servers)
 * embed subset fonts under Identity-H with no /ToUnicode map, or one written from glyph ids, and draw figures in
 * Type 3 fonts whose glyphs are drawings: the text a reader extracts is then empty, private-use or replacement
 * characters, or Latin garbage where the page shows Chinese. Such a page is refused with its reason, never read:
 * a figure with a digit gone, or a name of garbage, would be a silent misreading.
 */
final class PdfTextTrust {

    /**
     * Share of a page's glyphs that may lack text before the page is refused: a few symbol glyphs (check boxes) are no
     * garbage; below it the lost glyphs are reported, not refused.
     */
    private static final double UNDECODED_SHARE = 0.03;
    /** A ruled page with at least this many glyphs and not one Chinese character is no Chinese form's text. */
    private static final int HAN_EXPECTED = 20;

    private PdfTextTrust() {
    }

    /** What one page drew that is not read as its text. */
    static final class Counts {
        /** Glyphs whose font gives no text (no /ToUnicode, unnamed Type 3 glyphs). */
        int undecoded;
        /** Glyphs whose text is a private-use, replacement or control character. */
        int suspect;
        /** Glyphs set slanted (not along nor across the page): a watermark. */
        int slanted;
        /** Visible Han glyphs advancing far less or far more than a Han glyph does (a font's /Widths broken). */
        int misplaced;
        /** Form fields whose values were placed as text. */
        int fieldValues;
    }

    /**
     * A private-use, replacement (U+FFFD) or control character: no text the page shows. Word's symbol-font range
     * (U+F020–F0FF: Wingdings check boxes, Symbol) is the one private use that stands for a glyph, and stays text.
     */
    static boolean suspect(String unicode) {
        return unicode.codePoints().anyMatch(c -> (c >= 0xE000 && c <= 0xF8FF && !(c >= 0xF020 && c <= 0xF0FF))
                || c == 0xFFFD || (Character.isISOControl(c) && !Character.isWhitespace(c)));
    }

    /**
     * A Han glyph whose advance is under 0.6 or over 1.5 of its size: Han glyphs are set square, so the font's widths
     * (/W, /Widths of a subset font) are wrong, and the glyphs after it stand where the page does not show them.
     */
    static boolean misplaced(String unicode, float width, float size) {
        return size > 0 && unicode.codePoints().anyMatch(PdfTextTrust::han) && (width < size * 0.6f || width > size * 1.5f);
    }

    /** Text running neither along nor across the page (more than 5° off): a watermark, not a cell's text. */
    static boolean slanted(Matrix matrix) {
        double angle = Math.toDegrees(Math.atan2(matrix.getShearY(), matrix.getScaleX()));
        double off = Math.abs(angle - Math.round(angle / 90) * 90);
        return off > 5;
    }

    /**
     * Why the page's text cannot be trusted, or null: glyphs without text beyond a stray one, or a ruled page of text
     * with no Chinese character at all (a font mapping its glyphs to the wrong characters).
     */
    static String distrust(List<PdfGlyph> glyphs, boolean ruled, Counts counts) {
        int lost = counts.undecoded + counts.suspect;
        int drawn = lost + (int) glyphs.stream().filter(g -> !g.isSpace()).count();
        if (lost >= 3 && lost > drawn * UNDECODED_SHARE) {
            return lost + " 个字符的字体没有可用的文字映射（ToUnicode），提取出的文字是空的或乱码 — " + lost + " of its " + drawn
                    + " characters are in fonts with no usable text mapping (no /ToUnicode, Type 3 glyph drawings,"
                    + " private-use or replacement characters): what it shows cannot be extracted";
        }
        if (counts.misplaced >= 3 && counts.misplaced > drawn * UNDECODED_SHARE) {
            return counts.misplaced + " 个汉字的字宽与字形不符（字体的宽度表 /Widths 有误），文字的位置不可信 — " + counts.misplaced
                    + " Han characters advance far less or far more than a Han glyph (the font's /Widths are wrong):"
                    + " where its text stands, and so which cell it is in, cannot be trusted";
        }
        long han = glyphs.stream().filter(g -> g.text().codePoints().anyMatch(PdfTextTrust::han)).count();
        long letters = glyphs.stream().filter(g -> g.text().codePoints().anyMatch(Character::isLetter)).count();
        if (ruled && han == 0 && letters >= HAN_EXPECTED) {
            return "页面有表格，却没有一个汉字，只有 " + letters + " 个字母等其他文字（字体映射错误？） — it draws a table but not one"
                    + " Chinese character, only " + letters + " letters of other scripts (a font mapping its glyphs to the"
                    + " wrong characters?)";
        }
        return null;
    }

    /** A page read though some of its glyphs gave no text (too few to refuse it): how many, or 0. */
    static int lostButRead(Counts counts) {
        return counts.undecoded + counts.suspect;
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
