package perfaudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import perfaudit.Fixtures;
import perfaudit.cli.audit.ParseJson;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.Terms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged copies of both seeds, made at test time from the seed's bytes: a row cut in half, a row
 * broken over two lines, a form's header deleted, garbage bytes inserted, and the whole file
 * re-encoded. For each, the damage must be reported with the line numbers of (or right next to)
 * the damaged lines and a reason saying what is wrong, and every form the damage did not touch
 * must parse exactly as in the undamaged seed. Line numbers are left out of that comparison: they
 * shift by the lines inserted or deleted. No damage may lose or merge a form: each test checks the
 * number of forms, and what the touched form keeps.
 */
class DamagedSeedTest {

    /** Middle forms: the 14th of the tabbed seed's 27 (lines 417-441), the 2nd of the flow seed's 3 (309-646). */
    private static final Seed TABBED = Seed.load(Fixtures.TABBED_SEED, "社保大厅人员补助");
    private static final Seed FLOW = Seed.load(Fixtures.FLOW_SEED, "发放社会保障 IC 卡业务费");

    /**
     * Garbage that is never valid text: FF (in no UTF-8 or GBK character), FE then NUL (no GBK
     * character), an ESC control, and a broken UTF-8 sequence (C3 28). No tab or line break.
     */
    private static final byte[] GARBAGE = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x1B, (byte) 0xC3, 0x28};

    @TempDir
    Path dir;

    static Stream<Seed> seeds() {
        return Stream.of(TABBED, FLOW);
    }

    // ---- a row cut in half -------------------------------------------------------------------

    @Test
    void tabbedIndicatorRowCutInHalfIsReportedAndKeepsItsCells() {
        int cut = TABBED.lineInForm("大厅人员经费发放到位率");
        Document damaged = parse(TABBED, "cut.txt", cutInHalf(TABBED.lines(), cut));

        assertDamageReported(damaged, cut, cut, cut, "cut short");
        assertOtherFormsUnchanged(TABBED, damaged, TABBED.form);
        // The cut row keeps its cells up to the cut (二级 质量指标 and the start of its name); the
        // target and score were on the lost half. The form keeps all its other rows.
        ObjectNode expected = TABBED.form();
        ObjectNode actual = formOf(damaged, TABBED.form);
        int row = indicatorIndex(expected, "大厅人员经费发放到位率");
        JsonNode cutRow = actual.get("indicators").get(row);
        String name = cutRow.get("name").asText();
        assertTrue("大厅人员经费发放到位率".startsWith(name) && name.length() < "大厅人员经费发放到位率".length(),
                "the cut name is the start of the original: " + name);
        assertEquals("质量指标", cutRow.get("level2").asText());
        assertTrue(cutRow.get("target").isNull() && cutRow.get("score").isNull(), cutRow.toString());
        ((ArrayNode) expected.get("indicators")).set(row, cutRow);
        assertEquals(expected, actual, "the touched form differs only in the cut row");
    }

    @Test
    void tabbedFundsRowCutInHalfIsReported() {
        int cut = TABBED.lineInForm("年度资金总额");
        Document damaged = parse(TABBED, "cut-funds.txt", cutInHalf(TABBED.lines(), cut));

        assertDamageReported(damaged, cut, cut, cut, "cut short");
        assertOtherFormsUnchanged(TABBED, damaged, TABBED.form);
        JsonNode before = TABBED.form().get("funds").get("total");
        JsonNode after = formOf(damaged, TABBED.form).get("funds").get("total");
        // Half the row is 年初预算数 and 全年预算数 whole, then the start of 全年执行数; the rest is gone.
        assertEquals(before.get("initialBudget"), after.get("initialBudget"));
        assertEquals(before.get("annualBudget"), after.get("annualBudget"));
        for (String lost : List.of("weight", "executionRate", "score")) {
            assertTrue(after.get(lost).isNull(), lost + " was on the lost half: " + after);
        }
    }

    /**
     * An indicator row broken over two lines, at every other character (and right after its first
     * and before its last, where one piece is a lone tab), is seen, reported and read as the one row.
     */
    @Test
    void tabbedRowBrokenOverTwoLinesIsReportedAndReadWhole() {
        int broken = TABBED.lineInForm("对公共服务水平的提高率");
        String row = TABBED.line(broken);
        List<String> failures = new ArrayList<>();
        IntStream breaks = IntStream.concat(IntStream.iterate(1, at -> at < row.length(), at -> at + 2),
                IntStream.of(row.length() - 1)).distinct();
        for (int at : breaks.toArray()) {
            List<String> lines = TABBED.lines();
            lines.set(broken - 1, row.substring(0, at));
            lines.add(broken, row.substring(at));
            Document damaged = parse(TABBED, "split-" + at + ".txt", lines);
            try {
                assertDamageReported(damaged, broken, broken, broken,
                        "row broken over lines " + broken + " and " + (broken + 1));
                assertEquals(TABBED.facts.get("forms"), facts(damaged, "file", "line").get("forms"),
                        "every form, the broken one too, parses as before");
            } catch (AssertionError e) {
                failures.add("split after character " + at + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The opposite of a cut: a lost line break runs two rows into one line of 19 cells. */
    @Test
    void tabbedRowsRunTogetherAreReported() {
        int first = TABBED.lineInForm("窗口人员数量");
        List<String> lines = TABBED.lines();
        lines.set(first - 1, lines.get(first - 1) + lines.remove(first));
        Document damaged = parse(TABBED, "joined.txt", lines);

        assertDamageReported(damaged, first, first, first, "two rows run together");
        assertOtherFormsUnchanged(TABBED, damaged, TABBED.form);
        // Too many cells for one indicator: the line is reported, not read; the rows below keep
        // the 一级/二级 of the rows above them.
        assertEquals(withoutIndicators(TABBED.form(), "窗口人员数量", "大厅人员补助标准"), formOf(damaged, TABBED.form));
    }

    @Test
    void flowRowCutBeforeTheNextLevel2IsReportedAndOnlyThatRowIsLost() {
        int cut = FLOW.lineInForm("受理及时性");
        Document damaged = parse(FLOW, "cut.txt", cutInHalf(FLOW.lines(), cut));

        // The row is its 二级 label 时效/指标 (three and one lines above) and the cut line.
        assertDamageReported(damaged, FLOW.lineBefore(cut, "时效"), cut, cut, "no 分值/得分 at its end");
        assertOtherFormsUnchanged(FLOW, damaged, FLOW.form);
        assertEquals(withoutIndicators(FLOW.form(), "受理及时性"), formOf(damaged, FLOW.form),
                "the touched form loses only the cut row; the row after it keeps its own 二级");
    }

    @Test
    void flowLastRowCutBeforeTotalIsReported() {
        int cut = FLOW.lineInForm("群众满意度 ≥95% 98% 10 10");
        Document damaged = parse(FLOW, "cut-last.txt", cutInHalf(FLOW.lines(), cut));

        assertDamageReported(damaged, FLOW.lineBefore(cut, "服务"), cut, cut, "no 分值/得分 at its end");
        assertOtherFormsUnchanged(FLOW, damaged, FLOW.form);
        assertEquals(withoutIndicators(FLOW.form(), "群众满意度"), formOf(damaged, FLOW.form));
    }

    /**
     * Cutting the line that ends a row (actual, 分值, 得分) when the next row has no 二级 label of its
     * own: the two rows' text runs together. Neither row can be read; both are reported, with the
     * cut line among them, and the rows after them keep their 二级 (时效指标).
     */
    @Test
    void flowRowCutIntoTheNextRowIsReportedAsTwoRowsRunTogether() {
        int cut = FLOW.uniqueLine("365 天 10 10");
        Document damaged = parse(FLOW, "cut-run-on.txt", cutInHalf(FLOW.lines(), cut));

        int first = FLOW.lineBefore(cut, "时效");
        int last = FLOW.lineAfter(cut, "5 5");
        assertDamageReported(damaged, first, last, cut, "two indicator rows run together");
        assertOtherFormsUnchanged(FLOW, damaged, 0);
        assertEquals(withoutIndicators(FLOW.form(0), "系统正常运行时间", "系统运行维护响应时间"), formOf(damaged, 0));
    }

    // ---- a form's header deleted -------------------------------------------------------------

    enum Header { TITLE, YEAR, PROJECT_NAME }

    static Stream<Arguments> headerDeletions() {
        List<Set<Header>> deletions = List.of(EnumSet.of(Header.TITLE), EnumSet.of(Header.PROJECT_NAME),
                EnumSet.of(Header.TITLE, Header.PROJECT_NAME), EnumSet.allOf(Header.class));
        return seeds().flatMap(seed -> deletions.stream().map(deleted -> Arguments.of(seed, deleted)));
    }

    /**
     * The form whose header lines are deleted is still found (it does not merge into the form
     * before it) and loses only the deleted fields; its other fields and every other form read as
     * before. The missing title and 项目名称 are reported at the line that now stands where they were.
     */
    @ParameterizedTest(name = "{0}: {1} deleted")
    @MethodSource("headerDeletions")
    void deletedHeaderIsReportedAndTheFormStillParses(Seed seed, Set<Header> deleted) {
        TreeSet<Integer> gone = new TreeSet<>();
        deleted.forEach(part -> gone.add(switch (part) {
            case TITLE -> seed.titleLine;
            case YEAR -> seed.yearLine;
            case PROJECT_NAME -> seed.nameLine;
        }));
        List<String> lines = seed.lines();
        gone.descendingSet().forEach(number -> lines.remove(number - 1));
        Document damaged = parse(seed, "no-header.txt", lines);

        // Each deleted line's place is taken by the next non-blank line after it.
        List<Integer> places = gone.stream().map(number -> nextNonBlank(lines, number - gone.headSet(number).size()))
                .toList();
        int from = places.get(0);
        int to = places.get(places.size() - 1);
        if (deleted.contains(Header.TITLE)) {
            assertDamageReported(damaged, from, to, from, "has no title");
        }
        if (deleted.contains(Header.PROJECT_NAME)) {
            int at = places.get(places.size() - 1);
            assertDamageReported(damaged, from, to, at, Terms.PROJECT_NAME);
        }
        assertOtherFormsUnchanged(seed, damaged, seed.form);
        ObjectNode expected = seed.form();
        if (deleted.contains(Header.PROJECT_NAME)) {
            expected.putNull("projectName");
        }
        if (deleted.contains(Header.YEAR)) {
            expected.putNull("year");
        }
        assertEquals(expected, formOf(damaged, seed.form), "the form loses only the deleted fields");
    }

    /** A deleted 总分 row is reported next to where it was; the rows after the table stay out of it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void deletedTotalRowIsReported(Seed seed) {
        int total = seed.lineInForm(Terms.TOTAL);
        List<String> lines = seed.lines();
        lines.remove(total - 1);
        Document damaged = parse(seed, "no-total.txt", lines);

        int lastRow = total - 1 - (int) IntStream.range(1, total).map(n -> total - n)
                .takeWhile(n -> seed.line(n).isBlank()).count();
        assertDamageReported(damaged, lastRow, total, lastRow, Terms.TOTAL);
        assertOtherFormsUnchanged(seed, damaged, seed.form);
        ObjectNode expected = seed.form();
        ((ObjectNode) expected.get("total")).putNull("weight").putNull("score");
        assertEquals(expected, formOf(damaged, seed.form), "the form loses only its total");
    }

    // ---- garbage bytes inserted --------------------------------------------------------------

    static Stream<Arguments> garbageInText() {
        return Stream.of(Arguments.of(TABBED, "大厅人员考核覆盖率"), Arguments.of(FLOW, "群众满意度 ≥95% 98%"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("garbageInText")
    void garbageInAnIndicatorNameIsReportedOnItsLine(Seed seed, String row) {
        int line = seed.lineInForm(row);
        Document damaged = parse(seed, "garbage.txt", insert(seed.bytes, seed.offsetOf(line, row, 2), GARBAGE));

        assertDamageReported(damaged, line, line, line, "invalid UTF-8 bytes and control characters on this line");
        assertOtherFormsUnchanged(seed, damaged, seed.form);
        ObjectNode expected = seed.form();
        ObjectNode actual = formOf(damaged, seed.form);
        int index = indicatorIndex(expected, row.split(" ")[0]);
        JsonNode garbled = actual.get("indicators").get(index);
        assertTrue(garbled.get("name").asText().contains("\uFFFD"), "the garbage stays visible in the name");
        ((ObjectNode) expected.get("indicators").get(index)).set("name", garbled.get("name"));
        assertEquals(expected, actual, "the touched form differs only in the garbled name");
    }

    static Stream<Arguments> garbageInNumber() {
        // Inside 年初预算数 10.8 (tabbed) and 全年执行数 8.53 (flow) of the middle form's 年度资金总额.
        return Stream.of(Arguments.of(TABBED, "年度资金总额：\t10.8\t", "年度资金总额：\t10.".length(), "initialBudget"),
                Arguments.of(FLOW, "8.53 10 47.39%", "8.".length(), "executed"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("garbageInNumber")
    void garbageInANumberIsReportedAndThatAmountIsLeftEmpty(Seed seed, String fragment, int at, String column) {
        int line = seed.lineInForm(fragment);
        Document damaged = parse(seed, "garbage-number.txt", insert(seed.bytes, seed.offsetOf(line, fragment, at), GARBAGE));

        assertDamageReported(damaged, line, line, line, "not a number");
        assertDamageReported(damaged, line, line, line, "invalid UTF-8 bytes");
        assertOtherFormsUnchanged(seed, damaged, seed.form);
        ObjectNode expected = seed.form();
        ((ObjectNode) expected.get("funds").get("total")).putNull(column);
        // printed, only not readable: marked so, never taken for an empty cell
        ((ObjectNode) expected.get("funds").get("total")).putArray("unread").add(column);
        assertEquals(expected, formOf(damaged, seed.form), "only the garbled amount is lost");
    }

    /** Garbage inside the 项目名称 label: the label is not recognised, the rest of the form still is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void garbageInTheProjectNameLabelIsReported(Seed seed) {
        Document damaged = parse(seed, "garbage-label.txt",
                insert(seed.bytes, seed.offsetOf(seed.nameLine, "项目名称", 2), GARBAGE));

        assertDamageReported(damaged, seed.nameLine, seed.nextNonBlank(seed.nameLine + 1), seed.nameLine,
                "invalid UTF-8 bytes");
        assertTrue(damaged.problems().stream().anyMatch(p -> p.reason().contains(Terms.PROJECT_NAME)),
                "the missing 项目名称 is reported: " + describe(damaged.problems()));
        assertOtherFormsUnchanged(seed, damaged, seed.form);
        ObjectNode expected = seed.form();
        expected.putNull("projectName");
        assertEquals(expected, formOf(damaged, seed.form), "the form loses only its name");
    }

    /** The same garbage in a GBK copy is found too: the decoder falls back to GB18030 and marks the line. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("garbageInText")
    void garbageInAGbkCopyIsReportedOnItsLine(Seed seed, String row) {
        int line = seed.lineInForm(row);
        byte[] gbk = encode(seed.text, "GBK");
        int offset = encode(seed.textBefore(line) + seed.line(line).substring(0, seed.line(line).indexOf(row) + 2),
                "GBK").length;
        Document damaged = parse(seed, "garbage-gbk.txt", insert(gbk, offset, GARBAGE));

        assertDamageReported(damaged, line, line, line, "invalid GB18030 bytes");
        assertOtherFormsUnchanged(seed, damaged, seed.form);
    }

    /**
     * Random garbage (fixed seed) at random places in the middle form: whatever line it lands on
     * (a label, a number, a blank line, the title), it is reported on that line, the problems stay
     * inside that form, and every other form parses as before.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void randomGarbageAnywhereInAFormStaysInThatForm(Seed seed) {
        Random random = new Random(20240531L);
        byte[] neverText = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xF8, 0x00, 0x01, 0x1B, 0x7F};
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            int line = seed.titleLine + random.nextInt(seed.endLine - seed.titleLine + 1);
            int column = random.nextInt(seed.line(line).length() + 1);
            byte[] garbage = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = (byte) (0x80 + random.nextInt(0x80));
            }
            garbage[random.nextInt(garbage.length)] = neverText[random.nextInt(neverText.length)];
            String where = "line " + line + " column " + column + " bytes " + hex(garbage);
            Document damaged = parse(seed, "random-" + round + ".txt",
                    insert(seed.bytes, seed.offsetOf(line, "", column), garbage));
            try {
                assertTrue(damaged.problems().stream().anyMatch(p -> p.location().line() == line
                                && p.reason().endsWith("on this line")),
                        "the damaged line is reported: " + describe(damaged.problems()));
                assertDamageReported(damaged, seed.titleLine, seed.endLine, line, "");
                assertOtherFormsUnchanged(seed, damaged, seed.form);
            } catch (AssertionError e) {
                failures.add(where + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- re-encoded copies -------------------------------------------------------------------

    enum Encoding {
        GBK(text -> encode(text, "GBK")),
        GB18030(text -> encode(text, "GB18030")),
        GBK_CRLF(text -> encode(text.replace("\n", "\r\n"), "GBK")),
        UTF8_BOM(text -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, encode(text, "UTF-8"))),
        GB18030_BOM(text -> encode("\uFEFF" + text, "GB18030")),
        UTF16LE_BOM(text -> encode("\uFEFF" + text, "UTF-16LE")),
        UTF16BE_BOM(text -> encode("\uFEFF" + text, "UTF-16BE")),
        /** GBK bytes behind a UTF-8 BOM: an editor that stamped the mark without re-encoding. */
        GBK_BEHIND_UTF8_BOM(text -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, encode(text, "GBK")));

        final Function<String, byte[]> encoder;

        Encoding(Function<String, byte[]> encoder) {
            this.encoder = encoder;
        }
    }

    static Stream<Arguments> encodings() {
        return seeds().flatMap(seed -> Arrays.stream(Encoding.values()).map(encoding -> Arguments.of(seed, encoding)));
    }

    /** A re-encoded copy parses exactly like the original: every field and line number, no problems. */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("encodings")
    void reEncodedCopyParsesExactlyLikeTheOriginal(Seed seed, Encoding encoding) {
        Document copy = parse(seed, encoding + ".txt", encoding.encoder.apply(seed.text));

        assertTrue(copy.problems().isEmpty(), "no problems: " + describe(copy.problems()));
        assertEquals(facts(seed.parsed, "file"), facts(copy, "file"));
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** One seed file, its undamaged parse, and where its middle form is. Lines are 1-based. */
    static final class Seed {
        final String label;
        final byte[] bytes;
        final String text;
        final List<String> lines;
        final Document parsed;
        final JsonNode facts;
        /** The damaged form: index in the document, and its title, year, 项目名称 and last line. */
        final int form;
        final int titleLine;
        final int yearLine;
        final int nameLine;
        final int endLine;

        private Seed(Path path, String formName) throws IOException {
            label = path.getFileName().toString();
            bytes = Files.readAllBytes(path);
            text = new String(bytes, StandardCharsets.UTF_8);
            lines = List.of(text.split("\n", -1));
            parsed = Inputs.read(path, label);
            if (!parsed.problems().isEmpty()) {
                throw new IllegalStateException("the undamaged seed has problems: " + parsed.problems());
            }
            facts = facts(parsed, "file", "line");
            form = IntStream.range(0, parsed.forms().size())
                    .filter(i -> formName.equals(parsed.forms().get(i).projectName())).findFirst().orElseThrow();
            nameLine = uniqueLine(line -> Terms.squeeze(line).equals(Terms.PROJECT_NAME + Terms.squeeze(formName)),
                    "项目名称 " + formName);
            titleLine = lineBefore(nameLine, Terms.FORM_TITLE);
            Pattern year = Pattern.compile("[(（]\\s*\\d{4}\\s*年度[)）]");
            yearLine = IntStream.range(titleLine, nameLine).filter(n -> year.matcher(line(n)).find()).findFirst()
                    .orElseThrow();
            int next = IntStream.rangeClosed(nameLine, lines.size()).filter(n -> line(n).strip().equals(Terms.FORM_TITLE))
                    .findFirst().orElse(lines.size() + 1);
            endLine = next - 1;
        }

        static Seed load(Path path, String formName) {
            try {
                return new Seed(path, formName);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A fresh, editable copy of the lines. */
        List<String> lines() {
            return new ArrayList<>(lines);
        }

        String line(int number) {
            return lines.get(number - 1);
        }

        String textBefore(int number) {
            return lines.subList(0, number - 1).stream().map(l -> l + "\n").collect(Collectors.joining());
        }

        ObjectNode form() {
            return form(form);
        }

        ObjectNode form(int index) {
            return (ObjectNode) facts.get("forms").get(index).deepCopy();
        }

        /** The only line of the middle form containing {@code fragment}. */
        int lineInForm(String fragment) {
            List<Integer> found = IntStream.rangeClosed(titleLine, endLine).filter(n -> line(n).contains(fragment))
                    .boxed().toList();
            assertEquals(1, found.size(), "lines of the middle form holding '" + fragment + "': " + found);
            return found.get(0);
        }

        int uniqueLine(String fragment) {
            return uniqueLine(line -> line.contains(fragment), fragment);
        }

        private int uniqueLine(Predicate<String> test, String what) {
            List<Integer> found = IntStream.rangeClosed(1, lines.size()).filter(n -> test.test(line(n))).boxed().toList();
            if (found.size() != 1) {
                throw new IllegalStateException("lines holding '" + what + "': " + found);
            }
            return found.get(0);
        }

        /** The nearest line above {@code number} that reads exactly {@code text}. */
        int lineBefore(int number, String text) {
            return IntStream.iterate(number - 1, n -> n > 0, n -> n - 1).filter(n -> line(n).strip().equals(text))
                    .findFirst().orElseThrow();
        }

        /** The nearest line below {@code number} that reads exactly {@code text}. */
        int lineAfter(int number, String text) {
            return IntStream.rangeClosed(number + 1, lines.size()).filter(n -> line(n).strip().equals(text))
                    .findFirst().orElseThrow();
        }

        int nextNonBlank(int number) {
            return DamagedSeedTest.nextNonBlank(lines, number);
        }

        /** The byte offset in the UTF-8 seed of {@code column} characters after {@code fragment} on line {@code number}. */
        int offsetOf(int number, String fragment, int column) {
            String line = line(number);
            int at = line.indexOf(fragment);
            assertTrue(at >= 0, "line " + number + " holds '" + fragment + "'");
            return (textBefore(number) + line.substring(0, at + column)).getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private Document parse(Seed seed, String name, List<String> lines) {
        return parse(seed, name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private Document parse(Seed seed, String name, byte[] bytes) {
        Path file = dir.resolve(seed.label.replace(".txt", "") + "-" + name);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Inputs.read(file, file.getFileName().toString());
    }

    private static List<String> cutInHalf(List<String> lines, int number) {
        String line = lines.get(number - 1);
        lines.set(number - 1, line.substring(0, line.length() / 2));
        return lines;
    }

    private static byte[] insert(byte[] bytes, int offset, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, offset);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, offset, bytes.length - offset);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return insert(second, 0, first);
    }

    /** Encodes strictly: a character the charset cannot hold fails the test instead of becoming '?'. */
    private static byte[] encode(String text, String charset) {
        try {
            ByteBuffer buffer = Charset.forName(charset).newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        } catch (CharacterCodingException e) {
            throw new AssertionError("the seed text cannot be encoded as " + charset, e);
        }
    }

    private static int nextNonBlank(List<String> lines, int number) {
        int n = number;
        while (n <= lines.size() && lines.get(n - 1).isBlank()) {
            n++;
        }
        return n;
    }

    /** The parse JSON contract of a document with the named fields removed at every depth. */
    private static JsonNode facts(Document document, String... removed) {
        JsonNode node = ParseJson.tree(List.of(document)).get("documents").get(0).deepCopy();
        remove(node, Set.of(removed));
        return node;
    }

    private static void remove(JsonNode node, Set<String> fields) {
        if (node instanceof ObjectNode object) {
            object.remove(fields);
            object.forEach(child -> remove(child, fields));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> remove(child, fields));
        }
    }

    private static ObjectNode formOf(Document document, int index) {
        return (ObjectNode) facts(document, "file", "line").get("forms").get(index);
    }

    private static int indicatorIndex(JsonNode form, String name) {
        JsonNode indicators = form.get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            if (name.equals(indicators.get(i).get("name").asText())) {
                return i;
            }
        }
        return fail("no indicator named " + name);
    }

    /** The form without the rows named, which the reader reports unreadable: their 一级指标 are named in unreadIn. */
    private static ObjectNode withoutIndicators(ObjectNode form, String... names) {
        ArrayNode indicators = (ArrayNode) form.get("indicators");
        ArrayNode unreadIn = ((ObjectNode) form.get("template")).putArray("unreadIn");
        java.util.Set<String> categories = new java.util.LinkedHashSet<>();
        for (String name : names) {
            int at = indicatorIndex(form, name);
            categories.add(indicators.get(at).get("level1").asText());
            indicators.remove(at);
        }
        categories.forEach(unreadIn::add);
        return form;
    }

    /** The title, the project list and every form but {@code touched} parse as in the undamaged seed. */
    private static void assertOtherFormsUnchanged(Seed seed, Document damaged, int touched) {
        JsonNode before = seed.facts;
        JsonNode after = facts(damaged, "file", "line");
        assertEquals(before.get("forms").size(), after.get("forms").size(),
                "number of forms: no form is lost or merged into another");
        assertEquals(before.get("title"), after.get("title"), "document title");
        assertEquals(before.get("projectList"), after.get("projectList"), "project list");
        for (int i = 0; i < before.get("forms").size(); i++) {
            if (i != touched) {
                assertEquals(before.get("forms").get(i), after.get("forms").get(i),
                        "form " + (i + 1) + " (" + seed.parsed.forms().get(i).projectName() + ") was not damaged");
            }
        }
    }

    /**
     * The damage is reported: every problem has a line within {@code [from, to]} (the damaged lines
     * and their neighbours), and a problem on line {@code at} has a reason containing {@code reason}.
     */
    private static void assertDamageReported(Document damaged, int from, int to, int at, String reason) {
        List<ParseProblem> problems = damaged.problems();
        String all = describe(problems);
        assertTrue(problems.stream().anyMatch(p -> p.location().line() == at && p.reason().contains(reason)),
                "a problem on line " + at + " saying '" + reason + "' among: " + all);
        for (ParseProblem problem : problems) {
            int line = problem.location().line();
            assertTrue(line >= from && line <= to, "problem outside the damaged lines " + from + "-" + to + ": " + all);
        }
    }

    private static String describe(List<ParseProblem> problems) {
        return problems.isEmpty() ? "(none)" : problems.stream()
                .map(p -> "\n  line " + p.location().line() + ": " + p.reason() + " [" + p.text() + "]")
                .collect(Collectors.joining());
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b & 0xFF));
        }
        return out.toString().strip();
    }
}
