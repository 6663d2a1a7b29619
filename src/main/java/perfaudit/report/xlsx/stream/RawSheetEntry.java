package perfaudit.report.xlsx.stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import static java.util.Collections.enumeration;

/**
 * A streamed sheet's zip entry written from deflated parts: the template sheet's XML up to its rows and after them,
 * deflated here (a few hundred bytes), around the rows as spilled ({@link DeflatedSheetData}), copied raw. The XML
 * is what POI's injection writes: the template's {@code <sheetData/>} opened as {@code <sheetData>\n}, or its rows kept
 * before the streamed ones; the entry's CRC is combined from its parts' (zlib's crc32_combine).
 */
final class RawSheetEntry {

    private static final String EMPTY = "<sheetData/>";
    private static final String CLOSE = "</sheetData>";

    private RawSheetEntry() {
    }

    /**
     * Writes entry {@code name} from its template XML and its spilled rows; false (nothing written) when the template
     * has no sheetData element to put them in, for POI's own injection to deal with.
     */
    static boolean write(ZipArchiveOutputStream zip, ZipArchiveEntry template, byte[] templateXml,
                         DeflatedSheetData.In rows, int level) throws IOException {
        String xml = new String(templateXml, StandardCharsets.UTF_8);
        String head;
        String tail;
        int empty = xml.indexOf(EMPTY);
        int close = xml.indexOf(CLOSE);
        if (empty >= 0 && (close < 0 || empty < close)) {
            head = xml.substring(0, empty) + "<sheetData>\n";
            tail = CLOSE + xml.substring(empty + EMPTY.length());
        } else if (close >= 0 && xml.lastIndexOf("<sheetData>", close) >= 0) {
            head = xml.substring(0, close);
            tail = xml.substring(close);
        } else {
            return false;
        }
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] headDeflated = deflate(headBytes, level, false);
        byte[] tailDeflated = deflate(tailBytes, level, true);
        long crc = Crc32Combine.combine(Crc32Combine.combine(crc(headBytes), rows.crc(), rows.size()), crc(tailBytes), tailBytes.length);
        ZipArchiveEntry entry = new ZipArchiveEntry(template.getName());
        entry.setMethod(ZipEntry.DEFLATED);
        if (template.getTime() >= 0) {
            entry.setTime(template.getTime());
        }
        entry.setSize(headBytes.length + rows.size() + tailBytes.length);
        entry.setCompressedSize(headDeflated.length + rows.rawSize() + tailDeflated.length);
        entry.setCrc(crc);
        List<InputStream> parts = List.of(new ByteArrayInputStream(headDeflated), rows.raw(), new ByteArrayInputStream(tailDeflated));
        zip.addRawArchiveEntry(entry, new SequenceInputStream(enumeration(parts)));
        return true;
    }

    /** Raw deflate of {@code bytes}: ended by a final block, or by a sync flush so that more may follow. */
    static byte[] deflate(byte[] bytes, int level, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(bytes);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[4096];
            int flush = last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
