package perfaudit.engine.compile;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;
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

/**
 * Compiled rule modules kept on disk, keyed by a hash of the rule files' names and contents and of
 * the program version. Compiling the rules (generating and compiling Java for the executable model)
 * is most of start-up; loading an identical, already compiled module takes a fraction of it. Any
 * edit to a rule file changes the key, so a cached module is always exactly what a compile would give.
 * The key also holds a stamp of the program's own build (its jar's size and time, or its class files'),
 * since compiled rules call the fact classes: a rebuilt program never loads modules compiled against
 * older facts, even while its version number stays the same.
 * The folder is {@code -Dperfaudit.cache=DIR} (default {@code ~/.cache/perfaudit}); {@code off} disables it.
 * It keeps the {@value #KEEP} most recently used modules ({@code -Dperfaudit.cache.keep=N}).
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
            KieModule module = services.getRepository().addKieModule(services.getResources().newFileSystemResource(jar.toFile()));
            touch(jar);
            LOG.debug("rule module loaded from the cache: {}", jar);
            return Optional.of(module.getReleaseId());
        } catch (RuntimeException e) {
            LOG.warn("cached rule module {} does not load ({}); compiling instead", jar, e.getMessage());
            delete(jar);
            return Optional.empty();
        }
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
            List<Path> entries = files.filter(p -> p.getFileName().toString().startsWith("rules-")).toList();
            List<Path> jars = entries.stream().filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed()).toList();
            jars.stream().skip(keep).forEach(jar -> {
                LOG.debug("rule cache: removing the least recently used module {}", jar.getFileName());
                delete(jar);
            });
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
