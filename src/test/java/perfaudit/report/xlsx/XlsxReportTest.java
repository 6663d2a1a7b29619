package perfaudit.report.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.ingest.Inputs;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import perfaudit.report.AuditRun;
import perfaudit.report.forms.FormIndex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Audits the seeds through the command line and checks every sheet of findings.xlsx against findings.json. */
class XlsxReportTest {

    @TempDir
    static Path out;
    static AuditRun run;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void auditTheSeeds() throws IOException {
        run = AuditRun.of(out, "json,xlsx,csv,md", Fixtures.SEEDS.toString());
        try (InputStream in = Files.newInputStream(run.file("findings.xlsx"))) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void sheetsInOrderWithChineseAndEnglishNames() {
        assertEquals(List.of("概览 Summary", "发现 Findings", "明细 Detail", "评分复核 Scorecard", "输入 Inputs", "已豁免 Suppressed"),
                java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList());
    }

    @Test
    void summaryHoldsTheRunAndEveryCount() {
        Map<String, Row> rows = labelledRows(workbook.getSheet(SummarySheet.NAME));
        JsonNode runNode = run.json().get("run");
        assertEquals(runNode.get("version").asText(), text(rows.get("perfaudit 版本 Version"), 1));
        assertEquals(runNode.get("rulesHash").asText(), text(rows.get("规则哈希 Rules hash"), 1));
        assertEquals("rules", text(rows.get("规则目录 Rules folder"), 1));
        assertFalse(text(rows.get("运行时间 Run time"), 1).isBlank());
        assertEquals(2, number(rows.get("输入文件 Input files"), 1));
        assertEquals(30, number(rows.get("审计表单 Forms audited"), 1));
        assertEquals(run.findingCount(), number(rows.get("发现 Findings"), 1));
        assertEquals(0, number(rows.get("已抑制 Suppressed"), 1));

        JsonNode bySeverity = run.json().get("counts").get("bySeverity");
        for (String severity : List.of("ERROR", "WARNING", "INFO")) {
            assertEquals(bySeverity.get(severity).asInt(), number(rows.get(severity), 1), severity);
        }
        Map<String, Integer> byRule = byRuleTable(workbook.getSheet(SummarySheet.NAME));
        Map<String, Integer> expected = new TreeMap<>();
        run.json().get("counts").get("byRule").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asInt()));
        assertEquals(expected, new TreeMap<>(byRule));

        // by 实施单位: the seeds' two units; forms and findings add up to the run's
        Row huangshan = rows.get("058004-黄山市人力资源和社会保障信息中心");
        Row luan = rows.get("101001-六安市金安区人力资源和社会保障局");
        assertNotNull(huangshan);
        assertNotNull(luan);
        assertEquals(3, number(huangshan, 1));
        assertEquals(27, number(luan, 1));
        int total = number(huangshan, 5) + number(luan, 5);
        Row unlinked = rows.get(FormIndex.NO_FORM);
        total += unlinked == null ? 0 : number(unlinked, 5);
        assertEquals(run.findingCount(), total, "findings by unit add up");
        assertEquals(number(huangshan, 2) + number(huangshan, 3) + number(huangshan, 4), number(huangshan, 5));

