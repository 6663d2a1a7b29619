package perfaudit.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The text layer Tesseract (and OCRmyPDF, which runs it) writes under a scanned page, laid out again so that
 * {@link PdfLines} parts it into cells where the page has cell gaps, not at every OCR "word".
 * <p>
 * Tesseract writes each of its words where its box starts, stretched to the box's width, followed by a SPACE glyph of
 * the same stretched width; in Chinese its words are one to three characters, and the boxes are loose (a Han glyph 3 to
 * 20 pt wide at 10 pt). A space glyph therefore says nothing about a cell, and a gap measured from a glyph's end little.
 * What does hold: where each word starts, and how many characters it holds. So the gap before a word is judged by
 * (a) the start-to-start distance against the line's own Han pitch (what the previous word's characters take) and the
 * box's end, the smaller of the two, and (b) gutters: a column's cells start at the same x on many lines, a word inside
 * a phrase does not. A word starting on such a gutter after even a small gap starts a cell (a cell filled to its border
 * leaves only the padding before the next); elsewhere only a gap of a character or more does. Words joined are laid edge
 * to edge, words parted keep a space glyph between them. Two figures stay apart whatever the gap (14 6 is no 146), and
 * a word of rulings read as "|" (with the quote marks Tesseract reads beside them) parts cells and is dropped.
 * <p>
 * Other OCR layers (one glyph per character at its own place, m04) are left as they are.
 */
final class OcrLayerWords {

    /** A Tesseract word: its glyphs, where its box starts and ends, and the line (baseline) it sits on. */
    private record Word(List<PdfGlyph> glyphs, float start, float end, float baseline, boolean spaced) {

        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString();
        }

        /** How many character widths of the line's Han pitch the word takes: a Han or full-width character one, others half. */
        float units() {
            float units = 0;
            for (PdfGlyph glyph : glyphs) {
                units += glyph.text().codePoints().mapToDouble(c -> isWide(c) ? 1 : NARROW.indexOf(c) >= 0 ? 0.25 : 0.5).sum();
            }
            return units;
        }

        boolean isHan() {
            return glyphs.stream().allMatch(g -> g.text().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }

    /** How much wider than its characters (at the pitch) a figure's box may be before characters count as lost: read figures measure 0.8–1.05. */
    private static final float LOST = 1.4f;
    /** Characters a quarter of a Han character wide (a decimal point takes less than a digit). */
    private static final String NARROW = ".,:;()|";
    /** How far (points) a glyph may start from the previous one's end and still be of the same Tesseract word. */
    private static final float CONTIGUOUS = 0.3f;
    /** Baselines of one Tesseract line agree exactly; this much is rounding. */
    private static final float SAME_BASELINE = 0.5f;
    /** How far (share of Tesseract's size) consecutive words' baselines may drift along one skewed line. */
    private static final float SKEW = 0.25f;
    /**
     * How far above the page's pitch a line's own may be: a title's characters are larger; a line of OCR debris has no
     * pitch. Below the page's it is not taken: a body line's few pairs are noise (Tesseract's starts stray by 3 pt).
     */
    private static final float PITCH_HIGH = 1.6f;
    /** The gap (in Han pitches) that parts cells anywhere: a character's width left blank. */
    private static final float WIDE_GAP = 1.0f;
    /** The gap (in Han pitches) that parts cells at a gutter: the padding on both sides of a ruling. */
    private static final float GUTTER_GAP = 0.25f;
    /** A gap this wide (in pitches) makes the word's start a gutter candidate. */
    private static final float CANDIDATE_GAP = 0.6f;
    /** How far (points) starts on different lines may lie apart and be one gutter, and on how many lines it must recur. */
    private static final float GUTTER_X = 2.5f;
    private static final int GUTTER_LINES = 4;
    /** Which share of the consecutive Han pairs' start-to-start distances (per character) is the pitch: the lower ones are in-phrase. */
    private static final double PITCH_QUANTILE = 0.4;
    private static final int LINE_PAIRS = 4;
    /** A line's own pitch is taken lower: it has fewer pairs, and more of them cross cells. */
    private static final double LINE_QUANTILE = 0.25;

    private OcrLayerWords() {
    }

    /** The page's glyphs laid out again where they are a Tesseract text layer; otherwise the glyphs as they are. */
    static List<PdfGlyph> laidOut(List<PdfGlyph> glyphs) {
        List<Word> words = words(glyphs);
        long spaced = words.stream().filter(Word::spaced).count();
        if (words.size() < 5 || spaced * 2 < words.size()) {
            return glyphs;
        }
        List<List<Word>> lines = lines(words);
        float pagePitch = pitch(lines);
        if (Float.isNaN(pagePitch)) {
            return glyphs;
        }
        List<List<Float>> candidates = new ArrayList<>();
        List<Float> pitches = new ArrayList<>();
        for (List<Word> line : lines) {
            float pitch = pitch(List.of(line), LINE_PAIRS, LINE_QUANTILE);
            pitches.add(Float.isNaN(pitch) ? pagePitch : Math.max(pagePitch, Math.min(PITCH_HIGH * pagePitch, pitch)));
            candidates.add(gutterCandidates(line, pitches.get(pitches.size() - 1)));
        }
        List<PdfGlyph> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.addAll(laidOut(lines.get(i), pitches.get(i), candidates));
        }
        return out;
    }

