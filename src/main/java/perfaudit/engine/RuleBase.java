package perfaudit.engine;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.compile.RuleCompiler;
import perfaudit.engine.compile.RuleIndex;
import perfaudit.engine.compile.SourceChecks;
import perfaudit.engine.facts.build.FactTypes;
import perfaudit.engine.facts.build.Judgements;
import perfaudit.engine.rules.MessageTemplate;
import perfaudit.engine.rules.Properties;
import perfaudit.engine.rules.RuleMetadata;
import perfaudit.engine.rules.RuleReporter;
import perfaudit.engine.settings.Settings;
import perfaudit.engine.settings.SettingsTable;
import perfaudit.finding.BuiltInRule;
import perfaudit.finding.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compiled rules of one run: every DRL file and decision table of a rules folder, checked, compiled
 * with the executable model, and the settings table read. Compiling is the expensive part; do it once
 * per run (a module compiled before from the same files is loaded instead).
 */
public final class RuleBase {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    /**
     * A rule's catalog entry, read from its metadata; the description shows the thresholds in force;
     * {@code place} is where the rule is written ({@code budget.drl:12}).
     */
    public record RuleInfo(String id, Severity severity, String family, String description, String descriptionTemplate,
                           String message, String ruleName, RuleIndex.Place place) {
    }

    private final RuleSources sources;
    private final KieBase kieBase;
    private final List<RuleInfo> catalog;
    private final SettingsTable table;
    private final Settings settings;
    private final Judgements judgements;
    private final Map<String, RuleReporter.Reporting> reporting;
    private final RuleIndex index;

    private RuleBase(RuleSources sources, KieBase kieBase, SettingsTable table, Settings settings) {
        this.sources = sources;
        this.kieBase = kieBase;
        this.table = table;
        this.settings = settings;
        this.judgements = Judgements.of(settings);
        this.index = RuleIndex.of(sources, table.thresholdKeys());
        this.catalog = catalog(kieBase, settings, index);
        this.reporting = reporting(kieBase);
    }

