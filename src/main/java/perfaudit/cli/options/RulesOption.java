package perfaudit.cli.options;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the rules are: --rules, else rules/ in the working folder, else rules/ beside the launcher. */
public final class RulesOption {

    private RulesOption() {
    }

    public static Path resolve(Path given) {
        if (given != null) {
            return given;
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local)) {
            return local;
        }
        String home = System.getProperty("perfaudit.home");
        return home == null ? local : Path.of(home, "rules");
    }
}
