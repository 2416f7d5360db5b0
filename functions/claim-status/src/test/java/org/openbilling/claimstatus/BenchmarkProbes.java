package org.openbilling.claimstatus;

/** What the on-demand benchmarks of this module print beside wall time: CPU of this JVM and of dynalite, the load. */
final class BenchmarkProbes {
    private BenchmarkProbes() {
    }

    /**
     * User + system CPU time so far of the dynalite server, this JVM's child process (Linux /proc; -1 elsewhere).
     * Unlike wall time, it hardly moves with the machine's other load.
     */
    static long dynaliteCpuMs() {
        try {
            long pid = ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().orElse("").contains("dynalite-server.js"))
                    .findFirst().orElseThrow().pid();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) in clock ticks of 10 ms; f[0] is field 3
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** User + system CPU time so far of this JVM (all its threads), -1 where the platform does not say. */
    static long jvmCpuMs() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** /proc/loadavg, as {@code uptime} shows it. */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
