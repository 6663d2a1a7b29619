package perfaudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.Fixtures;
import perfaudit.cli.audit.ParseJson;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ParseProblem;
import perfaudit.model.funds.FundLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each seed as a web page — LibreOffice's HTML export of its Word and Excel renditions, a page in
 * Word's web-page markup saved in GBK (fixtures/html, made by fixtures/html/make.sh), and that page
 * as a Word web archive (.mht) — gives the very facts of the seed's text: the {@code parse} JSON compared field by field, locations aside.
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
        for (String skipped : List.of("今天是", "索引号", "首页", "var title", "分享到微信", "版权所有", "主办单位")) {
            assertTrue(!shown.contains(skipped), skipped + " skipped: " + shown);
        }
        // the page's own heading (the batch list's 自评清单 title) beside its chrome (今天是, 索引号, 字号) is the title;
        // the chrome is not (on main the whole heading gave way to the form's title)
        assertEquals("黄山市人力资源和社会保障信息中心 2024 年度项目支出绩效自评清单", page.title());
    }

    /**
     * Word's "single file web page" (.mht): the seed's Word page as a MIME message, quoted-printable,
     * its charset named only in the part's header, a picture part after it, gives the seed's facts.
     */
    @Test
    void aWebArchiveGivesTheFactsOfItsPage(@TempDir Path temp) throws IOException {
        byte[] page = Files.readAllBytes(PAGES.resolve("seeds").resolve("000_3bdf511d6872ca99-word-gbk.html"));
        String html = new String(page, StandardCharsets.ISO_8859_1).replace("charset=gb2312", "");
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"----=_NextPart_01DA\"\r\n\r\n"
                + "此文档为“单个文件网页”\r\n\r\n------=_NextPart_01DA\r\nContent-Location: file:///C:/zpb.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
                + quotedPrintable(html.getBytes(StandardCharsets.ISO_8859_1)) + "\r\n\r\n------=_NextPart_01DA\r\n"
                + "Content-Location: file:///C:/zpb.files/image001.png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n------=_NextPart_01DA--\r\n";
        Path mht = temp.resolve("自评表.mht");
        Files.write(mht, archive.getBytes(StandardCharsets.ISO_8859_1));

        Document read = Fixtures.read(mht);
        assertEquals("html", read.layout());
        assertTrue(read.problems().isEmpty(), read.problems().toString());
        List<String> differences = Facts.differences(Facts.of(Fixtures.read(Fixtures.FLOW_SEED)), Facts.of(read));
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
    }

    /** Quoted-printable as Word writes it: bytes above ASCII and {@code =} escaped, lines of 76 with soft breaks. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String piece = c >= 0x80 || c == '=' ? String.format("=%02X", c) : String.valueOf((char) c);
            if (c == '\n') {
                line = -1;
            } else if (line + piece.length() > 75) {
                out.append("=\r\n");
                line = 0;
            }
            out.append(piece);
            line += piece.length();
        }
        return out.toString();
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
