package perfaudit.cli.console;

import perfaudit.report.Printable;

import java.util.List;
import java.util.regex.Pattern;

/** A command line as a shell would take it back: arguments with spaces or quotes quoted, control characters shown. */
public final class CommandText {

    private static final Pattern PLAIN = Pattern.compile("[\\w@%+=:,./-]+");

    private CommandText() {
    }

    public static String of(List<String> args) {
        StringBuilder text = new StringBuilder();
        for (String arg : args) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return Printable.of(text.toString());
    }
}