    /** The glyphs in the order drawn, as Tesseract's words: glyphs set edge to edge on one baseline, a space ending each. */
    private static List<Word> words(List<PdfGlyph> glyphs) {
        List<Word> words = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        for (PdfGlyph glyph : glyphs) {
            PdfGlyph last = current.isEmpty() ? null : current.get(current.size() - 1);
            boolean next = last != null && Math.abs(glyph.baseline() - last.baseline()) <= SAME_BASELINE
                    && Math.abs(glyph.x() - last.endX()) <= CONTIGUOUS;
            if (glyph.isSpace()) {
                if (next) {
                    words.add(word(current, glyph.endX(), true));
                    current = new ArrayList<>();
                }
                continue;
            }
            if (last != null && !next) {
                words.add(word(current, last.endX(), false));
                current = new ArrayList<>();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            words.add(word(current, current.get(current.size() - 1).endX(), false));
        }
        return words;
    }

    private static Word word(List<PdfGlyph> glyphs, float end, boolean spaced) {
        return new Word(glyphs, glyphs.get(0).x(), end, glyphs.get(0).baseline(), spaced);
    }

    /**
     * Tesseract's lines: words drawn one after another, each starting right of the one before, on a baseline that
     * drifts a little from word to word on a skewed scan (its line's slope).
     */
    private static List<List<Word>> lines(List<Word> words) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        for (Word word : words) {
            Word last = line.isEmpty() ? null : line.get(line.size() - 1);
            if (last != null && (Math.abs(word.baseline() - last.baseline()) > SKEW * last.glyphs().get(0).size()
                    || word.start() <= last.start())) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(word);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static float pitch(List<List<Word>> lines) {
        return pitch(lines, 1, PITCH_QUANTILE);
    }

    /**
     * The Han pitch (points per character, start to start) of the lines: of consecutive Han words, the distance between
     * their starts per character of the first, at the {@link #PITCH_QUANTILE} (cell gaps make the upper ones); NaN with
     * fewer than {@code least} such pairs.
     */
    private static float pitch(List<List<Word>> lines, int least, double quantile) {
        List<Float> perCharacter = new ArrayList<>();
        for (List<Word> line : lines) {
            for (int i = 1; i < line.size(); i++) {
                Word before = line.get(i - 1);
                Word word = line.get(i);
                if (before.isHan() && word.isHan()) {
                    perCharacter.add((word.start() - before.start()) / before.units());
                }
            }
        }
        if (perCharacter.size() < least) {
            return Float.NaN;
        }
        perCharacter.sort(null);
        return perCharacter.get((int) (perCharacter.size() * quantile));
    }

    /** The gap before {@code word}, in pitches: the smaller of the start-to-start distance less what the previous word takes, and the gap from its box. */
    private static float gap(Word before, Word word, float pitch) {
        float byPitch = word.start() - (before.start() + before.units() * pitch);
        float byBox = word.start() - before.end();
        return Math.min(byPitch, byBox) / pitch;
    }

    /** Where cells may start on the line: its first word's start, and the start of each word after a wide gap. */
    private static List<Float> gutterCandidates(List<Word> line, float pitch) {
        List<Float> starts = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (i == 0 || gap(line.get(i - 1), line.get(i), pitch) > CANDIDATE_GAP) {
                starts.add(line.get(i).start());
            }
        }
        return starts;
    }

    /** Whether {@code x} is a gutter: cells start there on {@link #GUTTER_LINES} lines or more. */
    private static boolean onGutter(float x, List<List<Float>> candidates) {
        int lines = 0;
        for (List<Float> starts : candidates) {
            if (starts.stream().anyMatch(s -> Math.abs(s - x) <= GUTTER_X)) {
                lines++;
            }
        }
        return lines >= GUTTER_LINES;
    }

    /**
     * Whether a cell boundary lies between two consecutive words of a line. A small gap on a gutter parts cells only on
     * a line of cells (one wide gap or ruling at least): a title or a sentence set across a column's start is one cell.
     */
    private static boolean parts(Word before, Word word, float pitch, List<List<Float>> candidates, boolean ofCells) {
        if (word.start() <= before.start() || isRuling(before) || isRuling(word) || endsFigure(before) && startsFigure(word)) {
            return true;
        }
        float gap = gap(before, word, pitch);
        return gap > WIDE_GAP || ofCells && gap > GUTTER_GAP && onGutter(word.start(), candidates);
    }

    /** Whether the line holds more than one cell for sure: a wide gap or a ruling between two of its words. */
    private static boolean ofCells(List<Word> line, float pitch) {
        for (int i = 1; i < line.size(); i++) {
            if (isRuling(line.get(i)) || gap(line.get(i - 1), line.get(i), pitch) > WIDE_GAP) {
                return true;
            }
        }
        return false;
    }

    /** The line's glyphs laid out again: rulings dropped, words of one cell edge to edge, a space glyph between cells. */
    private static List<PdfGlyph> laidOut(List<Word> line, float pitch, List<List<Float>> candidates) {
        List<PdfGlyph> out = new ArrayList<>();
        float baseline = line.get(0).baseline();
        boolean ofCells = ofCells(line, pitch);
        for (int i = 0; i < line.size(); i++) {
            Word word = line.get(i);
            if (isRuling(word)) {
                continue;
            }
            Word next = i + 1 < line.size() ? line.get(i + 1) : null;
            List<PdfGlyph> glyphs = withoutRulingEdges(word.glyphs());
            if (glyphs.isEmpty()) {
                continue;
            }
            glyphs = withLossMark(word, next, glyphs, pitch);
            float start = glyphs == word.glyphs() ? word.start() : word.start() + (word.end() - word.start())
                    * word.glyphs().indexOf(glyphs.get(0)) / word.glyphs().size();
            if (next == null) {
                out.addAll(spread(glyphs, start, word.end(), baseline, pitch));
            } else if (!parts(word, next, pitch, candidates, ofCells) && glyphs.get(glyphs.size() - 1) == last(word)) {
                out.addAll(spread(glyphs, start, next.start(), baseline, pitch));
            } else {
                float end = Math.max(start + 0.1f * glyphs.size(), Math.min(word.end(), next.start() - 0.3f * pitch));
                out.addAll(spread(glyphs, start, end, baseline, pitch));
                out.add(new PdfGlyph(" ", end, baseline, Math.max(0, next.start() - end), pitch));
            }
        }
        return out;
    }

    /**
     * A figure whose box holds more ink than its characters fill (Tesseract's box round "10" with only "1" read, round
     * "24" with "2") lost characters in recognition: it is marked with U+FFFD, the replacement character, which the
     * grammar reads as a damaged figure and reports, never as the figure it shows.
     */
    private static List<PdfGlyph> withLossMark(Word word, Word next, List<PdfGlyph> glyphs, float pitch) {
        String text = word.text();
        boolean figure = text.chars().anyMatch(Character::isDigit) && text.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '%');
        // a box running over the next word's start is no measure of the word's own ink (2024 boxed with its 年)
        boolean overruns = next != null && word.end() > next.start() + GUTTER_GAP * pitch;
        if (!figure || overruns || word.end() - word.start() <= LOST * word.units() * pitch) {
            return glyphs;
        }
        List<PdfGlyph> marked = new ArrayList<>(glyphs);
        PdfGlyph last = glyphs.get(glyphs.size() - 1);
        marked.add(new PdfGlyph("\uFFFD", last.endX(), last.baseline(), last.width(), last.size()));
        return marked;
    }

