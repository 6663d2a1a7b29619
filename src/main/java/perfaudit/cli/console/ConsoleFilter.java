package perfaudit.cli.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What reaches the console (stderr): perfaudit's own messages at the console level, nothing from the
 * libraries (PDFBox, POI and Drools describe a damaged input in their own terms; perfaudit reports it
 * itself, and their words stay in the run's log). The level is {@code -Dperfaudit.log.level} (INFO by
 * default), then {@code -q} (ERROR) or {@code -v} (DEBUG). Named in logback.xml (and ConsoleLogConfigurator); the run's log has no
 * such filter and takes DEBUG detail whatever the console shows.
 */
public final class ConsoleFilter extends Filter<ILoggingEvent> {

    private static volatile Level threshold = fromProperty();

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (!event.getLoggerName().startsWith("perfaudit") || event.getLoggerName().equals(Printed.LOGGER)) {
            return FilterReply.DENY;
        }
        return event.getLevel().isGreaterOrEqual(threshold) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }

    /** The console level for this process: -q, -v, else the property. */
    static void level(boolean quiet, boolean verbose) {
        threshold = quiet ? Level.ERROR : verbose ? Level.DEBUG : fromProperty();
    }

    static Level threshold() {
        return threshold;
    }

    private static Level fromProperty() {
        return Level.toLevel(System.getProperty("perfaudit.log.level", "INFO"), Level.INFO);
    }
}
