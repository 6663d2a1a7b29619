package perfaudit.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule files of a rules folder, read once into memory: every DRL file and decision table, by
 * its path relative to the folder. Everything that checks or compiles rules reads these bytes, so a
 * file edited during a compile cannot give two versions, and a distributed run compiles the very bytes
 * it shipped. {@code name} is how the folder is shown in errors ({@code rules/budget.drl:12:5: ...}).
 */
public final class RuleSources {

    /** One rule file: its path relative to the rules folder ({@code budget.drl}, {@code sub/x.drl}) and bytes. */
    public record Source(String path, byte[] bytes) {

        public boolean isDrl() {
            return path.endsWith(".drl");
        }

        public boolean isWorkbook() {
            return path.endsWith(".drl.xlsx") || path.endsWith(".drl.xls");
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public List<String> lines() {
            return text().lines().toList();
        }
    }

    private final String name;
    private final List<Source> sources;
    private volatile String hash;

    private RuleSources(String name, List<Source> sources) {
        this.name = name;
        this.sources = List.copyOf(sources);
    }

    /** Rule files from bytes by relative path, e.g. shipped to the workers of a distributed run. */
    public static RuleSources of(String name, Map<String, byte[]> files) {
        List<Source> sources = new ArrayList<>();
        new LinkedHashMap<>(files).forEach((path, bytes) -> {
            if (isRuleFile(path)) {
                sources.add(new Source(path.replace('\\', '/'), bytes.clone()));
            }
        });
        sources.sort(Comparator.comparing(Source::path));
        return new RuleSources(name, sources);
    }

    /** Every rule file under {@code folder} (walked), read now; none when the folder does not exist. */
    public static RuleSources read(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String path = folder.relativize(file).toString().replace('\\', '/');
                    if (isRuleFile(path)) {
                        files.put(path, Files.readAllBytes(file));
                    }
                }
            }
        }
        Path shown = folder.getFileName();
        return of(shown == null ? folder.toString() : shown.toString(), files);
    }

    private static boolean isRuleFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !name.startsWith(".") && !name.startsWith("~$")
                && (name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls")
                || name.endsWith(".drl.csv"));
    }

    public String name() {
        return name;
    }

    public List<Source> all() {
        return sources;
    }

    public List<Source> drl() {
        return sources.stream().filter(Source::isDrl).toList();
    }

    public List<Source> workbooks() {
        return sources.stream().filter(Source::isWorkbook).toList();
    }

    /** A file as errors show it: {@code rules/budget.drl}. */
    public String shown(String path) {
        return name + "/" + path;
    }

    /**
     * SHA-256 over the rule files' paths and contents and the program version: the key of the
     * compiled-rules cache, and the rule files' part of which rules a report was made with (the report's
     * hash also covers the folder's forms.yaml, suppressions.csv and folding.csv, which change findings
     * but not the compiled rules).
     */
    public String hash() {
        String computed = hash;
        if (computed == null) {
            computed = digest();
            hash = computed;
        }
        return computed;
    }

    private String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Source source : sources) {
                digest.update(source.path().getBytes(StandardCharsets.UTF_8));
                digest.update(source.bytes());
            }
            digest.update(RuleSources.class.getPackage().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(RuleSources.class.getPackage().getImplementationVersion())
                    .getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
