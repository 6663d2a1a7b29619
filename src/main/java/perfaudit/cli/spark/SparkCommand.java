package perfaudit.cli.spark;

import picocli.CommandLine.Command;

/** {@code perfaudit spark ...}: the audit as an Apache Spark job (Spark itself is not in perfaudit.jar). */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run the audit as an Apache Spark job, with the findings of `perfaudit audit`.",
            "Spark is not bundled in perfaudit.jar: ./perfaudit spark puts it on the class",
            "path; on a cluster, submit with spark-submit (README, section Spark)."},
        subcommands = {SparkAuditCommand.class, SparkBenchCommand.class})
public final class SparkCommand {
}
