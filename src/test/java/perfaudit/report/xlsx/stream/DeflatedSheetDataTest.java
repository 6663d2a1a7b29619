package perfaudit.report.xlsx.stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sheet's rows deflated once and copied raw into the workbook's zip: the entry inflates to POI's XML, its CRC right. */
class DeflatedSheetDataTest {

    private static final String ROWS = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>发现 Findings</t></is></c></row>\n";

    @TempDir
    Path dir;

    @Test
    void combinedCrcIsTheCrcOfTheJoinedBytes() {
        Random random = new Random(7);
        for (int[] lengths : new int[][] {{0, 5}, {5, 0}, {1, 1}, {100, 3}, {3, 70_000}, {65_537, 12_345}}) {
            byte[] a = new byte[lengths[0]];
            byte[] b = new byte[lengths[1]];
            random.nextBytes(a);
            random.nextBytes(b);
            byte[] joined = new byte[a.length + b.length];
            System.arraycopy(a, 0, joined, 0, a.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            assertEquals(crc(joined), Crc32Combine.combine(crc(a), crc(b), b.length));
        }
    }

    @Test
    void emptyTemplateSheetDataIsOpenedAroundTheRows() throws IOException {
        String template = "<?xml version=\"1.0\"?>\n<worksheet><dimension ref=\"A1\"/><sheetData/><pageMargins/></worksheet>";
        String expected = "<?xml version=\"1.0\"?>\n<worksheet><dimension ref=\"A1\"/><sheetData>\n" + rows(300)
                + "</sheetData><pageMargins/></worksheet>";
        assertEquals(expected, throughZip(template, rows(300)));
    }

    @Test
    void templateRowsComeBeforeTheStreamedOnes() throws IOException {
        String template = "<worksheet><sheetData><row r=\"1\"/></sheetData><mergeCells/></worksheet>";
        assertEquals("<worksheet><sheetData><row r=\"1\"/>" + ROWS + "</sheetData><mergeCells/></worksheet>", throughZip(template, ROWS));
        assertEquals("<worksheet><sheetData><row r=\"1\"/></sheetData><mergeCells/></worksheet>", throughZip(template, ""));
    }

    @Test
    void spilledRowsReadBackAsAStream() throws IOException {
        DeflatedSheetData.In in = spill(rows(50));
        try (in) {
            assertEquals(rows(50), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTemplateWithoutSheetDataIsLeftToPoi() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes); DeflatedSheetData.In rows = spill(ROWS)) {
            assertFalse(RawSheetEntry.write(zip, new ZipArchiveEntry("xl/worksheets/sheet1.xml"),
                    "<worksheet/>".getBytes(StandardCharsets.UTF_8), rows, 5));
        }
    }

    /** The template and the rows written as a workbook entry, read back by java.util.zip (which checks the CRC and sizes). */
    private String throughZip(String template, String rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes); DeflatedSheetData.In spilled = spill(rows)) {
            assertTrue(RawSheetEntry.write(zip, new ZipArchiveEntry("xl/worksheets/sheet1.xml"),
                    template.getBytes(StandardCharsets.UTF_8), spilled, 5));
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ZipEntry entry = zip.getNextEntry();
            assertNotNull(entry);
            String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertNull(zip.getNextEntry());
            return xml;
        }
    }

    private DeflatedSheetData.In spill(String rows) throws IOException {
        Path file = dir.resolve("sheet" + System.nanoTime() + ".xml");
        DeflatedSheetData.Out out = new DeflatedSheetData.Out(new FileOutputStream(file.toFile()), 5);
        byte[] utf8 = rows.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < utf8.length; at += 1000) {
            out.write(utf8, at, Math.min(1000, utf8.length - at)); // in pieces, as the sheet writer's buffer hands them
        }
        out.close();
        return new DeflatedSheetData.In(new FileInputStream(file.toFile()), out.size(), out.crc());
    }

    private static String rows(int count) {
        return ROWS.repeat(count);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
