package perfaudit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.finding.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit is its code and its normalised name: budget unit codes are regional, so two counties' units
 * sharing a code are two units; and the second copy of a listed form is a duplicate, reported once,
 * never a form missing from the list.
 */
class CrossFormIdentityTest {

    private static final String UNIT = "101001-测试实施中心";

    @TempDir
    Path temp;

    private static String form(String unit) throws IOException {
        return Files.readString(Path.of("fixtures/rules/clean-form.txt")).replace(UNIT, unit);
    }

    private static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void unitsOfTwoCountiesSharingACodeAreTwoUnits() throws IOException {
        List<Finding> findings = AuditHarness.auditText(temp, "two-counties.txt",
                form("255001-甲县就业服务中心") + "\n" + form("255001-乙县劳动保障监察大队"));
        assertEquals(List.of(), of(findings, "DUPLICATE-PROJECT"), "same code, same project name, different units");
    }

    @Test
    void theSameUnitTwiceIsADuplicateWhateverItsSpacesAndBracketWidths() throws IOException {
        List<Finding> findings = AuditHarness.auditText(temp, "same-unit.txt",
                form("255001-甲县就业服务中心（城区）") + "\n" + form("255001-甲县 就业服务中心(城区)"));
        List<Finding> duplicates = of(findings, "DUPLICATE-PROJECT");
        assertEquals(1, duplicates.size(), findings.toString());
        assertTrue(duplicates.get(0).message().contains("实施单位 255001-甲县"), duplicates.get(0).message());
    }

    @Test
    void theSecondCopyOfAListedFormIsADuplicateNotAFormMissingFromTheList() throws IOException {
        String list = "序号\t项目名称\t备注\n1\t规则测试项目\t\n附件：\n";
        List<Finding> findings = AuditHarness.auditText(temp, "listed-twice.txt", list + form(UNIT) + "\n" + form(UNIT));
        assertEquals(1, of(findings, "DUPLICATE-PROJECT").size(), findings.toString());
        assertEquals(List.of(), of(findings, "LIST-MISMATCH"), "it is in the list, twice");
    }

    @Test
    void aFormTheListDoesNotNameIsStillReported() throws IOException {
        String list = "序号\t项目名称\t备注\n1\t规则测试项目\t\n附件：\n";
        List<Finding> findings = AuditHarness.auditText(temp, "unlisted.txt",
                list + form(UNIT) + "\n" + form(UNIT).replace("规则测试项目", "另一个项目"));
        List<Finding> mismatches = of(findings, "LIST-MISMATCH");
        assertEquals(1, mismatches.size(), findings.toString());
        assertEquals("另一个项目", mismatches.get(0).form());
    }
}
