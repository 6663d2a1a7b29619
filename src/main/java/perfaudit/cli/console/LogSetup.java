package perfaudit.cli.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The console level from --quiet / --verbose ({@link ConsoleFilter}), and the run's own log: a run's
 * log holds everything from the start of the command, the command line and the rule compile included,
 * with DEBUG detail and the libraries' messages, whatever the console shows. Until the run folder
 * exists the events are kept in memory; they are written there first when it does. The console
 * configuration itself is src/main/resources/logback.xml (set up in code by {@link ConsoleLogConfigurator}),
 * which an operator replaces without rebuilding:
 * {@code PERFAUDIT_JAVA_OPTS=-Dlogback.configurationFile=/etc/perfaudit/logback.xml}.
 */
public final class LogSetup {

    public static final String RUN_LOG = perfaudit.ingest.InputWalk.RUN_LOG;
    /** Events kept before the run folder exists: a start-up logs a few dozen; a flood is cut, and says so. */
    static final int EARLY_EVENTS = 10_000;

    private LogSetup() {
    }

    /** The console's level for this process: errors only when quiet, debug too when verbose. */
    public static void level(boolean quiet, boolean verbose) {
        ConsoleFilter.level(quiet, verbose);
    }

    /**
     * The run log's first line: what ran, where, on what machine — so a scheduled run's log says how it
     * was started without the cron entry at hand.
     */
    public static void logStart(org.slf4j.Logger log, picocli.CommandLine.Model.CommandSpec spec) {
        log.info("perfaudit {} {} (working folder {}; Java {}, {} cores, max heap {} MB)", Version.current(),
                CommandText.of(spec.commandLine().getParseResult().originalArgs()), Path.of("").toAbsolutePath(),
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Starts recording this run's log; {@link RunLog#writeTo} then writes it into the run folder. */
    public static RunLog startRunLog() {
        return new RunLog(LoggerFactory.getILoggerFactory() instanceof LoggerContext context ? context : null);
    }

    /** One run's log: in memory until {@link #writeTo}, then in {@code folder/perfaudit.log}; detached on close. */
    public static final class RunLog implements AutoCloseable {
        private final LoggerContext context;
        private final Early early = new Early();
        private FileAppender<ILoggingEvent> file;

        private RunLog(LoggerContext context) {
            this.context = context;
            if (context != null) {
                early.setContext(context);
                early.setName("run-log-early");
                early.start();
                root().addAppender(early);
            }
        }

        private Logger root() {
            return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        }

        /** Writes what was logged so far into {@code folder/perfaudit.log}, and the rest of the run after it. */
        public void writeTo(Path folder) {
            if (context == null || file != null) {
                return;
            }
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
            encoder.setCharset(StandardCharsets.UTF_8);
            encoder.start();
            file = new FileAppender<>();
            file.setContext(context);
            file.setName("run-log");
            file.setFile(folder.resolve(RUN_LOG).toString());
            file.setEncoder(encoder);
            file.start();
            synchronized (early) {
                root().detachAppender(early);
                early.events.forEach(file::doAppend);
                if (early.dropped > 0) {
                    org.slf4j.LoggerFactory.getLogger(LogSetup.class).warn(
                            "{} early log event(s) past the first {} were not kept", early.dropped, EARLY_EVENTS);
                }
                early.events.clear();
                early.stop();
            }
            root().addAppender(file);
        }

        @Override
        public void close() {
            if (context == null) {
                return;
            }
            root().detachAppender(early);
            early.stop();
            if (file != null) {
                root().detachAppender(file);
                file.stop();
            }
        }
    }

    /** Keeps events until the run folder exists. */
    private static final class Early extends AppenderBase<ILoggingEvent> {
        private final List<ILoggingEvent> events = new ArrayList<>();
        private int dropped;

        @Override
        protected synchronized void append(ILoggingEvent event) {
            if (events.size() >= EARLY_EVENTS) {
                dropped++;
                return;
            }
            event.prepareForDeferredProcessing();
            events.add(event);
        }
    }
}
