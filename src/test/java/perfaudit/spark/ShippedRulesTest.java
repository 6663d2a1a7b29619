package perfaudit.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.audit.DocumentAudit;
import perfaudit.audit.InputReader;
import perfaudit.audit.RuleSet;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What an executor of a cluster does with the broadcast rules (a local run uses the driver's): the rule
 * files and the rules folder's forms.yaml, serialised as a broadcast is, compile there to the same rules
 * and read forms with that vocabulary, not the shipped one.
 */
class ShippedRulesTest {

    @TempDir
    Path temp;

    @Test
    void anExecutorCompilesTheShippedBytesAndReadsWithTheShippedVocabulary() throws Exception {
        Path rules = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Path yaml = rules.resolve("forms.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                .replace("  projectName: [项目名称, ", "  projectName: [项目名称, 工程名称, "), StandardCharsets.UTF_8);
        RuleSet driver = RuleSet.load(rules);
        ShippedRules shipped = ShippedRules.of(driver);
        assertNotEquals(ShippedRules.of(RuleSet.load(Path.of("rules"))).hash(), shipped.hash(),
                "another vocabulary is other compiled rules");

        ShippedRules.Compiled executor = roundTrip(shipped).compiled();
        byte[] form = Files.readString(Path.of("rules/tests/date-wrong-year-quiet.txt"), StandardCharsets.UTF_8)
                .replace("项目名称", "工程名称").getBytes(StandardCharsets.UTF_8);
        try (InputReader reader = new InputReader(Limits.DEFAULT, null, executor.vocabulary())) {
            Document document = reader.read(form, "工程.txt", "forms/工程.txt").document();
            assertEquals(1, document.forms().size());
            assertNotEquals(null, document.forms().get(0).projectName(), "工程名称 read as 项目名称");
            // the executor's rules judge as the driver's
            InputReader.ReadInput input = reader.read(form, "工程.txt", "forms/工程.txt");
            assertEquals(new DocumentAudit(driver).audit(List.of(input)).findings(),
                    executor.documents().audit(List.of(input)).findings());
        }
        try (InputReader reader = new InputReader(Limits.DEFAULT)) {
            assertNull(reader.read(form, "工程.txt", "forms/工程.txt").document().forms().get(0).projectName(),
                    "the shipped vocabulary does not know 工程名称");
        }
    }

    private static ShippedRules roundTrip(ShippedRules rules) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rules);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ShippedRules) in.readObject();
        }
    }
}
