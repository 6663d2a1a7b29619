package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.text.TextFold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An 一级 / 二级 label of OCR'd text with one character misread (顼目产出(30分) for 项目产出): where the
 * points a section label carries follow the text, and the few characters before them, after a figure or
 * a bracket (not inside words), differ from exactly one label of the vocabulary in exactly one Chinese
 * character (never a digit or a bracket), the label is read. Each correction is noted with the text before and after; a text near two labels, or
 * already a label, is left as printed.
 */
public final class OcrLabels {

    /** Section points right after a label: (30分), （10 分）. */
    private static final Pattern POINTS = Pattern.compile("[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]");
    /** Shorter labels (产出, 效益) are one character from too many words to tell. */
    private static final int MIN_LENGTH = 4;

    private OcrLabels() {
    }

    /** One label put right: the text as printed and as read (label and its points). */
    record Correction(String printed, String read) {
    }

    public static List<Cell> repair(List<Cell> cells, Lexicon lex, ProblemLog log) {
        List<Cell> out = null;
        Map<String, String> labels = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.text().indexOf('分') < 0) {
                continue;
            }
            labels = labels == null ? labels(lex) : labels;
            // a mirror site's pinyin glosses (頊(xū)目產(chǎn)出) are no part of the label: a corrected cell loses them
            String text = TextFold.withoutGlosses(cell.text());
            List<Correction> corrections = corrections(text, labels);
            if (corrections.isEmpty()) {
                continue;
            }
            String fixed = text;
            for (Correction c : corrections) {
                fixed = fixed.replace(c.printed(), c.read());
                note(cell, c, log);
            }
            if (out == null) {
                out = new ArrayList<>(cells);
            }
            out.set(i, new Cell(fixed, cell.location(), cell.row(), cell.column(), cell.gap()));
        }
        return out == null ? cells : out;
    }

    /** The text with each misread label before section points put right, or null when none is certain. */
    static String fix(String printed, Lexicon lex) {
        String text = TextFold.withoutGlosses(printed);
        String fixed = text;
        for (Correction c : corrections(text, labels(lex))) {
            fixed = fixed.replace(c.printed(), c.read());
        }
        return fixed.equals(text) ? null : fixed;
    }

    /**
     * Each label before section points that differs from exactly one label in one Chinese character. The
     * text is compared folded (traditional characters and full-width digits as the labels are written:
     * 項目管理（２５分） is printed right, 顼目產出 one character off), and corrected as printed.
     */
    private static List<Correction> corrections(String printed, Map<String, String> labels) {
        List<Correction> out = new ArrayList<>();
        String text = foldedCharByChar(printed);
        Matcher points = POINTS.matcher(text);
        while (points.find()) {
            int end = points.start();
            String found = null;
            String misread = null;
            for (String label : labels.keySet()) {
                int start = end - label.length();
                if (start < 0 || start > 0 && isHan(text.charAt(start - 1))) {
                    continue; // the label starts where the text before it ends (a figure, a bracket): 经管效可指标 is no 效果指标
                }
                String window = text.substring(start, end);
                if (labels.containsKey(window)) {
                    found = null; // a label as printed: nothing to correct here
                    break;
                }
                if (oneHanApart(window, label)) {
                    if (found != null && !labels.get(found).equals(labels.get(label))) {
                        found = null; // near two labels: not certain
                        break;
                    }
                    found = label;
                    misread = window;
                }
            }
            if (found != null) {
                int start = end - misread.length();
                out.add(new Correction(printed.substring(start, points.end()), found + printed.substring(points.start(), points.end())));
            }
        }
        return out;
    }

    /** The text with each character folded, its length kept (indexes into it are indexes into the text). */
    private static String foldedCharByChar(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TextFold.foldChar(chars[i]);
        }
        return new String(chars);
    }

    /** Spellings of the 一级 and 二级 labels, as printed, with what they stand for. */
    private static Map<String, String> labels(Lexicon lex) {
        Map<String, String> labels = new LinkedHashMap<>();
        lex.vocabulary.level1().forEach((name, spellings) -> spellings.stream().filter(s -> s.length() >= MIN_LENGTH)
                .forEach(s -> labels.putIfAbsent(s, name)));
        lex.vocabulary.level2().values().forEach(level -> level.spellings().stream().filter(s -> s.length() >= MIN_LENGTH)
                .forEach(s -> labels.putIfAbsent(s, level.name())));
        return labels;
    }

    /** Same length, one position differing, both characters there Chinese (an OCR swaps a glyph for a look-alike). */
    static boolean oneHanApart(String window, String label) {
        int differ = -1;
        for (int i = 0; i < label.length(); i++) {
            if (window.charAt(i) != label.charAt(i)) {
                if (differ >= 0) {
                    return false;
                }
                differ = i;
            }
        }
        return differ >= 0 && isHan(window.charAt(differ)) && isHan(label.charAt(differ));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void note(Cell cell, Correction c, ProblemLog log) {
        log.note(cell.row(), cell.location(), c.printed(), "识别错误的指标类别名已更正：'" + c.printed() + "' 读作 '" + c.read()
                + "' — OCR'd section label corrected: '" + c.printed() + "' read as '" + c.read() + "' (one Chinese character"
                + " differs from exactly one 一级 / 二级 label, and section points follow it)");
    }
}
