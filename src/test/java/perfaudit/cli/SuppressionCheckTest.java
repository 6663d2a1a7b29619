package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.console.ExitCodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static perfaudit.cli.AuditCommandTest.run;

/**
 * Suppressions and folding judgements are checked before anything is audited, each error at its line;
 * a suppression that matched nothing is reported; a suppressed finding is shown with who accepted it,
 * why and until when, in findings.json and in the workbook.
 */
class SuppressionCheckTest {

    private static final Path CLEAN = Path.of("fixtures/rules/clean-form.txt");

    @TempDir
    Path temp;

    @Test
    void everyBadLineStopsTheRunAtItsLineAndNothingIsWritten() throws IOException {
        Path rules = perfaudit.Fixtures.copyRules(temp);
        Files.writeString(rules.resolve("suppressions.csv"), String.join("\n",
                "target,form,reason,who,expires",
                "MISS-WIEGHT,*,单位已补报,张审计,2030-12-31",
                "MISS-ACTUAL,*,单位已补报,张审计,31.12.2030",
                "MISS-ACTUAL,*,,张审计,2030-12-31", ""), StandardCharsets.UTF_8);
        Path out = temp.resolve("reports");
        AuditCommandTest.Run run = run("audit", CLEAN.toString(), "--rules", rules.toString(), "--out", out.toString());
        assertEquals(ExitCodes.RULES_BROKEN, run.exitCode());
        assertTrue(run.err().contains("rules/suppressions.csv:2: 'MISS-WIEGHT' 不是现有规则编号"), run.err());
        assertTrue(run.err().contains("rules/suppressions.csv:3: 到期日 '31.12.2030' 不是日期"), run.err());
        assertTrue(run.err().contains("rules/suppressions.csv:4: 豁免须写明对象和理由"), run.err());
        assertFalse(Files.exists(out), "nothing written");
        AuditCommandTest.Run check = run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_BROKEN, check.exitCode(), "rules check checks the file too");
        assertTrue(check.err().contains("rules/suppressions.csv:2: 'MISS-WIEGHT'"), check.err());
    }

    @Test
    void aFoldingJudgementNamingNoRuleStopsTheRun() throws IOException {
        Path rules = perfaudit.Fixtures.copyRules(temp);
        Files.writeString(rules.resolve("folding.csv"), "rule,field,cause,note\nARITH-TOTAL-WIEGHT,,MISS-WEIGHT,x\n"
                + "ARITH-TOTAL-SCORE,,MISS-SCORE,\n", StandardCharsets.UTF_8);
        AuditCommandTest.Run run = run("audit", CLEAN.toString(), "--rules", rules.toString(), "--out",
                temp.resolve("r").toString());
        assertEquals(ExitCodes.RULES_BROKEN, run.exitCode());
        assertTrue(run.err().contains("rules/folding.csv:2: 'ARITH-TOTAL-WIEGHT' is not a rule id"), run.err());
        assertTrue(run.err().contains("rules/folding.csv:3: a fold needs a note"), run.err());
    }

    @Test
    void aSuppressedFindingShowsWhoWhyAndUntilWhenAndAnUnusedOneIsReported() throws Exception {
        Path rules = perfaudit.Fixtures.copyRules(temp);
        Path form = temp.resolve("form.txt");
        Files.writeString(form, Files.readString(CLEAN).replace("100\t99.50", "100\t98.50"));
        String until = LocalDate.now().plusDays(30).toString();
        Files.writeString(rules.resolve("suppressions.csv"), String.join("\n",
                "target,form,reason,who,expires",
                "ARITH-TOTAL-SCORE,规则测试项目,单位已书面更正总分,王审计," + until,
                "GOAL-RESTATED,规则测试项目一期,项目名称写错了,李审计,", ""), StandardCharsets.UTF_8);
        Path out = temp.resolve("reports");
        AuditCommandTest.Run run = run("audit", form.toString(), "--rules", rules.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.resolve("latest/findings.json").toFile());

        JsonNode suppressed = root.path("suppressed").get(0);
        assertEquals("ARITH-TOTAL-SCORE", suppressed.path("ruleId").asText());
        JsonNode by = suppressed.path("suppressedBy");
        assertEquals("单位已书面更正总分", by.path("reason").asText());
        assertEquals("王审计", by.path("who").asText());
        assertEquals(until, by.path("expires").asText());
        assertEquals("规则测试项目", by.path("form").asText());
        assertEquals("rules/suppressions.csv:2", by.path("source").asText());

        JsonNode unused = root.path("findings").get(0);
        assertEquals(1, root.path("findings").size(), root.path("findings").toString());
        assertEquals("SUPPRESSION-UNUSED", unused.path("ruleId").asText());
        assertEquals("INFO", unused.path("severity").asText());
        assertEquals(3, unused.path("line").asInt());
        assertTrue(unused.path("message").asText().contains("规则测试项目一期"), unused.toString());

        try (Workbook book = WorkbookFactory.create(out.resolve("latest/findings.xlsx").toFile())) {
            Sheet sheet = book.getSheet("已豁免 Suppressed");
            Row row = sheet.getRow(1);
            assertEquals("ARITH-TOTAL-SCORE", row.getCell(1).getStringCellValue());
            assertEquals("单位已书面更正总分", row.getCell(6).getStringCellValue());
            assertEquals("王审计", row.getCell(7).getStringCellValue());
            assertEquals(until, row.getCell(8).getStringCellValue());
            assertEquals("rules/suppressions.csv:2", row.getCell(9).getStringCellValue());
        }
    }
}
