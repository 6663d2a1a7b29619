package perfaudit.ingest;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import perfaudit.Fixtures;
import perfaudit.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word documents saved by LibreOffice as OpenDocument text (src/test/resources/perfaudit/renditions/odt, see its
 * README): each .odt gives the forms, facts and problems its .docx gives, located in the same tables and cells.
 */
class OdtRenditionTest {

    private static final Path ODT = Path.of("src", "test", "resources", "perfaudit", "renditions", "odt");
    private static final Path BLIND = Path.of("src", "test", "resources", "perfaudit", "blind");
    private static final List<Path> DOCX_FOLDERS = List.of(Path.of("fixtures", "office", "seeds"),
            Path.of("fixtures", "office", "variations"), BLIND, BLIND.resolve("pdf-src"), BLIND.resolve("ocr-src"));

    @TestFactory
    Stream<DynamicTest> eachOdtReadsAsItsDocx() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(ODT)) {
            files = listed.filter(file -> file.toString().endsWith(".odt")).sorted().toList();
        }
        assertEquals(10, files.size(), files.toString());
        return files.stream().map(odt -> DynamicTest.dynamicTest(odt.getFileName().toString(), () -> {
            Document fromDocx = Fixtures.read(docxOf(odt));
            Document fromOdt = Fixtures.read(odt);
            assertEquals("odt", fromOdt.layout());
            assertTrue(!fromOdt.forms().isEmpty());
            List<String> differences = Facts.differences(Facts.of(fromDocx), Facts.of(fromOdt));
            assertTrue(differences.isEmpty(), differences.toString());
            assertEquals(fromDocx.problems().size(), fromOdt.problems().size(), fromOdt.problems().toString());
            assertEquals(fromDocx.forms().get(0).location().position(), fromOdt.forms().get(0).location().position(),
                    "the same table and cell");
        }));
    }

    /** An .odt of no form says so, as any file does, instead of being refused by its kind. */
    @Test
    void anEmptyOdtSaysNoFormWasFound() throws IOException {
        Path folder = Files.createTempDirectory("odt");
        Path odt = folder.resolve("empty.odt");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(odt))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>会议纪要</text:p></office:text></office:body></office:document-content>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Document document = Fixtures.read(odt);
        assertTrue(document.forms().isEmpty());
        assertEquals(NoForm.REASON, document.problems().get(0).reason());
    }

    private static Path docxOf(Path odt) {
        String name = odt.getFileName().toString().replaceFirst("\\.odt$", ".docx");
        return DOCX_FOLDERS.stream().map(folder -> folder.resolve(name)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new AssertionError("no .docx for " + odt));
    }
}
