package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Space-separated rows whose 扣分原因 a narrow column or a PDF wrapped: the tail on a line of its own is the
 * reason's end (joined, with a note), not a row that lost its figures; a longer line there stays a row.
 */
class WrappedReasonTest {

    private static final Path K_SPACE = Path.of("fixtures/families/K-space.txt");
    private static final String REASON = "部分产出指标未细化量化,清淤量未设定分片区目标";

    @Test
    void aShortTailUnderARowIsTheEndOfItsReason() throws IOException {
        Document document = read(REASON.replace("清淤量未设定分片区目标", "清淤量未设定\n分片区目标"));
        assertEquals(REASON, reasonOf(document, "绩效目标合理性"));
        assertEquals(0, document.problems().size(), document.problems().toString());
        assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains("偏差原因")), document.notes().toString());
    }

    @Test
    void aLongLineThereIsNoContinuation() throws IOException {
        String longTail = "分片区目标且未说明理由，各片区的清淤量和完成时间均未列出";
        Document document = read(REASON.replace("清淤量未设定分片区目标", "清淤量未设定\n" + longTail));
        assertEquals(REASON.replace("清淤量未设定分片区目标", "清淤量未设定"), reasonOf(document, "绩效目标合理性"));
        assertTrue(document.problems().stream().anyMatch(p -> longTail.equals(p.text())), document.problems().toString());
    }

    private static Document read(String reason) throws IOException {
        String text = Files.readString(K_SPACE, StandardCharsets.UTF_8);
        assertTrue(text.contains(REASON), "the fixture's reason moved");
        return Inputs.read(text.replace(REASON, reason).getBytes(StandardCharsets.UTF_8), "K-space.txt", Limits.DEFAULT);
    }

    private static String reasonOf(Document document, String name) {
        return document.forms().get(0).indicators().stream().filter(i -> name.equals(i.name()))
                .map(Indicator::deviation).findFirst().orElseThrow();
    }
}
