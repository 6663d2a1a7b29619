package perfaudit.ingest;

import perfaudit.model.Document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads each document on a thread of its own and gives up on it after the time limit: the document
 * is reported as not read and the caller moves on. An abandoned reader is interrupted; one that
 * ignores interruption runs on as a daemon thread, so it can neither block the end of the run nor
 * keep the process alive. Errors a reader cannot catch itself (stack or heap exhausted on one
 * document) become that document's problem too.
 */
public final class ReadWatchdog implements AutoCloseable {

    /** Reads one file; {@link Inputs#read(Path, String, Limits)} unless a test stands in. */
    @FunctionalInterface
    public interface Reader {
        Document read(Path file, String displayName);
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Limits limits;
    private final Reader reader;
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "perfaudit-reader-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public ReadWatchdog(Limits limits) {
        this(limits, (file, name) -> Inputs.read(file, name, limits));
    }

    public ReadWatchdog(Limits limits, Reader reader) {
        this.limits = limits;
        this.reader = reader;
    }

    public Document read(Path file, String displayName) {
        return read(displayName, () -> reader.read(file, displayName));
    }

    /** Runs any reading of one input (a file's bytes already in memory, say) under the same time limit. */
    public Document read(String displayName, Callable<Document> reading) {
        Future<Document> task = readers.submit(reading);
        try {
            return task.get(limits.docTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            long millis = limits.docTimeout().toMillis();
            return Document.unreadable(displayName, "unknown", String.format(Locale.ROOT,
                    "读取超过 %1$s 秒的上限（--doc-timeout-s），已放弃，其余文件照常审计"
                            + " — reading took longer than the limit of %1$s s (--doc-timeout-s): abandoned, the run went on",
                    millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)));
        } catch (ExecutionException e) {
            return Document.unreadable(displayName, "unknown", "读取出错 — reader failed: " + e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return Document.unreadable(displayName, "unknown", "读取被中断：运行正在停止 — reading interrupted: the run is stopping");
        }
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
