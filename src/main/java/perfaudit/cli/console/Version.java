package perfaudit.cli.console;

import perfaudit.audit.Audit;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from classes). */
public final class Version implements IVersionProvider {

    public static String current() {
        return Audit.programVersion();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"perfaudit " + current()};
    }
}
