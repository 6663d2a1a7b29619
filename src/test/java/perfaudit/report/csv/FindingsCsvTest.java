package perfaudit.report.csv;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.report.AuditRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** findings.csv of the seeds: BOM, header, one record per finding, Chinese intact, Excel formulas defused. */
class FindingsCsvTest {

    @TempDir
    static Path out;
    static AuditRun run;
    static byte[] bytes;

    @BeforeAll
    static void auditTheSeeds() throws IOException {
        run = AuditRun.of(out, "json,csv", Fixtures.SEEDS.toString());
        bytes = Files.readAllBytes(run.file("findings.csv"));
    }

    @Test
    void startsWithUtf8ByteOrderMarkThenTheHeader() {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<List<String>> records = records();
        assertEquals(FindingsCsv.HEADER, records.get(0));
        assertEquals("status", records.get(0).get(0), "no BOM left in the first field once decoded");
    }

    @Test
    void oneRecordPerFindingWithEveryJsonFieldAndTheChineseIntact() {
        List<List<String>> records = records();
        JsonNode findings = run.json().get("findings");
        assertEquals(findings.size() + 1, records.size(), "header + one record per finding");
        List<String> jsonFields = new ArrayList<>();
        findings.get(0).fieldNames().forEachRemaining(jsonFields::add);
        assertEquals(jsonFields, FindingsCsv.HEADER, "the csv has every column of the json, in its order");
        boolean unitSeen = false;
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            List<String> record = records.get(i + 1);
            assertEquals(FindingsCsv.HEADER.size(), record.size(), "record " + (i + 1));
            for (int column = 0; column < FindingsCsv.HEADER.size(); column++) {
                JsonNode value = f.get(FindingsCsv.HEADER.get(column));
                assertEquals(value.isNull() ? "" : value.asText(), unguard(record.get(column)),
                        "record " + (i + 1) + " " + FindingsCsv.HEADER.get(column));
            }
            unitSeen |= record.get(FindingsCsv.HEADER.indexOf("unit")).contains("-");
        }
        assertTrue(unitSeen, "实施单位 code-name filled in");
        assertEquals("NEW", records.get(1).get(0), "a first run's findings are all NEW");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("13 处实际完成值为空：第 50–61、64 行"), "one record per form, rule and field kind");
        assertTrue(text.contains("发放社会保障 IC 卡业务费"));
        assertTrue(text.contains("\r\n"), "CRLF records");
    }

    @Test
    void quotesFieldsThatNeedItAndDefusesFormulas() {
        assertEquals("", FindingsCsv.field(null));
        assertEquals("plain", FindingsCsv.field("plain"));
        assertEquals("\"a,b\"", FindingsCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", FindingsCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", FindingsCsv.field("two\nlines"));
        assertEquals("'=100百分比", FindingsCsv.field("=100百分比"));
        assertEquals("'+1", FindingsCsv.field("+1"));
        assertEquals("'@SUM(A1)", FindingsCsv.field("@SUM(A1)"));
        assertEquals("'-A1", FindingsCsv.field("-A1"));
        assertEquals("-5.5", FindingsCsv.field("-5.5"), "a negative number stays a number");
    }

    private static String unguard(String value) {
        return value.startsWith("'") ? value.substring(1) : value;
    }

    /** RFC 4180 records of the file after its BOM. */
    private static List<List<String>> records() {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(record.isEmpty() && field.isEmpty(), "the file ends with a complete record");
        return records;
    }
}
