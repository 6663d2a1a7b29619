package perfaudit.ingest;

import java.nio.file.Path;

/** An input file's path, the name it is reported under, and its bytes. */
public record InputFile(Path path, String name, byte[] bytes) {
}
