package perfaudit.report.xlsx.stream;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A sheet's rows spilled to a temporary file deflated as the workbook stores them, their texts escaped in runs. */
final class SpillWriter extends SheetDataWriter {

    /** Set while POI's constructor opens the file (no initialiser: it would run after and clear it). */
    private DeflatedSheetData.Out spilled;

    SpillWriter(SharedStringsTable strings) throws IOException {
        super(strings);
    }

    @Override
    protected OutputStream decorateOutputStream(FileOutputStream file) {
        spilled = new DeflatedSheetData.Out(file, FastSpillWorkbook.WORKBOOK_LEVEL);
        return spilled;
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream file) {
        return new DeflatedSheetData.In(file, spilled.size(), spilled.crc());
    }

    /** POI's escaping, written a run of plain characters at a time ({@link SheetXmlText}). */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        SheetXmlText.write(_out, text);
    }
}
