package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files that cannot be read (fixtures/office/bad, and cut copies made here) each give one clear
 * problem naming the file and saying what is wrong, never an exception and never an empty form;
 * the readable files beside them are read as usual.
 */
class BadInputTest {

    static final Path BAD = Path.of("fixtures", "office", "bad");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "password.xlsx  | encrypted office file | password-protected",
            "truncated.docx | docx                  | the file is truncated",
            "scanned.pdf    | pdf                   | scanned PDF",
            "empty.xlsx     | unknown               | empty (0 bytes)"})
    void aBadFileGivesOneClearProblemNamingIt(String name, String layout, String reason) {
        Document document = Fixtures.read(BAD.resolve(name));
        assertUnreadable(document, name, layout, reason);
    }

    /** A downloaded attachment archive says what it holds (GBK names as Chinese Windows writes them) and to unpack it. */
    @Test
    void aZipArchiveOfFormsNamesItsFilesAndSaysToUnpackIt() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes, java.nio.charset.Charset.forName("GBK"))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("2023年度项目支出绩效自评表.xlsx"));
            zip.write(Files.readAllBytes(OfficeVariationTest.VARIATIONS.resolve("stacked3.xlsx")));
            zip.putNextEntry(new java.util.zip.ZipEntry("说明.docx"));
            zip.write(new byte[] {1, 2, 3});
        }
        Document document = Inputs.read(bytes.toByteArray(), "附件.zip", Limits.DEFAULT);
        assertUnreadable(document, "附件.zip", "zip", "unpack it and audit the files it holds");
        assertTrue(document.problems().get(0).reason().contains("2023年度项目支出绩效自评表.xlsx、说明.docx"),
                document.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rar, 'Rar!'", "7z, '7z'", "gz, ''"})
    void otherArchivesSayToUnpackThem(String extension, String magic) {
        byte[] head = switch (extension) {
            case "rar" -> new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 9, 9};
            case "7z" -> new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 9, 9};
            default -> new byte[] {0x1F, (byte) 0x8B, 8, 0, 9, 9};
        };
        Document document = Inputs.read(head, "附件." + extension, Limits.DEFAULT);
        assertUnreadable(document, "附件." + extension, "archive", "unpack it and audit the files it holds");
    }

    @Test
    void theScanSaysHowManyPagesAreImages() {
        ParseProblem problem = Fixtures.read(BAD.resolve("scanned.pdf")).problems().get(0);
        assertTrue(problem.reason().contains("2 page(s) are images with no text layer"), problem.reason());
    }

    @Test
    void aPasswordProtectedPdfIsReportedAsSuch() throws IOException {
        Path locked = temp.resolve("locked.pdf");
        try (PDDocument pdf = Loader.loadPDF(OfficeVariationTest.VARIATIONS.resolve("text-only.pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(locked.toFile());
        }
        assertUnreadable(Fixtures.read(locked), "locked.pdf", "pdf", "password-protected PDF");
    }

    /** A text PDF with a scanned page in it: the text pages are read, the scanned page is reported. */
    @Test
    void aScannedPageAmongTextPagesIsReported() throws IOException {
        Path mixed = temp.resolve("mixed.pdf");
        try (PDDocument text = Loader.loadPDF(OfficeRenditionTest.RENDITIONS.resolve("000_3bdf511d6872ca99.pdf").toFile());
             PDDocument scan = Loader.loadPDF(BAD.resolve("scanned.pdf").toFile())) {
            text.importPage(scan.getPage(0));
            text.save(mixed.toFile());
        }
        Document document = Fixtures.read(mixed);
        assertEquals(3, document.forms().size());
        assertEquals(1, document.problems().size(), document.problems().toString());
        assertTrue(document.problems().get(0).reason().startsWith("第 7 页是没有文字的图片")
                        && document.problems().get(0).reason().contains(" — page 7 is an image with no text"),
                document.problems().get(0).reason());
    }

    /** Cut at several points: whatever is left, the reader reports it and does not throw. */
    @ParameterizedTest(name = "{0} cut to {1}%")
    @CsvSource({"seeds/002_45c397f42cae37ec.xlsx, 50", "seeds/002_45c397f42cae37ec.xlsx, 95",
            "seeds/000_3bdf511d6872ca99.docx, 90", "seeds/000_3bdf511d6872ca99.pdf, 50",
            "seeds/000_3bdf511d6872ca99.pdf, 99", "variations/sheets-with-list.xlsx, 10"})
    void aTruncatedFileIsReportedNotThrown(String source, int percent) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("fixtures", "office").resolve(source));
        Path cut = temp.resolve("cut-" + Path.of(source).getFileName());
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * percent / 100));
        Document document = Fixtures.read(cut);
        assertEquals(cut.getFileName().toString(), document.file());
        assertTrue(!document.problems().isEmpty() || !document.forms().isEmpty(),
                "either some forms were recovered or the damage is reported");
        document.problems().forEach(p -> assertEquals(document.file(), p.location().file()));
    }

    @Test
    void theRestOfTheFolderIsReadBesideTheBadFiles() throws IOException {
        Path folder = temp.resolve("submitted");
        Files.createDirectories(folder.resolve("bad"));
        for (String name : List.of("password.xlsx", "truncated.docx", "scanned.pdf", "empty.xlsx")) {
            Files.copy(BAD.resolve(name), folder.resolve("bad").resolve(name));
        }
        Files.copy(OfficeVariationTest.VARIATIONS.resolve("stacked3.xlsx"), folder.resolve("stacked3.xlsx"));
        Files.copy(OfficeRenditionTest.RENDITIONS.resolve("000_3bdf511d6872ca99.pdf"), folder.resolve("form.pdf"));

        List<Path> files = Inputs.collect(List.of(folder));
        assertEquals(6, files.size(), files.toString());
        int forms = 0;
        for (Path file : files) {
            Document document = Inputs.read(file, file.getFileName().toString());
            forms += document.forms().size();
        }
        assertEquals(3 + 3, forms, "the two good files are read in full");
    }

    private static void assertUnreadable(Document document, String name, String layout, String reason) {
        assertEquals(name, document.file());
        assertEquals(layout, document.layout());
        assertTrue(document.forms().isEmpty(), "no forms from a bad file");
        assertEquals(1, document.problems().size(), document.problems().toString());
        ParseProblem problem = document.problems().get(0);
        assertEquals(name, problem.location().file(), "the problem names the file");
        assertTrue(problem.reason().contains(reason), problem.reason());
    }
}
