package perfaudit.cli.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message for the user on stderr, kept in the run's log too, so the log tells the whole story of a
 * run; its logger is one the console never shows ({@link ConsoleFilter}), since the line is printed already.
 */
public final class Printed {

    static final String LOGGER = "perfaudit.printed";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private Printed() {
    }

    public static void error(String line) {
        System.err.println(line);
        LOG.info("stderr: {}", line);
    }
}
