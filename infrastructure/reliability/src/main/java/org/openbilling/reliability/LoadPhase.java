package org.openbilling.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mixed workload: {@code clients} closed-loop clients for {@code seconds}: 70% GraphQL reads (a claim by
 * id with its encounter, a page of open claims, the aging report), 20% encounter + claim creation, 10% status
 * updates (READY → SUBMITTED) and 835 postings (one submitted claim paid per file).
 */
final class LoadPhase {
    static final String CLAIM_BY_ID = "query($id: ID!) { claim(id: $id) { id claimNumber status insuranceBalance encounter { id serviceDate } } }";
    static final String OPEN_CLAIMS = "{ openClaims(orderBy: OLDEST_FIRST, first: 20) { edges { node { id status ageDays insuranceBalance } } pageInfo { hasNextPage endCursor } } }";
    static final String AGING = "{ agingReport { asOf insurance { label count balance } patient { label count balance } byPayer { payerId } } }";

    private final Practice practice;
    private final Stats stats;

    LoadPhase(Practice practice, Stats stats) {
        this.practice = practice;
        this.stats = stats;
    }

    String run(int seconds, int clients, int seedClaims) throws Exception {
        List<String> claimIds = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<String> ready = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String[]> submitted = new ConcurrentLinkedQueue<>();
        AtomicInteger counter = new AtomicInteger(100_000);
        for (JsonNode c : practice.readyClaims(1, seedClaims, "60054")) {
            claimIds.add(c.path("id").asText());
            ready.add(c.path("id").asText());
        }
        stats.reset();
        String gateway = practice.stack.url("gateway");
        String analyst = practice.token("analyst");
        String biller = practice.token("biller");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    double x = r.nextDouble();
                    if (x < 0.40) {
                        String id = claimIds.get(r.nextInt(claimIds.size()));
                        practice.http.graphql("graphql claim(id)", gateway, analyst, CLAIM_BY_ID, Map.of("id", id));
                    } else if (x < 0.60) {
                        practice.http.graphql("graphql openClaims(first: 20)", gateway, analyst, OPEN_CLAIMS, null);
                    } else if (x < 0.70) {
                        practice.http.graphql("graphql agingReport", gateway, analyst, AGING, null);
                    } else if (x < 0.90) {
                        int n = counter.incrementAndGet();
                        try {
                            String e = practice.createEncounter("POST /encounters", n, r.nextBoolean() ? "60054" : "87726");
                            String id = practice.createClaim("POST /claims", e).path("id").asText();
                            claimIds.add(id);
                            ready.add(id);
                        } catch (IllegalStateException failed) {
                            // recorded by Http
                        }
                    } else if (x < 0.95 || submitted.isEmpty()) {
                        String id = ready.poll();
                        if (id == null) {
                            continue;
                        }
                        Http.Answer a = practice.http.postJson("POST /claims/{id}/status", practice.stack.url("claim-status")
                                + "/claims/" + id + "/status", biller, Map.of("status", "SUBMITTED", "reason", "load"), Map.of());
                        if (a.ok()) {
                            submitted.add(new String[] {id, a.json().path("claimNumber").asText()});
                        }
                    } else {
                        String[] claim = submitted.poll();
                        if (claim == null) {
                            continue;
                        }
                        String trace = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                        practice.postRemittance("POST /remittances (1 claim)", Remittances.paying(trace, List.of(claim[1])));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return "Mixed workload, " + seconds + " s, " + clients + " concurrent closed-loop clients, after " + seedClaims
                + " seed claims (70% GraphQL reads, 20% encounter + claim creation, 10% status updates and 835 postings):\n\n"
                + stats.table(seconds);
    }
}
