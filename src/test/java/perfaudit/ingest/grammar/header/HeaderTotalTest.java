package perfaudit.ingest.grammar.header;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A total score printed in the header, under each of its labels (LAYOUTS.md §3: 自评总分, 自评得分,
 * 项目总得分), and glued to a next label that OCR damaged: the score ends where the words begin,
 * with a note; a value that starts with no score is reported, never guessed.
 */
class HeaderTotalTest {

    private static final Path I_CLEAN = Path.of("fixtures/families/I-clean.txt");
    private static final String PRINTED = "自评总分(分) 99.60 部门联系人";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "自评总分(分) 99.60 部门联系人; 99.60; ",
        "自评得分 99.60 财政审核评分 部门联系人; 99.60; ",
        "项目总得分99.60分 部门联系人; 99.60; ",
        "自评得分99.60财政审1度评分 部门联系人; 99.60; 自评总分 read as 99.60",
        "自评得分 优秀 部门联系人; ; 自评总分 is not a score"})
    void theHeaderTotalIsReadUnderEachLabel(String header, BigDecimal score, String message) throws IOException {
        String text = Files.readString(I_CLEAN, StandardCharsets.UTF_8);
        assertTrue(text.contains(PRINTED), "the fixture's header moved");
        Document document = Inputs.read(text.replace(PRINTED, header).getBytes(StandardCharsets.UTF_8), "I.txt", Limits.DEFAULT);
        Form form = document.forms().get(0);
        if (score == null) {
            assertNull(form.total() == null ? null : form.total().score());
        } else {
            assertEquals(0, score.compareTo(form.total().score()), String.valueOf(form.total()));
        }
        String said = document.notes() + " " + document.problems();
        assertTrue(message == null ? !said.contains("自评总分") : said.contains(message), said);
    }
}
