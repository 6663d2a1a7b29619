package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.bench.corpus.Corpus;
import perfaudit.model.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator's html corpus, in both of its markups (a site's UTF-8 page, Word's web-page
 * markup in GBK), gives the very facts of the tabbed corpus of the same seed, file by file,
 * locations aside.
 */
class GeneratedHtmlTest {

    @TempDir
    Path temp;

    @Test
    void htmlCorpusGivesTheFactsOfTheTabbedCorpus() throws Exception {
        Path tabbed = temp.resolve("tabbed");
        Path html = temp.resolve("html");
        Corpus.write(tabbed, 40, 10, Corpus.Layout.TABBED, 11);
        Corpus.write(html, 40, 10, Corpus.Layout.HTML, 11);
        List<Path> texts = Inputs.collect(List.of(tabbed));
        List<Path> pages = Inputs.collect(List.of(html));
        assertEquals(4, pages.size());
        assertTrue(new String(Files.readAllBytes(pages.get(1)), StandardCharsets.ISO_8859_1).contains("charset=gb2312"),
                "even files are Word's markup in GBK");
        for (int i = 0; i < texts.size(); i++) {
            Document text = Inputs.read(texts.get(i), texts.get(i).getFileName().toString());
            Document page = Inputs.read(pages.get(i), pages.get(i).getFileName().toString());
            assertEquals("html", page.layout());
            assertTrue(page.problems().isEmpty(), pages.get(i) + ": " + page.problems());
            assertEquals(10, page.forms().size());
            List<String> differences = Facts.differences(Facts.of(text), Facts.of(page));
            assertTrue(differences.isEmpty(), pages.get(i) + ": " + differences.size() + " differences:\n"
                    + String.join("\n", differences));
        }
    }
}
