package perfaudit.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.BadCorpus;
import perfaudit.model.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A password or a half download is told from the container's bytes, before any reader opens it. */
class ContainersTest {

    @ParameterizedTest
    @CsvSource({
        "encrypted.xlsx, password-protected (encrypted) xlsx/docx",
        "encrypted.docx, password-protected (encrypted) xlsx/docx",
        "encrypted.pdf, password-protected (encrypted) PDF",
        "truncated.xlsx, zip container (xlsx/docx) cut short or corrupt",
        "truncated.docx, zip container (xlsx/docx) cut short or corrupt",
        "truncated.pdf, PDF cut short",
        "header-only.pdf, PDF cut short"})
    void theReasonSaysWhatToDo(String file, String reason) {
        Document document = Inputs.read(BadCorpus.FOLDER.resolve(file), file);
        assertEquals(0, document.forms().size());
        assertTrue(document.problems().get(0).reason().startsWith(reason), document.problems().toString());
    }

    @ParameterizedTest
    @CsvSource({"legacy.xls", "scanned.pdf", "xxe.docx", "zip-of-text.xlsx"})
    void anIntactContainerIsLeftToItsReader(String file) {
        Document document = Inputs.read(BadCorpus.FOLDER.resolve(file), file);
        String reason = document.problems().get(0).reason();
        assertTrue(!reason.contains("password") && !reason.contains("cut short"), reason);
    }
}
