package perfaudit.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every --help, as a terminal of 80 columns shows it: no line wider, no word or path broken over two
 * lines (picocli may break "README.md" after its dot, "./perfaudit" after "."), and each command's
 * first description line a whole sentence, since the command list shows only that line.
 */
class HelpTextTest {

    private static final int WIDTH = 80;

    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    /** The words of the help's own text: descriptions, option descriptions and exit codes. */
    private static List<String> words(CommandSpec spec) {
        List<String> text = new ArrayList<>(List.of(spec.usageMessage().description()));
        for (OptionSpec option : spec.options()) {
            text.addAll(List.of(option.description()));
        }
        text.addAll(spec.usageMessage().exitCodeList().values());
        List<String> words = new ArrayList<>();
        for (String line : text) {
            for (String word : line.split("\\s+")) {
                // placeholders are replaced when the help is drawn; short words may legitimately recur elsewhere
                if (word.length() >= 5 && !word.contains("${") && !word.contains("%")) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    @Test
    void noLineIsWiderThanTheTerminalAndNoWordIsBroken() {
        for (CommandLine command : everyCommand()) {
            String name = command.getCommandSpec().qualifiedName();
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String line : help.split("\\R")) {
                assertTrue(line.length() <= WIDTH, name + ": a line of " + line.length() + " columns:\n" + line);
            }
            for (String word : words(command.getCommandSpec())) {
                assertTrue(help.contains(word), name + ": '" + word + "' is broken over two lines:\n" + help);
            }
        }
    }

    @Test
    void theCommandListShowsWholeSentences() {
        for (CommandLine command : everyCommand()) {
            for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
                String[] description = sub.getValue().getCommandSpec().usageMessage().description();
                assertTrue(description.length > 0 && description[0].strip().endsWith("."),
                        sub.getKey() + ": the command list shows only the first line, which must be a sentence: "
                                + (description.length == 0 ? "(none)" : description[0]));
            }
        }
    }
}
