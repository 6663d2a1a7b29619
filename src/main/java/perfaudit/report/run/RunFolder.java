package perfaudit.report.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's own folder {@code reports/<yyyyMMdd-HHmmss>/}, created atomically so two runs started in
 * the same second get different folders, and {@code reports/latest} pointing at the newest complete run.
 *
 * <p>A run is complete when its record, findings.json, is there with every report it lists
 * ({@code run.reports}): report files are written atomically, so a run killed or failing while
 * writing lacks one of them. The input walk knows run folders by this same shape (InputWalk).
 */
public final class RunFolder {

    /** The report every run writes: the record the next run compares with. */
    public static final String RECORD = "findings.json";
    public static final String LATEST = "latest";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern RUN_NAME = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");
    private static final JsonFactory JSON = new JsonFactory();
    private static final Logger LOG = LoggerFactory.getLogger(RunFolder.class);

    private RunFolder() {
    }

    public static Path create(Path reportsRoot, ZonedDateTime time) throws IOException {
        Files.createDirectories(reportsRoot);
        String base = NAME.format(time);
        for (int attempt = 1; ; attempt++) {
            Path folder = reportsRoot.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException taken) {
                // another run started in the same second: take the next name
            }
        }
    }

    /** Points {@code reports/latest} at the run folder: a symbolic link, or a text file naming it. */
    public static void markLatest(Path reportsRoot, Path runFolder) throws IOException {
        Path latest = reportsRoot.resolve("latest");
        Path temp = reportsRoot.resolve(".latest." + runFolder.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createSymbolicLink(temp, runFolder.getFileName());
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.writeString(temp, runFolder.getFileName().toString() + System.lineSeparator());
        }
        Files.move(temp, latest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The run a new run compares with: the one {@code latest} names when it is complete, else (the link
     * dangles, or names a run that did not finish) the newest complete run folder; null when there is none.
     */
    public static Path previous(Path reportsRoot) {
        Path latest = latest(reportsRoot);
        if (latest != null && isComplete(latest)) {
            return latest;
        }
        Path newest = newestComplete(reportsRoot);
        if (newest != null) {
            LOG.info("{}/{} {}; comparing with the newest complete run, {}", reportsRoot, LATEST,
                    latest == null ? "names no run folder" : "names a run that did not finish (" + latest.getFileName() + ")",
                    newest.getFileName());
        }
        return newest;
    }

    /** The run folder {@code latest} names (link or text file), or null when there is none or it is gone. */
    static Path latest(Path reportsRoot) {
        Path latest = reportsRoot.resolve(LATEST);
        try {
            String name;
            if (Files.isSymbolicLink(latest)) {
                name = String.valueOf(Files.readSymbolicLink(latest).getFileName());
            } else if (Files.isRegularFile(latest) && Files.size(latest) < 256) {
                name = Files.readString(latest).strip();
            } else {
                return null;
            }
            Path folder = reportsRoot.resolve(name);
            return RUN_NAME.matcher(name).matches() && Files.isDirectory(folder) ? folder : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path newestComplete(Path reportsRoot) {
        List<Path> runs = runFolders(reportsRoot);
        runs.sort(Comparator.comparing(RunFolder::order).reversed());
        return runs.stream().filter(RunFolder::isComplete).findFirst().orElse(null);
    }

    /** Run folders sort by time, then by the counter of runs started in the same second (-2 after none, -10 after -9). */
    private static String order(Path run) {
        String name = run.getFileName().toString();
        int dash = name.indexOf('-', 9);
        String counter = dash < 0 ? "1" : name.substring(dash + 1);
        return name.substring(0, 15) + "-" + "0".repeat(Math.max(0, 9 - counter.length())) + counter;
    }

    /**
     * Deletes the run folders of {@code reportsRoot} older than its newest {@code keep} complete runs, which
     * always include {@code current} and the run {@code latest} names: what a scheduled run asks so that a
     * reports folder does not grow for ever. A folder that is not complete is deleted only when it is older
     * than every run kept (a newer one may be a run still being written). Never fails: a folder that cannot
     * be deleted is logged and left. Returns the names deleted.
     */
    public static List<String> prune(Path reportsRoot, int keep, Path current) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least the current run, not " + keep);
        }
        List<Path> runs = runFolders(reportsRoot);
        runs.sort(Comparator.comparing(RunFolder::order).reversed());
        Path latest = latest(reportsRoot);
        List<Path> kept = new ArrayList<>();
        for (Path run : runs) {
            boolean mustStay = run.equals(current) || run.equals(latest);
            if (mustStay || kept.size() < keep && isComplete(run)) {
                kept.add(run);
            }
        }
        String oldestKept = kept.stream().map(RunFolder::order).min(Comparator.naturalOrder()).orElse("");
        List<String> deleted = new ArrayList<>();
        for (Path run : runs) {
            if (kept.contains(run) || !isComplete(run) && order(run).compareTo(oldestKept) > 0) {
                continue;
            }
            try {
                deleteTree(run);
                deleted.add(run.getFileName().toString());
            } catch (IOException e) {
                LOG.warn("cannot delete the old run folder {}: {}; left in place", run, e.getMessage());
            }
        }
        if (!deleted.isEmpty()) {
            LOG.info("--keep-runs {}: deleted {} older run folder(s) of {}: {}", keep, deleted.size(), reportsRoot, deleted);
        }
        return deleted;
    }

    private static List<Path> runFolders(Path reportsRoot) {
        List<Path> runs = new ArrayList<>();
        if (!Files.isDirectory(reportsRoot)) {
            return runs;
        }
        try (Stream<Path> entries = Files.list(reportsRoot)) {
            entries.filter(p -> RUN_NAME.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).forEach(runs::add);
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", reportsRoot, e.getMessage());
        }
        return runs;
    }

    /** A run folder holds files only (reports, the run's log); a link in it is removed, never followed. */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }

    /** True when the folder holds findings.json and every report it lists. */
    public static boolean isComplete(Path runFolder) {
        Path record = runFolder.resolve(RECORD);
        if (!Files.isRegularFile(record)) {
            return false;
        }
        try {
            for (String report : reports(record)) {
                if (!Files.isRegularFile(runFolder.resolve(report))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code run.reports} of a findings.json (empty for those written before it was recorded). */
    private static List<String> reports(Path record) throws IOException {
        List<String> reports = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(record.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !parser.currentName().equals("run") || parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("no run object first");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("reports") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        String name = parser.getText();
                        if (!name.contains("/") && !name.contains("\\")) { // a report beside the record, nothing else
                            reports.add(name);
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return reports;
    }
}
