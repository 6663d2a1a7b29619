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
 */
final class RuleCache {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCache.class);
    private static final int KEEP = 20;

    private final Path folder;

    private RuleCache(Path folder) {
        this.folder = folder;
    }

    static RuleCache fromSettings() {
        String setting = System.getProperty("perfaudit.cache");
        if ("off".equalsIgnoreCase(setting)) {
            return new RuleCache(null);
        }
        Path folder = setting != null && !setting.isBlank() ? Path.of(setting)
                : Path.of(System.getProperty("user.home"), ".cache", "perfaudit");
        return new RuleCache(folder);
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

    /** Only the most recent modules are kept: every edited rule set leaves one behind. */
    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().startsWith("rules-"))
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed()).toList();
            jars.stream().skip(KEEP).forEach(RuleCache::delete);
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
