package perfaudit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bad-input corpus: fixtures/bad/ with its manifest, and the entries too big or too system-bound
 * to commit (a 200 MB export, a zip bomb, links, a loop, a pipe), made at test time beside a copy.
 */
public final class BadCorpus {

    public static final Path FOLDER = Path.of("fixtures", "bad");
    public static final Path MANIFEST = FOLDER.resolve("manifest.csv");
    static final Path CLEAN = Path.of("fixtures", "rules", "clean-form.txt");

    /** One manifest line: the file, committed or generated, what perfaudit must say, and what it is. */
    public record Entry(String file, boolean generated, String expect, String reason, String what) {

        /** {@code forms:N} or {@code forms:N+problem}: the forms it must give; -1 for no form expected. */
        public int forms() {
            if (!expect.startsWith("forms:")) {
                return -1;
            }
            String count = expect.substring("forms:".length());
            return Integer.parseInt(count.contains("+") ? count.substring(0, count.indexOf('+')) : count);
        }

        /** Must it report a problem (every expectation but a clean {@code forms:N})? */
        public boolean problem() {
            return !expect.startsWith("forms:") || expect.endsWith("+problem");
        }

        /** An office file: read by whatever office reader exists, or refused; either way listed with a reason. */
        public boolean office() {
            return expect.equals("office");
        }
    }

    private BadCorpus() {
    }

    /** The manifest's lines: {@code file,source,expect,reason,what} (reason has no comma; what may). */
    public static List<Entry> manifest() {
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file,")) {
                    continue;
                }
                String[] cells = line.split(",", 5);
                if (cells.length != 5) {
                    throw new IllegalStateException("manifest line needs 5 cells: " + line);
                }
                entries.add(new Entry(cells[0], cells[1].equals("generated"), cells[2], cells[3], cells[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * Copies the committed corpus into {@code target} and adds the generated entries; the files the
     * links point at go to {@code outside}, which must not be under the audited folder.
     */
    public static void materialise(Path target, Path outside) throws IOException {
        Files.createDirectories(target);
        for (Entry entry : manifest()) {
            if (!entry.generated()) {
                Path to = target.resolve(entry.file());
                Files.createDirectories(to.getParent());
                Files.copy(FOLDER.resolve(entry.file()), to);
            }
        }
        generate(target, outside);
    }

    private static String form(String tag) throws IOException {
        return Files.readString(CLEAN).replace("规则测试项目", "坏输入-" + tag);
    }

    /** The entries marked {@code generated} in the manifest. */
    static void generate(Path target, Path outside) throws IOException {
        // a 200 MB export: sparse, since the size limit refuses it before a byte is read
        try (RandomAccessFile huge = new RandomAccessFile(target.resolve("huge-200mb.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024);
        }
        try (OutputStream out = Files.newOutputStream(target.resolve("too-many-lines.txt"))) {
            byte[] block = "x\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 21; i++) {
                out.write(block);
            }
        }
        BadFiles.writeZipBombXlsx(target.resolve("zip-bomb.xlsx"), 200L * 1024 * 1024);
        Files.writeString(target.resolve("long-line.txt"), form("long-line").replace("总分", "总".repeat(1_000_000) + "\n总分"));
        Files.writeString(target.resolve("long-cell.txt"), form("long-cell")
                .replace("完成全年培训任务，项目总额 100 万元。", "完成全年培训任务。".repeat(4_000)));
        Files.writeString(target.resolve("many-tabs.txt"), form("many-tabs").replace("总分", "\t".repeat(60_000) + "x\n总分"));
        Files.writeString(target.resolve("nested-tables.html"), nestedTables(10 * 1024 * 1024));
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), form("outside-secret"));
        Files.createSymbolicLink(target.resolve("link-to-form.txt"), target.resolve("gbk.txt"));
        Files.createSymbolicLink(target.resolve("link-outside.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(target.resolve("link-to-folder"), outside);
        Files.createDirectories(target.resolve("loops"));
        Files.createSymbolicLink(target.resolve("loops/loop"), Path.of(".."));
        makeFifo(target.resolve("fifo.txt"));
    }

    /** A page of {@code bytes} of tables, each nested in a cell of the one before. */
    private static String nestedTables(int bytes) {
        String level = "<table><tr><td>层";
        return "<!DOCTYPE html>\n<html><body>\n" + level.repeat(bytes / level.length()) + "\n";
    }

    /** A named pipe: reading it would block forever. mkfifo is part of coreutils, on every test machine. */
    private static void makeFifo(Path fifo) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
                return;
            }
        } catch (IOException | InterruptedException e) {
            // fall through
        }
        throw new IOException("cannot make a named pipe (mkfifo) at " + fifo);
    }
}
