package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walking an input folder never follows a link: a linked file, a linked folder and a loop are each
 * listed and reported as not followed, so nothing outside the folder is read and nothing is
 * silently left out. A link named on the command line is the caller's choice and is read.
 */
class InputsWalkTest {

    private static final Path CLEAN = Path.of("fixtures/rules/clean-form.txt");

    @TempDir
    Path temp;

    private static Map<String, Document> readAll(List<Path> files, Path root) {
        Map<String, Document> byName = new TreeMap<>();
        for (Path file : files) {
            String name = root.relativize(file).toString();
            byName.put(name, Inputs.read(file, name));
        }
        return byName;
    }

    private static String reasons(Document document) {
        return document.problems().stream().map(p -> p.reason()).toList().toString();
    }

    @Test
    void linksInsideAFolderAreListedAndNeverFollowed() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), Files.readString(CLEAN).replace("规则测试项目", "外部机密项目"));
        Path root = Files.createDirectories(temp.resolve("uploads"));
        Files.copy(CLEAN, root.resolve("form.txt"));
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("link-to-form.txt"), root.resolve("form.txt"));
        Files.createSymbolicLink(root.resolve("link-outside.txt"), secret);
        Files.createSymbolicLink(root.resolve("link-to-folder"), outside);
        Files.createSymbolicLink(sub.resolve("loop"), root);
        Files.createSymbolicLink(root.resolve("dangling.txt"), temp.resolve("nothing-here"));

        List<Path> files = Inputs.collect(List.of(root));
        Map<String, Document> read = readAll(files, root);

        assertEquals(List.of("dangling.txt", "form.txt", "link-outside.txt", "link-to-folder", "link-to-form.txt",
                "sub/loop"), List.copyOf(read.keySet()), "every entry listed once: no loop, no silence");
        assertEquals(1, read.get("form.txt").forms().size());
        for (String link : List.of("dangling.txt", "link-outside.txt", "link-to-folder", "link-to-form.txt", "sub/loop")) {
            Document document = read.get(link);
            assertEquals(0, document.forms().size(), link);
            assertTrue(reasons(document).contains("symbolic link to '") && reasons(document).contains("not followed"),
                    link + ": " + reasons(document));
        }
        assertFalse(read.values().stream().flatMap(d -> d.forms().stream())
                .anyMatch(f -> "外部机密项目".equals(f.projectName())), "nothing outside the folder is read");
    }

    @Test
    void aSavedPagesFolderOfPicturesAndStylesIsLeftOutByName() throws IOException {
        Path root = Files.createDirectories(temp.resolve("saved"));
        Files.writeString(root.resolve("自评表.html"), "<html><body><p>附件</p></body></html>");
        Files.createDirectories(root.resolve("自评表_files"));
        Files.write(root.resolve("自评表_files/image001.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(root.resolve("自评表_files/style.css"), "td { border: 1px }");
        Files.writeString(root.resolve("word.htm"), "<html></html>");
        Files.createDirectories(root.resolve("word.files"));
        Files.writeString(root.resolve("word.files/filelist.xml"), "<xml/>");
        Files.createDirectories(root.resolve("other_files"));
        Files.writeString(root.resolve("other_files/form.txt"), Files.readString(CLEAN));
        List<Path> skipped = new java.util.ArrayList<>();
        List<Path> files = Inputs.collect(List.of(root), skipped);
        assertEquals(List.of("other_files/form.txt", "word.htm", "自评表.html"),
                files.stream().map(f -> root.relativize(f).toString()).sorted().toList(), "a _files folder with no page beside it is read");
        assertEquals(List.of("word.files", "自评表_files"), skipped.stream().map(f -> root.relativize(f).toString()).sorted().toList());
    }

    @Test
    void aLinkNamedOnTheCommandLineIsRead() throws IOException {
        Path form = Files.copy(CLEAN, temp.resolve("form.txt"));
        Path link = Files.createSymbolicLink(temp.resolve("latest.txt"), form);
        Path folder = Files.createDirectories(temp.resolve("real"));
        Files.copy(CLEAN, folder.resolve("inside.txt"));
        Path folderLink = Files.createSymbolicLink(temp.resolve("linked-folder"), folder);

        List<Path> files = Inputs.collect(List.of(link, folderLink));
        assertEquals(2, files.size(), files.toString());
        for (Path file : files) {
            assertEquals(1, Inputs.read(file, file.getFileName().toString()).forms().size(), file.toString());
        }
    }

    @Test
    void aPipeInAFolderIsReportedNotReadFrom() throws Exception {
        Path root = Files.createDirectories(temp.resolve("in"));
        Path fifo = root.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        List<Path> files = Inputs.collect(List.of(root));
        assertEquals(List.of(fifo), files);
        Document document = Inputs.read(fifo, "pipe.txt");
        assertTrue(reasons(document).contains("not a regular file"), reasons(document));
    }

    @Test
    void keysDoNotDependOnHowThePathIsSpeltOrWhereTheRunStarted() throws IOException {
        Path seeds = Path.of("fixtures/seeds");
        List<String> expected = List.of("seeds/000_3bdf511d6872ca99.txt", "seeds/002_45c397f42cae37ec.txt");
        for (List<Path> spelling : List.of(List.of(seeds), List.of(seeds.toAbsolutePath()),
                List.of(Path.of("fixtures/../fixtures/./seeds")),
                List.of(seeds.resolve("000_3bdf511d6872ca99.txt"), seeds.toAbsolutePath().resolve("002_45c397f42cae37ec.txt")))) {
            InputWalk walk = InputWalk.of(spelling, List.of());
            assertEquals(expected, walk.files().stream().map(walk::keyOf).toList(), spelling.toString());
        }
        Path link = Files.createSymbolicLink(temp.resolve("current"), seeds.toAbsolutePath());
        InputWalk viaLink = InputWalk.of(List.of(link), List.of());
        assertEquals(expected, viaLink.files().stream().map(viaLink::keyOf).toList(), "a named link is keyed by its target");
    }

    @Test
    void eachFileIsReadOnceHoweverOftenItIsNamed() throws IOException {
        Path seeds = Path.of("fixtures/seeds");
        InputWalk walk = InputWalk.of(List.of(seeds, seeds.resolve("002_45c397f42cae37ec.txt"), seeds.toAbsolutePath(),
                Path.of("fixtures/./seeds/000_3bdf511d6872ca99.txt")), List.of());
        assertEquals(2, walk.files().size(), walk.files().toString());
        assertEquals(2, walk.namedAgain().size());
        assertEquals(3, walk.namedAgain().values().stream().mapToInt(Integer::intValue).max().orElse(0),
                "002 named three times: " + walk.namedAgain());
    }

    @Test
    void perfauditsOwnReportsAreNeverRead() throws IOException {
        Path root = Files.createDirectories(temp.resolve("forms"));
        Files.copy(CLEAN, root.resolve("form.txt"));
        // this run's --out, its run folder already holding the run's log
        Path run = Files.createDirectories(root.resolve("reports/20240131-235959"));
        Files.writeString(run.resolve(InputWalk.RUN_LOG), "");
        Path earlier = Files.createDirectories(root.resolve("reports/20240130-080000-2"));
        Files.copy(CLEAN, earlier.resolve("findings.xlsx"));
        Files.writeString(earlier.resolve("findings.json"), "{}");
        Files.createSymbolicLink(root.resolve("reports/latest"), Path.of("20240130-080000-2"));
        // a reports folder another --out wrote, whose latest is a text file (no links on that disk)
        Path old = Files.createDirectories(root.resolve("old-reports/20230101-000000"));
        Files.copy(CLEAN, old.resolve("findings.xlsx"));
        Files.writeString(root.resolve("old-reports/latest"), "20230101-000000\n");
        Files.writeString(root.resolve(InputWalk.RUN_LOG), "a log copied here");
        // a unit's own folder that happens to be named like a run: read, it holds no perfaudit output
        Path dated = Files.createDirectories(root.resolve("20240102-120000"));
        Files.copy(CLEAN, dated.resolve("form.txt"));

        InputWalk walk = InputWalk.of(List.of(root), List.of(root.resolve("reports")));
        assertEquals(List.of("forms/20240102-120000/form.txt", "forms/form.txt"),
                walk.files().stream().map(walk::keyOf).toList());
        assertEquals(List.of(root.resolve("old-reports"), root.resolve("reports")), walk.ownOutput().stream().sorted().toList());
        assertTrue(walk.skippedByName().contains(root.resolve(InputWalk.RUN_LOG)), walk.skippedByName().toString());

        InputWalk named = InputWalk.of(List.of(root.resolve("reports/latest"), earlier.resolve("findings.xlsx"),
                root.resolve("old-reports/20230101-000000/findings.xlsx")), List.of());
        assertEquals(List.of(), named.files(), "named report files and run folders are left out too");
        assertEquals(3, named.ownOutput().size());
    }

    @Test
    void aReportsFolderNamedAsInputIsWalkedWithoutItsRuns() throws IOException {
        // perfaudit audit . --out . : the forms and the reports share a folder
        Path root = Files.createDirectories(temp.resolve("shared"));
        Files.copy(CLEAN, root.resolve("form.txt"));
        Path run = Files.createDirectories(root.resolve("20240131-235959"));
        Files.writeString(run.resolve(InputWalk.RUN_LOG), "");
        Files.copy(CLEAN, run.resolve("findings.xlsx"));
        Files.createSymbolicLink(root.resolve("latest"), Path.of("20240131-235959"));
        InputWalk walk = InputWalk.of(List.of(root), List.of(root));
        assertEquals(List.of(root.resolve("form.txt")), walk.files());
        assertEquals(2, walk.ownOutput().size(), walk.ownOutput().toString());
    }
}
