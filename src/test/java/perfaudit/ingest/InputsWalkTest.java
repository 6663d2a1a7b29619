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
}