        // grades, in columns D–F beside the severities: every form counted once on each side
        Map<String, Row> grades = new HashMap<>();
        for (Row row : workbook.getSheet(SummarySheet.NAME)) {
            grades.putIfAbsent(text(row, 3), row);
        }
        int reported = 0;
        int recomputed = 0;
        for (String grade : List.of("优", "良", "中", "差", SummarySheet.NO_GRADE)) {
            reported += number(grades.get(grade), 4);
            recomputed += number(grades.get(grade), 5);
        }
        assertEquals(30, reported);
        assertEquals(30, recomputed);
        assertEquals(4, number(grades.get("优"), 4), "the three flow forms and one tabbed form score ≥ 90");
        assertEquals(0, number(grades.get(SummarySheet.CHANGED_GRADES), 4));
    }

    @Test
    void summaryDrawsTheBarChartOfFindingsByRule() {
        XSSFSheet summary = workbook.getSheet(SummarySheet.NAME);
        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        XSSFChart chart = charts.get(0);
        assertTrue(chart.getTitleText().getString().contains("Findings by rule"));
        assertEquals(1, chart.getCTChart().getPlotArea().getBarChartList().size(), "a bar chart");
        CTBarSer series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
        Map<String, Integer> byRule = byRuleTable(summary);
        assertEquals(byRule.size(), series.getCat().getStrRef().getStrCache().getPtCount().getVal());
        assertEquals(byRule.size(), series.getVal().getNumRef().getNumCache().getPtCount().getVal());
        // the chart reads the summary's own table, so it stays true to the counts
        assertTrue(series.getVal().getNumRef().getF().startsWith("'概览 Summary'!$B$"), series.getVal().getNumRef().getF());
        assertEquals(byRule.keySet().iterator().next(), series.getCat().getStrRef().getStrCache().getPtArray(0).getV());
    }

    @Test
    void findingsSheetHasOneRowPerFindingWithEveryField() {
        Sheet sheet = workbook.getSheet(FindingsSheet.NAME);
        JsonNode findings = run.json().get("findings");
        assertEquals(findings.size() + 1, sheet.getPhysicalNumberOfRows(), "header + one row per finding");
        assertEquals("规则\nRule", sheet.getRow(0).getCell(1).getStringCellValue());
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            Row row = sheet.getRow(i + 1);
            String where = "finding " + (i + 1);
            assertEquals(i + 1, (int) row.getCell(0).getNumericCellValue(), where);
            assertEquals(f.get("ruleId").asText(), text(row, 1), where);
            assertEquals(f.get("severity").asText(), text(row, 2), where);
            assertEquals(f.get("file").asText(), text(row, 3), where);
            assertEquals(f.get("line").asInt(), (int) row.getCell(4).getNumericCellValue(), where);
            assertEquals(json(f, "form"), text(row, 5), where);
            assertEquals(json(f, "field"), text(row, 6), where);
            assertEquals(json(f, "expected"), text(row, 7), where);
            assertEquals(json(f, "found"), text(row, 8), where);
            assertEquals(json(f, "message"), text(row, 9), where);
            assertEquals(json(f, "status"), text(row, FindingsSheet.STATUS_COLUMN), where);
            assertEquals(json(f, "unit"), text(row, 11), where);
        }
    }

    @Test
    void findingsSheetIsFrozenFilteredWrappedAndColoured() {
        XSSFSheet sheet = workbook.getSheet(FindingsSheet.NAME);
        assertNotNull(sheet.getPaneInformation());
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        String lastCell = new CellReference(run.findingCount(), FindingsSheet.COLUMNS.size() - 1).formatAsString(false);
        assertEquals("A1:" + lastCell, sheet.getCTWorksheet().getAutoFilter().getRef());
        for (int column = 0; column < FindingsSheet.COLUMNS.size(); column++) {
            int width = sheet.getColumnWidth(column) / 256;
            assertTrue(width >= FindingsSheet.COLUMNS.get(column).minWidth()
                    && width <= FindingsSheet.COLUMNS.get(column).maxWidth(), "column " + column + " width " + width);
        }
        Map<String, String> fills = new HashMap<>();
        for (int i = 1; i <= run.findingCount(); i++) {
            Row row = sheet.getRow(i);
            XSSFCellStyle severity = (XSSFCellStyle) row.getCell(FindingsSheet.SEVERITY_COLUMN).getCellStyle();
            String fill = severity.getFillForegroundXSSFColor().getARGBHex();
            String previous = fills.putIfAbsent(text(row, 2), fill);
            assertTrue(previous == null || previous.equals(fill), "one colour per severity");
            assertTrue(row.getCell(9).getCellStyle().getWrapText(), "messages wrap");
            // a message longer than its column gets a row tall enough for its lines
            String message = text(row, 9);
            int lines = DisplayWidth.lines(message, sheet.getColumnWidth(9) / 256);
            assertTrue(row.getHeightInPoints() >= lines * XlsxStyles.LINE_HEIGHT, "row " + i + " tall enough");
        }
        assertEquals(3, fills.size(), "ERROR, WARNING and INFO each coloured: " + fills);
        assertEquals(3, fills.values().stream().distinct().count(), "in three colours");
    }

    @Test
    void everyFindingAboutAFormLinksToThatFormsScorecardRow() {
        Sheet findings = workbook.getSheet(FindingsSheet.NAME);
        Sheet scorecard = workbook.getSheet(ScorecardSheet.NAME);
        int linked = 0;
        for (int i = 1; i <= run.findingCount(); i++) {
            Row row = findings.getRow(i);
            String form = text(row, FindingsSheet.FORM_COLUMN);
            String link = linkTarget(row.getCell(FindingsSheet.FORM_COLUMN));
            if (form.isEmpty()) {
                assertNull(link, "finding " + i + " names no form");
                continue;
            }
            assertNotNull(link, "finding " + i + " links to its form");
            assertTrue(link.startsWith("'评分复核 Scorecard'!A"), link);
            Row target = scorecard.getRow(linkedRow(link));
            assertEquals(text(row, 3), text(target, 18), "same file");
            assertEquals(form, text(target, 1), "same form");
            int findingLine = (int) row.getCell(4).getNumericCellValue();
            int formLine = (int) target.getCell(19).getNumericCellValue();
            assertTrue(formLine <= findingLine, "the form starts above its finding");
            linked++;
        }
        assertEquals(run.findingCount(), linked, "every seed finding is about a form");
        // the link formulas are valid: evaluated afresh, they give the text they cache
        var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Cell cell = findings.getRow(1).getCell(FindingsSheet.FORM_COLUMN);
        assertEquals(text(findings.getRow(1), FindingsSheet.FORM_COLUMN), evaluator.evaluate(cell).getStringValue());
    }

    @Test
    void scorecardHasOneRowPerFormWithReportedAndRecomputedScores() {
        Sheet sheet = workbook.getSheet(ScorecardSheet.NAME);
        assertEquals(31, sheet.getPhysicalNumberOfRows(), "header + 30 forms");
        Map<String, Row> byProject = new HashMap<>();
        int findingsTotal = 0;
        for (int i = 1; i <= 30; i++) {
            Row row = sheet.getRow(i);
            byProject.put(text(row, 1), row);
            findingsTotal += (int) row.getCell(12).getNumericCellValue();
            // recomputed 总分 = recomputed budget score + Σ indicator scores
            double expected = decimal(row, 5) + decimal(row, 7);
            assertEquals(expected, row.getCell(9).getNumericCellValue(), 0.005, "total of row " + i);
            assertEquals(grade(row.getCell(9).getNumericCellValue()), text(row, 11), "recomputed grade of row " + i);
            if (row.getCell(8).getCellType() == CellType.NUMERIC) {
                assertEquals(grade(row.getCell(8).getNumericCellValue()), text(row, 10), "reported grade of row " + i);
            }
        }
        assertEquals(run.findingCount(), findingsTotal, "findings per form add up");

        // 发放社会保障 IC 卡业务费: 8.53 of 18 executed, 47.39 %, 4.74 of 10 budget points, 90 indicator points
        Row ic = byProject.get("发放社会保障 IC 卡业务费");
        assertEquals(47.39, ic.getCell(2).getNumericCellValue(), 1e-9);
        assertEquals(47.39, ic.getCell(3).getNumericCellValue(), 1e-9);
        assertEquals(10, ic.getCell(14).getNumericCellValue(), 1e-9);
        assertEquals(4.74, ic.getCell(5).getNumericCellValue(), 1e-9);
        assertEquals(90, ic.getCell(6).getNumericCellValue(), 1e-9);
        assertEquals(90, ic.getCell(7).getNumericCellValue(), 1e-9);
        assertEquals(100, ic.getCell(16).getNumericCellValue(), 1e-9);
        assertEquals(94.74, ic.getCell(8).getNumericCellValue(), 1e-9);
        assertEquals(94.74, ic.getCell(9).getNumericCellValue(), 1e-9);
        assertEquals("优", text(ic, 10));
        assertEquals("优", text(ic, 11));
        // its findings cell links to its first finding
        String link = linkTarget(ic.getCell(12));
        assertNotNull(link);
        assertTrue(link.startsWith("'发现 Findings'!A"), link);
        // its findings: the low execution, the full marks beside it, and its qualitative targets at full marks
        assertEquals(3, (int) ic.getCell(12).getNumericCellValue(), "the link shows the count");
        Row first = workbook.getSheet(FindingsSheet.NAME).getRow(linkedRow(link));
        assertEquals("发放社会保障 IC 卡业务费", text(first, FindingsSheet.FORM_COLUMN));
    }

    @Test
    void inputsSheetListsEveryInputFile() throws IOException {
        Sheet sheet = workbook.getSheet(InputsSheet.NAME);
        List<String> listed = new ArrayList<>();
        for (int i = 1; i < sheet.getPhysicalNumberOfRows(); i++) {
            listed.add(text(sheet.getRow(i), 1));
        }
        List<String> expected = Inputs.collect(List.of(Fixtures.SEEDS)).stream()
                .map(p -> p.toString().replace('\\', '/')).toList();
        assertEquals(expected, listed);
        Row flow = sheet.getRow(1);
        assertEquals("flow", text(flow, 2));
        assertEquals("正常 ok", text(flow, 3));
        assertEquals(3, (int) flow.getCell(4).getNumericCellValue());
        assertEquals(0, (int) flow.getCell(5).getNumericCellValue());
        assertEquals(Files.size(Fixtures.FLOW_SEED), (long) flow.getCell(7).getNumericCellValue());
        assertEquals(64, text(flow, 8).length());
        assertEquals("tabbed", text(sheet.getRow(2), 2));
        assertEquals(27, (int) sheet.getRow(2).getCell(4).getNumericCellValue());
    }

    @Test
    void everyFileGivenAppearsInInputsAlsoThoseThatCannotBeRead(@TempDir Path folder) throws IOException {
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        Files.copy(Fixtures.FLOW_SEED, inputs.resolve("a-flow.txt"));
        Files.write(inputs.resolve("b-empty.txt"), new byte[0]);
        Files.writeString(inputs.resolve("c-scan.pdf"), "%PDF-1.4 not really a form\n%%EOF\n");
        AuditRun unreadable = AuditRun.of(folder.resolve("out"), "xlsx", inputs.toString());
        try (InputStream in = Files.newInputStream(unreadable.file("findings.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(InputsSheet.NAME);
            assertEquals(4, sheet.getPhysicalNumberOfRows(), "header + 3 files");
            Map<String, Row> byFile = new HashMap<>();
            for (int i = 1; i < 4; i++) {
                String file = text(sheet.getRow(i), 1);
                byFile.put(file.substring(file.lastIndexOf('/') + 1), sheet.getRow(i));
            }
            assertEquals("正常 ok", text(byFile.get("a-flow.txt"), 3));
            assertEquals("无法读取 unreadable", text(byFile.get("b-empty.txt"), 3));
            assertEquals(0, number(byFile.get("b-empty.txt"), 4));
            assertTrue(text(byFile.get("b-empty.txt"), 6).contains("empty"), text(byFile.get("b-empty.txt"), 6));
            assertEquals("无法读取 unreadable", text(byFile.get("c-scan.pdf"), 3));
            assertEquals("pdf", text(byFile.get("c-scan.pdf"), 2));
            assertFalse(text(byFile.get("c-scan.pdf"), 6).isBlank(), "the broken PDF's problem is spelt out");

            Map<String, Row> summary = labelledRows(book.getSheet(SummarySheet.NAME));
            assertEquals(3, number(summary.get("输入文件 Input files"), 1));
            assertTrue(text(summary.get("输入文件 Input files"), 2).contains("无法读取 2"));
            assertEquals(3, number(summary.get("审计表单 Forms audited"), 1));
            // the unreadable files' PARSE-PROBLEM findings concern no form: they count under no unit
            assertEquals(2, number(summary.get(FormIndex.NO_FORM), 5));
            Sheet findings = book.getSheet(FindingsSheet.NAME);
            int unlinked = 0;
            for (int i = 1; i < findings.getPhysicalNumberOfRows(); i++) {
                if (findings.getRow(i).getCell(FindingsSheet.FORM_COLUMN).getCellType() != CellType.FORMULA) {
                    unlinked++;
                    assertEquals("PARSE-PROBLEM", text(findings.getRow(i), 1));
                }
            }
            assertEquals(2, unlinked);
        }
    }

    /**
     * Where a cell links to within the workbook: a HYPERLINK formula's {@code #target} (how streamed
     * sheets link) or a hyperlink object's address; null for a cell without a link.
     */
    static String linkTarget(Cell cell) {
        if (cell.getCellType() == CellType.FORMULA) {
            Matcher formula = HYPERLINK.matcher(cell.getCellFormula());
            assertTrue(formula.matches(), cell.getCellFormula());
            return formula.group(1);
        }
        Hyperlink link = cell.getHyperlink();
        if (link == null) {
            return null;
        }
        assertEquals(HyperlinkType.DOCUMENT, link.getType());
        return link.getAddress();
    }

    private static final Pattern HYPERLINK = Pattern.compile("HYPERLINK\\(\"#([^\"]+)\",.+\\)");

    /** The 0-based row a link's {@code 'Sheet'!A<n>} address points to. */
    static int linkedRow(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf("!A") + 2)) - 1;
    }

    static String grade(double total) {
        return total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
    }

    /** Rows of a sheet by the text of their first cell. */
    static Map<String, Row> labelledRows(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING) {
                rows.putIfAbsent(first.getStringCellValue(), row);
            }
        }
        return rows;
    }

    /** The summary's by-rule table, in its order. */
    static Map<String, Integer> byRuleTable(Sheet summary) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        int header = -1;
        for (Row row : summary) {
            if (text(row, 0).equals("规则 Rule")) {
                header = row.getRowNum();
            }
        }
        // the table runs down to the first empty row
        for (int i = header + 1; summary.getRow(i) != null && !text(summary.getRow(i), 0).isEmpty(); i++) {
            counts.put(text(summary.getRow(i), 0), number(summary.getRow(i), 1));
        }
        return counts;
    }

    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        // a linked cell is a HYPERLINK formula whose cached result is the text shown
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue() : "";
    }

    static String json(JsonNode node, String field) {
        return node.get(field).isNull() ? "" : node.get(field).asText();
    }

    static double decimal(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? 0 : cell.getNumericCellValue();
    }

    static int number(Row row, int column) {
        assertNotNull(row, "row present");
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? 0 : (int) Math.round(cell.getNumericCellValue());
    }
}
