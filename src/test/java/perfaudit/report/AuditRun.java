package perfaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import perfaudit.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One `perfaudit audit` run through the command line, with its run folder and its findings.json. */
public record AuditRun(Path folder, JsonNode json) {

    public static AuditRun of(Path out, String formats, String... inputs) throws IOException {
        String[] args = Stream.concat(Stream.of("audit"), Stream.concat(Stream.of(inputs),
                Stream.of("--out", out.toString(), "--format", formats, "--fail-on", "never"))).toArray(String[]::new);
        int code = Main.run(args);
        // 4: some input of the run was unreadable, which several report tests plant on purpose
        assertTrue(code == 0 || code == 4, "audit exit code " + code);
        List<Path> runs;
        try (Stream<Path> list = Files.list(out)) {
            runs = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("latest")).toList();
        }
        assertEquals(1, runs.size(), "one run folder: " + runs);
        Path folder = runs.get(0);
        JsonNode json = Files.exists(folder.resolve("findings.json"))
                ? new ObjectMapper().readTree(folder.resolve("findings.json").toFile()) : null;
        return new AuditRun(folder, json);
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    public int findingCount() {
        return json.get("findings").size();
    }
}