    private static PdfGlyph last(Word word) {
        return word.glyphs().get(word.glyphs().size() - 1);
    }

    /**
     * The glyphs set edge to edge from {@code start} to {@code end}, in equal widths, their size the line's pitch:
     * Tesseract's font size is its line box's height, up to twice the characters' (two lines of one cell 7 pt apart
     * at "size 18" would be taken for one); on the line's baseline, which a skewed scan lets drift from word to word.
     */
    private static List<PdfGlyph> spread(List<PdfGlyph> glyphs, float start, float end, float baseline, float size) {
        float width = Math.max(0.01f, (end - start) / glyphs.size());
        List<PdfGlyph> out = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            PdfGlyph glyph = glyphs.get(i);
            out.add(new PdfGlyph(glyph.text(), start + i * width, baseline, width, size));
        }
        return out;
    }

    /** A word of nothing but rulings read as "|" and the quote marks read beside them. */
    private static boolean isRuling(Word word) {
        String text = word.text();
        return text.indexOf('|') >= 0 && text.chars().allMatch(OcrLayerWords::isRulingMark);
    }

    private static boolean isRulingMark(int c) {
        return c == '|' || c == '“' || c == '”' || c == '"' || c == '\'' || c == '‘' || c == '’';
    }

    /** The word's glyphs less the rulings ("|", with quote marks beside them) it starts or ends with. */
    private static List<PdfGlyph> withoutRulingEdges(List<PdfGlyph> glyphs) {
        int from = 0;
        int to = glyphs.size();
        int lastBar = -1;
        for (int i = 0; i < to && isRulingMark(glyphs.get(i).text().codePointAt(0)); i++) {
            if (glyphs.get(i).text().equals("|")) {
                lastBar = i;
            }
        }
        from = lastBar + 1;
        int firstBar = to;
        for (int i = to - 1; i >= from && isRulingMark(glyphs.get(i).text().codePointAt(0)); i--) {
            if (glyphs.get(i).text().equals("|")) {
                firstBar = i;
            }
        }
        to = firstBar;
        return from == 0 && to == glyphs.size() ? glyphs : glyphs.subList(from, to);
    }

    private static boolean endsFigure(Word word) {
        String text = word.text();
        return !text.isEmpty() && isFigure(text.charAt(text.length() - 1));
    }

    private static boolean startsFigure(Word word) {
        String text = word.text();
        return !text.isEmpty() && isFigure(text.charAt(0));
    }

    private static boolean isFigure(char c) {
        return Character.isDigit(c) || c == '%' || c == '.';
    }

    private static boolean isWide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF60;
    }
}
