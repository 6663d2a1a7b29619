import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes the thirteenth blind round's PDFs that LibreOffice cannot print itself (run from the repository root as
 * {@code java -cp target/perfaudit.jar src/test/resources/perfaudit/blind/pdf-src/Gen.java MODE IN.pdf OUT.pdf ...}):
 * <ul>
 * <li>{@code ocr}: each page as a scanner and OCR program (OCRmyPDF / Tesseract, ABBYY) publish it — a grey page image
 *     and, over it, the recognised words as invisible text (render mode 3) in a glyph-less font (Identity-H, a
 *     ToUnicode map, no glyphs), each word stretched to its box and set slightly off the line's baseline. The words
 *     are the source PDF's, with the OCR confusions given as {@code from=>to} arguments (each applied to the first
 *     word holding {@code from}, or with {@code @N} to the N-th; a space in {@code to} cuts the word in two).</li>
 * <li>{@code rotate}: each landscape page turned to a portrait page with {@code /Rotate 90}, its content drawn
 *     turned a quarter counter-clockwise (as print drivers and scanners store landscape pages).</li>
 * </ul>
 */
public class Gen {

    record Word(String text, float x, float baseline, float width, float size) {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "ocr" -> ocr(new File(args[1]), new File(args[2]), List.of(args).subList(3, args.length));
            case "rotate" -> rotate(new File(args[1]), new File(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void rotate(File in, File out) throws IOException {
        try (PDDocument source = Loader.loadPDF(in); PDDocument target = new PDDocument()) {
            LayerUtility layers = new LayerUtility(target);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getHeight(), box.getWidth()));
                page.setRotation(90);
                target.addPage(page);
                PDFormXObject form = layers.importPageAsForm(source, i);
                try (PDPageContentStream content = new PDPageContentStream(target, page)) {
                    content.transform(new Matrix(0, 1, -1, 0, box.getHeight(), 0));
                    content.drawForm(form);
                }
            }
            target.save(out);
        }
    }

    static void ocr(File in, File out, List<String> confusions) throws IOException {
        try (PDDocument source = Loader.loadPDF(in); PDDocument target = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            Random jitter = new Random(13);
            List<String> left = new ArrayList<>(confusions);
            COSDictionary font = glyphLessFont(target);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getMediaBox();
                BufferedImage image = renderer.renderImageWithDPI(i, 110, ImageType.GRAY);
                PDImageXObject scan = JPEGFactory.createFromImage(target, image, 0.45f);
                PDPage page = new PDPage(box);
                target.addPage(page);
                PDResources resources = new PDResources();
                COSName im = resources.add(scan);
                resources.getCOSObject().setItem(COSName.FONT, fontResource(font));
                page.setResources(resources);
                StringBuilder ops = new StringBuilder();
                ops.append(String.format(Locale.ROOT, "q %.2f 0 0 %.2f 0 0 cm /%s Do Q\n", box.getWidth(), box.getHeight(), im.getName()));
                for (Word w : confuse(words(source, i), left)) {
                    float dy = (jitter.nextFloat() - 0.5f) * w.size() * 0.16f;
                    float dx = (jitter.nextFloat() - 0.5f) * 0.6f;
                    float tz = 100f * w.width() / (w.text().codePointCount(0, w.text().length()) * w.size());
                    ops.append(String.format(Locale.ROOT, "BT 3 Tr /F1 %.2f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm <%s> Tj ET\n",
                            w.size(), tz, w.x() + dx, box.getHeight() - w.baseline() + dy, hex(w.text())));
                }
                PDStream stream = new PDStream(target);
                try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
            }
            if (!left.isEmpty()) {
                throw new IllegalStateException("confusions not applied: " + left);
            }
            target.save(out);
        }
    }

    /** The source page's words: runs of characters on one line with no space and no gap wider than half a character. */
    static List<Word> words(PDDocument source, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                List<TextPosition> run = new ArrayList<>();
                for (TextPosition p : positions) {
                    boolean space = p.getUnicode().isBlank();
                    if (!run.isEmpty()) {
                        TextPosition last = run.get(run.size() - 1);
                        float gap = p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                        if (space || gap > last.getYScale() * 0.5f || Math.abs(p.getYDirAdj() - last.getYDirAdj()) > 1) {
                            words.add(word(run));
                            run = new ArrayList<>();
                        }
                    }
                    if (!space) {
                        run.add(p);
                    }
                }
                if (!run.isEmpty()) {
                    words.add(word(run));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(source);
        return words;
    }

    static Word word(List<TextPosition> run) {
        StringBuilder text = new StringBuilder();
        run.forEach(p -> text.append(p.getUnicode()));
        TextPosition first = run.get(0);
        TextPosition last = run.get(run.size() - 1);
        return new Word(text.toString(), first.getXDirAdj(), first.getYDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), first.getYScale());
    }

    static List<Word> confuse(List<Word> words, List<String> left) {
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            String text = w.text();
            for (String c : List.copyOf(left)) {
                String[] pair = c.split("=>", 2);
                if (text.contains(pair[0])) {
                    // "from=>to@N": the N-th word holding from (counted down the confusions list)
                    String[] to = pair[1].split("@", 2);
                    int n = to.length > 1 ? Integer.parseInt(to[1]) : 1;
                    left.remove(c);
                    if (n > 1) {
                        left.add(0, pair[0] + "=>" + to[0] + "@" + (n - 1));
                        continue;
                    }
                    text = text.replace(pair[0], to[0]);
                }
            }
            if (text.equals(w.text())) {
                out.add(w);
                continue;
            }
            // the word's box shared by its pieces in proportion to their characters
            String[] pieces = text.split(" ");
            int total = text.replace(" ", "").length();
            float x = w.x();
            for (String piece : pieces) {
                float width = w.width() * piece.length() / Math.max(1, total);
                out.add(new Word(piece, x, w.baseline(), width, w.size()));
                x += width + w.size() * 0.3f;
            }
        }
        return out;
    }

    static String hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (char c : text.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.toString();
    }

    static COSDictionary fontResource(COSDictionary font) {
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        return fonts;
    }

    /** OCR layers' font: Identity-H codes (UTF-16 units), every code a blank glyph, the text through ToUnicode. */
    static COSDictionary glyphLessFont(PDDocument doc) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "GlyphLessFont");
        descriptor.setInt(COSName.FLAGS, 5);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, 0, 1000, 1000}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 1000);
        descriptor.setInt(COSName.DESCENT, 0);
        descriptor.setInt(COSName.CAP_HEIGHT, 1000);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "GlyphLessFont");
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "GlyphLessFont");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n"
                + "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int block = 0; block < 256; block += 100) {
            int n = Math.min(100, 256 - block);
            cmap.append(n).append(" beginbfrange\n");
            for (int hi = block; hi < block + n; hi++) {
                cmap.append(String.format("<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi));
            }
            cmap.append("endbfrange\n");
        }
        cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (OutputStream os = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }
}
