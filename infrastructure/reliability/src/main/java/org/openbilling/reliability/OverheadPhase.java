package org.openbilling.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gateway's own cost for a mutation: the same status move (DENIED ↔ APPEALED, always allowed) sent directly
 * to claim-status and as updateClaimStatus through the gateway, alternating, one at a time on an idle stack. The
 * moves rotate over {@link #CLAIMS} claims, so that each claim's history stays the length of a real claim's (a few
 * dozen entries at most): one claim moved 800 times would carry 800 history entries in every answer, and the
 * gateway's cost of reading and answering it would grow with them.
 */
final class OverheadPhase {
    /** Unrecorded rounds first: the JIT compiles the hot paths of a fresh JVM on CPU that would count otherwise. */
    static final int WARM_UP = 400;
    static final int CLAIMS = 50;
    private final Practice practice;

    OverheadPhase(Practice practice) {
        this.practice = practice;
    }

    String run(int rounds) {
        String biller = practice.token("biller");
        List<String> ids = new ArrayList<>();
        for (var claim : practice.readyClaims(950_000, CLAIMS, "60054")) {
            String id = claim.path("id").asText();
            for (String s : List.of("SUBMITTED", "ACCEPTED", "DENIED")) {
                practice.http.postJson("setup", practice.stack.url("claim-status") + "/claims/" + id + "/status", biller,
                        Map.of("status", s), Map.of()).expectOk("move to " + s);
            }
            ids.add(id);
        }
        int[] moves = new int[CLAIMS];
        List<Long> viaFunction = new ArrayList<>();
        List<Long> viaGateway = new ArrayList<>();
        // CPU time of the gateway's and claim-status's JVMs during each kind of request: load-independent, unlike the
        // wall clock on a shared machine (read from /proc in clock ticks, summed over all requests of a kind)
        long gatewayPid = practice.stack.pid("gateway");
        long functionPid = practice.stack.pid("claim-status");
        long[][] cpu = new long[2][2];
        String mutation = "mutation($id: ID!, $s: ClaimStatus!) { updateClaimStatus(id: $id, status: $s) { status version } }";
        for (int i = 0; i < rounds + WARM_UP; i++) {
            int c = i % CLAIMS;
            String id = ids.get(c);
            String direct = practice.stack.url("claim-status") + "/claims/" + id + "/status";
            String to = moves[c]++ % 2 == 0 ? "APPEALED" : "DENIED";
            long g0 = cpuNanos(gatewayPid);
            long f0 = cpuNanos(functionPid);
            long t0 = System.nanoTime();
            Http.Answer a;
            if (i % 4 < 2) {
                a = practice.http.postJson("overhead", direct, biller, Map.of("status", to), Map.of());
            } else {
                a = practice.http.graphql("overhead", practice.stack.url("gateway"), biller, mutation, Map.of("id", id, "s", to));
            }
            long nanos = System.nanoTime() - t0;
            long g1 = cpuNanos(gatewayPid);
            long f1 = cpuNanos(functionPid);
            a.expectOk("move to " + to);
            if (i >= WARM_UP) {
                (i % 4 < 2 ? viaFunction : viaGateway).add(nanos);
                int kind = i % 4 < 2 ? 0 : 1;
                cpu[kind][0] += g1 - g0;
                cpu[kind][1] += f1 - f0;
            }
        }
        double f50 = Stats.percentile(viaFunction, 0.50);
        double g50 = Stats.percentile(viaGateway, 0.50);
        double f99 = Stats.percentile(viaFunction, 0.99);
        double g99 = Stats.percentile(viaGateway, 0.99);
        double nf = viaFunction.size();
        double ng = viaGateway.size();
        return String.format("| path | requests | p50 ms | p99 ms | gateway JVM CPU ms per request | claim-status JVM CPU ms per request |%n"
                        + "|---|---|---|---|---|---|%n"
                        + "| POST /claims/{id}/status on claim-status | %d | %.1f | %.1f | %.2f | %.2f |%n"
                        + "| updateClaimStatus through the gateway | %d | %.1f | %.1f | %.2f | %.2f |%n"
                        + "| the gateway's added latency | | %.1f | %.1f | %.2f | |%n",
                viaFunction.size(), f50, f99, cpu[0][0] / 1e6 / nf, cpu[0][1] / 1e6 / nf,
                viaGateway.size(), g50, g99, cpu[1][0] / 1e6 / ng, cpu[1][1] / 1e6 / ng,
                g50 - f50, g99 - f99, (cpu[1][0] / ng - cpu[0][0] / nf) / 1e6);
    }

    /** A process's CPU time so far (user + system), from /proc at clock-tick resolution. */
    private static long cpuNanos(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
    }
}
