package perfaudit.cli.options;

import perfaudit.cli.console.Printed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks the paths a command was given before any work starts. */
public final class InputPaths {

    private InputPaths() {
    }

    /** Prints the first path that does not exist and returns false; true when all exist. */
    public static boolean allExist(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                Printed.error("perfaudit: no such file or folder: " + path);
                return false;
            }
        }
        return true;
    }
}
