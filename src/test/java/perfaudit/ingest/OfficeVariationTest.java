package perfaudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.funds.FundLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-made layouts of fixtures/office/variations (made by fixtures/office/make.sh from seed
 * forms): each gives the facts of the seed forms it holds, located in its own sheets and cells.
 */
class OfficeVariationTest {

    static final Path VARIATIONS = Path.of("fixtures", "office", "variations");
    private static final Document TABBED = Fixtures.read(Fixtures.TABBED_SEED);
    private static final Document FLOW = Fixtures.read(Fixtures.FLOW_SEED);

    @TempDir
    Path temp;

    @Test
    void threeFormsStackedInOneSheetWithSpacerRowsAndColumn() {
        Document document = read("stacked3.xlsx");
        assertNoProblems(document);
        assertFacts(forms(TABBED, 0, 13, 26), Facts.of(document).get("forms"));
        assertEquals("Sheet1!B2", document.forms().get(0).location().position(), "after the spacer column A");
    }

    @Test
    void formsOnTheirOwnSheetsWithTheListOnASheetOfItsOwn() {
        Document document = read("sheets-with-list.xlsx");
        assertNoProblems(document);
        assertFacts(Facts.of(FLOW), Facts.of(document));
        for (int i = 0; i < 3; i++) {
            assertEquals(String.valueOf(i + 1), document.forms().get(i).location().sheet());
        }
        assertEquals("清单", document.projectList().get(0).location().sheet());
    }

    @Test
    void numbersStoredAsTextReadAsTheSameNumbers() {
        Document document = read("numbers-as-text.xlsx");
        assertNoProblems(document);
        assertFacts(forms(TABBED, 1, 2, 3), Facts.of(document).get("forms"));
    }

    @Test
    void formulasAreReadByTheirCachedValues() {
        Document document = read("formulas.xlsx");
        assertNoProblems(document);
        assertFacts(forms(TABBED, 0), Facts.of(document).get("forms"));
    }

    @Test
    void aFormulaSavedWithoutItsValueIsReportedAtItsCell() throws IOException {
        Path file = temp.resolve("uncomputed.xlsx");
        try (InputStream in = Files.newInputStream(VARIATIONS.resolve("formulas.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(file)) {
            // The 执行率 formula without its <v>, as a program that never calculates writes it.
            XSSFCell rate = workbook.getSheetAt(0).getRow(6).getCell(7);
            assertEquals(CellType.FORMULA, rate.getCellType());
            rate.getCTCell().unsetV();
            workbook.write(out);
        }
        Document document = Fixtures.read(file);
        assertEquals(1, document.forms().size());
        List<ParseProblem> problems = document.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("自评表!H7", problems.get(0).location().position());
        assertTrue(problems.get(0).reason().contains("no computed value"), problems.get(0).reason());
        assertTrue(problems.get(0).text().startsWith("=IF("), problems.get(0).text());
        assertNull(document.forms().get(0).fundLine(FundLine.TOTAL).executionRate(), "read as empty, not as 0");
    }

    @Test
    void aHiddenSheetIsReadAndReported() {
        Document document = read("hidden-sheet.xlsx");
        ArrayNode expected = JsonNodeFactory.instance.arrayNode();
        expected.add(Facts.form(FLOW, 0));
        expected.add(Facts.form(TABBED, 5));
        assertFacts(expected, Facts.of(document).get("forms"));
        assertEquals(1, document.problems().size(), document.problems().toString());
        ParseProblem hidden = document.problems().get(0);
        assertEquals("2023备份!A1", hidden.location().position());
        assertTrue(hidden.reason().contains("hidden"), hidden.reason());
    }

    @Test
    void aWordTableWithASpacerColumn() {
        Document document = read("spacer-column.docx");
        assertNoProblems(document);
        assertFacts(Facts.of(FLOW), Facts.of(document));
    }

    @Test
    void aPdfWithoutTableBordersIsReadAsFlowingText() {
        Document document = read("text-only.pdf");
        assertEquals("pdf-text", document.layout());
        assertNoProblems(document);
        assertFacts(Facts.of(FLOW), Facts.of(document));
        assertEquals("p2", document.forms().get(0).location().sheet());
    }

    private static Document read(String name) {
        return Fixtures.read(VARIATIONS.resolve(name));
    }

    private static ArrayNode forms(Document document, int... indexes) {
        ArrayNode forms = JsonNodeFactory.instance.arrayNode();
        for (int index : indexes) {
            forms.add(Facts.form(document, index));
        }
        return forms;
    }

    private static void assertNoProblems(Document document) {
        assertTrue(document.problems().isEmpty(), "no problems: " + document.problems());
    }

    private static void assertFacts(JsonNode expected, JsonNode actual) {
        List<String> differences = Facts.differences(expected, actual);
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
    }
}
