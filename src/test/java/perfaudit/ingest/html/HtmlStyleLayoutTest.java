package perfaudit.ingest.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page's stylesheet does to its rows (round 19): hiding by descendant and compound selectors, CSS grids of divs
 * read as tables, an iframe's srcdoc page read in its place, a hidden col whose cells were left out.
 */
class HtmlStyleLayoutTest {

    private static List<String> rows(String html) {
        HtmlReader.Page page = HtmlReader.page("page.html", html.getBytes(StandardCharsets.UTF_8), null);
        return page.rows().rows().stream().map(row -> row.location().position() + " " + row.text()).toList();
    }

    @Test
    void descendantAndCompoundSelectorsHide() {
        String table = "<table class=t><tr><td>项目名称</td><td>乙</td></tr></table>";
        assertEquals(List.of("表1!R1C1 项目名称\t甲"), rows("<style>#z .copy table.t{display:none}</style><div id=z>"
                + "<table class=t><tr><td>项目名称</td><td>甲</td></tr></table><div class=copy>" + table + "</div></div>"));
        // shown again by a rule naming a class (a print copy shown in print): not hidden, as for plain classes
        assertEquals(2, rows("<style>.copy > table{display:none} @media print{.copy table{display:table}}</style>"
                + "<table><tr><td>项目名称</td><td>甲</td></tr></table><div class=copy>" + table + "</div>").size());
        // a reset naming element types only shows nothing again; a selector jsoup cannot read hides nothing
        assertEquals(1, rows("<style>.copy > table{display:none} table{display:table}</style>"
                + "<table><tr><td>项目名称</td><td>甲</td></tr></table><div class=copy>" + table + "</div>").size());
        assertEquals(2, rows("<style>.copy table:hover{display:none}</style>"
                + "<table><tr><td>项目名称</td><td>甲</td></tr></table><div class=copy>" + table + "</div>").size());
    }

    @Test
    void aGridOfDivsIsATable() {
        String cells = "<div class='c s2'>项目名称</div><div>甲</div><div class=r2>资金</div><div>全年预算数</div><div>执行数</div>"
                + "<div>100</div><div>90</div>";
        assertEquals(List.of("网格1!R1C1 项目名称\t\t甲", "网格1!R2C1 资金\t全年预算数\t执行数", "网格1!R3C2 \t100\t90"),
                rows("<style>.g{display:grid;grid-template-columns:repeat(3,1fr)} .g .s2{grid-column:span 2/span 2}"
                        + ".g .r2{grid-row:span 2}</style><div class=g>" + cells + "</div>"));
        assertEquals(List.of("网格1!R1C1 项目名称\t\t甲", "网格1!R2C1 资金\t全年预算数\t执行数", "网格1!R3C2 \t100\t90"),
                rows("<div style='display:grid;grid-template-columns:120px 1fr 1fr'>" + cells.replace("class='c s2'",
                        "style='grid-column:1 / 3'").replace("class=r2", "style='grid-row:span 2'") + "</div>"));
        // a layout grid (its child holds a table), columns as many as fit, or two rows only: walked as before
        assertEquals("P1 菜单", rows("<div style='display:grid;grid-template-columns:1fr 3fr'><div>菜单</div><div>"
                + "<table><tr><td>项目名称</td><td>甲</td></tr></table></div></div>").get(0));
        assertTrue(rows("<div style='display:grid;grid-template-columns:repeat(auto-fill,100px)'>" + cells + "</div>")
                .get(0).startsWith("P1 "));
        assertTrue(rows("<div style='display:grid;grid-template-columns:1fr 1fr'><div>a</div><div>b</div><div>c</div>"
                + "<div>d</div></div>").get(0).startsWith("P1 "));
    }

    @Test
    void aCssTableOfDivsIsATable() {
        String css = "<style>.t{display:table}.t .r{display:table-row}.t .c{display:table-cell}"
                + ".t .b{display:table-row-group}</style>";
        assertEquals(List.of("网格1!R1C1 项目名称\t甲", "网格1!R2C1 预期目标\t实际完成情况", "网格1!R3C1 完成5处\t完成6处"),
                rows(css + "<div class=t><div class=r><div class=c>项目名称</div><div class=c>甲</div></div><div class=b>"
                        + "<div class=r><div class=c>预期目标</div><div class=c>实际完成情况</div></div><div class=r>"
                        + "<div class=c>完成5处</div><div class=c>完成6处</div></div></div></div>"));
        // a child that is no row: no CSS table, read as lines
        assertTrue(rows(css + "<div class=t><div class=r><div class=c>项目名称</div><div class=c>甲</div></div><p>注</p>"
                + "<div class=r><div class=c>a</div></div><div class=r><div class=c>b</div></div></div>").get(0).startsWith("P1 "));
    }

    @Test
    void anIframesSrcdocIsReadInItsPlace() {
        String inner = "&lt;table&gt;&lt;tr&gt;&lt;td&gt;项目名称&lt;/td&gt;&lt;td&gt;甲&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;";
        assertEquals(List.of("表1!R1C1 项目名称\t乙", "P1 前", "表2!R1C1 项目名称\t甲", "P2 后"),
                rows("<table><tr><td>项目名称</td><td>乙</td></tr></table><p>前</p><iframe srcdoc=\"" + inner
                        + "\"></iframe><p>后</p>"));
        assertEquals(List.of("P1 前"), rows("<p>前</p><iframe hidden srcdoc=\"" + inner + "\"></iframe>"));
    }

    @Test
    void aHiddenColWithoutItsCellsHidesNothing() {
        String cols = "<col><col style='display:none'><col>";
        HtmlReader.Page page = HtmlReader.page("page.html", ("<table>" + cols + "<tr><td>项目名称</td><td>甲</td></tr>"
                + "<tr><td>一</td><td>二</td></tr></table>").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), page.rows().log().finish(List.<perfaudit.ingest.grammar.rows.GridRow>of()));
        assertEquals(List.of("表1!R1C1 项目名称\t甲", "表1!R2C1 一\t二"), page.rows().rows().stream()
                .map(row -> row.location().position() + " " + row.text()).toList());
        // a row of another width: the cells may be in the hidden column, and the disagreement is reported as before
        HtmlReader.Page ragged = HtmlReader.page("page.html", ("<table>" + cols + "<tr><td>项目名称</td><td>甲</td><td>丙</td></tr>"
                + "<tr><td>一</td><td>二</td></tr></table>").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, ragged.rows().log().finish(List.<perfaudit.ingest.grammar.rows.GridRow>of()).size());
    }
}
