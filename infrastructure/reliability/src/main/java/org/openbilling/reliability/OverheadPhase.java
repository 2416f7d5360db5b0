package org.openbilling.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gateway's own cost for a mutation: the same status move (DENIED ↔ APPEALED, always allowed) sent directly
 * to claim-status and as updateClaimStatus through the gateway, alternating, one at a time on an idle stack.
 */
final class OverheadPhase {
    private final Practice practice;

    OverheadPhase(Practice practice) {
        this.practice = practice;
    }

    String run(int rounds) {
        String id = practice.readyClaims(950_000, 1, "60054").get(0).path("id").asText();
        String direct = practice.stack.url("claim-status") + "/claims/" + id + "/status";
        String biller = practice.token("biller");
        for (String s : List.of("SUBMITTED", "ACCEPTED", "DENIED")) {
            practice.http.postJson("setup", direct, biller, Map.of("status", s), Map.of()).expectOk("move to " + s);
        }
        List<Long> viaFunction = new ArrayList<>();
        List<Long> viaGateway = new ArrayList<>();
        String mutation = "mutation($id: ID!, $s: ClaimStatus!) { updateClaimStatus(id: $id, status: $s) { status version } }";
        for (int i = 0; i < rounds + 20; i++) {
            String to = i % 2 == 0 ? "APPEALED" : "DENIED";
            long t0 = System.nanoTime();
            Http.Answer a;
            if (i % 4 < 2) {
                a = practice.http.postJson("overhead", direct, biller, Map.of("status", to), Map.of());
            } else {
                a = practice.http.graphql("overhead", practice.stack.url("gateway"), biller, mutation, Map.of("id", id, "s", to));
            }
            long nanos = System.nanoTime() - t0;
            a.expectOk("move to " + to);
            if (i >= 20) {
                (i % 4 < 2 ? viaFunction : viaGateway).add(nanos);
            }
        }
        double f50 = Stats.percentile(viaFunction, 0.50);
        double g50 = Stats.percentile(viaGateway, 0.50);
        double f99 = Stats.percentile(viaFunction, 0.99);
        double g99 = Stats.percentile(viaGateway, 0.99);
        return String.format("| path | requests | p50 ms | p99 ms |%n|---|---|---|---|%n"
                        + "| POST /claims/{id}/status on claim-status | %d | %.1f | %.1f |%n"
                        + "| updateClaimStatus through the gateway | %d | %.1f | %.1f |%n"
                        + "| the gateway's added latency | | %.1f | %.1f |%n",
                viaFunction.size(), f50, f99, viaGateway.size(), g50, g99, g50 - f50, g99 - f99);
    }
}