    /** Compiles the rules folder. */
    public static RuleBase compile(Path folder) throws RuleCompilationException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(folder + ": rules folder not found"));
        }
        return compile(RuleSources.read(folder));
    }

    /**
     * Compiles rule files given as bytes (a distributed run ships them to its workers).
     *
     * @throws RuleCompilationException every error as {@code rules/FILE:LINE:COL: message} or {@code FILE!CELL: message}
     */
    public static RuleBase compile(RuleSources sources) throws RuleCompilationException {
        long start = System.nanoTime();
        if (sources.drl().isEmpty()) {
            throw new RuleCompilationException(List.of(sources.name() + ": no rule files (*.drl) in the rules folder"));
        }
        SettingsTable table = RuleCompiler.settings(sources);
        List<String> errors = new ArrayList<>(table.validate());
        String tableName = sources.workbooks().isEmpty() ? sources.name() + "/settings.drl.xlsx"
                : sources.shown(sources.workbooks().get(0).path());
        errors.addAll(Judgements.check(table, tableName));
        Set<String> fields = factFields();
        for (String key : table.thresholdKeys()) {
            if (fields.contains(key)) {
                errors.add(table.threshold(key).keyCell() + ": threshold '" + key + "' has the name of a fact's field;"
                        + " a rule could not tell them apart: choose another name");
            }
        }
        errors.addAll(SourceChecks.placeholders(sources, new TreeSet<>(table.thresholdKeys()), fields));
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        RuleCompiler.Compiled compiled = RuleCompiler.compile(sources, table.thresholdValues());
        KieBase kieBase = compiled.kieBase();
        List<String> unknown = unknownSeverityIds(table, kieBase);
        if (!unknown.isEmpty()) {
            throw new RuleCompilationException(unknown);
        }
        Settings settings;
        try {
            settings = Settings.read(kieBase);
        } catch (RuntimeException e) {
            // the settings rules run once here; one that throws makes every threshold unknown
            throw new RuleCompilationException(List.of(sources.name() + ": the settings rules failed when read: " + e));
        }
        RuleBase base = new RuleBase(sources, kieBase, table, settings);
        LOG.info("rule files {}: {} rule ids ({} rules) from {} files, {} in {} ms", base.hash(),
                base.catalog.stream().map(RuleInfo::id).distinct().count(), base.catalog.size(), sources.all().size(),
                compiled.cached() ? "unchanged since last compiled, loaded from the cache" : "compiled",
                (System.nanoTime() - start) / 1_000_000);
        LOG.debug("rule files of {}: {}", sources.name(), sources.all().stream().map(RuleSources.Source::path).toList());
        return base;
    }

    /** The fields a rule may name on some fact, e.g. effectiveRate, totalLine. */
    public static Set<String> factFields() {
        Set<String> fields = new TreeSet<>();
        FactTypes.ALL.forEach(type -> fields.addAll(Properties.of(type).keySet()));
        return fields;
    }

    /** Severities set for rule ids that no rule has: a typo there would silently change nothing. */
    private static List<String> unknownSeverityIds(SettingsTable table, KieBase kieBase) {
        Set<String> known = new TreeSet<>(BuiltInRule.ids());
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                known.add(RuleMetadata.id(rule));
            }
        }
        List<String> errors = new ArrayList<>();
        for (SettingsTable.Entry entry : table.severities()) {
            if (!known.contains(entry.key().strip())) {
                errors.add(entry.keyCell() + ": '" + entry.key() + "' is not a rule id of these rules"
                        + " (perfaudit rules list shows them)");
            }
        }
        return errors;
    }

    private static List<RuleInfo> catalog(KieBase kieBase, Settings settings, RuleIndex index) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (RuleMetadata.hasId(rule)) {
                    String description = RuleMetadata.description(rule);
                    rules.add(new RuleInfo(RuleMetadata.id(rule), RuleMetadata.severity(rule), RuleMetadata.family(rule),
                            MessageTemplate.of(description).render(p -> settings.threshold(p.name())), description,
                            RuleMetadata.message(rule), rule.getName(), index.place(rule.getName())));
                }
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::family).thenComparing(RuleInfo::id).thenComparing(RuleInfo::ruleName));
        return List.copyOf(rules);
    }

    /** What each reporting rule reports with, by {@link RuleReporter#key}. */
    private static Map<String, RuleReporter.Reporting> reporting(KieBase kieBase) {
        Map<String, RuleReporter.Reporting> rules = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String message = RuleMetadata.message(rule);
                if (RuleMetadata.hasId(rule)) {
                    rules.put(RuleReporter.key(rule), new RuleReporter.Reporting(RuleMetadata.id(rule),
                            RuleMetadata.severity(rule), message == null ? null : MessageTemplate.of(message)));
                }
            }
        }
        return Map.copyOf(rules);
    }

    /** Thresholds, severities and word lists from the decision tables, read once. */
    public Settings settings() {
        return settings;
    }

    /** The decision table's cells: where each threshold and severity is set. */
    public SettingsTable table() {
        return table;
    }

    /** The word lists and grade bands facts are built with. */
    public Judgements judgements() {
        return judgements;
    }

    public Map<String, RuleReporter.Reporting> reporting() {
        return reporting;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<RuleInfo> catalog() {
        return catalog;
    }

    /**
     * The rule files' part of which rules a report was made with: the first 16 hex digits of
     * {@link RuleSources#hash()}. A report's hash also covers the rules folder's other files (see the audit's RuleSet).
     */
    public String hash() {
        return sources.hash().substring(0, 16);
    }

    /** Where each rule is written and which rules read each threshold. */
    public RuleIndex index() {
        return index;
    }

    public RuleSources sources() {
        return sources;
    }
}
