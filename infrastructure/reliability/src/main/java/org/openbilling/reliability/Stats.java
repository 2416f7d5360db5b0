package org.openbilling.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies and errors per operation; percentiles by nearest rank over every sample. */
final class Stats {
    private final Map<String, Op> ops = new ConcurrentHashMap<>();

    static final class Op {
        final List<Long> nanos = new ArrayList<>();
        int errors;
        final List<String> errorSamples = new ArrayList<>();

        synchronized void add(long n, boolean ok, String error) {
            if (ok) {
                nanos.add(n);
            } else {
                errors++;
                if (errorSamples.size() < 5) {
                    errorSamples.add(error);
                }
            }
        }
    }

    void record(String op, long nanos, boolean ok, String error) {
        ops.computeIfAbsent(op, k -> new Op()).add(nanos, ok, error);
    }

    void reset() {
        ops.clear();
    }

    int totalErrors() {
        return ops.values().stream().mapToInt(o -> o.errors).sum();
    }

    /** One row per operation: count, throughput over {@code seconds}, p50/p95/p99 in ms, errors. */
    String table(double seconds) {
        StringBuilder sb = new StringBuilder("| operation | requests | per second | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|\n");
        for (var e : new TreeMap<>(ops).entrySet()) {
            Op o = e.getValue();
            List<Long> sorted;
            synchronized (o) {
                sorted = new ArrayList<>(o.nanos);
            }
            sorted.sort(null);
            sb.append(String.format("| %s | %d | %.1f | %s | %s | %s | %d |%n", e.getKey(), sorted.size() + o.errors,
                    (sorted.size() + o.errors) / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), o.errors));
        }
        return sb.toString();
    }

    List<String> errorSamples() {
        List<String> out = new ArrayList<>();
        ops.forEach((k, o) -> o.errorSamples.forEach(s -> out.add(k + ": " + s)));
        return out;
    }

    static String ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return String.format("%.1f", sorted.get(Math.max(0, i)) / 1e6);
    }

    /** The nearest-rank percentile of raw samples, in ms. */
    static double percentile(List<Long> samples, double q) {
        List<Long> s = new ArrayList<>(samples);
        s.sort(null);
        return s.get(Math.max(0, (int) Math.ceil(q * s.size()) - 1)) / 1e6;
    }
}
