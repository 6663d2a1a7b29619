package perfaudit.ingest.grammar.header;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A title in a file name printed over the document's text (…项目自评表.pdf, held-out h03) is the name the document was
 * given: the title the form itself prints outweighs it as evidence of the template; alone, it still names the family.
 */
class FileNameTitleTest {

    private static final String HEAD = """
            项目名称 | 乡村道路建设养护项目 |
            项目主管部门 | 某县交通运输局 | 项目实施单位 | 某县交通运输局 |
            """;

    private static String family(String text) {
        Document document = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "t.txt", Limits.DEFAULT);
        assertEquals(1, document.forms().size(), document.problems().toString());
        return document.forms().get(0).template().family();
    }

    @Test
    void theTitleTheFormPrintsOutweighsTheOneInItsFileName() {
        assertEquals("F", family("某县交通运输局2021年度乡村道路项目自评表.pdf\n某县财政预算支出项目绩效目标自评表 |\n" + HEAD));
    }

    @Test
    void aTitleOnlyInTheFileNameStillNamesTheFamily() {
        assertEquals("E", family("某县交通运输局2021年度乡村道路项目自评表.pdf\n" + HEAD));
    }

    @Test
    void twoPrintedTitlesWeighAsBefore() {
        // no file name: both titles are printed, and the signs read decide between them as they always did
        assertEquals(family("某县乡村道路项目自评表 |\n某县财政预算支出项目绩效目标自评表 |\n" + HEAD),
                family("某县财政预算支出项目绩效目标自评表 |\n某县乡村道路项目自评表 |\n" + HEAD));
    }
}
