package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.grammar.indicators.cells.SpreadsheetError;
import perfaudit.model.Document;
import perfaudit.model.Indicator;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residuals 4 (src/test/resources/perfaudit/blind/README.md): what the seventeenth and eighteenth blind rounds left
 * misread or noisy.
 */
public class ResidualsFourTest {

    private static final String BROWSER = "r05-xingqing-gongnuan-familyL-browsercopy-utf16-2023";
    private static final String CSV = "r01-yuechi-guanqu-familyD-csv-bom-2023";
    private static final String WEB = "n02-qinglan-wugong-familyB-cms-nested-2023";
    private static final Path FOLDER = Path.of("src", "test", "resources", "perfaudit", "blind");

    /**
     * r05, a table copied from a browser: the rows under a rowspan lost their leading cells. Each was reported as cut
     * short or as two rows run together (13 PARSE-PROBLEMs on a form read right); they are now padded on the left,
     * noted once per table (funds, goal, indicators), and the facts stay as BlindForms18Test has them.
     */
    @Test
    void rowsUnderARowspanArePaddedOnTheLeftNotedOncePerTable() {
        Document doc = BlindFormsTest.readBlind(BROWSER);
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of(6, 11, 13), paddingNotes(doc));
    }

    /**
     * The same table with one row damaged in the middle (质量指标's target gone): set right, its 二级 name would land under
     * 三级指标 and the name under 年度指标值 — no rowspan explains that, so the row is not padded but reported, and the
     * indicator is read without a target rather than with its name for one.
     */
    @Test
    void aRowDamagedInTheMiddleIsStillReported() throws IOException {
        Document doc = browserCopyWith("质量指标\t管网试压合格率\t100%\t100%\t", "质量指标\t管网试压合格率\t100%\t");
        assertTrue(doc.problems().stream().anyMatch(p -> p.location().line() == 20 && p.reason().contains("cut short")),
                doc.problems().toString());
        Indicator quality = indicator(doc, "管网试压合格率");
        assertNull(quality.target());
        assertEquals(List.of(6, 11, 13), paddingNotes(doc));
    }

    /** A funds row that lost a figure (not a leading cell) puts its label under a column of figures when set right: reported. */
    @Test
    void aFundsRowMissingAFigureIsNotPadded() throws IOException {
        Document doc = browserCopyWith("上年结转资金\t0\t60\t55.6\t92.67%", "上年结转资金\t60\t55.6\t92.67%");
        assertTrue(doc.problems().stream().anyMatch(p -> p.location().line() == 8), doc.problems().toString());
    }

    /**
     * A stray quote opening a field (工程验收合格率's) and closed only by a later field's quote ("1,500" three records on)
     * swallowed the records between into one field: 时效指标 and 成本指标 lost, the rows after misread. A quoted field may
     * not run on into a line that reads as a whole record of the grid: the quote is reported as stray, and the records
     * after it read as they are.
     */
    @Test
    void aStrayQuoteDoesNotSwallowTheRecordsAfterIt() throws IOException {
        Document doc = perfaudit.Fixtures.readWith(FOLDER.resolve(CSV + ".csv"), ",,质量指标,工程验收合格率,",
                ",,质量指标,\"工程验收合格率,", "r01-stray.csv");
        assertTrue(doc.problems().stream().anyMatch(p -> p.location().line() == 19 && p.reason().contains("stray quote")),
                doc.problems().toString());
        assertEquals("100", indicator(doc, "工程验收合格率").actual().raw()); // its line read without the stray quote
        assertEquals("2023年11月28日", indicator(doc, "工程完工时间").actual().raw());
        assertEquals("58.2", indicator(doc, "渠道改造每公里成本").actual().raw());
        assertEquals("1,620", indicator(doc, "灌区年增产粮食").actual().raw());
        assertEquals("3,350", indicator(doc, "受益农户数").actual().raw());
    }

    /**
     * A web page saved from a sheet shows its error values: a #REF! 得分 and a #DIV/0! 执行率. Only a target or actual
     * was refused before; now any cell showing one is empty and reported at its cell, as the workbook readers do
     * (SpreadsheetError.isErrorValue, the one test of what an error value is).
     */
    @Test
    void errorValuesInAWebTableAreEmptyAndReportedInEveryField() throws IOException {
        Path page = FOLDER.resolve(WEB + ".html");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String score = "<td>930人</td>\n                      <td>10</td>";
        String rate = "<td>91.2%</td>";
        assertTrue(text.contains(score) && text.contains(rate), "n02 no longer holds the cells varied");
        byte[] varied = text.replace(score, "<td>930人</td>\n                      <td>#REF!</td>")
                .replace(rate, "<td>#DIV/0!</td>").getBytes(StandardCharsets.UTF_8);
        Document doc = Inputs.read(varied, "n02-errors.html", Limits.DEFAULT);
        assertTrue(doc.problems().stream().anyMatch(p -> p.text().equals("#REF!") && p.reason().contains("read as empty")),
                doc.problems().toString());
        assertTrue(doc.problems().stream().anyMatch(p -> p.text().equals("#DIV/0!") && p.reason().contains("read as empty")),
                doc.problems().toString());
        Indicator crossProvince = indicator(doc, "跨省务工补助人数");
        assertNull(crossProvince.score());
        assertEquals(0, crossProvince.weight().compareTo(java.math.BigDecimal.TEN));
    }

    /** Excel's codes, LibreOffice's Err:NNN and ##### are error values; a figure, a word or a # note is not. */
    @Test
    void anErrorValueIsOneOfTheSpreadsheetsCodes() {
        for (String error : List.of("#REF!", " #DIV/0! ", "#N/A", "#NAME?", "Err:502", "#####")) {
            assertTrue(SpreadsheetError.isErrorValue(error), error);
        }
        for (String text : List.of("", "95%", "##", "#1 标段", "Error", "Err:50", "#REF")) {
            assertFalse(SpreadsheetError.isErrorValue(text), text);
        }
    }

    static Document browserCopyWith(String passage, String replacement) throws IOException {
        Path file = FOLDER.resolve(BROWSER + ".txt");
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_16);
        if (!text.contains(passage)) {
            throw new AssertionError(file + " no longer holds the passage: " + passage);
        }
        return Inputs.read(text.replace(passage, replacement).getBytes(StandardCharsets.UTF_8), "r05-varied.txt",
                Limits.DEFAULT);
    }

    private static List<Integer> paddingNotes(Document doc) {
        return doc.notes().stream().filter(n -> n.reason().contains("rowspan")).map(ParseProblem::location)
                .map(l -> l.line()).toList();
    }

    private static Indicator indicator(Document doc, String name) {
        return doc.forms().get(0).indicators().stream().filter(i -> name.equals(i.name())).findFirst().orElseThrow();
    }
}
