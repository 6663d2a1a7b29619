package perfaudit.engine.compile;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.RuleCompilationException;
import perfaudit.engine.RuleSources;
import perfaudit.engine.rules.RuleFailures;
import perfaudit.engine.settings.SettingsTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles rule files with Drools' executable model (Java generated and compiled at run time), or
 * loads the module compiled for the same files before ({@link RuleCache}). Before Drools sees them,
 * the files are checked for old ways of writing rules; each error reads {@code rules/FILE:LINE:COL: message}.
 */
public final class RuleCompiler {

    static final String RESOURCE_ROOT = "src/main/resources/";
    private static final String PREFIX = RESOURCE_ROOT + "rules/";
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);

    private RuleCompiler() {
    }

    /** The compiled rules, and whether they came from the cache (compiled before from the same files). */
    public record Compiled(KieBase kieBase, boolean cached) {
    }

    /**
     * The decision tables of these rule files: kept in the rule cache beside the compiled module, read from the
     * workbooks only when not kept (first run after an edit). A table that did not read is never kept.
     */
    public static SettingsTable settings(RuleSources sources) {
        RuleCache cache = RuleCache.fromSettings();
        String key = sources.hash();
        Optional<SettingsTable> kept = cache.loadSettings(key).flatMap(SettingsTable::fromLines);
        if (kept.isPresent()) {
            return kept.get();
        }
        SettingsTable table = SettingsTable.read(sources);
        if (table.isReadable()) {
            cache.storeSettings(key, table.toLines());
        }
        return table;
    }

    /**
     * The compiled rules; {@code thresholds} are the settings table's, compiled in as constants that
     * rules read by name ({@code settings.lowExecutionRate}).
     */
    public static Compiled compile(RuleSources sources, Map<String, BigDecimal> thresholds)
            throws RuleCompilationException {
        List<String> idioms = SourceChecks.oldIdioms(sources);
        if (!idioms.isEmpty()) {
            throw new RuleCompilationException(idioms);
        }
        System.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        System.setProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        KieServices services = KieServices.Factory.get();
        String hash = sources.hash();
        RuleCache cache = RuleCache.fromSettings();
        ReleaseId release = cache.load(services, hash).orElse(null);
        boolean cached = release != null;
        if (release == null) {
            release = RuleCache.release(services, hash);
            KieFileSystem kfs = services.newKieFileSystem();
            kfs.generateAndWritePomXML(release);
            kfs.writeKModuleXML(services.newKieModuleModel().toXML());
            for (RuleSources.Source source : sources.all()) {
                kfs.write(PREFIX + source.path(), source.bytes());
            }
            for (Map.Entry<String, String> prelude : Prelude.of(sources, thresholds).entrySet()) {
                kfs.write(prelude.getKey(), prelude.getValue());
            }
            KieBuilder builder;
            try {
                builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            } catch (RuntimeException e) {
                // the executable model's generator throws on some constraints instead of reporting them
                throw new RuleCompilationException(List.of(CompileErrors.crashed(e, sources)));
            }
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new RuleCompilationException(CompileErrors.describe(new ArrayList<>(errors), sources,
                        Names.known(thresholds.keySet())));
            }
            cache.store(builder.getKieModule(), hash);
        }
        KieContainer container = services.newKieContainer(release);
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setOption(ConsequenceExceptionHandlerOption.get(RuleFailures.class));
        return new Compiled(container.newKieBase(configuration), cached);
    }
}
