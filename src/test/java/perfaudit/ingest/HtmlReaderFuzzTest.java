package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import perfaudit.cli.audit.ParseJson;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the HTML reader with mutated copies of the HTML fixtures (LibreOffice's and Word's markup,
 * UTF-8 and GBK) and the pages of the bad-input corpus: markup damaged (tags cut, closing tags
 * dropped, cells, rows, tables, spans, comments, scripts and entities inserted, span values
 * changed), charsets wrong (a different charset declared, the text re-encoded in another, a
 * byte-order mark added), bytes flipped and files cut, mostly on a window of the page (its head and
 * a slice) so that many inputs run per second. For every input: nothing escapes the reader, the
 * last-resort guard in {@link Inputs} is never needed, a document without a form says why, every
 * problem has a reason, the parse JSON can be made, no input takes seconds, and on a sample reading
 * twice gives the same document. {@code -Dperfaudit.fuzz.html.inputs=N -Dperfaudit.fuzz.html.seed=S}
 * runs more.
 */
class HtmlReaderFuzzTest {

    private static final long INPUTS = Long.getLong("perfaudit.fuzz.html.inputs", 1_500);
    private static final long SEED = Long.getLong("perfaudit.fuzz.html.seed", 20261130L);
    private static final long SLOW_NANOS = 10_000_000_000L;
    private static final int HEAD = 2048;
    private static final int SAME_EVERY = 20;
    private static final String[] MARKUP = {
        "<td>", "</td>", "<tr>", "</tr>", "<th>", "<table>", "</table>", "<tbody>", "<thead>", "<caption>",
        "<td rowspan=\"1000000\">", "<td colspan=\"4294967296\">", "<td rowspan=0>", "<td colspan=-1>", "<td rowspan=2x>",
        "<span lang=EN-US>", "</span>", "<span", "<p class=MsoNormal>", "</p>", "<br>", "<br/>", "<o:p></o:p>", "<b>",
        "<!--", "-->", "<![if !supportMisalignedColumns]>", "<![endif]>", "<script>", "</script>", "<style>", "<nav>",
        "<div style=\"display:none\">", "<input type=checkbox checked>", "<img src=x.jpg>", "<a href=\"a.xls\">附件</a>",
        "&nbsp;", "&#0;", "&#x110000;", "&#99999999;", "&amp", "&", "<", ">", "\"", "'", "\u0000", "\uFFFD", "\uFEFF",
        "<meta charset=big5>", "<meta charset=utf-16>", "<meta http-equiv=Content-Type content=\"text/html; charset=gbk\">",
        "项目名称", "绩效指标", "年度资金总额：", "总分", "≥100人", "95.00%", "\t", "\r\n", "<html>", "<body>", "</html>"};
    private static final String[] CHARSETS = {"utf-8", "gb2312", "gbk", "gb18030", "big5", "iso-8859-1", "utf-16",
        "x-junk", "", "utf-8\" charset=\"gbk"};
    private static final Charset[] ENCODINGS = {StandardCharsets.UTF_8, Charset.forName("GB18030"),
        Charset.forName("Big5"), StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1};

    @Test
    void noMutatedPageMakesTheReaderFail() throws Exception {
        List<Path> originals = originals();
        List<byte[]> bytes = new ArrayList<>();
        for (Path file : originals) {
            bytes.add(Files.readAllBytes(file));
        }
        Map<String, String> failures = new TreeMap<>();
        long forms = 0;
        long problems = 0;
        for (long index = 0; index < INPUTS; index++) {
            Random random = new Random(SEED * 31 + index);
            int pick = random.nextInt(originals.size());
            byte[] input = mutate(bytes.get(pick), random);
            String label = "input " + index + " (" + originals.get(pick).getFileName() + ")";
            long start = System.nanoTime();
            Document document;
            try {
                document = Inputs.read(input, originals.get(pick), "fuzz-" + index + ".html", Limits.DEFAULT);
                ParseJson.tree(List.of(document));
                if (index % SAME_EVERY == 0) {
                    assertEquals(document, Inputs.read(input, originals.get(pick), "fuzz-" + index + ".html", Limits.DEFAULT));
                }
            } catch (Throwable e) {
                failures.putIfAbsent(e.getClass().getName(), label + ": " + e);
                continue;
            }
            long nanos = System.nanoTime() - start;
            if (nanos > SLOW_NANOS) {
                failures.putIfAbsent("slow", label + " took " + nanos / 1_000_000 + " ms");
            }
            if (document.forms().isEmpty() && document.problems().isEmpty()) {
                failures.putIfAbsent("silent", label + " gave no form and no problem");
            }
            for (ParseProblem problem : document.problems()) {
                if (problem.reason() == null || problem.reason().isBlank() || problem.location() == null) {
                    failures.putIfAbsent("no reason or place", label);
                } else if (problem.reason().contains(" reader failed: ")) {
                    failures.putIfAbsent("guard: " + problem.reason().replaceAll(":.*", ""), label + ": " + problem.reason());
                }
            }
            forms += document.forms().size();
            problems += document.problems().size();
        }
        System.out.printf("html fuzz: %,d inputs (seed %d) from %d pages, %,d forms and %,d problems read, %d failure kind(s)%n",
                INPUTS, SEED, originals.size(), forms, problems, failures.size());
        assertTrue(failures.isEmpty(), "failure kinds, each with its first input (reproducible from the seed):\n"
                + String.join("\n", failures.entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList()));
    }

