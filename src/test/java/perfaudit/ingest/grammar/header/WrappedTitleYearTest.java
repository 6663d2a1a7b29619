package perfaudit.ingest.grammar.header;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long title wrapped over two lines, its year in the first (blind form d02: "1、溪口县2022年度学生营养改善计划" then
 * "项目支出绩效评价得分表", a document site's page marker before it): the form's year is that line's, noted. Before,
 * the form had no year and MISS-HEADER fired. A year the title or the cells after it print is the form's still.
 */
class WrappedTitleYearTest {

    private static Document read(String before, String title) {
        String text = before + "\n\n" + title + "\n\n项目名称：农村学生营养改善计划\n\n主管部门：溪口县教育局\n\n实施单位：溪口县学生资助中心\n\n"
                + "一级指标\n\n二级指标\n\n三级指标\n\n分值\n\n得分\n\n项目决策\n\n项目立项\n\n立项依据充分性\n\n5\n\n5\n\n合计\n\n5\n\n5\n";
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "wrapped.txt", Limits.DEFAULT);
    }

    @Test
    void theYearIsInTheTitlesFirstLine() {
        Document doc = read("1、溪口县2022年度学生营养改善计划", "项目支出绩效评价得分表");
        assertEquals(2022, doc.forms().get(0).year());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("标题折行")), doc.notes().toString());
    }

    @Test
    void theTitlesOwnYearComesFirst() {
        Document doc = read("溪口县2021年度学生营养改善计划", "项目支出绩效评价得分表\n\n(2022年度)");
        assertEquals(2022, doc.forms().get(0).year());
    }

    @Test
    void aLineWithFiguresAfterItsYearIsNoTitleHead() {
        Document doc = read("发布时间:2023年度 第2期", "项目支出绩效评价得分表");
        assertEquals(null, doc.forms().get(0).year());
    }
}
