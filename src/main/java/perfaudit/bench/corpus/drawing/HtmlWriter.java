package perfaudit.bench.corpus.drawing;

import perfaudit.bench.corpus.drawing.Drawing.Cell;
import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.bench.corpus.drawing.Drawing.Line;
import perfaudit.bench.corpus.drawing.Drawing.Style;
import perfaudit.bench.corpus.drawing.Drawing.Table;

import java.util.List;

/**
 * Renders drawn forms ({@link Drawing}) as the HTML of a web page: lines as paragraphs, tables with
 * {@code rowspan}/{@code colspan} for merged cells. Two markups, as pages really come: {@link
 * Markup#PLAIN}, the compact markup of a site's content system, and {@link Markup#WORD}, Word's
 * "save as web page" ({@code <p class=MsoNormal><span>} in every cell, {@code &nbsp;} in empty
 * ones, long source lines wrapped at a space of the text, the hidden row Word adds for misaligned
 * columns). Every text is written so that a browser shows it exactly: reading the page back must
 * give the texts drawn.
 */
public final class HtmlWriter {

    public enum Markup { PLAIN, WORD }

    /** Word wraps its source lines at the first space after about this many characters. */
    private static final int WORD_WRAP = 60;

    private final Markup markup;
    private final StringBuilder out = new StringBuilder();

    private HtmlWriter(Markup markup) {
        this.markup = markup;
    }

    /** The body content of a page holding {@code items}. */
    public static String body(List<Item> items, Markup markup) {
        HtmlWriter writer = new HtmlWriter(markup);
        items.forEach(writer::item);
        return writer.out.toString();
    }

    /** A whole page: the head declaring {@code charset} and the title, and {@code body} as its body. */
    public static String page(String title, String charset, String body, Markup markup) {
        StringBuilder page = new StringBuilder();
        if (markup == Markup.WORD) {
            page.append("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n")
                    .append("xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n")
                    .append("<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=").append(charset)
                    .append("\">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n")
                    .append("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->\n")
                    .append("<style>\n<!-- p.MsoNormal {margin:0cm; font-size:10.5pt; font-family:宋体;} -->\n</style>\n");
        } else {
            page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").append(charset).append("\">\n");
        }
        page.append("<title>").append(new HtmlWriter(Markup.PLAIN).text(title)).append("</title>\n</head>\n<body>\n").append(body).append("</body>\n</html>\n");
        return page.toString();
    }

    private void item(Item item) {
        if (item instanceof Line line) {
            line(line);
        } else if (item instanceof Table table) {
            table(table);
        }
    }

    private void line(Line line) {
        boolean centred = line.style() == Style.DOC_TITLE || line.style() == Style.FORM_TITLE || line.style() == Style.YEAR;
        boolean bold = line.style() == Style.DOC_TITLE || line.style() == Style.FORM_TITLE;
        if (markup == Markup.WORD) {
            out.append("<p class=MsoNormal").append(centred ? " align=center style='text-align:center'" : "").append('>')
                    .append(bold ? "<b>" : "").append("<span style='font-size:").append(bold ? "16.0pt" : "10.5pt")
                    .append(";font-family:宋体'>").append(text(line.text())).append("<o:p></o:p></span>")
                    .append(bold ? "</b>" : "").append("</p>\r\n");
        } else {
            String tag = bold ? "h2" : "p";
            out.append('<').append(tag).append(centred ? " class=\"center\"" : "").append('>').append(text(line.text()))
                    .append("</").append(tag).append(">\n");
        }
    }

    private void table(Table table) {
        Cell[][] starts = new Cell[table.rows()][table.columns()];
        boolean[][] covered = new boolean[table.rows()][table.columns()];
        for (Cell cell : table.cells()) {
            starts[cell.row()][cell.column()] = cell;
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    covered[r][c] = true;
                }
            }
        }
        out.append(markup == Markup.WORD
                ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\r\n"
                : "<table border=\"1\" cellspacing=\"0\">\n");
        for (int r = 0; r < table.rows(); r++) {
            out.append(markup == Markup.WORD ? " <tr style='height:18.0pt'>\r\n" : "<tr>");
            for (int c = 0; c < table.columns(); c++) {
                if (starts[r][c] != null) {
                    cell(starts[r][c], table.widths()[c]);
                } else if (!covered[r][c]) {
                    cell(new Cell(r, c, 1, 1, "", Style.TEXT), table.widths()[c]);
                }
            }
            out.append(markup == Markup.WORD ? " </tr>\r\n" : "</tr>\n");
        }
        if (markup == Markup.WORD) {
            out.append(" <![if !supportMisalignedColumns]>\r\n <tr height=0>\r\n");
            for (double width : table.widths()) {
                out.append("  <td width=").append(Math.round(width * 7)).append(" style='border:none'></td>\r\n");
            }
            out.append(" </tr>\r\n <![endif]>\r\n");
        }
        out.append("</table>\n");
    }

    private void cell(Cell cell, double width) {
        boolean header = cell.style() == Style.HEADER || cell.style() == Style.LABEL;
        String spans = (cell.rowSpan() > 1 ? " rowspan=" + cell.rowSpan() : "")
                + (cell.columnSpan() > 1 ? " colspan=" + cell.columnSpan() : "");
        if (markup == Markup.WORD) {
            out.append("  <td width=").append(Math.round(width * 7)).append(spans)
                    .append(" valign=middle style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n")
                    .append("  <p class=MsoNormal").append(header ? " align=center style='text-align:center'" : "")
                    .append("><span lang=EN-US style='font-size:10.0pt;font-family:宋体'>")
                    .append(cell.text().isEmpty() ? "&nbsp;" : text(cell.text())).append("<o:p></o:p></span></p>\r\n  </td>\r\n");
        } else {
            String tag = cell.style() == Style.HEADER ? "th" : "td";
            out.append('<').append(tag).append(spans).append('>').append(text(cell.text())).append("</").append(tag).append('>');
        }
    }

    /**
     * A text as markup a browser shows as exactly that text: special characters escaped, spaces a
     * browser would collapse kept as {@code &nbsp;}, line breaks as {@code <br>}; in Word's markup
     * a long source line wrapped at a space, which a browser shows as that space.
     */
    private String text(String text) {
        StringBuilder html = new StringBuilder();
        int sinceWrap = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean edge = i == 0 || i == text.length() - 1;
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '\n' -> html.append("<br>");
                case '\r' -> { }
                case ' ' -> {
                    boolean lone = !edge && text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ';
                    boolean wrap = lone && markup == Markup.WORD && sinceWrap >= WORD_WRAP;
                    html.append(lone ? wrap ? "\r\n" : " " : "&nbsp;");
                    sinceWrap = wrap ? -1 : sinceWrap;
                }
                case '\t' -> html.append("&#9;");
                case '\u00A0' -> html.append("&#160;");
                default -> html.append(c);
            }
            sinceWrap++;
        }
        return html.toString();
    }
}
