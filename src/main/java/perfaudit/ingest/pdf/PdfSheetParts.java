package perfaudit.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sheet printing pages side by side ("2 pages per sheet", a 2-up or n-up print): parted at the gutters between them
 * and each part read as a page of its own, left to right. Read whole, the rows of the two forms stand on the same lines
 * and run into each other (one form's 实施单位 on the other's row). A gutter is a band at least {@link #GUTTER} wide that
 * no glyph and no ruling crosses, from the top of the sheet to its bottom, with a ruled table on either side; a form's
 * own table spans its page, so a single form never parts.
 */
final class PdfSheetParts {

    private static final float GUTTER = 12f;
    /** Each part at least this share of the sheet's drawn width: a narrow box beside a table is no page. */
    private static final float PART_SHARE = 0.3f;

    private PdfSheetParts() {
    }

    /** One part of a sheet: its glyphs and rulings. */
    record Part(List<PdfGlyph> glyphs, List<PdfRuling> rulings) {
    }

    static List<Part> of(List<PdfGlyph> glyphs, List<PdfRuling> rulings) {
        List<float[]> spans = new ArrayList<>();
        glyphs.stream().filter(g -> !g.isSpace()).forEach(g -> spans.add(new float[] {g.x(), g.endX()}));
        for (PdfRuling r : rulings) {
            spans.add(r.horizontal() ? new float[] {r.from(), r.to()} : new float[] {r.at(), r.at()});
        }
        if (spans.isEmpty()) {
            return List.of(new Part(glyphs, rulings));
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        float left = spans.get(0)[0];
        float right = (float) spans.stream().mapToDouble(s -> s[1]).max().orElse(left);
        List<Float> cuts = new ArrayList<>();
        float reach = spans.get(0)[1];
        for (float[] span : spans) {
            if (span[0] - reach >= GUTTER) {
                cuts.add((reach + span[0]) / 2);
            }
            reach = Math.max(reach, span[1]);
        }
        if (cuts.isEmpty()) {
            return List.of(new Part(glyphs, rulings));
        }
        List<Float> bounds = new ArrayList<>();
        bounds.add(-Float.MAX_VALUE);
        bounds.addAll(cuts);
        bounds.add(Float.MAX_VALUE);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            float from = bounds.get(i);
            float to = bounds.get(i + 1);
            List<PdfGlyph> g = glyphs.stream().filter(x -> x.centreX() > from && x.centreX() < to).toList();
            List<PdfRuling> r = rulings.stream().filter(x -> mid(x) > from && mid(x) < to).toList();
            float width = Math.min(to, right) - Math.max(from, left);
            if (PdfTable.find(r).isEmpty() || width < (right - left) * PART_SHARE) {
                return List.of(new Part(glyphs, rulings));
            }
            parts.add(new Part(g, r));
        }
        return parts;
    }

    private static float mid(PdfRuling r) {
        return r.horizontal() ? (r.from() + r.to()) / 2 : r.at();
    }
}
