package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the office readers (xlsx, xls, docx, doc, PDF) with mutated copies of the office fixtures.
 * Mutating a zip's bytes only tests the zip check, so xlsx and docx are mutated inside: one XML part
 * (a sheet, the shared strings, the document body …) is damaged and the package zipped again, so the
 * damage reaches POI's XML and the readers. OLE2 and PDF files are mutated as bytes. For every input:
 * nothing escapes the reader, the last-resort guard in {@link Inputs} ("reader failed") is never
 * needed, a document without a form says why, every problem has a reason, and no input takes seconds.
 * {@code -Dperfaudit.fuzz.office.inputs=N -Dperfaudit.fuzz.office.seed=S} runs more.
 */
class OfficeReaderFuzzTest {

    private static final long INPUTS = Long.getLong("perfaudit.fuzz.office.inputs", 300);
    private static final long SEED = Long.getLong("perfaudit.fuzz.office.seed", 20261123L);
    private static final long SLOW_NANOS = 10_000_000_000L;
    private static final byte[] XML_NOISE = "<>&\"'/=;#x0 \u0000\uFFFF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void noMutatedOfficeFileMakesAReaderFail() throws Exception {
        List<Path> originals = originals();
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        for (Path file : originals) {
            bytes.put(file, Files.readAllBytes(file));
        }
        Map<String, String> failures = new TreeMap<>();
        long formsRead = 0;
        long problems = 0;
        for (long index = 0; index < INPUTS; index++) {
            Random random = new Random(SEED * 31 + index);
            Path original = originals.get(random.nextInt(originals.size()));
            byte[] input = mutate(bytes.get(original), random);
            String name = "fuzz-" + index + "-" + original.getFileName();
            long start = System.nanoTime();
            Document document;
            try {
                document = Inputs.read(input, original, name, Limits.DEFAULT);
            } catch (Throwable e) {
                failures.putIfAbsent(e.getClass().getName(), "input " + index + " (" + original.getFileName() + "): " + e);
                continue;
            }
            long nanos = System.nanoTime() - start;
            if (nanos > SLOW_NANOS) {
                failures.putIfAbsent("slow", "input " + index + " (" + original.getFileName() + ") took " + nanos / 1_000_000 + " ms");
            }
            if (document.forms().isEmpty() && document.problems().isEmpty()) {
                failures.putIfAbsent("silent", "input " + index + " (" + original.getFileName() + ") gave no form and no problem");
            }
            for (ParseProblem problem : document.problems()) {
                if (problem.reason() == null || problem.reason().isBlank()) {
                    failures.putIfAbsent("no reason", "input " + index + " (" + original.getFileName() + ")");
                } else if (problem.reason().contains(" reader failed: ")) {
                    failures.putIfAbsent("guard: " + problem.reason().replaceAll(":.*", ""),
                            "input " + index + " (" + original.getFileName() + "): " + problem.reason());
                }
            }
            formsRead += document.forms().size();
            problems += document.problems().size();
        }
        System.out.printf("office fuzz: %,d inputs (seed %d) from %d files, %,d forms and %,d problems read, %d failure kind(s)%n",
                INPUTS, SEED, originals.size(), formsRead, problems, failures.size());
        assertTrue(failures.isEmpty(), "failure kinds, each with its first input (reproducible from the seed):\n"
                + String.join("\n", failures.entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList()));
    }

    private static List<Path> originals() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("fixtures/office/seeds", "fixtures/office/variations")) {
            try (Stream<Path> listed = Files.list(Path.of(folder))) {
                listed.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        // OpenDocument text: two of the .odt renditions, a small one and the 27-form seed
        Path odt = Path.of("src/test/resources/perfaudit/renditions/odt");
        files.add(odt.resolve("000_3bdf511d6872ca99.odt"));
        files.add(odt.resolve("002_45c397f42cae37ec.odt"));
        return files;
    }

    private static byte[] mutate(byte[] original, Random random) throws IOException {
        boolean zip = original.length > 4 && original[0] == 'P' && original[1] == 'K';
        return zip && random.nextInt(10) > 0 ? mutateAPart(original, random) : mutateBytes(original, random, false);
    }

    /** Unzips, damages one XML part, zips again: the package opens and the damage reaches the XML. */
    private static byte[] mutateAPart(byte[] original, Random random) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        String victim = xml.get(random.nextInt(xml.size()));
        parts.put(victim, mutateBytes(parts.get(victim), random, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** One to three byte-level edits: flip, delete, duplicate, insert noise, or cut the end. */
    private static byte[] mutateBytes(byte[] data, Random random, boolean xml) {
        byte[] result = data;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && result.length > 1; e++) {
            int at = random.nextInt(result.length);
            int length = 1 + random.nextInt(Math.max(1, Math.min(64, result.length - at)));
            result = switch (random.nextInt(5)) {
                case 0 -> {
                    byte[] copy = result.clone();
                    copy[at] = xml ? XML_NOISE[random.nextInt(XML_NOISE.length)] : (byte) random.nextInt(256);
                    yield copy;
                }
                case 1 -> splice(result, at, at + length, new byte[0]);
                case 2 -> splice(result, at, at, java.util.Arrays.copyOfRange(result, at, Math.min(result.length, at + length)));
                case 3 -> splice(result, at, at, noise(random, length, xml));
                default -> java.util.Arrays.copyOf(result, Math.max(1, at));
            };
        }
        return result;
    }

    private static byte[] noise(Random random, int length, boolean xml) {
        byte[] noise = new byte[length];
        for (int i = 0; i < length; i++) {
            noise[i] = xml ? XML_NOISE[random.nextInt(XML_NOISE.length)] : (byte) random.nextInt(256);
        }
        return noise;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        byte[] result = new byte[data.length - (to - from) + insert.length];
        System.arraycopy(data, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(data, to, result, from + insert.length, data.length - to);
        return result;
    }
}
