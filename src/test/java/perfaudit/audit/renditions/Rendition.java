package perfaudit.audit.renditions;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One way a real form's text reaches a reader (../shared/LAYOUTS.md §2), made from the text the
 * project holds: its cells re-serialised (pipe rows, "cell |" lines, one cell per line, one long
 * line, PDF-like wrapping, an HTML table or page of paragraphs) or its characters re-rendered
 * (繁體 with and without pinyin glosses, full-width digits and punctuation, label synonyms), or
 * wrapped as pages wrap it ({@link Wrappers}: site chrome, a document site's wrapper, a 自评报告
 * before the form, a glued 内容概述 copy), or printed in the other unit of money ({@link Units}).
 * The collector's leading "# source:" lines stay as they are: they are not part of the page.
 */
public enum Rendition {

    PIPE_ROWS("txt", text -> cells(text, Rendition::pipeRows)),
    CELL_LINES("txt", text -> cells(text, Rendition::cellLines)),
    CELL_PER_LINE_BLANK("txt", text -> cells(text, Rendition::cellPerLineBlank)),
    ONE_LINE("txt", text -> serialise(text, Rendition::oneLine)),
    WRAPPED("txt", text -> serialise(text, Rendition::wrapped)),
    HTML_TABLE("html", text -> isPiped(afterComments(text)) ? page(text, Rendition::htmlTable) : null),
    HTML_PARAGRAPHS("html", text -> page(text, Rendition::htmlParagraphs)),
    TRADITIONAL("txt", text -> body(text, Characters::traditional)),
    TRADITIONAL_GLOSSED("txt", text -> body(text, Characters::traditionalGlossed)),
    FULL_WIDTH("txt", text -> body(text, Characters::fullWidth)),
    SYNONYMS("txt", text -> body(text, Synonyms::swap)),
    PAGE_CHROME("txt", text -> body(text, Wrappers::pageChrome)),
    DOCUMENT_SITE("txt", text -> Wrappers.hasSiteWrapper(text) ? null : body(text, Wrappers::documentSite)),
    AFTER_REPORT("txt", text -> body(text, Wrappers::afterReport)),
    AFTER_REPORT_NAMING_FORM("txt", text -> body(text, Wrappers::afterReportNamingForm)),
    SAME_FORM_TWICE("txt", text -> body(text, Wrappers::gluedCopyFirst)),
    OTHER_UNIT("txt", text -> {
        String body = Units.otherUnit(afterComments(text));
        return body == null ? null : comments(text) + body;
    });

    /** A cell broken by WRAPPED is broken after this many characters. */
    static final int WRAP_CELL = 7;

    private final String extension;
    private final UnaryOperator<String> make;

    Rendition(String extension, UnaryOperator<String> make) {
        this.extension = extension;
        this.make = make;
    }

    public String extension() {
        return extension;
    }

    /** The rendition of {@code original}, or null where it does not apply (see {@link #cells}). */
    public String of(String original) {
        return make.apply(original);
    }

    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    // ---- the cells of the original: rows of cells, as a reader of its serialisation would split them

    /** The leading "#" lines, kept as they are. */
    static String comments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    static String afterComments(String text) {
        return text.substring(comments(text).length());
    }

    private static String body(String text, UnaryOperator<String> change) {
        return comments(text) + change.apply(afterComments(text));
    }

