package org.openbilling.codesets.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.openbilling.codesets.CodeSetTables;

/** Cold load in a fresh JVM: time to the first usable instance and the heap the tables retain afterwards. */
public final class LoadFootprint {
    private LoadFootprint() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = settledHeap(memory);
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        CodeSetTables tables = CodeSetTables.load();
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        long after = settledHeap(memory);
        // Wall time depends on other load on the machine; CPU time (both loader threads, plus JIT/GC threads) does less.
        System.out.printf("cold load (fresh JVM, class loading included): %d ms wall, %d ms process CPU%n", coldMillis, cpuMillis);
        System.out.printf("retained heap of all tables: %.1f MB%n", (after - before) / 1048576.0);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            CodeSetTables.loadFresh();
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("reload, best of 5 (warm JVM): %d ms%n", best / 1_000_000);
        System.out.println("keep alive: " + tables.ncciEdits().size());
    }

    private static long settledHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
