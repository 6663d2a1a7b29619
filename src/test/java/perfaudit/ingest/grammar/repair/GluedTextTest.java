package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.SourceLocation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Glued text is cut at the vocabulary's labels in long cells; a short cell is cut too where it ends a
 * line holding a long label and the first characters of its value (a page or PDF wrapped the text right
 * after them), and the next line goes on with that value.
 */
class GluedTextTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());

    /** A long glued line before the cells asked about: the text is glued (most of it in long cells). */
    private static final String LONG = "项目名称自管道路清扫保洁外包工作经费主管部门北京市海淀区人民政府学院路街道办事处实施单位北京市海淀区学院路街道城市运行服务中心";

    @Test
    void aLabelWrappedWithTheFirstCharacterOfItsValueIsCutOff() {
        List<Cell> cells = List.of(cell(LONG, 1, Cell.Gap.LINE), cell("年度总体目标通", 2, Cell.Gap.LINE),
                cell("过规范地区自管道路清扫保洁外包工作经费工作专项资金的使用,明确专项资金使用目的", 3, Cell.Gap.LINE));
        List<String> texts = GluedText.split(cells, LEX).stream().map(Cell::text).toList();
        List<Cell> split = GluedText.split(cells, LEX);

        int label = texts.indexOf("年度总体目标");
        assertEquals(List.of("年度总体目标", "通", "过规范地区自管道路清扫保洁外包工作经费工作专项资金的使用,明确专项资金使用目的"),
                texts.subList(label, texts.size()), texts.toString());
        assertEquals(Cell.Gap.NONE, split.get(split.size() - 1).gap(), "the wrapped value goes on with no break");
    }

    @Test
    void aColumnLetterAfterALabelStaysWithIt() {
        // 实际完成指标值 is listed without its letter: the (B) is the label's, not the start of 得分's cell
        List<String> texts = GluedText.split(List.of(cell(LONG + "二级指标三级指标年初目标值(A)实际完成指标值(B)得分产出数量补贴渔船数", 1,
                Cell.Gap.LINE)), LEX).stream().map(Cell::text).toList();
        assertEquals(true, texts.contains("实际完成指标值(B)"), texts.toString());
        assertEquals(true, texts.contains("得分"), texts.toString());
        // a bracket that is no column letter is the next cell's text
        List<String> other = GluedText.split(List.of(cell(LONG + "实际完成指标值(万元)", 1, Cell.Gap.LINE)), LEX).stream()
                .map(Cell::text).toList();
        assertEquals(true, other.contains("实际完成指标值"), other.toString());
    }

    @Test
    void aShortCellInsideALineOrWithAShortLabelStaysWhole() {
        List<Cell> cells = List.of(cell(LONG, 1, Cell.Gap.LINE), cell("年度总体目标通", 2, Cell.Gap.LINE), cell("过规范", 2, Cell.Gap.SPACE),
                cell("产出指标1", 3, Cell.Gap.LINE), cell(LONG, 4, Cell.Gap.LINE));
        List<String> texts = GluedText.split(cells, LEX).stream().map(Cell::text).toList();
        assertEquals(List.of("年度总体目标通", "过规范", "产出指标1"), texts.subList(texts.indexOf("年度总体目标通"), texts.indexOf("产出指标1") + 1),
                "inside a line, or a label shorter than six characters: left whole");
    }

    @Test
    void aFootnoteAfterTheTotalIsOneCellUpToTheNextForm() {
        // 中江 h02: the template's note restates its scoring with 一级 labels, which cut would start indicator rows
        String note = "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分";
        List<String> texts = GluedText.split(List.of(cell(LONG + "总分100100" + note + "项目名称下一个项目", 1, Cell.Gap.LINE)), LEX)
                .stream().map(Cell::text).toList();
        assertEquals(List.of("总分", "100100", note, "项目名称", "下一个项目"), texts.subList(texts.indexOf("总分"), texts.size()),
                texts.toString());
        // 注 after a word (关注:) or without a colon is text, cut at labels as ever
        List<String> word = GluedText.split(List.of(cell(LONG + "群众关注:产出指标50分", 1, Cell.Gap.LINE)), LEX).stream()
                .map(Cell::text).toList();
        assertEquals(true, word.contains("产出指标"), word.toString());
        List<String> noColon = GluedText.split(List.of(cell(LONG + "总分100100注1产出指标50分", 1, Cell.Gap.LINE)), LEX).stream()
                .map(Cell::text).toList();
        assertEquals(true, noColon.contains("产出指标"), noColon.toString());
    }

    private static Cell cell(String text, int line, Cell.Gap gap) {
        return new Cell(text, SourceLocation.ofLine("glued.txt", line), line, -1, gap);
    }
}
