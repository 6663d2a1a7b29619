package perfaudit.ingest.grammar.text;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.model.Form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two goal columns merged line by line: told from a goal and an achievement that restates it. */
class InterleavedColumnsTest {

    private static final String LEFT_1 = "1.坚持以习近平法治思想为指导，推进普";
    private static final String LEFT_2 = "法紧绕中心服务大局，开展法治宣传";
    private static final String RIGHT_1 = "1.坚持以习近平法治思想为指导，推进普";
    private static final String RIGHT_2 = "法紧绕中心服务大局，开展法治宣传32场";

    @Test
    void linesInTurnAreGivenBackToTheirColumns() {
        InterleavedColumns.Reading read = InterleavedColumns.read(List.of(LEFT_1, RIGHT_1, LEFT_2, RIGHT_2));
        assertTrue(read.apart(), read.toString());
        assertEquals(LEFT_1 + LEFT_2, read.left());
        assertEquals(RIGHT_1 + RIGHT_2, read.right());
    }

    @Test
    void linesGluedAcrossTheColumnsAreInterleavedButNotParted() {
        // the right column's first line ran into the left column's second: no line is one column's
        InterleavedColumns.Reading read = InterleavedColumns.read(List.of(LEFT_1, RIGHT_1 + LEFT_2, RIGHT_2));
        assertTrue(read.interleaved());
        assertFalse(read.apart());
    }

    @Test
    void aGoalRestatedAfterItselfIsNotInterleaved() {
        assertFalse(InterleavedColumns.read(List.of(LEFT_1 + LEFT_2, RIGHT_1 + RIGHT_2)).interleaved());
        assertFalse(InterleavedColumns.read(List.of(LEFT_1, LEFT_2, RIGHT_1, RIGHT_2)).interleaved());
    }

    @Test
    void figuresNamedTwiceInOneTextAreNotInterleaved() {
        // 02's goal: the same labels with other figures, goal then achievement
        String goal = "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会";
        String done = "本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,村民监督委员会";
        assertFalse(InterleavedColumns.read(List.of(goal, done)).interleaved());
    }

    /**
     * Every goal and achievement text of the real forms, restated or paired with another form's, and
     * wrapped into column lines of any width, goal lines first: never read as interleaved.
     */
    @Test
    void goalLinesThenAchievementLinesAreNeverInterleaved() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../shared/real-forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (Form form : Inputs.read(file, file.getFileName().toString()).forms()) {
                    if (form.goal() != null) {
                        Stream.of(form.goal().expected(), form.goal().actual()).filter(t -> t != null && t.length() >= 8)
                                .forEach(texts::add);
                    }
                }
            }
        }
        assertTrue(texts.size() >= 20, "goal texts read: " + texts.size());
        Random random = new Random(12);
        for (int n = 0; n < 2_000; n++) {
            String goal = texts.get(random.nextInt(texts.size()));
            String done = random.nextBoolean() ? goal : texts.get(random.nextInt(texts.size()));
            int width = 8 + random.nextInt(20);
            List<String> lines = new ArrayList<>(wrapped(goal, width));
            lines.addAll(wrapped(done, width));
            assertFalse(InterleavedColumns.read(lines).interleaved(), width + ": " + lines);
            // the same goal restated, its lines merged in turn with the achievement's: read apart
            List<String> goalLines = wrapped(goal, width);
            // (lines of words: a line mostly of figures is too weak a sign on its own; and a goal that
            // repeats its own phrases, an enumeration "30万元用于…;30万元用于…", is not recognised)
            if (goalLines.size() >= 3 && goalLines.stream().filter(InterleavedColumnsTest::words).count() >= 3
                    && !repeatsItself(goal)) {
                List<String> merged = new ArrayList<>();
                goalLines.forEach(line -> merged.addAll(List.of(line, line)));
                InterleavedColumns.Reading read = InterleavedColumns.read(merged);
                String compact = goal.replaceAll("\\s", "");
                assertTrue(read.apart() && read.left().replaceAll("\\s", "").equals(compact)
                        && read.right().replaceAll("\\s", "").equals(compact), width + ": " + merged + " -> " + read);
            }
        }
    }

    private static boolean repeatsItself(String text) {
        String compact = text.replaceAll("\\s", "");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i + InterleavedColumns.PIECE <= compact.length(); i++) {
            if (!seen.add(compact.substring(i, i + InterleavedColumns.PIECE))) {
                return true;
            }
        }
        return false;
    }

    private static boolean words(String line) {
        long han = line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return line.strip().length() >= 8 && 2 * han >= line.strip().length();
    }

    private static List<String> wrapped(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines;
    }
}
