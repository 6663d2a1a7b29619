package perfaudit.ingest.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page's drawing: the characters it shows, the straight lines it draws (table borders)
 * and how many images. Characters and lines are in points from the page's top-left corner.
 * <ul>
 * <li>A character outside the clipping area is not visible and not kept: spreadsheet programs
 *     draw a merged cell's text on every page the cell spans and clip it away where it does not
 *     belong, and clip text that overflows its cell.</li>
 * <li>A character drawn twice at (nearly) the same place, as some producers fake bold type, is
 *     kept once.</li>
 * <li>Borders drawn as stroked lines or as thin filled rectangles both become {@link PdfRuling}s;
 *     curves, wide filled areas (cell shading) and slanted lines are ignored.</li>
 * </ul>
 */
final class PdfPageScanner extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a line. */
    private static final float THIN = 2.5f;
    private static final float STRAIGHT = 0.5f;

    private final float left;
    private final float top;
    private final float right;
    private final float bottom;
    /** The page's /Rotate (0, 90, 180, 270): how a viewer turns the page to show it. */
    private final int rotation;
    private final List<PdfGlyph> glyphs = new ArrayList<>();
    private final List<PdfRuling> rulings = new ArrayList<>();
    /** The current path's subpaths, each as its points; a subpath with a curve is only kept for clipping. */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private final List<Boolean> straight = new ArrayList<>();
    private final GeneralPath path = new GeneralPath();
    private List<Point2D.Float> current;
    private int clipRule = -1;
    private int images;
    /** Glyphs set in text render mode 3 (neither filled nor stroked): the invisible layer OCR tools lay over a scan. */
    private int invisible;
    /** What the page drew that is not read as its text: glyphs with no or untrustworthy text, slanted glyphs. */
    private final PdfTextTrust.Counts untrusted = new PdfTextTrust.Counts();
    /** Repeats are looked for among the glyphs of the same text. */
    private final java.util.Map<String, List<PdfGlyph>> byText = new java.util.HashMap<>();

    record Result(List<PdfGlyph> glyphs, List<PdfRuling> rulings, int images, int invisible, PdfTextTrust.Counts untrusted) {

        /**
         * Whether the page is a scan under an OCR text layer: it shows an image, and (nearly) all its text is invisible,
         * as Tesseract, OCRmyPDF and scanner software write it.
         */
        boolean ocrLayer() {
            return images > 0 && !glyphs.isEmpty() && invisible >= glyphs.size() * 0.9;
        }
    }

    static Result scan(PDPage page) throws IOException {
        PdfPageScanner scanner = new PdfPageScanner(page);
        scanner.processPage(page);
        for (PdfFieldValues.Placed value : PdfFieldValues.of(page)) {
            scanner.fieldValue(value);
        }
        return new Result(scanner.glyphs, scanner.rulings, scanner.images, scanner.invisible, scanner.untrusted);
    }

    private PdfPageScanner(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.left = box.getLowerLeftX();
        this.top = box.getUpperRightY();
        this.right = box.getUpperRightX();
        this.bottom = box.getLowerLeftY();
        this.rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
    }

    /**
     * A point of the page's space as the page is shown: from the top-left corner of the page turned by its /Rotate.
     * Print drivers and scanners store a landscape page as a portrait one drawn a quarter turn round and turned back
     * by /Rotate 90: read unturned, its lines of text would run down the page.
     */
    private Point2D.Float shown(float x, float y) {
        return switch (rotation) {
            case 90 -> new Point2D.Float(y - bottom, x - left);
            case 180 -> new Point2D.Float(right - x, y - bottom);
            case 270 -> new Point2D.Float(top - y, right - x);
            default -> new Point2D.Float(x - left, top - y);
        };
    }

    // ---- text --------------------------------------------------------------------------------

    @Override
    protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement) {
        glyph(matrix, font, code, displacement);
    }

    @Override
    protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement) {
        // Only where the glyph is: its drawing would add lines that are no borders.
        glyph(matrix, font, code, displacement);
    }

    private void glyph(Matrix matrix, PDFont font, int code, Vector displacement) {
        String unicode = font.toUnicode(code, GlyphList.getAdobeGlyphList());
        if (unicode == null || unicode.isEmpty()) {
            if (!blank(font, code)) {
                untrusted.undecoded++;
            }
            return;
        }
        if (PdfTextTrust.suspect(unicode)) {
            untrusted.suspect++;
            return;
        }
        float size = Math.abs(matrix.getScalingFactorY());
        float width = Math.abs(displacement.getX() * matrix.getScalingFactorX());
        float x = matrix.getTranslateX();
        float y = matrix.getTranslateY();
        if (!getGraphicsState().getCurrentClippingPath().contains(x + width / 2, y + size * 0.35f)) {
            return;
        }
        if (PdfTextTrust.slanted(matrix)) {
            // a watermark (内部资料, 样本) drawn across the table: no cell's text
            untrusted.slanted++;
            return;
        }
        Point2D.Float at = shown(x, y);
        boolean hidden = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER;
        if (add(new PdfGlyph(unicode, at.x, at.y, width, size)) && hidden) {
            invisible++;
        }
        if (!hidden && PdfTextTrust.misplaced(unicode, width, size)) {
            untrusted.misplaced++;
        }
    }

    /** An embedded glyph that draws nothing (a space a /ToUnicode left out): no text lost. */
    private static boolean blank(PDFont font, int code) {
        try {
            return font.isEmbedded() && font instanceof org.apache.pdfbox.pdmodel.font.PDVectorFont vector
                    && vector.getPath(code).getBounds2D().isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A form field's value, shown where its widget stands (a fillable form's entries are not in the page's content). */
    private void fieldValue(PdfFieldValues.Placed value) {
        int added = 0;
        for (PdfGlyph glyph : value.glyphs(this::shown)) {
            added += add(glyph) ? 1 : 0;
        }
        untrusted.fieldValues += added > 0 ? 1 : 0;
    }

    /** Keeps a glyph unless it repeats one drawn at (nearly) the same place; whether it was kept. */
    private boolean add(PdfGlyph glyph) {
        List<PdfGlyph> same = byText.computeIfAbsent(glyph.text(), t -> new ArrayList<>());
        for (PdfGlyph other : same) {
            if (Math.abs(other.x() - glyph.x()) < glyph.width() * 0.3f
                    && Math.abs(other.baseline() - glyph.baseline()) < glyph.size() * 0.2f) {
                return false;
            }
        }
        same.add(glyph);
        glyphs.add(glyph);
        return true;
    }

    // ---- paths -------------------------------------------------------------------------------

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> rectangle = new ArrayList<>();
        for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
            rectangle.add(new Point2D.Float((float) p.getX(), (float) p.getY()));
        }
        subpaths.add(rectangle);
        straight.add(true);
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
        straight.add(true);
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            moveTo(x3, y3);
        }
        straight.set(straight.size() - 1, false);
        current.add(new Point2D.Float(x3, y3));
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint() == null ? new Point2D.Float() : path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
        path.closePath();
    }

    @Override
    public void clip(int windingRule) {
        // Takes effect when the path is painted or ended (PDF: "W n").
        clipRule = windingRule;
    }

    @Override
    public void endPath() {
        if (clipRule >= 0) {
            path.setWindingRule(clipRule);
            getGraphicsState().intersectClippingPath(path);
            clipRule = -1;
        }
        subpaths.clear();
        straight.clear();
        path.reset();
        current = null;
    }

    @Override
    public void strokePath() {
        for (int s = 0; s < subpaths.size(); s++) {
            List<Point2D.Float> points = subpaths.get(s);
            for (int i = 1; straight.get(s) && i < points.size(); i++) {
                segment(points.get(i - 1), points.get(i));
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (int s = 0; s < subpaths.size(); s++) {
            if (straight.get(s) && subpaths.get(s).size() >= 4) {
                thinBox(subpaths.get(s));
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage image) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // A gradient is no border.
    }

    private void segment(Point2D.Float a, Point2D.Float b) {
        Point2D.Float from = shown(a.x, a.y);
        Point2D.Float to = shown(b.x, b.y);
        float x1 = from.x;
        float x2 = to.x;
        float y1 = from.y;
        float y2 = to.y;
        if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) > STRAIGHT) {
            rulings.add(new PdfRuling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) > STRAIGHT) {
            rulings.add(new PdfRuling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    /** A filled subpath that makes a thin upright box is drawn as a line along it. */
    private void thinBox(List<Point2D.Float> points) {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (Point2D.Float user : points) {
            Point2D.Float p = shown(user.x, user.y); // x, y from here on as shown: y grows downwards
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        float width = maxX - minX;
        float height = maxY - minY;
        if (height <= THIN && width > height) {
            rulings.add(new PdfRuling(true, (minY + maxY) / 2, minX, maxX));
        } else if (width <= THIN && height > width) {
            rulings.add(new PdfRuling(false, (minX + maxX) / 2, minY, maxY));
        }
    }
}
