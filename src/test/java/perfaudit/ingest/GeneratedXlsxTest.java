package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.bench.corpus.Corpus;
import perfaudit.model.Document;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator's xlsx corpus, in both of its arrangements (forms stacked on one sheet, a sheet
 * per form), gives the very facts of the tabbed corpus of the same seed, file by file, locations aside.
 */
class GeneratedXlsxTest {

    @TempDir
    Path temp;

    @Test
    void xlsxCorpusGivesTheFactsOfTheTabbedCorpus() throws Exception {
        Path tabbed = temp.resolve("tabbed");
        Path xlsx = temp.resolve("xlsx");
        Corpus.write(tabbed, 40, 10, Corpus.Layout.TABBED, 11);
        Corpus.write(xlsx, 40, 10, Corpus.Layout.XLSX, 11);
        List<Path> texts = Inputs.collect(List.of(tabbed));
        List<Path> workbooks = Inputs.collect(List.of(xlsx));
        assertEquals(4, workbooks.size());
        for (int i = 0; i < texts.size(); i++) {
            Document text = Inputs.read(texts.get(i), texts.get(i).getFileName().toString());
            Document workbook = Inputs.read(workbooks.get(i), workbooks.get(i).getFileName().toString());
            assertEquals("xlsx", workbook.layout());
            assertTrue(workbook.problems().isEmpty(), workbooks.get(i) + ": " + workbook.problems());
            assertEquals(10, workbook.forms().size());
            List<String> differences = Facts.differences(Facts.of(text), Facts.of(workbook));
            assertTrue(differences.isEmpty(), workbooks.get(i) + ": " + differences.size() + " differences:\n"
                    + String.join("\n", differences));
        }
    }

    @Test
    void oddFilesStackTheFormsOnOneSheetEvenFilesGiveEachFormItsOwn() throws Exception {
        Corpus.write(temp, 20, 10, Corpus.Layout.XLSX, 11);
        List<Path> workbooks = Inputs.collect(List.of(temp));
        Document stacked = Inputs.read(workbooks.get(0), "1.xlsx");
        Document perSheet = Inputs.read(workbooks.get(1), "2.xlsx");
        assertEquals(1, stacked.forms().stream().map(f -> f.location().sheet()).distinct().count());
        for (int i = 0; i < perSheet.forms().size(); i++) {
            assertEquals(String.valueOf(i + 1), perSheet.forms().get(i).location().sheet());
        }
    }
}
