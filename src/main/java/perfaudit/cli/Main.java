package perfaudit.cli;

import perfaudit.cli.audit.AuditCommand;
import perfaudit.cli.audit.ParseCommand;
import perfaudit.cli.bench.BenchCommand;
import perfaudit.cli.bench.GenerateCommand;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;
import perfaudit.cli.console.Version;
import perfaudit.cli.rules.RulesCommand;
import perfaudit.cli.spark.SparkCommand;
import perfaudit.ingest.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code perfaudit parse|audit|rules ...}. Output on stdout, logs on stderr. */
@Command(name = "perfaudit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Audits 项目支出绩效自评表 (project expenditure performance self-evaluation forms) "
                + "against the editable rules in rules/.",
        subcommands = {AuditCommand.class, ParseCommand.class, RulesCommand.class, GenerateCommand.class, BenchCommand.class, SparkCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        // POI's zip-bomb guard before anything opens a workbook; audit and parse re-apply their options
        Limits.DEFAULT.applyToPoi();
        LogSetup.level(false, false); // each command sets its own; a JVM running several (tests) starts afresh

        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("perfaudit: " + e.getMessage());
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }
}
