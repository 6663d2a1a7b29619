package perfaudit;

import perfaudit.ingest.Inputs;
import perfaudit.model.Document;

import java.nio.file.Path;

/** Paths of the bundled fixtures, and reading them as a run would. */
public final class Fixtures {

    public static final Path SEEDS = Path.of("fixtures", "seeds");
    public static final Path TABBED_SEED = SEEDS.resolve("002_45c397f42cae37ec.txt");
    public static final Path FLOW_SEED = SEEDS.resolve("000_3bdf511d6872ca99.txt");

    private Fixtures() {
    }

    /** A copy of the project's rules/ as {@code folder/rules}, for tests that edit rule files. */
    public static Path copyRules(Path folder) throws java.io.IOException {
        Path copy = folder.resolve("rules");
        java.nio.file.Files.createDirectories(copy);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                java.nio.file.Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    public static Document read(Path file) {
        return Inputs.read(file, file.getFileName().toString());
    }

    /**
     * A text fixture read with one passage replaced (a row varied around a real form's reading), named {@code name}; fails
     * when the passage is no longer in the file, so a moved fixture does not pass a test unvaried.
     */
    public static Document readWith(Path file, String passage, String replacement, String name) throws java.io.IOException {
        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains(passage)) {
            throw new AssertionError(file + " no longer holds the passage: " + passage);
        }
        return Inputs.read(text.replace(passage, replacement).getBytes(java.nio.charset.StandardCharsets.UTF_8), name,
                perfaudit.ingest.Limits.DEFAULT);
    }
}