    /**
     * The original's rows: a "|" text is split at its bars, any other at white space (as the flow
     * reader splits it: a space-separated row, a cell per line, a whole form on one line). Empty
     * cells are dropped: merged and blank cells are what every rendition loses alike.
     */
    static List<List<String>> rows(String body) {
        String[] lines = body.split("\r?\n");
        boolean pipe = isPiped(body);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> row = new ArrayList<>();
            for (String cell : line.split(pipe ? "\\|" : "\\s+")) {
                if (!cell.isBlank()) {
                    row.add(cell.strip());
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A rendition that gives each cell its own boundary ("|", a line, a table cell), made only from an
     * original that kept its cells: a "|" text. In text that lost them, a space is a cell boundary or
     * a space inside a cell ("(20 分*执行率)", "可持续影 响指标", "2.38  万元") and a line break a row or
     * a wrapped cell ("年度" / "指标值"); making every one a boundary would destroy what the original
     * tells, so those originals are only re-flowed (one line, wrapped, a page of paragraphs).
     */
    private static String cells(String text, java.util.function.Function<List<List<String>>, String> writer) {
        return isPiped(afterComments(text)) ? serialise(text, writer) : null;
    }

    static boolean isPiped(String body) {
        String[] lines = body.split("\r?\n");
        long filled = java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
        long piped = java.util.Arrays.stream(lines).filter(l -> l.indexOf('|') >= 0).count();
        return filled > 0 && piped * 3 >= filled;
    }

    private static String serialise(String text, java.util.function.Function<List<List<String>>, String> writer) {
        return comments(text) + writer.apply(rows(afterComments(text)));
    }

    /** A page keeps the collector's "#" lines as a comment after its doctype, where a saved page has them. */
    private static String page(String text, java.util.function.Function<List<List<String>>, String> writer) {
        String comments = comments(text);
        String page = writer.apply(rows(afterComments(text)));
        if (page == null) {
            return null;
        }
        return comments.isEmpty() ? page : page.replaceFirst("\n", "\n<!--\n" + comments.replace("--", "- -") + "-->\n");
    }

    private static String pipeRows(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    private static String cellLines(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            row.forEach(cell -> out.append(cell).append(" |\n"));
        }
        return out.toString();
    }

    private static String cellPerLineBlank(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            row.forEach(cell -> out.append(cell).append("\n\n"));
        }
        return out.toString();
    }

    private static String oneLine(List<List<String>> rows) {
        return String.join(" ", rows.stream().map(row -> String.join(" ", row)).toList()) + "\n";
    }

    /**
     * PDF text of a table: each row a line, as PDF text gives it, and a longer cell of words broken
     * over two lines after {@link #WRAP_CELL} characters, as a narrow column breaks it ("偏差原因分析"
     * / "及改进措施", LAYOUTS §3 "年初预算 数", "项目主管单 位"); the rest of the row follows the break.
     * Figures are never broken, and a row is never broken between its figures: a PDF line holds a
     * row's figures side by side (breaking there would invent rows the original does not have).
     */
    private static String wrapped(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                int at = cell.matches(".*\\d.*") ? -1 : wrapPoint(cell);
                out.append(c == 0 ? "" : " ").append(at > 0 ? cell.substring(0, at) + "\n" + cell.substring(at) : cell);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Where a narrow column breaks a cell of words: between two Chinese characters from
     * {@link #WRAP_CELL} on, outside brackets ("(xiàng)", "(万元)" stay whole); -1 for none.
     */
    private static int wrapPoint(String cell) {
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (i >= WRAP_CELL && depth == 0 && isHan(cell.charAt(i - 1)) && isHan(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String htmlTable(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(page()).append("<table border=\"1\">\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</table>\n</body></html>\n").toString();
    }

    private static String htmlParagraphs(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(page());
        for (List<String> row : rows) {
            out.append("<p>").append(escape(String.join(" ", row))).append("</p>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String page() {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>绩效自评</title></head><body>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Character renditions. */
    static final class Characters {

        /** ICU's simplified→traditional conversion, as mirror sites convert whole pages. */
        private static final Transliterator HANS_HANT = Transliterator.getInstance("Hans-Hant");
        private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin");

        private Characters() {
        }

        static String traditional(String text) {
            return HANS_HANT.transliterate(text);
        }

        /** 繁體 with the pinyin of each converted character after it: "項(xiàng)目", "預(yù)算". */
        static String traditionalGlossed(String text) {
            String converted = HANS_HANT.transliterate(text);
            if (converted.length() != text.length()) {
                return converted;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = converted.charAt(i);
                out.append(c);
                if (c != text.charAt(i)) {
                    out.append('(').append(PINYIN.transliterate(String.valueOf(text.charAt(i)))).append(')');
                }
            }
            return out.toString();
        }

        /**
         * Digits, letters and punctuation typed full-width (０-９, ．, ％, （）, ：) as Chinese input
         * methods type them. "|" stays: it is the serialisation, not the text.
         */
        static String fullWidth(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                out.append(c > ' ' && c < 0x7F && c != '|' ? (char) (c + 0xFEE0) : c);
            }
            return out.toString();
        }
    }
}
