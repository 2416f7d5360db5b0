package org.openbilling.x12;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.openbilling.domain.claim.Claim;

/**
 * Throughput per CPU-second of this thread, for a machine shared with other work where JMH's wall-clock scores
 * understate what one core does: runs each workload for a while and divides the work by the thread's CPU time.
 * Run with {@code -Pbenchmarks -Djmh.main=org.openbilling.x12.CpuTimeProbe -Djmh.args=30} (seconds per workload).
 */
public final class CpuTimeProbe {
    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        // an optional second argument runs only the workloads whose name starts with it ("837P writer")
        only = args.length > 1 ? String.join(" ", java.util.Arrays.copyOfRange(args, 1, args.length)) : "";
        List<Claim> batch = Claims.aMixedBatch(100);
        Claim837Writer writer = new Claim837Writer();
        Envelope envelope = Claims.envelope();
        run("837P writer", "claims", seconds, () -> {
            writer.write(envelope, ControlNumbers.of(1, 1, 1), batch, Claims.CREATED);
            return batch.size();
        });
        List<CoordinatedClaim> afterFirst = ChainClaims.aMixedBatch(100);
        run("837P writer, secondary/tertiary", "claims", seconds, () -> {
            writer.writeCoordinated(envelope, ControlNumbers.of(1, 1, 1), afterFirst, Claims.CREATED);
            return afterFirst.size();
        });

        byte[] x835 = Fixtures.large835(1_000_000).getBytes(StandardCharsets.UTF_8);
        run("835 tokens", "MB", seconds, () -> {
            Segments.read(x835);
            return x835.length;
        });
        run("835 StAEDI", "MB", seconds, () -> {
            StaediSegments.read(x835); // the former tokenizer, for comparison in the same run
            return x835.length;
        });
        Remittance835Reader remittances = new Remittance835Reader();
        run("835 reader", "MB", seconds, () -> {
            remittances.read(new ByteArrayInputStream(x835));
            return x835.length;
        });

        List<Claim> many = Claims.aMixedBatch(1000);
        byte[] x837 = writer.write(envelope, ControlNumbers.of(1, 1, 1), many, Claims.CREATED)
                .getBytes(StandardCharsets.UTF_8);
        Claim837Reader claims = new Claim837Reader();
        run("837P reader", "MB", seconds, () -> {
            claims.read(new ByteArrayInputStream(x837));
            return x837.length;
        });
    }

    private static String only = "";

    private static void run(String name, String unit, int seconds, IntSupplier work) {
        if (!name.startsWith(only)) {
            return;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // the first half warms the JIT up; only the second half is measured
        long warmEnd = System.nanoTime() + seconds * 500_000_000L;
        while (System.nanoTime() < warmEnd) {
            work.getAsInt();
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long done = 0;
        // each call's own CPU time too: the best and the median call are less disturbed by other work on the
        // machine than the average
        List<Double> perCall = new ArrayList<>();
        while (System.nanoTime() - wall0 < seconds * 500_000_000L) {
            long c0 = mx.getCurrentThreadCpuTime();
            int w = work.getAsInt();
            long c = mx.getCurrentThreadCpuTime() - c0;
            done += w;
            if (c > 0) {
                perCall.add(w / (c / 1e9));
            }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        double scale = unit.equals("MB") ? 1e6 : 1;
        perCall.sort(null);
        System.out.printf("%-32s %10.1f %s per CPU-second (%10.1f per wall second, thread got %.0f%% of a core);"
                + " per call: best %.1f, median %.1f of %d%n", name, done / scale / cpu, unit, done / scale / wall,
                100 * cpu / wall, perCall.get(perCall.size() - 1) / scale, perCall.get(perCall.size() / 2) / scale,
                perCall.size());
    }
}
