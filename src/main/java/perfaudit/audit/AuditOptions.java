package perfaudit.audit;

import perfaudit.ingest.Limits;
import perfaudit.ingest.ReadWatchdog;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * How a run reads and works: the input limits, worker threads, a listener for progress, and how an
 * input file is named in the reports (by default relative to the working folder, see {@link DisplayNames}).
 * {@code reader} stands in for the real readers when not null (tests of the read watchdog).
 */
public record AuditOptions(Limits limits, int threads, AuditListener listener, Function<Path, String> names,
                           ReadWatchdog.Reader reader) {

    public AuditOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        listener = listener == null ? AuditListener.NONE : listener;
        names = names == null ? DisplayNames::of : names;
    }

    /** Default limits, one worker per core, no listener, names relative to the working folder. */
    public static AuditOptions defaults() {
        return new AuditOptions(Limits.DEFAULT, Runtime.getRuntime().availableProcessors(), AuditListener.NONE,
                DisplayNames::of, null);
    }

    public AuditOptions withLimits(Limits newLimits) {
        return new AuditOptions(newLimits, threads, listener, names, reader);
    }

    public AuditOptions withThreads(int newThreads) {
        return new AuditOptions(limits, Math.max(1, newThreads), listener, names, reader);
    }

    public AuditOptions withListener(AuditListener newListener) {
        return new AuditOptions(limits, threads, newListener, names, reader);
    }

    public AuditOptions withNames(Function<Path, String> newNames) {
        return new AuditOptions(limits, threads, listener, newNames, reader);
    }

    public AuditOptions withReader(ReadWatchdog.Reader newReader) {
        return new AuditOptions(limits, threads, listener, names, newReader);
    }
}