    private static List<Path> originals() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("fixtures/html/seeds", "fixtures/html/variations", "fixtures/bad")) {
            try (Stream<Path> listed = Files.list(Path.of(folder))) {
                listed.filter(Files::isRegularFile).filter(HtmlReaderFuzzTest::isPage).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isPage(Path file) {
        try {
            return InputFormat.detect(Files.readAllBytes(file)) == InputFormat.HTML;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] page = original.length > 64 * 1024 || random.nextInt(3) > 0 ? window(original, random) : original;
        int edits = 1 + random.nextInt(random.nextInt(8) == 0 ? 30 : 4);
        for (int e = 0; e < edits; e++) {
            page = switch (random.nextInt(10)) {
                case 0, 1, 2 -> insert(page, MARKUP[random.nextInt(MARKUP.length)].getBytes(StandardCharsets.UTF_8), random);
                case 3 -> cutTag(page, random);
                case 4 -> spanValue(page, random);
                case 5 -> declare(page, random);
                case 6 -> reencode(page, random);
                case 7 -> flip(page, random);
                case 8 -> page.length < 2 ? page : Arrays.copyOf(page, 1 + random.nextInt(page.length - 1));
                default -> duplicate(page, random);
            };
        }
        return random.nextInt(20) == 0 ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page) : page;
    }

    /** The head of the page (doctype, charset) and a slice of its body. */
    private static byte[] window(byte[] page, Random random) {
        int head = Math.min(HEAD, page.length);
        int from = head + random.nextInt(Math.max(1, page.length - head));
        int to = Math.min(page.length, from + 2_000 + random.nextInt(40_000));
        return concat(Arrays.copyOf(page, head), Arrays.copyOfRange(page, from, to));
    }

    private static byte[] insert(byte[] page, byte[] what, Random random) {
        int at = random.nextInt(page.length + 1);
        return concat(concat(Arrays.copyOf(page, at), what), Arrays.copyOfRange(page, at, page.length));
    }

    /** Removes one {@code <} or {@code >}, or a whole closing tag: broken and unclosed markup. */
    private static byte[] cutTag(byte[] page, Random random) {
        int at = find(page, random.nextBoolean() ? '<' : '>', random.nextInt(Math.max(1, page.length)));
        if (at < 0) {
            return page;
        }
        int end = at + 1;
        if (page[at] == '<' && at + 1 < page.length && page[at + 1] == '/' && random.nextBoolean()) {
            int close = find(page, '>', at);
            end = close < 0 ? end : close + 1;
        }
        return concat(Arrays.copyOf(page, at), Arrays.copyOfRange(page, end, page.length));
    }

    /** A rowspan or colspan given another value: huge, zero, negative, garbage. */
    private static byte[] spanValue(byte[] page, Random random) {
        String text = new String(page, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(random.nextBoolean() ? "rowspan=" : "colspan=", random.nextInt(Math.max(1, text.length())));
        if (at < 0) {
            return page;
        }
        String[] values = {"0", "-3", "1000000", "99999999999", "\"\"", "2.5", "x", "65535", "1001"};
        int end = at + "rowspan=".length();
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '"')) {
            end++;
        }
        return (text.substring(0, at + 8) + values[random.nextInt(values.length)] + text.substring(end))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The declared charset replaced by another, or one declared where there was none. */
    private static byte[] declare(byte[] page, Random random) {
        String text = new String(page, StandardCharsets.ISO_8859_1);
        String charset = CHARSETS[random.nextInt(CHARSETS.length)];
        String changed = text.replaceFirst("(?i)charset=[\"']?[A-Za-z0-9_-]*", "charset=" + charset);
        if (changed.equals(text)) {
            changed = "<meta charset=\"" + charset + "\">" + text;
        }
        return changed.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The text read in one charset and saved in another: the declaration now lies. */
    private static byte[] reencode(byte[] page, Random random) {
        Charset from = ENCODINGS[random.nextInt(2)];
        Charset to = ENCODINGS[random.nextInt(ENCODINGS.length)];
        return new String(page, from).getBytes(to);
    }

    private static byte[] flip(byte[] page, Random random) {
        if (page.length == 0) {
            return page;
        }
        byte[] copy = page.clone();
        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return copy;
    }

    private static byte[] duplicate(byte[] page, Random random) {
        int from = random.nextInt(page.length + 1);
        int to = Math.min(page.length, from + random.nextInt(4_000));
        return insert(page, Arrays.copyOfRange(page, from, to), random);
    }

    private static int find(byte[] page, char c, int from) {
        for (int i = from; i < page.length; i++) {
            if (page[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
