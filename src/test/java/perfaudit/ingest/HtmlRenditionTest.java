package perfaudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.FundLine;
import perfaudit.model.ParseProblem;
import perfaudit.report.ParseJson;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each seed as a web page — LibreOffice's HTML export of its Word and Excel renditions, and a page
 * in Word's web-page markup saved in GBK (fixtures/html, made by fixtures/html/make.sh) — gives the
 * very facts of the seed's text: the {@code parse} JSON compared field by field, locations aside.
 */
class HtmlRenditionTest {

    static final Path PAGES = Path.of("fixtures", "html");

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
            "002_45c397f42cae37ec, -writer.html",
            "002_45c397f42cae37ec, -word-gbk.html",
            "000_3bdf511d6872ca99, -writer.html",
            "000_3bdf511d6872ca99, -calc.html",
            "000_3bdf511d6872ca99, -word-gbk.html"})
    void pageGivesTheFactsOfTheText(String seed, String suffix) {
        Document text = Fixtures.read(Fixtures.SEEDS.resolve(seed + ".txt"));
        Document page = Fixtures.read(PAGES.resolve("seeds").resolve(seed + suffix));

        assertEquals("html", page.layout());
        assertTrue(page.problems().isEmpty(), "no problems: " + page.problems());
        List<String> differences = Facts.differences(Facts.of(text), Facts.of(page));
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
    }

    /**
     * The flow seed inside a site's page chrome: navigation, scripts, share buttons and footers are
     * skipped; the 索引号 / 发布机构 table, the date banner and the 字号 bar are content and read, so
     * the forms and the project list are the seed's, and nothing of the chrome is lost: what no form
     * field took is either a problem or, as the grammar reads it today, part of the heading above the
     * project list.
     */
    @Test
    void pageChromeAroundTheFormLeavesItsFactsAlone() {
        Document text = Fixtures.read(Fixtures.FLOW_SEED);
        Document page = Fixtures.read(PAGES.resolve("variations").resolve("chrome-word-gbk.html"));

        JsonNode expected = Facts.of(text);
        JsonNode actual = Facts.of(page);
        List<String> differences = Facts.differences(expected.get("forms"), actual.get("forms"));
        differences.addAll(Facts.differences(expected.get("projectList"), actual.get("projectList")));
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
        String shown = page.title() + " " + String.join(" ", page.problems().stream().map(ParseProblem::text).toList());
        for (String chrome : List.of("今天是", "索引号", "发布机构", "字号")) {
            assertTrue(shown.contains(chrome), chrome + " kept: " + shown);
        }
        for (String skipped : List.of("首页", "var title", "分享到微信", "版权所有", "主办单位")) {
            assertTrue(!shown.contains(skipped), skipped + " skipped: " + shown);
        }
        assertTrue(page.title().endsWith(text.title()), page.title());
    }

    /** Facts point at the page's table, row and grid column, as for Word: never at a line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"002_45c397f42cae37ec-writer.html, 表2!R4C3, 表2!R11C2",
            "002_45c397f42cae37ec-word-gbk.html, 表2!R4C3, 表2!R11C2",
            "000_3bdf511d6872ca99-calc.html, 表1!R15C3, 表1!R22C2"})
    void locationsPointAtTheirCells(String file, String funds, String indicator) {
        Document document = Fixtures.read(PAGES.resolve("seeds").resolve(file));
        Form form = document.forms().get(0);
        assertEquals(funds, form.fundLine(FundLine.TOTAL).location().position());
        JsonNode json = ParseJson.tree(List.of(document)).get("documents").get(0).get("forms").get(0)
                .get("indicators").get(0);
        assertEquals(indicator, json.get("sheet").asText() + "!" + json.get("cell").asText());
        assertTrue(json.get("line").isNull(), "no line number outside text files");
    }
}
