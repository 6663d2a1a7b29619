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

    public static Document read(Path file) {
        return Inputs.read(file, file.getFileName().toString());
    }
}
