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

class PointsLabelFragmentsTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // the bracket cut at its space
            "相关性(5 分) 5                       | 相关性(5分) / 5",
            "(80 分) 产出指标                      | (80分) / 产出指标",
            // a word the PDF broke: joined where the two spell a vocabulary label
            "得分 部门决 策(20 分) 目标任务(10 分)    | 得分 / 部门决策(20分) / 目标任务(10分)",
            // or where a short tail follows the start of a label (after a figure or another label's points)
            "4 编制规范 性(5 分)                    | 4 / 编制规范性(5分)",
            "履职产出(30 分) 重点工作完 成率(10 分)   | 履职产出(30分) / 重点工作完成率(10分)",
            // a known label is whole: nothing is joined to it
            "三级指标 得分 性(5 分)                  | 三级指标 / 得分 / 性(5分)",
            // a long tail is a label of its own
            "4 合理 资金使用合规性(5 分)              | 4 / 合理 / 资金使用合规性(5分)",
            // nothing cut at its 分: the cells stay as they are
            "相关性(5分) 5 合理性(5分) 4.5           | 相关性(5分) / 5 / 合理性(5分) / 4.5",
            "分值 得分 100%                        | 分值 / 得分 / 100%"})
    void joinsThePiecesOfALabelStatingItsPoints(String line, String expected) {
        assertEquals(expected, String.join(" / ", texts(PointsLabelFragments.join(words(line, -1), LEX))));
    }

    @org.junit.jupiter.api.Test
    void leavesAGridAlone() {
        // cells of a grid are whole as the reader found them: "(5" and "分)" in two columns stay two cells
        List<Cell> grid = words("相关性(5 分)", 0);
        assertEquals(List.of("相关性(5", "分)"), texts(PointsLabelFragments.join(grid, LEX)));
    }

    private static List<Cell> words(String line, int firstColumn) {
        List<Cell> cells = new ArrayList<>();
        String[] words = line.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            cells.add(new Cell(words[i], SourceLocation.ofLine("t.txt", 1), 1, firstColumn < 0 ? -1 : firstColumn + i,
                    i == 0 ? Cell.Gap.LINE : firstColumn < 0 ? Cell.Gap.SPACE : Cell.Gap.CELL));
        }
        return cells;
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }
}
