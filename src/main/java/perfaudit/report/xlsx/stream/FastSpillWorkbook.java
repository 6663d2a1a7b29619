package perfaudit.report.xlsx.stream;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;

/**
 * Streams rows into temporary files deflated once, as the workbook stores them ({@link DeflatedSheetData}),
 * and copies those bytes into the workbook's zip entries ({@link RawSheetEntry}). POI's own way spills them
 * gzipped, then inflates and deflates them again into the workbook: for 10,000 forms (20 MB of sheet XML) that
 * was a third of the writer's time, and the final deflate was the run's serial tail; here each sheet is
 * deflated on the thread writing its rows (the scorecard's on its own thread), bytes the same once inflated.
 */
public final class FastSpillWorkbook extends SXSSFWorkbook {

    /**
     * zlib level of the workbook's zip entries: 5 deflates the 20 MB of sheet XML of 10,000 forms in
     * two thirds of the time of the default 6, the file 3 % larger; level 1 wrote it 20 % faster but
     * 35 % larger, and the workbook is the file people open and send.
     */
    static final int WORKBOOK_LEVEL = 5;

    public FastSpillWorkbook(XSSFWorkbook base, int rowWindow) {
        super(base, rowWindow, true);
    }

    /**
     * A plain zip stream (zip64 only where an entry needs it, as POI wrote before 5.0): POI's own zip64 stream
     * cannot take an entry's deflated bytes as they are.
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(WORKBOOK_LEVEL);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SpillWriter(getSharedStringSource());
    }

    /** POI's injection of each streamed sheet's rows into the template's sheet XML, the rows copied deflated. */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream in = source.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        guarded.setGuardState(false); // as POI: a large sheet is no zip bomb
                    }
                    XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                    if (sheet != null && !(sheet instanceof XSSFChartSheet)) {
                        writeSheet(zip, entry, in, sheet);
                    } else {
                        copy(zip, entry, in);
                    }
                }
            }
        } finally {
            zip.finish();
            source.close();
        }
    }

    private void writeSheet(ZipArchiveOutputStream zip, ZipArchiveEntry entry, InputStream template, XSSFSheet sheet) throws IOException {
        byte[] xml = template.readAllBytes();
        try (InputStream rows = getSheet(sheet.getSheetName()).getWorksheetXMLInputStream()) {
            if (!(rows instanceof DeflatedSheetData.In deflated) || !RawSheetEntry.write(zip, entry, xml, deflated, WORKBOOK_LEVEL)) {
                throw new IOException("findings.xlsx: sheet " + sheet.getSheetName() + " cannot take its rows");
            }
        }
    }

    private static void copy(ZipArchiveOutputStream zip, ZipArchiveEntry entry, InputStream in) throws IOException {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() >= 0) {
            copy.setSize(entry.getSize());
        }
        if (entry.getTime() >= 0) {
            copy.setTime(entry.getTime());
        }
        zip.putArchiveEntry(copy);
        in.transferTo(zip);
        zip.closeArchiveEntry();
    }
}
