package perfaudit.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run's own folder {@code reports/<yyyyMMdd-HHmmss>/}, created atomically so two runs started in
 * the same second get different folders, and {@code reports/latest} pointing at the newest.
 */
public final class RunFolder {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolder() {
    }

    public static Path create(Path reportsRoot, ZonedDateTime time) throws IOException {
        Files.createDirectories(reportsRoot);
        String base = NAME.format(time);
        for (int attempt = 1; ; attempt++) {
            Path folder = reportsRoot.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException taken) {
                // another run started in the same second: take the next name
            }
        }
    }

    /** Points {@code reports/latest} at the run folder: a symbolic link, or a text file naming it. */
    public static void markLatest(Path reportsRoot, Path runFolder) throws IOException {
        Path latest = reportsRoot.resolve("latest");
        Path temp = reportsRoot.resolve(".latest." + runFolder.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createSymbolicLink(temp, runFolder.getFileName());
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.writeString(temp, runFolder.getFileName().toString() + System.lineSeparator());
        }
        Files.move(temp, latest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
