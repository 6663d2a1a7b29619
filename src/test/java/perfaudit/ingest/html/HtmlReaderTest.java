package perfaudit.ingest.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import perfaudit.Fixtures;
import perfaudit.ingest.InputFormat;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.model.Document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML reader on small pages: what is a page, charsets declared right and wrong, spans expanded
 * into the grid, what is skipped, nested and layout tables, and what a page without a form says.
 * The whole-form outcomes are in {@link HtmlRenditionTest} and the bad-input corpus.
 */
class HtmlReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    /** The clean form of the rule tests as a Word-made page, one form with no finding. */
    private static final Path WORD_SEED = Path.of("fixtures", "html", "seeds", "000_3bdf511d6872ca99-word-gbk.html");

    @TempDir
    Path temp;

    private static HtmlReader.Page page(String html) {
        return page(html.getBytes(StandardCharsets.UTF_8));
    }

    private static HtmlReader.Page page(byte[] bytes) {
        return HtmlReader.page("page.html", bytes, null);
    }

    /** The rows a page gives the grammar: where each starts, and its cells joined by tabs. */
    private static List<String> rows(HtmlReader.Page page) {
        return page.rows().rows().stream().map(row -> row.location().position() + " " + row.text()).toList();
    }

    private static List<String> rows(String html) {
        return rows(page(html));
    }

    /** The problems met making the rows, before the grammar reads them. */
    private static String reasons(HtmlReader.Page page) {
        return String.join("\n", page.rows().log().finish(List.<GridRow>of()).stream()
                .map(p -> p.location().position() + " " + p.reason()).toList());
    }

    private Document read(String html) throws IOException {
        Path file = temp.resolve("page.html");
        Files.writeString(file, html);
        return Inputs.read(file, "page.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><p>x", "\uFEFF<html>", "  \n<HTML lang=zh>", "<head><meta charset=gbk>",
            "<!-- saved from url=(0040)http://www.example.gov.cn/ -->\n<html>", "<?xml version=\"1.0\"?>\n<html xmlns=\"x\">",
            "<table><tr><td>项目名称</td></tr></table>", "<meta http-equiv=Content-Type content=\"text/html\">"})
    void aPageIsToldByTheMarkupItStartsWith(String start) {
        assertEquals(InputFormat.HTML, InputFormat.detect(start.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"项目名称\t<td>\t规则测试项目", "<p>预期目标：完成培训</p>", "<td>70</td>", "<b>附件</b>",
            "<!-- a note -->\n项目支出绩效自评表", "<tablet>", "< html>"})
    void textWithStrayTagsStaysText(String start) {
        assertEquals(InputFormat.TEXT, InputFormat.detect(start.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aUtf16PageWithItsMarkIsAPage() {
        byte[] body = "<html><body><p>附件</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] page = new byte[body.length + 2];
        page[0] = (byte) 0xFF;
        page[1] = (byte) 0xFE;
        System.arraycopy(body, 0, page, 2, body.length);
        assertEquals(InputFormat.HTML, InputFormat.detect(page));
        assertEquals(List.of("P1 附件"), rows(page(page)));
    }

    @Test
    void spansAreExpandedWithTheTextInTheFirstCellOfTheRange() {
        List<String> rows = rows("<html><table>"
                + "<tr><td rowspan=2>项目资金</td><td colspan=2>年初预算数</td><td>分值</td></tr>"
                + "<tr><td>1</td><td>2</td><td>3</td></tr>"
                + "<tr><td>a</td><td rowspan=\"0\">b</td><td>c</td><td>d</td></tr>"
                + "<tr><td>e</td><td>f</td><td>g</td></tr></table>");
        assertEquals(List.of("表1!R1C1 项目资金\t年初预算数\t\t分值", "表1!R2C2 \t1\t2\t3",
                "表1!R3C1 a\tb\tc\td", "表1!R4C1 e\t\tf\tg"), rows);
    }

    @Test
    void cellTextJoinsItsLinesAsAWordCellDoes() {
        List<String> rows = rows("<html><table><tr><td><p class=MsoNormal><span lang=EN-US>项目</span></p>"
                + "<p class=MsoNormal><span>名称</span></p></td><td>规则<br>测试&nbsp;&nbsp;项目</td>"
                + "<td>Annual<br>budget</td><td><p class=MsoNormal><span>&nbsp;<o:p></o:p></span></p></td>"
                + "<td><input type=checkbox checked>是 <input type=checkbox>否</td></tr></table>");
        assertEquals(List.of("表1!R1C1 项目名称\t规则测试  项目\tAnnual budget\t\t☑是 □否"), rows);
    }

    @Test
    void scriptsNavigationFootersAndHiddenTextAreSkippedParagraphsKeptInOrder() {
        List<String> rows = rows("<!DOCTYPE html><html><head><title>首页标题</title></head><body>"
                + "<nav>首页 &gt; 信息公开</nav><div class=\"sub-menu\">菜单</div><ul role=navigation><li>导航</li></ul>"
                + "<script>document.write('<p>脚本</p>')</script><style>p{}</style><div style=\"display: none\">隐藏</div>"
                + "<p>附件：</p><h2>项目支出<br>绩效自评表</h2><p>（2023年度）</p><table><caption>表题</caption>"
                + "<tr><td>单元</td></tr></table><p>文末</p>"
                + "<footer>版权所有</footer><div id=\"footer\">主办单位</div></body></html>");
        assertEquals(List.of("P1 附件：", "P2 项目支出", "P3 绩效自评表", "P4 （2023年度）", "P5 表题", "表1!R1C1 单元",
                "P6 文末"), rows);
    }

    @Test
    void aWrapperNamedLikeNavigationIsKeptWhenItHoldsATable() {
        assertEquals(List.of("P1 附件：", "表1!R1C1 项目名称\t甲"), rows("<html><div id=\"main-nav-content\"><p>附件：</p>"
                + "<table><tr><td>项目名称</td><td>甲</td></tr></table></div><div class=\"nav\">首页</div>"));
    }

    /** A table-layout site's footer is a table named so (i05): chrome, skipped; a layout table so named around the form is kept. */
    @Test
    void aTableNamedLikeAFooterIsSkippedUnlessItHoldsATable() {
        assertEquals(List.of("表1!R1C1 项目名称\t甲"), rows("<html><table><tr><td>项目名称</td><td>甲</td></tr></table>"
                + "<table class=\"footer\"><tr><td>主办：某县人民政府办公室<br>网站标识码：1234</td></tr></table>"));
        assertEquals(List.of("表2!R1C1 项目名称\t甲"), rows("<html><table id=\"foot\"><tr><td>"
                + "<table><tr><td>项目名称</td><td>甲</td></tr></table></td></tr></table>"));
    }

    /** The notes met making the rows: readings the auditor may check. */
    private static String notes(HtmlReader.Page page) {
        return String.join("\n", page.rows().log().notes().stream()
                .map(p -> p.location().position() + " " + p.reason()).toList());
    }

    /**
     * Excel's "save as web page" writes a hidden row as {@code <tr style='display:none'>}: it neither shows nor prints
     * it, so the row is left out of the table (as the workbook reader leaves out the sheet's) and noted once, at its
     * first cell with text; a cell hidden alone is blanked. On main it was read like any other and only reported.
     */
    @Test
    void hiddenRowsOfATableAreLeftOutAndNotedAsTheWorkbookReaderDoes() {
        HtmlReader.Page page = page("<html><table><tr><td>项目名称</td><td>甲</td></tr>"
                + "<tr style=\"display:none\"><td>去年</td><td>乙</td></tr><tr><td>总分</td><td style='display:none'>9</td>"
                + "<td>8</td></tr></table>");
        assertEquals(List.of("表1!R1C1 项目名称\t甲\t", "表1!R3C1 总分\t\t8"), rows(page));
        assertEquals("", reasons(page));
        assertTrue(notes(page).startsWith("表1!R2C1 表格「表1」有隐藏的行或列"), notes(page));
        assertTrue(notes(page).contains("were left out of the form as printed (3 cells; this is the first):"
                + " check what was hidden (line 1 of the page)"), notes(page));
    }

    /**
     * {@code visibility:collapse} hides a table's row as display:none does (a browser shows and prints neither), inline or
     * by a class; a table's {@code border-collapse:collapse} hides nothing (Residuals 3: the row was read on main).
     */
    @Test
    void aCollapsedRowIsHidden() {
        assertEquals(List.of("表1!R1C1 项目名称\t甲", "表1!R4C1 总分\t100"), rows("<html><head><style>.gone {visibility: collapse}"
                + " table {border-collapse:collapse}</style></head><body><table style='border-collapse:collapse'>"
                + "<tr><td>项目名称</td><td>甲</td></tr><tr style='visibility:collapse'><td>去年</td><td>乙</td></tr>"
                + "<tr class=gone><td>前年</td><td>丙</td></tr><tr><td>总分</td><td>100</td></tr></table>"));
    }

    /** A row Excel saves set by hand to zero height ({@code mso-height-source:userset;height:0pt}) is hidden too. */
    @Test
    void aRowSetToZeroHeightIsHidden() {
        assertEquals(List.of("表1!R1C1 项目名称\t甲"), rows("<html><table><tr><td>项目名称</td><td>甲</td></tr>"
                + "<tr height=0 style='mso-height-source:userset;height:0pt'><td>去年</td><td>乙</td></tr></table>"));
        // Word's zero-height layout row, set by no hand, holds no text and is no hidden row
        assertEquals(List.of("表1!R1C1 项目名称\t甲", "表1!R2C1 去年\t乙"), rows("<html><table>"
                + "<tr><td>项目名称</td><td>甲</td></tr><tr height=0><td>去年</td><td>乙</td></tr></table>"));
    }

    /** The page's stylesheet hides rows and cells by class ({@code .xl70 {display:none}}): left out as inline ones are. */
    @Test
    void aClassTheStylesheetHidesHidesItsRowsAndColumns() {
        HtmlReader.Page page = page("<html><head><style><!-- .xl65 {mso-style-parent:style0;}\n"
                + "tr.gone\n\t{display:none;}\n.xl70 {mso-style-parent:style0; display:none}\n"
                + "@media screen { .narrow {display:none} } --></style></head><body><table>"
                + "<tr><td class=xl65>项目名称</td><td class=xl70>旧名</td><td class=xl65>甲</td></tr>"
                + "<tr class=gone><td>去年</td><td class=xl70>x</td><td>乙</td></tr>"
                + "<tr class=narrow><td>总分</td><td class=xl70></td><td>100</td></tr></table>");
        assertEquals(List.of("表1!R1C1 项目名称\t甲", "表1!R3C1 总分\t100"), rows(page));
        assertTrue(notes(page).startsWith("表1!R1C2 "), notes(page));
        assertTrue(notes(page).contains("(4 cells; this is the first)"), notes(page));
    }

    /**
     * Text the stylesheet hides by class (a system export's toolbar) is skipped as a browser skips it; a class shown
     * again by any rule (a print-only note shown {@code @media print}, a tab shown when active) is read.
     */
    @Test
    void textAClassHidesIsSkippedUnlessARuleShowsItAgain() {
        assertEquals(List.of("P1 打印说明", "P2 项目名称"), rows("<html><head><style>.toolbar{display:none} .print-only {display:none}"
                + " @media print { .print-only { display:block } } .tab {display:none} .tab.on {display:block}</style></head>"
                + "<body><div class=toolbar>导出Excel</div><div class=print-only>打印说明</div><div class='tab'>项目名称</div>"));
    }

    /**
     * A hidden column as Excel saves it ({@code <col style='display:none'>}, its cells display:none) is left out; a
     * merged cell starting in a hidden row or column shows its text in its first shown cell, as Excel shows it.
     */
    @Test
    void hiddenColumnsAreLeftOutAndAMergedCellKeepsItsText() {
        HtmlReader.Page page = page("<html><table><col width=72><col width=0 style='display:none;mso-width-source:"
                + "userset'><col span=2 width=72>"
                + "<tr style='display:none'><td rowspan=2>产出指标</td><td>删</td><td>a</td><td>b</td></tr>"
                + "<tr><td style='display:none'>删</td><td>c</td><td>d</td></tr>"
                + "<tr><td>效益指标</td><td colspan=2>合并</td><td>e</td></tr></table>");
        assertEquals(List.of("表1!R2C1 产出指标\tc\td", "表1!R3C1 效益指标\t合并\te"), rows(page));
        assertTrue(notes(page).startsWith("表1!R1C2 "), notes(page));
        assertTrue(notes(page).contains("(4 cells; this is the first)"), notes(page));
        // a <col> alone, its cells shown, hides nothing: a browser shows them, and a column of the form is not dropped
        HtmlReader.Page colAlone = page("<html><table><col><col style='width:0pt;mso-width-source:userset'>"
                + "<tr><td>项目名称</td><td>甲</td></tr></table>");
        assertEquals(List.of("表1!R1C1 项目名称\t甲"), rows(colAlone));
        // the two disagree: reported, not read silently
        assertTrue(reasons(colAlone).startsWith("表1!R1C2 表格的列定义（<col>）隐藏了这一列"), reasons(colAlone));
    }

    @Test
    void aLayoutTableIsWalkedIntoAndASmallTableInACellIsItsText() {
        List<String> rows = rows("<html><table><tr><td>网站标题</td></tr><tr><td>"
                + "<table><tr><td>项目名称</td><td>甲</td></tr><tr><td>主管部门</td><td>乙</td></tr>"
                + "<tr><td>备注</td><td><table><tr><td>一</td><td>二</td></tr><tr><td>三</td></tr></table></td></tr></table>"
                + "</td></tr></table>");
        assertEquals(List.of("P1 网站标题", "表2!R1C1 项目名称\t甲", "表2!R2C1 主管部门\t乙", "表2!R3C1 备注\t一 二三"), rows);
    }

    @Test
    void tablesNestedTooDeepAreTheTextOfTheirCellAndReported() {
        String nested = "<table><tr><td>层".repeat(40);
        HtmlReader.Page page = page("<html><body>" + nested);
        List<String> rows = rows(page);
        // the twelve outer tables are layout (each holds more than itself): their own text is a paragraph each
        assertEquals(13, rows.size(), rows.toString());
        assertEquals("P12 层", rows.get(11));
        assertEquals("P13 " + "层".repeat(28), rows.get(12));
        assertTrue(reasons(page).contains("表13!R1C1 tables nested more than 12 deep"), reasons(page));
    }

    @Test
    void spansCannotMakeAPageExpandBeyondItsCellBudget() {
        String bomb = "<tr><td colspan=\"300\">炸</td></tr>\n".repeat(2_500);
        HtmlReader.Page page = page("<html><body><p>前</p><table>\n" + bomb + "</table><p>后</p>");
        List<String> rows = rows(page);
        assertEquals(1 + PageRows.MAX_CELLS / TableGrid.MAX_COLUMNS, rows.size(), "the table up to the budget, nothing after it");
        assertEquals("表1!R1C1 炸" + "\t".repeat(TableGrid.MAX_COLUMNS - 1), rows.get(1));
        assertTrue(reasons(page).contains("表1!R1954C1 the page holds more than 500,000 cells (its tables expanded by"
                + " their row and column spans, and its lines of text): table 表1 from row 1954 on, and everything after it, not read (line 1 of the page)"), reasons(page));
    }

    @Test
    void linesOfTextCountAgainstTheBudgetToo() {
        HtmlReader.Page page = page("<html><body>\n" + "<p>行</p>\n".repeat(PageRows.MAX_CELLS + 10));
        assertEquals(PageRows.MAX_CELLS, page.rows().rowCount());
        assertTrue(reasons(page).contains("P500001 the page holds more than 500,000 cells (its tables expanded by their"
                + " row and column spans, and its lines of text): this line and everything after it not read"), reasons(page));
        assertFalse(reasons(page).contains("of the page)"), "a page over 4 MB is located by cell only: " + reasons(page));
    }

    @Test
    void theDeclaredCharsetIsHonoured() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>附件：自评表</p></body></html>";
        HtmlReader.Page read = page(page.getBytes(GBK));
        assertEquals(List.of("P1 附件：自评表"), rows(read));
        assertEquals("", reasons(read));
    }

    @Test
    void aWrongDeclaredCharsetIsReportedAndTheBytesRead() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>附件：自评表</p></body></html>";
        HtmlReader.Page gbkBytes = page(page.getBytes(GBK));
        assertEquals(List.of("P1 附件：自评表"), rows(gbkBytes));
        assertTrue(reasons(gbkBytes).contains("declares charset 'utf-8' but its bytes are GB18030"), reasons(gbkBytes));

        HtmlReader.Page utf8Bytes = page(page.replace("utf-8", "gb2312").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("P1 附件：自评表"), rows(utf8Bytes));
        assertTrue(reasons(utf8Bytes).contains("declares charset 'gb2312' but its bytes are UTF-8"), reasons(utf8Bytes));

        HtmlReader.Page latin = page(page.replace("utf-8", "iso-8859-1").getBytes(GBK));
        assertEquals(List.of("P1 附件：自评表"), rows(latin));

        HtmlReader.Page unknown = page(page.replace("utf-8", "x-no-such-charset").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("P1 附件：自评表"), rows(unknown));
        assertTrue(reasons(unknown).contains("not a known character set"), reasons(unknown));
    }

    @Test
    void undecodableBytesAreReportedAtTheirCell() {
        byte[] page = "<html><head><meta charset=utf-8></head><body><table><tr><td>项目名称</td><td>XY</td></tr></table>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] damaged = page.clone();
        int at = new String(page, StandardCharsets.ISO_8859_1).indexOf("XY");
        damaged[at] = (byte) 0xFF;
        String reasons = reasons(page(damaged));
        assertTrue(reasons.contains("表1!R1C2 invalid bytes for the page's character set (shown as \uFFFD) (line 1 of the page)"),
                reasons);
    }

    @Test
    void aPageWithoutAFormSaysWhatItHoldsInstead() throws IOException {
        Document document = read("<!DOCTYPE html><html><body><p>关于公开2023年度项目支出绩效自评结果的公告</p>"
                + "<p><img src=\"form.jpg\"></p><p><a href=\"/files/自评表.xls?id=3\">附件1：自评表</a>"
                + " <a href=\"/files/report.PDF\"></a> <a href=\"next.html\">下一篇</a></p></body></html>");
        assertTrue(document.forms().isEmpty());
        String reason = document.problems().get(0).reason();
        assertTrue(reason.startsWith("文件中没有找到项目支出绩效自评表；其中没有表格；其中有 1 张图片"), reason);
        assertTrue(reason.contains("no 项目支出绩效自评表 form found in this file; it has no table; it shows 1 picture(s)"), reason);
        assertTrue(reason.contains("附件1：自评表, report.PDF"), reason);
        assertFalse(reason.contains("下一篇"), reason);
    }

    @Test
    void aWebArchiveWithoutAPageSaysWhatToDo() throws IOException {
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--x--\r\n";
        assertEquals(InputFormat.HTML, InputFormat.detect(archive.getBytes(StandardCharsets.ISO_8859_1)));
        Document document = read(archive);
        assertEquals(1, document.problems().size());
        assertTrue(document.problems().get(0).reason().startsWith("web archive (.mht) holding no web page"),
                document.problems().toString());
    }

    @Test
    void aWordPageOfTheSeedIsAuditedLikeTheText() throws IOException {
        Document page = Fixtures.read(WORD_SEED);
        assertEquals(3, page.forms().size());
        assertTrue(new String(Files.readAllBytes(WORD_SEED), StandardCharsets.ISO_8859_1).contains("charset=gb2312"));
        assertTrue(page.problems().isEmpty(), page.problems().toString());
    }
}
