package perfaudit.cli.bench;

import perfaudit.bench.corpus.Corpus;
import perfaudit.cli.console.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code perfaudit generate}: sample forms with a known mix of defects, for trying rules and for the benchmark. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write N synthetic forms with a known mix of defects.",
            "The same --seed gives the same bytes. manifest.json lists the defects planted",
            "in each form by the rule id that must find them."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--forms", defaultValue = "100", description = "Number of forms (default: ${DEFAULT-VALUE}).")
    int forms;

    @Option(names = "--per-file", defaultValue = "10", description = "Forms per file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = "--layout", defaultValue = "tabbed",
            description = "tabbed or flow (text), xlsx (workbooks: the forms stacked on one sheet, or one"
                    + " sheet each, alternating by file) or html (saved web pages: a site's UTF-8 page, or Word's"
                    + " web-page markup in GBK, alternating by file) (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--mix", defaultValue = "clean",
            description = "clean (six kinds of defect, rows as the template prints them) or varied (defects of every"
                    + " rule id, and indicator rows whose cells are shifted as exports of merged cells shift them)"
                    + " (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (forms < 1 || perFile < 1) {
            System.err.println("perfaudit: --forms and --per-file must be positive");
            return ExitCodes.USAGE;
        }
        Corpus.Layout chosen;
        try {
            chosen = Corpus.Layout.valueOf(layout.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("perfaudit: --layout takes tabbed, flow, xlsx or html, not '" + layout + "'");
            return ExitCodes.USAGE;
        }
        Corpus.Mix chosenMix;
        try {
            chosenMix = Corpus.Mix.valueOf(mix.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("perfaudit: --mix takes clean or varied, not '" + mix + "'");
            return ExitCodes.USAGE;
        }
        Corpus.Summary summary = Corpus.write(out, forms, perFile, chosen, seed, chosenMix);
        System.out.printf("wrote %d forms in %d files (%.1f MB) to %s; planted defects: %s%n", summary.forms(),
                summary.files(), summary.bytes() / 1e6, out, summary.defects());
        return ExitCodes.OK;
    }
}
