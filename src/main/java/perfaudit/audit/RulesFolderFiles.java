package perfaudit.audit;

import perfaudit.audit.chain.Folding;
import perfaudit.audit.chain.Suppressions;
import perfaudit.engine.RuleSources;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a rules folder besides the rule files that change a run's findings: the forms vocabulary
 * (forms.yaml: which forms are read, and how), the suppressions and the folding judgements. Each is read
 * once, so that a run applies the very bytes its rules hash covers; a file that cannot be read keeps its
 * failure for the one who parses it, which reports it at the same point as before.
 */
final class RulesFolderFiles {

    /** Everything a run reads. */
    static final List<String> ALL = List.of(Vocabulary.FILE_NAME, Suppressions.FILE_NAME, Folding.FILE_NAME);
    /** What a rule test case or a measurement reads: no suppressions. */
    static final List<String> UNSUPPRESSED = List.of(Vocabulary.FILE_NAME, Folding.FILE_NAME);
    /** None: a rule set made in memory. */
    static final RulesFolderFiles NONE = new RulesFolderFiles();

    /** The files present, by name, in the order of the list they were read by. */
    private final Map<String, byte[]> contents = new LinkedHashMap<>();
    private final Map<String, IOException> failures = new HashMap<>();

    private RulesFolderFiles() {
    }

    /** Reads each of {@code names} that the folder has; one absent is left out. */
    static RulesFolderFiles read(Path folder, List<String> names) {
        RulesFolderFiles files = new RulesFolderFiles();
        for (String name : names) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    files.contents.put(name, Files.readAllBytes(file));
                } catch (IOException e) {
                    files.failures.put(name, e);
                }
            }
        }
        return files;
    }

    /**
     * A file's text, null when the folder has none. Text that is not UTF-8 fails as {@link Files#readString}
     * fails on it (a {@link java.nio.charset.MalformedInputException}), as does a file that could not be read.
     */
    String text(String name) throws IOException {
        IOException failure = failures.get(name);
        if (failure != null) {
            throw failure;
        }
        byte[] bytes = contents.get(name);
        return bytes == null ? null : StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Which rules a report was made with: the first 16 hex digits of a SHA-256 over the rule files' hash
     * (their paths and contents, and the program version) and the name and content of each of these
     * files: an edit to the vocabulary, a suppression or a folding judgement changes the findings, so it
     * changes the hash too.
     */
    String hash(RuleSources sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(sources.hash().getBytes(StandardCharsets.UTF_8));
            contents.forEach((name, bytes) -> {
                // name and length first: no two sets of files give the same stream of bytes
                digest.update(("\n" + name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
