package perfaudit.engine.compile;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.builder.model.KieModuleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Compiled rule modules kept on disk, keyed by a hash of the rule files' names and contents and of
 * the program version. Compiling the rules (generating and compiling Java for the executable model)
 * is most of start-up; loading an identical, already compiled module takes a fraction of it. Any
 * edit to a rule file changes the key, so a cached module is always exactly what a compile would give.
 * The key also holds a stamp of the program's own build (its jar's size and time, or its class files'),
 * since compiled rules call the fact classes: a rebuilt program never loads modules compiled against
 * older facts, even while its version number stays the same.
 * The folder is {@code -Dperfaudit.cache=DIR} (default {@code ~/.cache/perfaudit}); {@code off} disables it.
 * It keeps the {@value #KEEP} most recently used modules ({@code -Dperfaudit.cache.keep=N}), and beside each the
 * decision tables' entries read from the same files (settings-*.txt: a loaded module needs no workbook opened).
 */
final class RuleCache {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);
    /**
     * Modules kept: the rules in use and a few recent edits (each about 0.4 MB). Every edit of a rule
     * file compiles a new module; the least recently used go.
     */
    static final int KEEP = 5;
    /** A temporary file older than this was left by a process that died while storing a module. */
    private static final long STALE_PART_MILLIS = 60 * 60 * 1000;

    private final Path folder;
    private final int keep;

    private RuleCache(Path folder, int keep) {
        this.folder = folder;
        this.keep = keep;
    }

    /** {@code -Dperfaudit.cache=DIR|off}, and {@code -Dperfaudit.cache.keep=N} modules (default {@value #KEEP}). */
    static RuleCache fromSettings() {
        String setting = System.getProperty("perfaudit.cache");
        if ("off".equalsIgnoreCase(setting)) {
            return new RuleCache(null, 0);
        }
        Path folder = setting != null && !setting.isBlank() ? Path.of(setting)
                : Path.of(System.getProperty("user.home"), ".cache", "perfaudit");
        int keep = KEEP;
        try {
            keep = Math.max(1, Integer.parseInt(System.getProperty("perfaudit.cache.keep", String.valueOf(KEEP)).strip()));
        } catch (NumberFormatException e) {
            LOG.warn("-Dperfaudit.cache.keep is not a number; keeping {} rule modules", KEEP);
        }
        return new RuleCache(folder, keep);
    }

    /** The cached module for this key, registered with Drools, if there is one that loads. */
    Optional<ReleaseId> load(KieServices services, String key) {
        if (folder == null) {
            return Optional.empty();
        }
        Path jar = jar(key);
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try {
            // the module's kmodule.xml is the empty model compile() writes: built here instead of read, since
            // Drools reads it with XStream and a schema check, a fifth of loading a module (0.1 s of CPU)
            ReleaseId release = release(services, key);
            requireModel(jar, release);
            KieModuleModel model = services.newKieModuleModel();
            KieBuilderImpl.setDefaultsforEmptyKieModule(model);
            InternalKieModule module = InternalKieModuleProvider.get(release, model, jar.toFile());
            services.getRepository().addKieModule(module);
            touch(jar);
            LOG.debug("rule module loaded from the cache: {}", jar);
            return Optional.of(module.getReleaseId());
        } catch (IOException | RuntimeException e) {
            LOG.warn("cached rule module {} does not load ({}); compiling instead", jar, e.getMessage());
            delete(jar);
            return Optional.empty();
        }
    }

    /**
     * A module read without its kmodule.xml is read lazily: a damaged file would only fail once the rules
     * are wanted. So the file must open as a jar holding the rules' model first.
     */
    private static void requireModel(Path jar, ReleaseId release) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(CanonicalKieModule.getModelFileWithGAV(release)) == null) {
                throw new IOException("no compiled rule model in it");
            }
        }
    }

    /** The release id a module of rules with this key has: compiled and cached modules alike. */
    static ReleaseId release(KieServices services, String key) {
        return services.newReleaseId("perfaudit", "rules", key);
    }

    /** Keeps a freshly compiled module; a cache that cannot be written only costs the next start-up. */
    void store(KieModule module, String key) {
        if (folder == null || !(module instanceof InternalKieModule internal)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "rules-", ".part");
            Files.write(temp, internal.getBytes());
            Files.move(temp, jar(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.debug("compiled rule module cached: {}", jar(key));
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot cache the compiled rules in {}: {}", folder, e.getMessage());
        }
    }

    /**
     * The decision tables' entries kept for rules with this key ({@code SettingsTable#toLines}), if kept: a run
     * that loads its module from the cache then need not open the workbook either.
     */
    Optional<List<String>> loadSettings(String key) {
        if (folder == null || !Files.isRegularFile(settings(key))) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(settings(key), StandardCharsets.UTF_8);
            touch(settings(key));
            return Optional.of(lines);
        } catch (IOException | RuntimeException e) {
            LOG.debug("kept settings table {} does not read ({}); reading the workbook", settings(key), e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps the decision tables' entries read for rules with this key; a cache that cannot be written costs only time. */
    void storeSettings(String key, List<String> lines) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "settings-", ".part");
            Files.write(temp, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            Files.move(temp, settings(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep the settings table in {}: {}", folder, e.getMessage());
        }
    }

    private Path settings(String key) {
        return folder.resolve("settings-" + withBuild(key) + ".txt");
    }

    private Path jar(String key) {
        return folder.resolve("rules-" + withBuild(key) + ".jar");
    }

    private static String withBuild(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((key + "|" + BuildStamp.VALUE).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where this program's classes come from, and when they were built; computed once per JVM. */
    private static final class BuildStamp {
        static final String VALUE = stamp();

        private static String stamp() {
            try {
                Path code = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(code)) {
                    return code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
                }
                StringBuilder stamp = new StringBuilder(code.toString());
                try (Stream<Path> classes = Files.walk(code)) {
                    for (Path file : classes.filter(Files::isRegularFile).sorted().toList()) {
                        stamp.append('|').append(code.relativize(file)).append(':').append(Files.size(file))
                                .append(':').append(Files.getLastModifiedTime(file).toMillis());
                    }
                }
                return stamp.toString();
            } catch (Exception e) {
                // no stamp, no sharing between builds: a fresh key per JVM means compiling each time
                return "unknown-build-" + System.nanoTime();
            }
        }
    }

    /**
     * Only the most recently used modules are kept (a load marks its module used): every edited rule set
     * leaves one behind. Temporary files of a store that never finished go too.
     */
    private void prune() throws IOException {
        long now = System.currentTimeMillis();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> entries = files.filter(p -> p.getFileName().toString().startsWith("rules-")
                    || p.getFileName().toString().startsWith("settings-")).toList();
            for (String kept : List.of(".jar", ".txt")) {
                List<Path> modules = entries.stream().filter(p -> p.getFileName().toString().endsWith(kept))
                        .sorted(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed()).toList();
                modules.stream().skip(keep).forEach(file -> {
                    LOG.debug("rule cache: removing the least recently used {}", file.getFileName());
                    delete(file);
                });
            }
            entries.stream().filter(p -> p.getFileName().toString().endsWith(".part"))
                    .filter(p -> now - p.toFile().lastModified() > STALE_PART_MILLIS).forEach(RuleCache::delete);
        }
    }

    /** Marks a module used now, so that pruning keeps it; a cache that cannot be touched is still usable. */
    private static void touch(Path jar) {
        try {
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.debug("cannot mark {} used: {}", jar, e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale cache file is harmless: it is keyed by content and replaced or pruned later
        }
    }
}
