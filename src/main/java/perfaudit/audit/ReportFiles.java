package perfaudit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.run.AtomicFiles;
import perfaudit.report.run.RunFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The last stage of a run: the finished report written by every writer into the run's folder. */
public final class ReportFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFiles.class);

    private ReportFiles() {
    }

    /**
     * Writes every report file atomically, side by side on the available cores (the writers only read
     * the report; findings.xlsx takes longest and starts first), then points reports/latest at the run.
     * A writer that fails leaves no file; the others still finish, and the first failure is thrown.
     */
    public static void write(AuditReport report, List<ReportWriter> writers, Path reportsRoot, Path runFolder)
            throws IOException {
        write(report, writers, reportsRoot, runFolder, new RunTimings());
    }

    /** As above, adding each writer's wall and CPU time, and the whole phase's, to {@code timings}. */
    public static void write(AuditReport report, List<ReportWriter> writers, Path reportsRoot, Path runFolder,
                             RunTimings timings) throws IOException {
        long start = System.nanoTime();
        long startCpu = RunTimings.processCpuNanos();
        List<ReportWriter> ordered = new ArrayList<>(writers);
        ordered.sort(Comparator.comparing((ReportWriter w) -> !w.format().equals("xlsx")));
        int threads = Math.max(1, Math.min(ordered.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, Audit.daemon("perfaudit-write"));
        try {
            List<Future<?>> written = new ArrayList<>();
            for (ReportWriter writer : ordered) {
                written.add(pool.submit(() -> {
                    long one = System.nanoTime();
                    long cpu = RunTimings.threadCpuNanos();
                    AtomicFiles.write(runFolder.resolve(writer.fileName()), stream -> writer.write(report, stream));
                    timings.add("write " + writer.fileName(), System.nanoTime() - one, RunTimings.threadCpuNanos() - cpu);
                    LOG.info("{} written in {} ms", writer.fileName(), Audit.millis(System.nanoTime() - one));
                    return null;
                }));
            }
            IOException failure = null;
            for (Future<?> file : written) {
                try {
                    file.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing reports", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
        RunFolder.markLatest(reportsRoot, runFolder);
        timings.add("reports (written side by side)", System.nanoTime() - start, RunTimings.processCpuNanos() - startCpu);
        LOG.info("reports written to {} in {} ms", runFolder, Audit.millis(System.nanoTime() - start));
    }
}
