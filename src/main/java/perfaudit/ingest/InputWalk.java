package perfaudit.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files a run reads, found under the paths it was given. Folders are walked recursively in name
 * order; each file is read once however often it is named (files are told apart by their real path);
 * the run's own reports folder, any other perfaudit reports folder and perfaudit's log are left out,
 * so a run never reads its own output; and each file gets a key that names it across runs.
 *
 * <p>The key is the file's path below the folder it was found in, headed by that folder's name
 * ({@code forms/sub/a.txt}; a file named alone is keyed under its parent folder). It does not depend on
 * the working folder or on how the path was spelt: {@code audit forms} and {@code cd forms; audit .}
 * give the same keys, so history compares the same files.
 *
 * <p>perfaudit's own output is known by its shape, whichever --out wrote it: a run folder is named by its
 * time ({@code 20240131-235959}) and holds a run log or findings.json (or sits in a reports folder); a reports folder holds a
 * {@code latest} pointer naming one of its run folders. A folder named on the command line is walked
 * even when it is a reports folder ({@code audit . --out .}), its run folders and pointer left out.
 *
 * <p>Links met inside a folder are never followed, so a link cannot lead the run outside the folders
 * it was given or round a loop: they are listed with pipes, sockets and folders that cannot be listed,
 * and {@link Inputs#read} reports each as a problem. A path named on the command line is the caller's
 * choice: a link named there is resolved and read, a linked folder walked.
 */
public final class InputWalk {

    /** perfaudit's run log: every run folder holds one. */
    public static final String RUN_LOG = "perfaudit.log";
    /** A run folder's name, {@code yyyyMMdd-HHmmss} and a counter when two runs start in one second. */
    private static final Pattern RUN_FOLDER = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");
    private static final String LATEST = "latest";

    private final List<Path> files = new ArrayList<>();
    private final Map<Path, String> keys = new HashMap<>();
    private final Set<String> keysTaken = new HashSet<>();
    private final Set<Path> seen = new HashSet<>();
    private final List<Path> skippedByName = new ArrayList<>();
    private final List<Path> ownOutput = new ArrayList<>();
    private final Map<Path, Integer> namedAgain = new LinkedHashMap<>();
    private final Set<Path> reportFolders;

    private InputWalk(Set<Path> reportFolders) {
        this.reportFolders = reportFolders;
    }

    /**
     * Walks {@code paths}, leaving out {@code reportFolders} (the run's --out folder; those that do not
     * exist yet are ignored) and every folder that is perfaudit's output by its shape.
     */
    public static InputWalk of(List<Path> paths, Collection<Path> reportFolders) throws IOException {
        Set<Path> excluded = new HashSet<>();
        for (Path folder : reportFolders) {
            if (Files.isDirectory(folder)) {
                excluded.add(folder.toRealPath());
            }
        }
        InputWalk walk = new InputWalk(excluded);
        for (Path given : paths) {
            walk.add(given);
        }
        return walk;
    }

    /** The files to read, in order: arguments in the order given, each folder's files by name. */
    public List<Path> files() {
        return files;
    }

    /** The key naming {@code file} across runs (see the class comment); {@code file} is one of {@link #files()}. */
    public String keyOf(Path file) {
        return keys.get(file);
    }

    /** Files left out by name: editor lock files, hidden files, outputs and scripts (a .csv holding no form), perfaudit's log. */
    public List<Path> skippedByName() {
        return skippedByName;
    }

    /**
     * What was left out as perfaudit's own output: the run's --out folder, reports folders and run folders
     * met in a walk, and named paths inside a run folder.
     */
    public List<Path> ownOutput() {
        return ownOutput;
    }

    /** Files met more than once (named twice, or inside a folder also named), with how often; each was read once. */
    public Map<Path, Integer> namedAgain() {
        return namedAgain;
    }

    private void add(Path given) throws IOException {
        Path path = Files.isSymbolicLink(given) ? given.toRealPath() : given;
        if (insideRunFolder(identity(path)) || RUN_LOG.equals(String.valueOf(path.getFileName()))) {
            ownOutput.add(given);
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(path, new Walker(path, found));
            found.sort(null);
            Path root = path.toRealPath();
            String rootName = nameOf(root);
            for (Path file : found) {
                // the walk follows no link, so below the real root the path is real already: no lookup per file
                Path relative = path.relativize(file);
                accept(file, join(rootName, relative), root.resolve(relative));
            }
        } else {
            Path identity = identity(path);
            Path parent = identity.getParent();
            accept(path, join(parent == null ? "" : nameOf(parent), path.getFileName()), identity);
        }
    }

    private void accept(Path file, String key, Path identity) {
        if (!seen.add(identity)) {
            namedAgain.merge(identity, 2, (was, two) -> was + 1);
            return;
        }
        // two roots of the same name (a/in, b/in) can give one key to two files: the second is told apart
        String unique = keysTaken.add(key) ? key : identity.toString().replace('\\', '/');
        keysTaken.add(unique);
        files.add(file);
        keys.put(file, unique);
    }

    /** Collects candidates without following links; failures become entries, not exceptions. */
    private final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;

        Walker(Path root, List<Path> found) {
            this.root = root;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && (reportFolders.contains(realOrSelf(dir)) || isRunFolder(dir) || isReportsFolder(dir))) {
                ownOutput.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(root) && isPageCompanion(dir)) {
                skippedByName.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (LATEST.equals(String.valueOf(file.getFileName())) && isReportsFolder(file.getParent())) {
                ownOutput.add(file); // the pointer of a reports folder named as input (audit . --out .)
            } else {
                (isCandidate(file) || isFormCsv(file) ? found : skippedByName).add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            found.add(file);
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * {@code 自评表_files/} beside {@code 自评表.html} (a browser's "save page, complete") or
     * {@code 自评表.files/} beside {@code 自评表.htm} (Word's "save as web page"): the page's pictures,
     * style sheets and scripts, which would otherwise each be reported as a file that holds no form.
     */
    private static boolean isPageCompanion(Path dir) {
        Path name = dir.getFileName();
        Path parent = dir.getParent();
        if (name == null || parent == null) {
            return false;
        }
        String folder = name.toString();
        int suffix = folder.endsWith("_files") ? "_files".length() : folder.endsWith(".files") ? ".files".length() : 0;
        if (suffix == 0 || folder.length() == suffix) {
            return false;
        }
        String stem = folder.substring(0, folder.length() - suffix);
        for (String extension : List.of(".html", ".htm", ".HTML", ".HTM", ".shtml", ".xhtml", ".mht")) {
            if (Files.isRegularFile(parent.resolve(stem + extension), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /** False for a file left out by name (lock files, hidden files, outputs, scripts, the run log); also for remote listings. */
    public static boolean isCandidate(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return true;
        }
        String name = fileName.toString();
        return !name.startsWith("~$") && !name.startsWith(".~lock") && !name.startsWith(".")
                && !name.endsWith(".md") && !name.endsWith(".json") && !name.endsWith(".csv")
                && !name.endsWith(".sh") && !name.endsWith(".tmp") && !name.equals(RUN_LOG);
    }

    /** How much of a .csv file the walk reads to tell a form's export from other tables (a list, perfaudit's findings.csv). */
    private static final int CSV_HEAD_BYTES = 64 * 1024;

    /**
     * A .csv file whose first records open with a form's labels: a form exported as CSV (Excel, WPS), read like any
     * input. Other CSV files (perfaudit's own findings.csv, whose records open with a status, lists, settings) are
     * left out by name as before, and logged. A file that cannot be opened is kept, so that its reading reports why.
     */
    static boolean isFormCsv(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null || !fileName.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return perfaudit.ingest.text.TextReader.isFormCsv(in.readNBytes(CSV_HEAD_BYTES));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** True when {@code real} is a run folder or lies inside one: a report, a log, the {@code latest} pointer's target. */
    private static boolean insideRunFolder(Path real) {
        for (Path dir = real; dir != null; dir = dir.getParent()) {
            if (isRunFolder(dir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRunFolder(Path dir) {
        Path name = dir.getFileName();
        return name != null && RUN_FOLDER.matcher(name.toString()).matches()
                && (Files.exists(dir.resolve(RUN_LOG), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(dir.resolve("findings.json"), LinkOption.NOFOLLOW_LINKS)
                || dir.getParent() != null && isReportsFolder(dir.getParent()));
    }

    private static boolean isReportsFolder(Path dir) {
        Path latest = dir.resolve(LATEST);
        try {
            String target;
            if (Files.isSymbolicLink(latest)) {
                target = String.valueOf(Files.readSymbolicLink(latest).getFileName());
            } else if (Files.isRegularFile(latest, LinkOption.NOFOLLOW_LINKS) && Files.size(latest) < 256) {
                try (BufferedReader in = Files.newBufferedReader(latest, StandardCharsets.UTF_8)) {
                    target = String.valueOf(in.readLine()).strip();
                }
            } else {
                return false;
            }
            return RUN_FOLDER.matcher(target).matches();
        } catch (IOException | RuntimeException e) {
            return false; // not readable as perfaudit's pointer: then it is not one
        }
    }

    /** What tells two paths to one file apart: the real path; for a link (never followed) its own place. */
    private static Path identity(Path file) {
        try {
            if (Files.isSymbolicLink(file)) {
                Path parent = file.toAbsolutePath().getParent();
                return parent == null ? file.toAbsolutePath() : parent.toRealPath().resolve(file.getFileName());
            }
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static Path realOrSelf(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private static String nameOf(Path real) {
        return real.getFileName() == null ? "" : real.getFileName().toString();
    }

    private static String join(String rootName, Path relative) {
        String below = relative.toString().replace('\\', '/');
        return rootName.isEmpty() ? below : rootName + "/" + below;
    }
}
