package perfaudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.Fixtures;
import perfaudit.cli.audit.ParseJson;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each seed as units really submit it — an xlsx workbook, a Word document, and PDFs made from
 * both by LibreOffice (fixtures/office/seeds, made by fixtures/office/make.sh), and for the flow
 * seed a Word 97-2003 .doc and an Excel 97-2003 .xls — gives the very facts the seed's text gives: the {@code parse} JSON
 * compared field by field, locations aside.
 */
class OfficeRenditionTest {

    static final Path RENDITIONS = Path.of("fixtures", "office", "seeds");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "002_45c397f42cae37ec, .xlsx, xlsx",
            "002_45c397f42cae37ec, .docx, docx",
            "002_45c397f42cae37ec, .pdf, pdf",
            "002_45c397f42cae37ec, -calc.pdf, pdf",
            "000_3bdf511d6872ca99, .xlsx, xlsx",
            "000_3bdf511d6872ca99, .docx, docx",
            "000_3bdf511d6872ca99, .pdf, pdf",
            "000_3bdf511d6872ca99, -calc.pdf, pdf",
            "000_3bdf511d6872ca99, .doc, doc",
            "000_3bdf511d6872ca99, .xls, xls"})
    void renditionGivesTheFactsOfTheText(String seed, String suffix, String layout) {
        Document text = Fixtures.read(Fixtures.SEEDS.resolve(seed + ".txt"));
        Document rendition = Fixtures.read(RENDITIONS.resolve(seed + suffix));

        assertEquals(layout, rendition.layout());
        assertTrue(rendition.problems().isEmpty(), "no problems: " + rendition.problems());
        List<String> differences = Facts.differences(Facts.of(text), Facts.of(rendition));
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
    }

    /** Facts point at sheet and cell, table and grid cell, or page and row and column: never at a line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"002_45c397f42cae37ec.xlsx, 自评表!C39, 自评表!B46",
            "002_45c397f42cae37ec.docx, 表2!R4C3, 表2!R11C2",
            "002_45c397f42cae37ec.pdf, p2!R7C3, p2!R14C2"})
    void locationsPointAtTheirCells(String file, String funds, String indicator) {
        Document document = Fixtures.read(RENDITIONS.resolve(file));
        Form form = document.forms().get(0);
        assertEquals(funds, form.fundLine(FundLine.TOTAL).location().position());
        JsonNode json = ParseJson.tree(List.of(document)).get("documents").get(0).get("forms").get(0)
                .get("indicators").get(0);
        assertEquals(indicator, json.get("sheet").asText() + "!" + json.get("cell").asText());
        assertTrue(json.get("line").isNull(), "no line number outside text files");
    }
}
