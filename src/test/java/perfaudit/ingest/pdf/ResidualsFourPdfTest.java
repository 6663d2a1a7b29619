package perfaudit.ingest.pdf;

import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residuals 4: which of a PDF's candidate readings (whole grid, banded, run by run) is kept. By fewest problems alone, a
 * reading that lost every row and so had nothing to report won over one that read the form and reported two cells.
 */
public class ResidualsFourPdfTest {

    private static final Path S01 = Path.of("src", "test", "resources", "perfaudit", "blind",
            "s01-hexi-shuili-familyB-writer-ruledthenbare-2023.pdf");

    @Test
    void aReadingThatLostTheRowsDoesNotWinForHavingNothingToReport() {
        Document read = Fixtures.read(S01);
        assertTrue(PdfReader.rowsRead(read) > 10, "s01 reads its funds rows and indicators");
        ParseProblem problem = new ParseProblem(SourceLocation.ofLine("s01.pdf", 1), "x", "a cell not read");
        Document readWithProblems = read.withProblems(List.of(problem, problem));
        Document lostEveryRow = new Document(read.file(), read.layout(), read.title(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertTrue(PdfReader.better(readWithProblems, lostEveryRow));
        assertFalse(PdfReader.better(lostEveryRow, readWithProblems));
        // as much read: the fewer problems win
        assertTrue(PdfReader.better(read, readWithProblems));
    }
}
