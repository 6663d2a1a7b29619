package perfaudit.audit;

import perfaudit.report.Printable;

import java.nio.file.Path;

/**
 * How an input file is named in reports: relative to the working folder when under it, control
 * characters in the name made visible (a file name can hold a terminal escape sequence).
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    public static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        String name = absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        return Printable.of(name.replace('\\', '/'));
    }
}
