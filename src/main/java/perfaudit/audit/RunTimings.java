package perfaudit.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's time went, stage by stage, in wall and CPU time: written as the last line of the run's
 * log ({@value #MARKER} then one JSON object) for {@code perfaudit bench}'s cold stage and for anyone
 * asking why a scheduled run took long. The run ({@link Audit}, {@link ReportFiles}) adds its stages when
 * given one in its {@link AuditOptions}. CPU time is counted too because a shared machine stretches
 * wall time: a stage's CPU time is what it costs whatever else runs.
 *
 * <p>Stages that run on several threads at once (parse and rules, on the workers) have only CPU
 * time, summed over the threads; the phases that hold them (the audit, the reports written side by
 * side) have wall time and the whole process's CPU time over it, JIT and collector included. Thread-safe.
 */
public final class RunTimings {

    /** What starts the log line the bench looks for. */
    public static final String MARKER = "run timings (ms): ";

    private final Map<String, long[]> stages = new LinkedHashMap<>();
    private final long mainEpochMillis = System.currentTimeMillis();
    private final long processCpuAtMain = processCpuNanos();

    /** The CPU time of the calling thread so far, in ns (0 where the JVM cannot measure it). */
    public static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /**
     * Adds wall and CPU time to a stage (created in the order stages are first named); {@link #NONE}
     * for a time the stage does not have of its own (the CPU time of a phase spent waiting on workers,
     * the wall time of work summed over threads).
     */
    public synchronized void add(String stage, long wallNanos, long cpuNanos) {
        long[] totals = stages.computeIfAbsent(stage, s -> new long[] {NONE, NONE});
        totals[0] = sum(totals[0], wallNanos);
        totals[1] = sum(totals[1], cpuNanos);
    }

    /** A time not measured. */
    public static final long NONE = -1;

    private static long sum(long total, long more) {
        return more == NONE ? total : Math.max(0, total) + more;
    }

    /** Times {@code work} on the calling thread as {@code stage}. */
    public <T, E extends Exception> T time(String stage, Work<T, E> work) throws E {
        long wall = System.nanoTime();
        long cpu = threadCpuNanos();
        try {
            return work.run();
        } finally {
            add(stage, System.nanoTime() - wall, threadCpuNanos() - cpu);
        }
    }

    /** A piece of work {@link #time} measures. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * The record as one line of JSON: the JVM's start and this command's start (epoch ms, so a caller
     * that launched the process knows how long the launcher and the JVM took), each stage's wall and
     * CPU ms, and the whole process's CPU, JIT compilation and garbage-collection time so far.
     */
    public synchronized String json() {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("jvmStartEpochMs", ManagementFactory.getRuntimeMXBean().getStartTime());
        root.put("mainEpochMs", mainEpochMillis);
        root.put("endEpochMs", System.currentTimeMillis());
        root.put("cpuAtMainMs", processCpuAtMain / 1_000_000);
        ObjectNode stageNodes = root.putObject("stages");
        stages.forEach((name, totals) -> {
            ObjectNode stage = stageNodes.putObject(name);
            if (totals[0] != NONE) {
                stage.put("wallMs", totals[0] / 1_000_000);
            }
            if (totals[1] != NONE) {
                stage.put("cpuMs", totals[1] / 1_000_000);
            }
        });
        root.put("processCpuMs", processCpuNanos() / 1_000_000);
        var compiler = ManagementFactory.getCompilationMXBean();
        root.put("jitMs", compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : -1);
        long gcMillis = 0;
        long collections = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, collector.getCollectionTime());
            collections += Math.max(0, collector.getCollectionCount());
        }
        root.put("gcMs", gcMillis);
        root.put("gcCount", collections);
        return root.toString();
    }

    /** The CPU time of the whole process so far (every thread, the JIT's and the collector's too), in ns. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
