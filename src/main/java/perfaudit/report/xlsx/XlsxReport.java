package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.model.SourceLocation;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.forms.FormIndex;
import perfaudit.report.xlsx.stream.FastSpillWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
    public void write(AuditReport report, OutputStream out) throws IOException {
        long start = System.nanoTime();
        FormIndex forms = workbook(report, out);
        LOG.info("findings.xlsx: {} findings, {} forms, {} inputs in {} ms", report.findings().size(),
                forms.forms().size(), report.inputs().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Writes the workbook of a made-up report of one finding to nowhere. The first workbook a process
     * writes pays for loading and first running POI's code (its XML schema types, the chart's): 0.45 s
     * of CPU for a one-document report, 0.1 s for the next. Run beside the rule compile, on a core that
     * is idle then, it takes that time off the run; it never fails a run (it only logs why it did not work).
     */
    public static void warmUp() {
        Finding sample = new Finding("WARM-UP", Severity.WARNING, "warm-up.txt", "项目", SourceLocation.ofLine("warm-up.txt", 1),
                "字段", "应为", "实际", "说明 — message");
        try (AuditReport report = AuditReport.of(ZonedDateTime.now(), "warm-up", "", "", List.of(), List.of(),
                List.of(sample), List.of())) {
            new XlsxReport().workbook(report, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            LOG.debug("warming up the workbook writer failed (the real one is written all the same): {}", e.toString());
        }
    }

    /** Writes the workbook; returns its form index (for the log). */
    private FormIndex workbook(AuditReport report, OutputStream out) throws IOException {
        FormIndex forms = new FormIndex(report);
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook workbook = null;
        try {
            XlsxStyles styles = new XlsxStyles(base);
            SheetPrint print = new SheetPrint(report.runTime());
            SummarySheet.write(base, styles, print, report, forms);
            SXSSFWorkbook streamed = new FastSpillWorkbook(base, ROW_WINDOW);
            workbook = streamed;
            Sheet findings = streamed.createSheet(FindingsSheet.NAME);
            // the per-row detail of grouped findings, beside the findings, written before the threads start
            DetailSheet.write(streamed, styles, print, report);
            Sheet scorecard = streamed.createSheet(ScorecardSheet.NAME);
            Sheet inputs = streamed.createSheet(InputsSheet.NAME);
            // the two long sheets stream into files of their own: the scorecard's rows are written on a
            // thread of their own (10,000 forms: 1.2 s of writing on one core, 0.7 s on two)
            FutureTask<TableWriter> scorecardRows = new FutureTask<>(() -> ScorecardSheet.rows(streamed, scorecard, styles, forms));
            Thread thread = new Thread(scorecardRows, "perfaudit-write-scorecard");
            thread.setDaemon(true);
            thread.start();
            TableWriter findingsTable = FindingsSheet.rows(streamed, findings, styles, report, forms);
            TableWriter inputsTable = InputsSheet.rows(inputs, styles, report);
            TableWriter scorecardTable = rows(scorecardRows);
            // filters and print titles are names of the workbook as a whole: set on this thread alone
            findingsTable.finish(print, FindingsSheet.PRINT_COLUMNS);
            scorecardTable.finish(print, ScorecardSheet.PRINT_COLUMNS);
            inputsTable.finish(print, InputsSheet.PRINT_COLUMNS);
            SuppressedSheet.write(streamed, styles, print, report);
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
        return forms;
    }

    /** The rows written on another thread, or what stopped them. */
    private static TableWriter rows(FutureTask<TableWriter> rows) throws IOException {
        try {
            return rows.get();
        } catch (InterruptedException e) {
            rows.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing findings.xlsx", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }
}
