package perfaudit.cli.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The logging set up in code is the one logback.xml describes, and logback finds it. */
class ConsoleLogConfiguratorTest {

    private static LoggerContext fromXml() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(ConsoleLogConfiguratorTest.class.getResource("/logback.xml"));
        return context;
    }

    private static LoggerContext fromCode() {
        LoggerContext context = new LoggerContext();
        ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
        configurator.setContext(context);
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(context));
        return context;
    }

    /** Every logger given a level, by name. */
    private static Map<String, Level> levels(LoggerContext context) {
        Map<String, Level> levels = new TreeMap<>();
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                levels.put(logger.getName(), logger.getLevel());
            }
        }
        return levels;
    }

    /** The root's appenders as text: name, kind, target, pattern and filters. */
    private static List<String> appenders(LoggerContext context) {
        List<String> shown = new ArrayList<>();
        for (var it = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            String detail = appender.getName() + " " + appender.getClass().getSimpleName() + " started=" + appender.isStarted();
            if (appender instanceof ConsoleAppender<ILoggingEvent> console) {
                detail += " target=" + console.getTarget() + " pattern=" + ((PatternLayoutEncoder) console.getEncoder()).getPattern()
                        + " filters=" + console.getCopyOfAttachedFiltersList().stream().map(f -> f.getClass().getName()).toList();
            }
            shown.add(detail);
        }
        return shown;
    }

    @Test
    void theCodeSetsUpWhatLogbackXmlDescribes() throws Exception {
        LoggerContext xml = fromXml();
        LoggerContext code = fromCode();
        assertEquals(levels(xml), levels(code), "logger levels");
        assertEquals(appenders(xml), appenders(code), "the console appender");
        assertTrue(levels(code).containsKey("org.apache.poi"), "the comparison covers the libraries' levels");
    }

    @Test
    void logbackFindsTheConfiguratorThroughItsServiceFile() {
        List<String> found = ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()).toList();
        assertTrue(found.contains(ConsoleLogConfigurator.class.getName()), found.toString());
    }

    @Test
    void anOperatorsOwnFileIsLeftToLogback() {
        String previous = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "/etc/perfaudit/logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
            configurator.setContext(context);
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, configurator.configure(context));
            assertEquals(List.of(), appenders(context), "nothing set up: logback reads the operator's file");
        } finally {
            if (previous == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", previous);
            }
        }
    }
}
