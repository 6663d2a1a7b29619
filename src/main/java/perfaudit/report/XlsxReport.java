package perfaudit.report;

import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * findings.xlsx, the report an auditor opens: 概览 Summary (with the chart), 发现 Findings (one per
 * form, rule and field kind), 明细 Detail (the rows each grouped finding stands for, and the findings
 * folded into another), 评分复核 Scorecard, 输入 Inputs and 已豁免 Suppressed, each finding linked to its
 * form's scorecard row.
 *
 * <p>The summary is a regular XSSF sheet because POI draws charts only there; it is a few dozen
 * rows. The other sheets, which grow with the run, are streamed (SXSSF): only a window of rows is
 * in memory, the rest goes to a compressed temporary file, so large runs fit in small heaps.
 */
public final class XlsxReport implements ReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReport.class);
    /** Rows kept in memory per streamed sheet; a row's height and links are set while it is in the window. */
    private static final int ROW_WINDOW = 200;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String fileName() {
        return "findings.xlsx";
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        long start = System.nanoTime();
        FormIndex forms = new FormIndex(report);
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook workbook = null;
        try {
            XlsxStyles styles = new XlsxStyles(base);
            SheetPrint print = new SheetPrint(report.runTime());
            SummarySheet.write(base, styles, print, report, forms);
            workbook = new FastSpillWorkbook(base, ROW_WINDOW);
            FindingsSheet.write(workbook, styles, print, report, forms);
            DetailSheet.write(workbook, styles, print, report);
            ScorecardSheet.write(workbook, styles, print, forms);
            InputsSheet.write(workbook, styles, print, report);
            SuppressedSheet.write(workbook, styles, print, report);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            if (workbook != null) {
                workbook.dispose();
                workbook.close();
            } else {
                base.close();
            }
        }
        LOG.info("findings.xlsx: {} findings, {} forms, {} inputs in {} ms", report.findings().size(),
                forms.forms().size(), report.inputs().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Streams rows into temporary files compressed at the fastest level: they are read back once,
     * seconds later; measured, zlib's default level there cost a fifth of the writing time (730 -> 600 ms
     * for 10,000 forms). The workbook itself keeps zlib's default: it is the file people open and
     * send, and level 1 wrote it 20 % faster but 35 % larger.
     */
    private static final class FastSpillWorkbook extends SXSSFWorkbook {

        FastSpillWorkbook(XSSFWorkbook base, int rowWindow) {
            super(base, rowWindow, true);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new GZIPSheetDataWriter(getSharedStringSource()) {
                @Override
                protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
                    return new GZIPOutputStream(file, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
                }
            };
        }
    }
}
