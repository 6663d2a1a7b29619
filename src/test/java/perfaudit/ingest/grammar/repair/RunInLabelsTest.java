package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Glued text whose spaces survived (a flattened docx: a cell's own line breaks kept as spaces) is told
 * by labels run into the text around them; text whose cells are parted is not, whatever its long cells.
 */
class RunInLabelsTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());

    /** The held-out 衡山 form's first page as a document site shows it (h01): short pieces, labels run in. */
    private static final String DOCX_PAGE = "2020年度县级专项资金绩效目标自评表专项资金名称县级储备粮负责人及电话旷建成、向建军县级主管部门"
            + "衡山县商务和粮食局实施单位粮食调控储备与产业发展股项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)"
            + "年度资金总额194.9194.9100%其中:中央、省、市补助县级资金194.9194.9100%其他资金年度 总体 目标年初设定目标"
            + "全年实际完成情况保持和稳定地方粮食储备机制地方储备粮食规模达标绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年"
            + " 完成值未完成原因和 改进措施产 出 指 标数量 指标5000吨稻谷、500吨成 品粮储备到位率100%100%库存数量真实率100%";

    @Test
    void labelsRunIntoTheTextMakeGluedTextOfShortPieces() {
        List<Cell> cells = spaced(DOCX_PAGE);
        assertTrue(cells.size() >= 10, "the spaces cut the page into many pieces");
        assertTrue(RunInLabels.holds(cells, LEX));
        assertTrue(GluedText.isGlued(cells, LEX));
    }

    @Test
    void cellsOfTheirOwnAreNoGluedText() {
        List<Cell> cells = spaced("项目名称 委托业务项目 主管部门 池州市贵池区棠溪镇人民政府 实施单位 棠溪镇人民政府 项目资金 (万元)"
                + " 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974");
        assertFalse(RunInLabels.holds(cells, LEX));
        assertFalse(GluedText.isGlued(cells, LEX));
    }

    @Test
    void shortLinesBreakWordsNotAPageRunTogether() {
        // a score sheet as PDF text (fixtures/families/K-labelpoints-pdf.txt): a line broken after each "(N 分)"
        List<Cell> cells = new ArrayList<>();
        String[] lines = {"部门决 策(20 分) 目标任务(10 分) 相关性(5 分)", "5 合理性(5 分)", "4.5 预算编制(10 分) 测算依据(5 分)",
            "5 综合管 理(30 分) 资金管理(15 分) 资金分配时限(5 分)", "5 资金使用合规性(5 分)", "5 预算执行率(5 分)",
            "4.8 内部管理(15 分) 制度建设(5 分)", "5 部门绩 效(50 分) 履职产出(30 分) 重点工作完 成率(10 分)"};
        for (int row = 0; row < lines.length; row++) {
            for (String piece : lines[row].split(" ")) {
                cells.add(new Cell(piece, null, row + 1, -1, cells.isEmpty() || cells.get(cells.size() - 1).row() != row + 1
                        ? Cell.Gap.LINE : Cell.Gap.SPACE));
            }
        }
        assertFalse(RunInLabels.holds(cells, LEX));
    }

    @Test
    void aLongLineWhosePiecesAreNotTogetherIsStillOneLine() {
        // the page's line in pieces of 30 characters, another line's cell after every third (a reader that put
        // cells out of line order): no run of pieces is a long line, their sum is
        String page = DOCX_PAGE.replace(" ", "");
        List<Cell> interleaved = new ArrayList<>();
        for (int from = 0, piece = 0; from < page.length(); from += 30, piece++) {
            if (piece % 3 == 0 && piece > 0) {
                interleaved.add(new Cell("备注", null, 2, -1, Cell.Gap.LINE));
            }
            interleaved.add(new Cell(page.substring(from, Math.min(page.length(), from + 30)), null, 1, -1, Cell.Gap.SPACE));
        }
        assertTrue(RunInLabels.holds(interleaved, LEX));
    }

    @Test
    void aFewLabelsRunIntoAParagraphAreNoGluedText() {
        assertFalse(RunInLabels.holds(spaced("本项目年度资金总额90万元，执行率100%，实施单位按时完成。"), LEX));
    }

    @Test
    void theSpacesOfGluedTextAreNoCellBoundaries() {
        List<Cell> joined = RunInLabels.joinedAcrossSpaces(spaced("绩 效 指 标一级 指标"));
        assertEquals(1, joined.size());
        assertEquals("绩效指标一级指标", joined.get(0).key());
        assertEquals("绩 效 指 标一级 指标", joined.get(0).text());
    }

    private static List<Cell> spaced(String line) {
        List<Cell> cells = new ArrayList<>();
        for (String piece : line.split(" ")) {
            cells.add(new Cell(piece, null, 1, -1, cells.isEmpty() ? Cell.Gap.ROW : Cell.Gap.SPACE));
        }
        return cells;
    }
}
