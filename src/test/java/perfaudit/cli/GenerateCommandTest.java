package perfaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.console.ExitCodes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code perfaudit generate --layout}: workbooks as well as text, and a wrong layout named with the right ones. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void xlsxLayoutWritesWorkbooksAndTheManifest() throws Exception {
        assertEquals(ExitCodes.OK, Main.run("generate", "--layout", "xlsx", "--forms", "7", "--per-file", "3",
                "--out", temp.toString()));
        try (var files = Files.list(temp)) {
            assertEquals(List.of("forms-000001.xlsx", "forms-000002.xlsx", "forms-000003.xlsx", "manifest.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(temp.resolve("manifest.json")).contains("\"layout\" : \"xlsx\""));
    }

    @Test
    void anUnknownLayoutIsAUsageErrorListingTheLayouts() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCodes.USAGE, Main.run("generate", "--layout", "docx", "--out", temp.toString()));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("tabbed, flow, xlsx or html, not 'docx'"), captured.toString());
    }
}
