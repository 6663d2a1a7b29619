package perfaudit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Log level from --quiet / --verbose, and a copy of a run's log in its run folder. The console
 * configuration itself is src/main/resources/logback.xml, which an operator replaces without
 * rebuilding: {@code PERFAUDIT_JAVA_OPTS=-Dlogback.configurationFile=/etc/perfaudit/logback.xml}.
 */
final class LogSetup {

    static final String RUN_LOG = "perfaudit.log";

    private LogSetup() {
    }

    static void level(boolean quiet, boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (quiet) {
            root.setLevel(Level.WARN);
        } else if (verbose) {
            root.setLevel(Level.DEBUG);
            context.getLogger("perfaudit").setLevel(Level.DEBUG);
        }
    }

    /** Adds an appender writing the rest of this run's log into {@code folder/perfaudit.log}; returns it for detaching. */
    static AutoCloseable runLog(Path folder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return () -> { };
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("run-log");
        appender.setFile(folder.resolve(RUN_LOG).toString());
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return () -> {
            root.detachAppender(appender);
            appender.stop();
        };
    }
}
