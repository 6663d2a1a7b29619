package perfaudit.ingest.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a fillable PDF form's text and choice fields (AcroForm widgets), placed where a viewer shows them.
 * A unit filling in a form PDF leaves its figures in the fields' /V, not in the page's content: read without them the
 * form is its labels and blank cells. Each value is laid out in its widget's box as a viewer lays it (the size its
 * /DA gives, shrunk to fit a one-line field, wrapped in a multi-line one, aligned by /Q), one glyph per character.
 */
final class PdfFieldValues {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+Tf");
    private static final int MULTILINE = 1 << 12;
    private static final float PAD = 2f;

    private PdfFieldValues() {
    }

    /** A field's value and its widget's box (page space) with how it is set. */
    record Placed(String value, PDRectangle box, float size, int quadding, boolean multiline) {

        /** The value's glyphs in the page as shown, through {@code shown} (page space to shown space). */
        List<PdfGlyph> glyphs(BiFunction<Float, Float, Point2D.Float> shown) {
            Point2D.Float a = shown.apply(box.getLowerLeftX(), box.getLowerLeftY());
            Point2D.Float b = shown.apply(box.getUpperRightX(), box.getUpperRightY());
            float left = Math.min(a.x, b.x);
            float top = Math.min(a.y, b.y);
            float width = Math.abs(a.x - b.x) - 2 * PAD;
            float height = Math.abs(a.y - b.y);
            List<String> lines = new ArrayList<>();
            float fontSize = size > 0 ? size : Math.min(12f, height * 0.7f);
            if (multiline) {
                for (String paragraph : value.split("\r\n|\r|\n")) {
                    lines.addAll(wrap(paragraph, width, fontSize));
                }
            } else {
                String line = value.replaceAll("[\r\n]+", " ");
                lines.add(line);
                fontSize = Math.min(fontSize, width / Math.max(0.5f, units(line)));
            }
            float pitch = fontSize * 1.15f;
            float baseline = multiline ? top + PAD + fontSize * 0.88f : top + (height + fontSize * 0.7f) / 2;
            List<PdfGlyph> glyphs = new ArrayList<>();
            for (String line : lines) {
                float x = left + PAD + switch (quadding) {
                    case 1 -> (width - units(line) * fontSize) / 2;
                    case 2 -> width - units(line) * fontSize;
                    default -> 0;
                };
                for (int i = 0; i < line.length(); ) {
                    int c = line.codePointAt(i);
                    float w = unit(c) * fontSize;
                    glyphs.add(new PdfGlyph(new String(Character.toChars(c)), x, baseline, w, fontSize));
                    x += w;
                    i += Character.charCount(c);
                }
                baseline += pitch;
            }
            return glyphs;
        }
    }

    /** The page's widgets that show a value: visible, printed or not hidden, text or choice fields with a /V. */
    static List<Placed> of(PDPage page) throws IOException {
        List<Placed> placed = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationWidget widget) || widget.isHidden() || widget.isNoView()
                    || widget.getRectangle() == null) {
                continue;
            }
            COSDictionary field = widget.getCOSObject();
            String type = inherited(field, COSName.FT) instanceof COSName name ? name.getName() : null;
            String value = text(inherited(field, COSName.V));
            if (!("Tx".equals(type) || "Ch".equals(type)) || value == null || value.isBlank()) {
                continue;
            }
            float size = 0;
            if (inherited(field, COSName.DA) instanceof COSString da) {
                Matcher m = SIZE.matcher(da.getString());
                if (m.find()) {
                    size = Float.parseFloat(m.group(1));
                }
            }
            int q = inherited(field, COSName.Q) instanceof org.apache.pdfbox.cos.COSNumber n ? n.intValue() : 0;
            int flags = inherited(field, COSName.FF) instanceof org.apache.pdfbox.cos.COSNumber n ? n.intValue() : 0;
            placed.add(new Placed(value.strip(), widget.getRectangle(), size, q, (flags & MULTILINE) != 0));
        }
        return placed;
    }

    /** A field attribute on the widget or the nearest field above it (/Parent), as fields inherit them. */
    private static COSBase inherited(COSDictionary field, COSName key) {
        for (COSDictionary d = field; d != null; d = d.getCOSDictionary(COSName.PARENT)) {
            COSBase value = d.getDictionaryObject(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(COSBase value) {
        if (value instanceof COSString s) {
            return s.getString();
        }
        if (value instanceof COSArray array && array.size() > 0 && array.getObject(0) instanceof COSString s) {
            return s.getString();
        }
        return null;
    }

    private static List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            float w = unit(c) * size;
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Width in ems: Latin half, everything else (Han, full-width) whole. */
    private static float unit(int c) {
        return c < 0x2000 ? 0.5f : 1f;
    }

    private static float units(String line) {
        float u = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            u += unit(c);
            i += Character.charCount(c);
        }
        return u;
    }
}
