package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.indicators.cells.PointsLabel;
import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Two rows run together with nothing between them: an OCR'd or flattened line where a row's last figure touches the
 * next row's 一级 / 二级 label ("10质量指标", "14.38效益指标(30分)"). Read as one text, the row would end in a reason
 * "10质量指标", its 得分 shifted into its 分值 and the next row filed under the wrong 二级 (silent). Where a piece of
 * text is a figure and then, to its end, exactly a level label of the vocabulary (with its stated points, if any), no
 * cell value reads so: the piece is parted into the figure and the label, noted. A figure before any other words
 * (10千伏线路改造长度, a name) is left as printed.
 */
public final class FigureGluedLabels {

    /** Shorter labels (产出, 质量) are too near ordinary words after a figure. */
    private static final int MIN_LABEL = 4;

    private FigureGluedLabels() {
    }

    /** The cells with each such piece parted in two; the same list when there is none. */
    public static List<Cell> split(List<Cell> cells, Lexicon lex, ProblemLog log) {
        List<Cell> out = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            int labelAt = labelAfterFigure(cell, lex);
            if (labelAt < 0) {
                if (out != null) {
                    out.add(cell);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(cells.subList(0, i));
            }
            Cell figure = cell.slice(0, labelAt, cell.gap());
            Cell label = cell.slice(labelAt, cell.key().length(), Cell.Gap.SPACE);
            out.add(figure);
            out.add(label);
            log.note(cell.row(), cell.location(), cell.text(), "数字与其后的指标标签连在一起，已拆开：" + figure.text().strip() + " | "
                    + label.text().strip() + " — a figure run into the next row's level label, parted (two rows run together)");
        }
        return out == null ? cells : out;
    }

    /** The key index where a level label starts right after a leading figure and runs to the piece's end; else -1. */
    private static int labelAfterFigure(Cell cell, Lexicon lex) {
        String key = cell.key();
        if (key.length() < MIN_LABEL + 1 || !Character.isDigit(key.charAt(0))) {
            return -1;
        }
        int wordsAt = wordsAfterFigure(key);
        // a label is the words or their head, so it starts with the words' first character: most pieces stop here
        if (wordsAt < 0 || key.length() - wordsAt < MIN_LABEL
                || !lex.level1.startsWith(key.charAt(wordsAt)) && !lex.level2.startsWith(key.charAt(wordsAt))) {
            return -1;
        }
        String rest = key.substring(wordsAt);
        Matcher points = PointsLabel.statedIn(rest);
        String label = points.find() && points.end() == rest.length() ? rest.substring(0, points.start()) : rest;
        boolean isLabel = label.length() >= MIN_LABEL && (lex.level1.exact(label) != null || lex.level2.exact(label) != null);
        return isLabel ? wordsAt : -1;
    }

    /**
     * Where the words start after the leading figure: ASCII digits, a decimal part, a percent sign, then a Han character
     * and no line break to the end; else -1. What {@code (\d+(?:\.\d+)?%?)(\p{IsHan}.*)} matches, at one scan and
     * no matcher: asked of every piece that starts with a digit.
     */
    static int wordsAfterFigure(String key) {
        int at = digitsEnd(key, 0);
        if (at == 0) {
            return -1;
        }
        if (at < key.length() && key.charAt(at) == '.' && digitsEnd(key, at + 1) > at + 1) {
            at = digitsEnd(key, at + 1);
        }
        if (at < key.length() && key.charAt(at) == '%') {
            at++;
        }
        if (at >= key.length()) {
            return -1;
        }
        int first = key.codePointAt(at);
        if (Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN) {
            return -1;
        }
        for (int i = at + Character.charCount(first); i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1; // a line break, which the pattern's '.' does not match
            }
        }
        return at;
    }

    private static int digitsEnd(String key, int from) {
        int i = from;
        while (i < key.length() && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
