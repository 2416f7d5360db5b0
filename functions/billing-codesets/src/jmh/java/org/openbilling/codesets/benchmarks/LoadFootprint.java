package org.openbilling.codesets.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.openbilling.codesets.CodeSetTables;

/**
 * Cold load in a fresh JVM: time to the first usable instance and the heap the tables retain afterwards. By default
 * every table, the Alphabetic Index and Tabular List included (as code-validation has them); with the argument
 * {@code without-index}, the tables an app that does not search loads (claim-creation: the Index stays unread).
 */
public final class LoadFootprint {
    private LoadFootprint() {
    }

    public static void main(String[] args) {
        boolean withIndex = args.length == 0 || !args[0].equals("without-index");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = settledHeap(memory);
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        CodeSetTables tables = withIndex ? CodeSetTables.loadWithIndex() : CodeSetTables.load();
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        long after = settledHeap(memory);
        // Wall time depends on other load on the machine; CPU time (both loader threads, plus JIT/GC threads) does less.
        String what = withIndex ? "all tables, Alphabetic Index and Tabular List included" : "the tables without the Alphabetic Index";
        System.out.printf("cold load of %s (fresh JVM, class loading included): %d ms wall, %d ms process CPU%n", what, coldMillis, cpuMillis);
        System.out.printf("retained heap of %s: %.1f MB%n", what, (after - before) / 1048576.0);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            if (withIndex) {
                CodeSetTables.loadFreshWithIndex();
            } else {
                CodeSetTables.loadFresh();
            }
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("reload, best of 5 (warm JVM): %d ms%n", best / 1_000_000);
        cpuNormalized(tables);
        System.out.println("keep alive: " + tables.ncciEdits().size());
    }

    /**
     * Throughput and latency per CPU second of the measuring thread, so that the numbers mean "per core" even when
     * other processes share the machine (JMH's wall-clock numbers do not).
     */
    private static void cpuNormalized(CodeSetTables tables) {
        var threads = ManagementFactory.getThreadMXBean();
        java.time.LocalDate on = java.time.LocalDate.of(2026, 11, 10);
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            int n = 10_000_000;
            for (int i = 0; i < n; i++) {
                sink += tables.validate(org.openbilling.domain.codes.CodeSystem.ICD10CM, "E11.9", on).normalized().length();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("validate ICD-10-CM E11.9: %.1f million/s per CPU second (round %d)%n", n / seconds / 1e6, round + 1);
        }
        String[] queries = CodeSetBenchmark.QUERIES;
        long[] cpuNanos = new long[20_000];
        for (int i = 0; i < cpuNanos.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            sink += tables.search(org.openbilling.domain.codes.CodeSystem.ICD10CM, queries[i % queries.length], on, 10).size();
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        long[] measured = java.util.Arrays.copyOfRange(cpuNanos, 5_000, cpuNanos.length);
        java.util.Arrays.sort(measured);
        System.out.printf("coder search ICD-10-CM CPU time: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d queries after 5,000 warm-up)%n",
                measured[measured.length / 2] / 1e6, measured[(int) (measured.length * 0.99)] / 1e6, measured[measured.length - 1] / 1e6,
                measured.length);
        System.out.println("(sink " + sink + ")");
    }

    private static long settledHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
