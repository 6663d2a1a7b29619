package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.Fixtures;
import perfaudit.model.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formats are told by content, whatever the file is called; folders are walked as submitted. */
class InputDetectionTest {

    @TempDir
    Path temp;

    /** A file renamed to another type is still read as what it is. */
    @ParameterizedTest(name = "{0} named {1}")
    @CsvSource({
            "variations/stacked3.xlsx,            form.txt,  xlsx,   3",
            "seeds/000_3bdf511d6872ca99.docx,     form.pdf,  docx,   3",
            "seeds/000_3bdf511d6872ca99.pdf,      form.doc,  pdf,    3",
            "variations/sheets-with-list.xlsx,    form.xls,  xlsx,   3",
            "../seeds/002_45c397f42cae37ec.txt,   form.xlsx, tabbed, 27",
            "../seeds/000_3bdf511d6872ca99.txt,   form.docx, flow,   3"})
    void contentDecidesNotTheName(String source, String name, String layout, int forms) throws IOException {
        Path file = temp.resolve(name);
        Files.copy(Path.of("fixtures", "office").resolve(source), file);
        Document document = Fixtures.read(file);
        assertEquals(layout, document.layout());
        assertEquals(forms, document.forms().size());
    }

    @Test
    void officeContainersAreToldApartByWhatTheyHold() throws IOException {
        assertEquals(InputFormat.XLSX, detect("variations/stacked3.xlsx"));
        assertEquals(InputFormat.DOCX, detect("variations/spacer-column.docx"));
        assertEquals(InputFormat.PDF, detect("variations/text-only.pdf"));
        assertEquals(InputFormat.DOC, detect("seeds/000_3bdf511d6872ca99.doc"));
        assertEquals(InputFormat.XLS, detect("seeds/000_3bdf511d6872ca99.xls"));
        assertEquals(InputFormat.ENCRYPTED_OFFICE, detect("bad/password.xlsx"));
        assertEquals(InputFormat.DOCX, detect("bad/truncated.docx"), "a cut package still shows its first entries");
        assertEquals(InputFormat.TEXT, InputFormat.detect("项目支出绩效自评表\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.RTF, InputFormat.detect("{\\rtf1\\ansi 项目}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.IMAGE, InputFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertEquals(InputFormat.TEXT, InputFormat.detect("BM, the unit's report".getBytes(StandardCharsets.UTF_8)),
                "two letters alone do not make a bitmap");
    }

    @Test
    void anOtherZipOrAnRtfIsReportedWithWhatToDo() throws IOException {
        Path rtf = temp.resolve("form.doc");
        Files.writeString(rtf, "{\\rtf1\\ansi 项目支出绩效自评表}");
        Document document = Fixtures.read(rtf);
        assertTrue(document.problems().get(0).reason().contains("save it as .docx"), document.problems().toString());
        Path zip = temp.resolve("forms.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("form.txt"));
            out.write("项目支出绩效自评表".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        String reason = Fixtures.read(zip).problems().get(0).reason();
        assertTrue(reason.contains("内有文件：form.txt") && reason.contains("unpack it"), reason);
    }

    @Test
    void foldersAreWalkedSkippingLockTempAndScriptFiles() throws IOException {
        Path folder = temp.resolve("submitted");
        Files.createDirectories(folder.resolve("unit/2023"));
        for (String name : List.of("~$form.xlsx", ".~lock.form.xlsx#", "~WRL0001.tmp", ".hidden.xlsx", "make.sh",
                "notes.md", "unit/2023/form.xlsx", "unit/form.pdf", "form.docx")) {
            Files.writeString(folder.resolve(name), "x");
        }
        List<String> found = Inputs.collect(List.of(folder)).stream()
                .map(p -> folder.relativize(p).toString().replace('\\', '/')).toList();
        assertEquals(List.of("form.docx", "unit/2023/form.xlsx", "unit/form.pdf"), found);
    }

    private static InputFormat detect(String fixture) throws IOException {
        return InputFormat.detect(Files.readAllBytes(Path.of("fixtures", "office").resolve(fixture)));
    }

    /** Unreadable files are told why in Chinese with the English gist; the UTF-16 hint only where it fits. */
    @Test
    void reasonsAreChineseWithTheEnglishGistAndTheUtf16HintOnlyForUtf16() {
        Path bad = Path.of("fixtures", "bad");
        String garbage = Fixtures.read(bad.resolve("garbage.pdf")).problems().get(0).reason();
        assertTrue(garbage.startsWith("未知类型的二进制文件") && garbage.contains(" — binary file of an unknown kind"), garbage);
        assertTrue(!garbage.contains("UTF-16"), "random bytes get no hint about UTF-16: " + garbage);
        String utf16 = Fixtures.read(bad.resolve("utf16le-no-bom.txt")).problems().get(0).reason();
        assertTrue(utf16.contains("UTF-16 文本") && utf16.contains("a UTF-16 text needs its byte-order mark"), utf16);
        for (String file : List.of("empty.txt", "encrypted.xlsx", "truncated.pdf", "scanned.pdf", "xxe.docx", "zip-of-text.xlsx")) {
            String reason = Fixtures.read(bad.resolve(file)).problems().get(0).reason();
            int gist = reason.indexOf(" — ");
            assertTrue(gist > 0 && reason.substring(0, gist).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    file + ": Chinese first, then the English gist: " + reason);
        }
    }
}
