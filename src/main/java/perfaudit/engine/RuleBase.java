package perfaudit.engine;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The compiled rules of one run: every DRL file and decision table under a rules folder, compiled
 * at run time with the executable model. Compiling is the expensive part; do it once per run.
 */
public final class RuleBase {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final String PREFIX = RESOURCE_ROOT + "rules/";

    private final KieBase kieBase;
    private final List<RuleInfo> catalog;
    private final String hash;
    private final List<Path> files;
    private final Set<String> globals;
    private final Settings settings;

    private RuleBase(KieBase kieBase, List<RuleInfo> catalog, String hash, List<Path> files) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.hash = hash;
        this.files = files;
        this.globals = globals(kieBase);
        this.settings = Settings.read(kieBase, globals.contains("findings"), globals.contains(Settings.GLOBAL));
    }

    /** A rule's catalog entry, read from its metadata. */
    public record RuleInfo(String id, Severity severity, String family, String description, String ruleName,
                           String resource) {
    }

    public static RuleBase compile(Path folder) throws RuleCompilationException, IOException {
        long start = System.nanoTime();
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(folder + ": rules folder not found"));
        }
        List<Path> ruleFiles = ruleFiles(folder);
        if (ruleFiles.stream().noneMatch(p -> p.toString().endsWith(".drl"))) {
            throw new RuleCompilationException(List.of(folder + ": no rule files (*.drl) in the rules folder"));
        }
        List<String> tableErrors = SettingsTable.validate(folder, ruleFiles);
        if (!tableErrors.isEmpty()) {
            throw new RuleCompilationException(tableErrors);
        }
        System.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        System.setProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        KieServices services = KieServices.Factory.get();
        String hash = hash(folder, ruleFiles);
        RuleCache cache = RuleCache.fromSettings();
        ReleaseId release = cache.load(services, hash).orElse(null);
        boolean cached = release != null;
        if (release == null) {
            release = RuleCache.release(services, hash);
            KieFileSystem kfs = services.newKieFileSystem();
            kfs.generateAndWritePomXML(release);
            kfs.writeKModuleXML(services.newKieModuleModel().toXML());
            for (Path file : ruleFiles) {
                kfs.write(PREFIX + relative(folder, file), Files.readAllBytes(file));
            }
            KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new RuleCompilationException(CompileErrors.describe(errors, folder, ruleFiles));
            }
            cache.store(builder.getKieModule(), hash);
        }
        KieContainer container = services.newKieContainer(release);
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setOption(ConsequenceExceptionHandlerOption.get(RuleFailures.class));
        KieBase kieBase = container.newKieBase(configuration);
        List<RuleInfo> catalog = catalog(kieBase);
        List<String> unknown = unknownSeverityIds(ruleFiles, catalog);
        if (!unknown.isEmpty()) {
            throw new RuleCompilationException(unknown);
        }
        LOG.info("rules {}: {} rule ids ({} rules) from {} files, {} in {} ms", hash.substring(0, 16),
                catalog.stream().map(RuleInfo::id).distinct().count(), catalog.size(), ruleFiles.size(),
                cached ? "unchanged since last compiled, loaded from the cache" : "compiled", (System.nanoTime() - start) / 1_000_000);
        LOG.debug("rule files in {}: {}", folder.toAbsolutePath(), ruleFiles.stream().map(f -> relative(folder, f)).toList());
        try {
            return new RuleBase(kieBase, catalog, hash.substring(0, 16), ruleFiles);
        } catch (RuntimeException e) {
            // the settings rules run once here; one that throws makes every threshold unknown
            throw new RuleCompilationException(List.of(folder.getFileName()
                    + ": the settings rules failed when read: " + e));
        }
    }

    /** Severities set for rule ids that no rule has: a typo there would silently change nothing. */
    private static List<String> unknownSeverityIds(List<Path> ruleFiles, List<RuleInfo> catalog) throws IOException {
        Set<String> known = new TreeSet<>(RuleFailures.ENGINE_RULE_IDS);
        catalog.forEach(rule -> known.add(rule.id()));
        List<String> errors = new ArrayList<>();
        for (SettingsTable.Entry entry : SettingsTable.read(ruleFiles).severities()) {
            if (!known.contains(entry.key().strip())) {
                errors.add(entry.keyCell() + ": '" + entry.key() + "' is not a rule id of these rules"
                        + " (perfaudit rules list shows them)");
            }
        }
        return errors;
    }

    static List<Path> ruleFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(RuleBase::isRuleFile)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("~$")
                && (name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls")
                || name.endsWith(".drl.csv"));
    }

    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static List<RuleInfo> catalog(KieBase kieBase) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (rule.getMetaData().containsKey("id")) {
                    Object resource = rule.getMetaData().get("resource");
                    rules.add(new RuleInfo(RuleMetadata.id(rule), RuleMetadata.severity(rule),
                            RuleMetadata.family(rule), RuleMetadata.description(rule), rule.getName(),
                            resource == null ? "" : resource.toString()));
                }
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::family).thenComparing(RuleInfo::id).thenComparing(RuleInfo::ruleName));
        return List.copyOf(rules);
    }

    /**
     * SHA-256 over the rule files' names and contents and the program version: which rules a report
     * was made with, and the key of the compiled-rules cache.
     */
    private static String hash(Path folder, List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(relative(folder, file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            digest.update(RuleBase.class.getPackage().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(String.valueOf(RuleBase.class.getPackage().getImplementationVersion()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> globals(KieBase kieBase) {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getGlobalVariables().forEach(global -> names.add(global.getName()));
        }
        return Set.copyOf(names);
    }

    /** Whether some rule file declares this global: setting an undeclared one is an error in Drools. */
    public boolean declares(String global) {
        return globals.contains(global);
    }

    /** Thresholds and severities from the decision tables, read once. */
    public Settings settings() {
        return settings;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<RuleInfo> catalog() {
        return catalog;
    }

    public String hash() {
        return hash;
    }

    public List<Path> files() {
        return files;
    }
}
