package perfaudit.ingest;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.BadFiles;
import perfaudit.engine.RuleBase;
import perfaudit.engine.RuleCompilationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POI's own guards, as perfaudit switches them on ({@link Limits#applyToPoi}): a zip bomb and an
 * oversized entry are refused while inflating, and XML in an office file can neither read a file
 * through an external entity nor expand entities. Whoever opens xlsx or docx with POI in this
 * process (the decision table today, the office readers tomorrow) gets the same protection.
 */
class PoiGuardsTest {

    private static final String SECRET = "root:x:0:0:secret-marker";

    @TempDir
    Path temp;

    @AfterEach
    void restoreDefaults() {
        Limits.DEFAULT.applyToPoi();
    }

    private static String chain(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t).append(" / ");
        }
        return messages.toString();
    }

    /** The entry's text as an XML parser with default settings reads it: external entities resolved. */
    private static String naiveText(byte[] zip, String entryName) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(entryName)) {
                    return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new ByteArrayInputStream(in.readAllBytes())).getDocumentElement().getTextContent();
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no " + entryName);
    }

    @Test
    void aZipBombWorkbookIsRefusedWhileInflating() throws IOException {
        Limits.DEFAULT.applyToPoi();
        Path bomb = temp.resolve("bomb.xlsx");
        BadFiles.writeZipBombXlsx(bomb, 100 * Limits.MB);
        assertTrue(Files.size(bomb) < 2 * Limits.MB, "small on disk: " + Files.size(bomb));
        long start = System.nanoTime();
        Exception e = assertThrows(Exception.class, () -> WorkbookFactory.create(bomb.toFile()).close());
        assertTrue(chain(e).contains("Zip bomb detected"), chain(e));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused early, not after inflating it all");
    }

    @Test
    void aZipBombInputIsOneProblemOfItsOwn() throws IOException {
        Limits.DEFAULT.applyToPoi();
        Path bomb = temp.resolve("bomb.xlsx");
        BadFiles.writeZipBombXlsx(bomb, 200 * Limits.MB);
        perfaudit.model.Document document = Inputs.read(bomb, "bomb.xlsx");
        assertTrue(document.forms().isEmpty());
        assertTrue(document.problems().get(0).reason().contains("Zip bomb detected"), document.problems().toString());
    }

    @Test
    void anExternalEntityInAnInputNeverReachesItsDocument() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        for (String name : List.of("xxe.docx", "xxe.xlsx")) {
            Path file = temp.resolve(name);
            Files.write(file, name.endsWith("docx") ? BadFiles.xxeDocx(secret) : BadFiles.xxeXlsx(secret));
            perfaudit.model.Document document = Inputs.read(file, name);
            assertFalse(document.toString().contains(SECRET), name + " leaked: " + document);
            assertFalse(document.problems().isEmpty(), name);
        }
    }

    @Test
    void aZipBombDecisionTableStopsTheRulesNotTheMachine() throws IOException {
        Limits.DEFAULT.applyToPoi();
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Files.delete(rules.resolve("settings.drl.xlsx"));
        BadFiles.writeZipBombXlsx(rules.resolve("settings.drl.xlsx"), 100 * Limits.MB);
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        assertTrue(e.errors().toString().contains("Zip bomb detected"), e.errors().toString());
    }

    @Test
    void anEntryOverTheSizeLimitIsRefused() throws IOException {
        Path big = temp.resolve("big.xlsx");
        BadFiles.writeZipBombXlsx(big, 3 * Limits.MB);
        // a ratio low enough to let it pass, so that only the entry size can refuse it
        Limits.DEFAULT.withZip(0.0001, Limits.MB).applyToPoi();
        Exception e = assertThrows(Exception.class, () -> WorkbookFactory.create(big.toFile()).close());
        assertTrue(chain(e).contains("max entry size") || chain(e).contains("MAX_ENTRY_SIZE"), chain(e));
    }

    @Test
    void anExternalEntityInADocxIsNeverResolved() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        byte[] docx = BadFiles.xxeDocx(secret);
        assertTrue(naiveText(docx, "word/document.xml").contains(SECRET), "control: a naive XML parser leaks it");
        String text;
        try (InputStream in = new ByteArrayInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        } catch (Exception refused) {
            text = chain(refused);
        }
        assertFalse(text.contains(SECRET), "the secret file leaked: " + text);
    }

    @Test
    void anExternalEntityInAnXlsxIsNeverResolved() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        byte[] xlsx = BadFiles.xxeXlsx(secret);
        assertTrue(naiveText(xlsx, "xl/sharedStrings.xml").contains(SECRET), "control: a naive XML parser leaks it");
        String text;
        try (InputStream in = new ByteArrayInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in);
             XSSFExcelExtractor extractor = new XSSFExcelExtractor(workbook)) {
            text = extractor.getText();
        } catch (Exception refused) {
            text = chain(refused);
        }
        assertFalse(text.contains(SECRET), "the secret file leaked: " + text);
    }

    @Test
    void entityExpansionIsRefused() {
        byte[] docx = BadFiles.entityExpansionDocx();
        long start = System.nanoTime();
        String outcome;
        try (InputStream in = new ByteArrayInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            outcome = extractor.getText();
        } catch (Exception refused) {
            outcome = "";
        }
        assertFalse(outcome.contains("lollollol"), "entities were expanded");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "no time spent expanding");
    }
}
