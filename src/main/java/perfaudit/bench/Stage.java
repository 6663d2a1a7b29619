package perfaudit.bench;

/** One measured stage: how much work, how long, and the heap it peaked at. */
public record Stage(String name, long forms, long bytes, long nanos, long peakHeapBytes, String note) {

    public double seconds() {
        return nanos / 1e9;
    }

    public double formsPerSecond() {
        return forms == 0 || nanos == 0 ? 0 : forms / seconds();
    }

    public double megabytesPerSecond() {
        return bytes == 0 || nanos == 0 ? 0 : bytes / 1e6 / seconds();
    }
}
