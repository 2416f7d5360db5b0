package org.openbilling.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gateway's own cost for a mutation: the same status move (DENIED ↔ APPEALED, always allowed) sent directly
 * to claim-status and as updateClaimStatus through the gateway, alternating, one at a time on an idle stack. The
 * moves rotate over {@link #CLAIMS} claims, so that each claim's history stays the length of a real claim's (a few
 * dozen entries at most): one claim moved 800 times would carry 800 history entries in every answer, and the
 * gateway's cost of reading and answering it would grow with them. The warm-up rounds (thousands: a gateway on
 * Lambda or a server answers far more than that per instance, and its JIT has compiled the hot paths by then) move
 * claims of their own, so that the measured claims' histories stay short.
 */
final class OverheadPhase {
    static final int CLAIMS = 50;
    private final Practice practice;
    /** Unrecorded rounds first: the JIT compiles the hot paths of a fresh JVM on CPU that would count otherwise. */
    final int warmUp;

    OverheadPhase(Practice practice, int warmUp) {
        this.practice = practice;
        this.warmUp = warmUp;
    }

    String run(int rounds) {
        String biller = practice.token("biller");
        // the warm-up moves its own claims (their histories grow long; that only costs warm-up time), the measured
        // rounds move fresh ones: at most rounds / CLAIMS + 1 moves each
        List<String> warmUpIds = deniedClaims(biller, 940_000);
        List<String> ids = deniedClaims(biller, 950_000);
        String mutation = "mutation($id: ID!, $s: ClaimStatus!) { updateClaimStatus(id: $id, status: $s) { status version } }";
        // CPU time of the gateway's and claim-status's JVMs during each kind of request: load-independent, unlike the
        // wall clock on a shared machine (read from /proc in clock ticks, summed over all requests of a kind)
        long gatewayPid = practice.stack.pid("gateway");
        long functionPid = practice.stack.pid("claim-status");
        long[][] cpu = new long[2][2];
        List<Long> viaFunction = new ArrayList<>();
        List<Long> viaGateway = new ArrayList<>();
        int[] warmUpMoves = new int[CLAIMS];
        int[] moves = new int[CLAIMS];
        for (int i = 0; i < rounds + warmUp; i++) {
            boolean measured = i >= warmUp;
            int c = i % CLAIMS;
            String id = (measured ? ids : warmUpIds).get(c);
            int[] counts = measured ? moves : warmUpMoves;
            String direct = practice.stack.url("claim-status") + "/claims/" + id + "/status";
            String to = counts[c]++ % 2 == 0 ? "APPEALED" : "DENIED";
            boolean viaTheGateway = i % 4 >= 2;
            long g0 = cpuNanos(gatewayPid);
            long f0 = cpuNanos(functionPid);
            long t0 = System.nanoTime();
            Http.Answer a = viaTheGateway
                    ? practice.http.graphql("overhead", practice.stack.url("gateway"), biller, mutation, Map.of("id", id, "s", to))
                    : practice.http.postJson("overhead", direct, biller, Map.of("status", to), Map.of());
            long nanos = System.nanoTime() - t0;
            long g1 = cpuNanos(gatewayPid);
            long f1 = cpuNanos(functionPid);
            a.expectOk("move to " + to);
            if (measured) {
                (viaTheGateway ? viaGateway : viaFunction).add(nanos);
                int kind = viaTheGateway ? 1 : 0;
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

    /** {@link #CLAIMS} new claims moved to DENIED, from where DENIED ↔ APPEALED is always allowed. */
    private List<String> deniedClaims(String biller, int from) {
        List<String> ids = new ArrayList<>();
        for (var claim : practice.readyClaims(from, CLAIMS, "60054")) {
            String id = claim.path("id").asText();
            for (String s : List.of("SUBMITTED", "ACCEPTED", "DENIED")) {
                practice.http.postJson("setup", practice.stack.url("claim-status") + "/claims/" + id + "/status", biller,
                        Map.of("status", s), Map.of()).expectOk("move to " + s);
            }
            ids.add(id);
        }
        return ids;
    }

    /** A process's CPU time so far (user + system), from /proc at clock-tick resolution. */
    private static long cpuNanos(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
    }
}
