package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.indicators.cells.SpreadsheetError;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The repairs that run over every cell or line of every form test cheaply first (a scan instead of a regex, a size
 * check before any view of a line): these pin that the cheap tests decide exactly as the patterns they replaced did,
 * and that the repairs still part and join what they did.
 */
class RepairPreChecksTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());
    /** The pattern {@link FigureGluedLabels} matched every piece starting with a digit against. */
    private static final Pattern FIGURE_THEN_WORDS = Pattern.compile("(\\d+(?:\\.\\d+)?%?)(\\p{IsHan}.*)");
    /** The pattern {@link SpreadsheetError} ran on every cell. */
    private static final Pattern ERROR = Pattern.compile("#(?:NAME\\?|REF!|VALUE!|DIV/0!|N/A|NUM!|NULL!|SPILL!|CALC!)");
    /** Pieces the strings are made of: figures' characters, Han (one outside the BMP), other scripts, line breaks. */
    private static final String[] PIECES = {"1", "0", "9", "12", ".", "%", "质", "量", "指标", "\uD840\uDC00", "a", "Ⅱ", "１",
        " ", "\n", "\r", "\u0085", "\u2028", "\u2029", "-", "（", "5分", ")", "#", "#NAME?", "#REF!", "#N/A", "\u3000", "\t"};

    @Test
    void figureThenWordsScanAgreesWithItsPattern() {
        Random random = new Random(15);
        for (int n = 0; n < 200_000; n++) {
            String key = randomText(random, 1 + random.nextInt(7));
            Matcher m = FIGURE_THEN_WORDS.matcher(key);
            assertEquals(m.matches() ? m.start(2) : -1, FigureGluedLabels.wordsAfterFigure(key), key);
        }
        for (String key : List.of("10质量指标", "14.38效益指标(30分)", "95%满意度指标", "10.质量", "10.5%", "1.5.2质量",
                "12\n质量", "12质量\n", "12质量\u2028指标", "12\uD840\uDC00质", "１２质量", "%质量")) {
            Matcher m = FIGURE_THEN_WORDS.matcher(key);
            assertEquals(m.matches() ? m.start(2) : -1, FigureGluedLabels.wordsAfterFigure(key), key);
        }
    }

    @Test
    void spreadsheetErrorPreCheckAgreesWithItsPattern() {
        Random random = new Random(16);
        for (int n = 0; n < 100_000; n++) {
            String text = randomText(random, 1 + random.nextInt(4));
            String expected = ERROR.matcher(text.strip()).matches() ? text.strip() : null;
            assertEquals(expected, SpreadsheetError.of(text), text);
        }
        assertEquals("#DIV/0!", SpreadsheetError.of(" \u3000#DIV/0!\t"));
        assertEquals(null, SpreadsheetError.of("45座 #NAME?"));
        assertEquals(null, SpreadsheetError.of(null));
    }

    @Test
    void aFigureRunIntoTheNextRowsLevelLabelIsStillParted() {
        List<Cell> cells = lines("完成率 100 10质量指标 / 合格率 95%效益指标 10");
        ProblemLog log = new ProblemLog("t.txt");
        List<String> parted = texts(FigureGluedLabels.split(cells, LEX, log));
        assertEquals(List.of("完成率", "100", "10", "质量指标", "合格率", "95%", "效益指标", "10"), parted);
        assertEquals(2, log.notes().size());
        // a figure before other words (a name) stays as printed: the same list back
        List<Cell> names = lines("10千伏线路改造长度 12 / 2023年12月底前完成");
        assertSame(names, FigureGluedLabels.split(names, LEX, new ProblemLog("t.txt")));
    }

    @Test
    void aWrappedHeaderIsStillJoinedAndOtherLinesLeftAlone() {
        List<Cell> cells = lines("项目名称 某县道路维修 / 一级 二级 三级 指标 指标值 度量 完成值 权重 得分 未完成原"
                + " / 指标 指标 指标 性质 单位 因分析 / 产出指标 数量指标 道路 ≥ 10 公里 12 10 10");
        ProblemLog log = new ProblemLog("t.txt");
        List<String> joined = texts(WrappedHeaderLines.join(cells, LEX, log));
        assertEquals(List.of("项目名称", "某县道路维修", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值",
                "权重", "得分", "未完成原因分析", "产出指标", "数量指标", "道路", "≥", "10", "公里", "12", "10", "10"), joined);
        assertEquals(2, log.notes().size());
        List<Cell> plain = lines("一级 二级 / 指标 指标");
        assertSame(plain, WrappedHeaderLines.join(plain, LEX, new ProblemLog("t.txt")));
        List<Cell> none = List.of();
        assertSame(none, WrappedHeaderLines.join(none, LEX, new ProblemLog("t.txt")));
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** Words of each "/"-separated line, a line break before each line's first word and a space before the others. */
    private static List<Cell> lines(String lines) {
        List<Cell> cells = new ArrayList<>();
        String[] split = lines.strip().split("\\s*/\\s*");
        for (int row = 0; row < split.length; row++) {
            String[] words = split[row].split("\\s+");
            for (int i = 0; i < words.length; i++) {
                cells.add(new Cell(words[i], SourceLocation.ofLine("t.txt", row + 1), row + 1, -1,
                        i == 0 ? Cell.Gap.LINE : Cell.Gap.SPACE));
            }
        }
        return cells;
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }
}
