package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Labels broken at a line's end ("/" below), their rest on the next line going on after the label. */
class LineBrokenLabelsTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '#', value = {
            // the label's tail moves up to its head; what follows it stays on its line, a cell of its own
            "二、预算执行情 / 况（单位：万元） 资金来源          # 二、预算执行情况 / （单位：万元） / 资金来源",
            "金额单位: 万元 实施(主管)单 / 位:成安县民政局     # 金额单位: / 万元 / 实施(主管)单位: / 成安县民政局",
            // the rest of the line the label's tail alone: whole cells, which the grammar joins itself (Tokens)
            "二、预算执行情 / 况 资金来源                     # 二、预算执行情 / 况 / 资金来源",
            // must not: a piece that is a label of its own is no broken label
            "年度绩效指标 / 完成情况:100%                     # 年度绩效指标 / 完成情况:100%",
            "项目 / 实施单位:某县交通运输局                    # 项目 / 实施单位:某县交通运输局",
            // must not: no label crosses the break
            "为我县百岁高龄 / 老年人发放补贴,使老年人得到照顾     # 为我县百岁高龄 / 老年人发放补贴,使老年人得到照顾"})
    void joinsALabelBrokenAtALineEnd(String lines, String expected) {
        assertEquals(expected, String.join(" / ", texts(LineBrokenLabels.join(cells(lines, -1), LEX))));
    }

    @org.junit.jupiter.api.Test
    void leavesAGridAlone() {
        // a grid's cells are whole as its reader found them
        assertEquals(List.of("二、预算执行情", "况（单位：万元）"), texts(LineBrokenLabels.join(cells("二、预算执行情 / 况（单位：万元）", 0), LEX)));
    }

    /** Words of each "/"-separated line, a line break before each line's first word and a space before the others. */
    private static List<Cell> cells(String lines, int firstColumn) {
        List<Cell> cells = new ArrayList<>();
        String[] split = lines.strip().split("\\s*/\\s*");
        for (int row = 0; row < split.length; row++) {
            String[] words = split[row].split("\\s+");
            for (int i = 0; i < words.length; i++) {
                Cell.Gap gap = i == 0 ? Cell.Gap.LINE : Cell.Gap.SPACE;
                cells.add(new Cell(words[i], SourceLocation.ofLine("t.txt", row + 1), row + 1,
                        firstColumn < 0 ? -1 : firstColumn + i, firstColumn < 0 ? gap : i == 0 ? Cell.Gap.ROW : Cell.Gap.CELL));
            }
        }
        return cells;
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }
}
