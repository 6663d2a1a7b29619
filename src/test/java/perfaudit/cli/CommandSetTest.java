package perfaudit.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run builds only the command it runs; help, options and typos still see every command. */
class CommandSetTest {

    private static final List<String> ALL = List.of("audit", "parse", "rules", "generate", "bench", "spark", "help");

    private static List<String> commands(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    /** What a run prints on standard output and standard error. */
    private static String run(String... args) {
        CommandLine cli = Main.commandLine(args);
        StringWriter text = new StringWriter();
        cli.setOut(new PrintWriter(text, true));
        cli.setErr(new PrintWriter(text, true));
        cli.execute(args);
        return text.toString();
    }

    @Test
    void aCommandRunBuildsThatCommandAlone() {
        assertEquals(List.of("audit"), commands("audit", "fixtures/seeds"));
        assertEquals(List.of("rules"), commands("rules", "test"));
        assertEquals(List.of("spark"), commands("spark", "audit", "x"));
    }

    @Test
    void helpOptionsAndTyposSeeEveryCommand() {
        assertEquals(ALL, commands());
        assertEquals(ALL, commands("--help"));
        assertEquals(ALL, commands("help", "audit"));
        assertEquals(ALL, commands("audti"));
        String usage = run("--help");
        for (String command : ALL) {
            assertTrue(usage.contains("  " + command + " "), command + " listed:\n" + usage);
        }
        assertTrue(run("help", "audit").contains("Usage: perfaudit audit"), "help names a command's own usage");
        assertTrue(run("audti").contains("audit"), "a typo is answered with the commands' names");
    }
}
