package perfaudit.cli.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console logging of src/main/resources/logback.xml, set up in code: logback reading that file (its
 * XML configurator, a SAX parser, reflection over every element) cost each process 0.06 s of CPU before
 * the command started, 0.1 s of wall time on two busy cores. logback finds this class through
 * META-INF/services; ConsoleLogConfiguratorTest keeps it the same as the file, which stays the template an
 * operator copies: with {@code -Dlogback.configurationFile=…} set, this class steps aside and logback reads
 * that file instead.
 */
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {

    static final String APPENDER = "STDERR";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    /** Logger levels, as logback.xml sets them: what the libraries' messages are worth in a run's log. */
    static final Map<String, Level> LEVELS = levels();

    private static Map<String, Level> levels() {
        Map<String, Level> levels = new LinkedHashMap<>();
        levels.put("perfaudit", Level.DEBUG);
        levels.put("org.drools", Level.WARN);
        levels.put("org.drools.compiler.kie.builder.impl.KieBuilderImpl", Level.ERROR);
        levels.put("org.kie", Level.WARN);
        levels.put("org.drools.compiler.kie.builder.impl.KieProject", Level.OFF);
        levels.put("org.drools.compiler.kie.builder.impl.AbstractKieModule", Level.OFF);
        for (String library : new String[] {"org.apache.poi", "org.apache.pdfbox", "org.apache.fontbox", "org.apache.spark",
                "org.apache.hadoop", "org.apache.parquet", "io.netty", "org.sparkproject"}) {
            levels.put(library, Level.WARN);
        }
        return Map.copyOf(levels);
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // an operator's own file: logback's XML configurator reads it
        }
        ConsoleFilter filter = new ConsoleFilter();
        filter.setContext(context);
        filter.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(APPENDER);
        console.setTarget("System.err");
        console.addFilter(filter);
        console.setEncoder(encoder);
        console.start();
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
