package org.openbilling.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.DynamoCallCounter;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/**
 * On demand only (profile {@code benchmarks}): do openClaims and agingReport stay as fast with 50,000 closed claims
 * in the table as with 1,000? Both read the sparse open-claims index, so they should. Also: claims(first: 50) with
 * each claim's encounter at 20 concurrent clients. Against dynalite through the whole gateway over HTTP; numbers
 * go to stdout and target/bench-open-items.md.
 *
 * <pre>./mvnw -o -B -pl gateway -am verify -Pbenchmarks -Dtest=OpenItemsBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class OpenItemsBenchmark {
    static final int OPEN = Integer.getInteger("bench.open", 200);
    static final int[] CLOSED = Arrays.stream(System.getProperty("bench.closed", "1000,50000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    static final int SEQUENTIAL = Integer.getInteger("bench.requests", 200);
    static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    static final int PER_CLIENT = Integer.getInteger("bench.per-client", 20);

    static final String OPEN_CLAIMS = "{ openClaims(first: 50) { edges { node { id claimNumber status ageDays "
            + "insuranceBalance payer { payerId payerName } } } pageInfo { hasNextPage endCursor } } }";
    static final String AGING = "{ agingReport { asOf insurance { label count balance } "
            + "byPayer { payerId total buckets { label count balance } } } }";
    static final String CLAIMS_WITH_ENCOUNTERS = "{ claims(first: 50) { edges { node { id claimNumber status "
            + "encounter { id serviceDate status } } } pageInfo { hasNextPage } } }";

    @Inject
    ClaimRepository claims;
    @Inject
    EncounterRepository encounters;
    @TestHTTPResource("/graphql")
    URI graphql;

    private final String practice = "bench" + UUID.randomUUID().toString().substring(0, 6);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> report = new ArrayList<>();

    record Stats(int n, double p50, double p99, double mean) {
        static Stats of(List<Long> nanos) {
            long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Stats(s.length, s[(int) Math.floor(0.50 * (s.length - 1))] / 1e6,
                    s[(int) Math.ceil(0.99 * (s.length - 1))] / 1e6, Arrays.stream(s).average().orElse(0) / 1e6);
        }
    }

    @Test
    void openItems_costFollowsOpenClaims_notClosedHistory() throws Exception {
        line("# Open items vs closed history (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + Instant.now() + ")");
        line("");
        Instant t0 = Instant.now();
        storeOpenClaims();
        line("stored " + OPEN + " open claims with their encounters in " + Duration.between(t0, Instant.now()).toSeconds() + " s");
        int closed = 0;
        List<String> rows = new ArrayList<>();
        rows.add("| closed claims | query | requests | p50 ms | p99 ms | mean ms | DynamoDB calls per request |");
        rows.add("|---|---|---|---|---|---|---|");
        boolean warm = false;
        for (int target : CLOSED) {
            Instant t = Instant.now();
            storeClosedClaims(target - closed);
            closed = target;
            line("closed claims now " + closed + " (stored in " + Duration.between(t, Instant.now()).toSeconds() + " s)");
            if (!warm) {
                // one unrecorded pass first: otherwise the first stage pays for JIT compilation and looks slower
                measure(closed, "warm-up", OPEN_CLAIMS);
                measure(closed, "warm-up", AGING);
                concurrent(closed, "warm-up", CLAIMS_WITH_ENCOUNTERS);
                warm = true;
            }
            rows.add(measure(closed, "openClaims(first: 50)", OPEN_CLAIMS));
            rows.add(measure(closed, "agingReport", AGING));
            rows.add(concurrent(closed, "claims(first: 50) { encounter } x " + CLIENTS + " clients", CLAIMS_WITH_ENCOUNTERS));
        }
        line("");
        rows.forEach(this::line);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/bench-open-items.md"), report);
    }

    private void storeOpenClaims() throws Exception {
        ClaimStatus[][] paths = {{}, {ClaimStatus.SUBMITTED}, {ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED},
                {ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.DENIED}};
        parallel(OPEN, i -> {
            Encounter e = encounters.create(Claims.aCodedEncounter(practice));
            Instant created = Instant.now().minus(Duration.ofHours(ThreadLocalRandom.current().nextLong(1, 24 * 200)));
            Claim c = ClaimFactory.fromEncounter(e, ClaimId.newId(), ClaimFactory.newClaimNumber(), List.of(), "bench", created);
            for (ClaimStatus s : paths[i % paths.length]) {
                c = c.moveTo(s, "bench", "bench", created.plusSeconds(3600));
            }
            claims.create(c).orElseThrow();
        });
    }

    /** Closed claims created one to three years ago: VOIDED, or PAID and CLOSED (no encounters stored: not read). */
    private void storeClosedClaims(int n) throws Exception {
        parallel(n, i -> {
            Instant created = Instant.now().minus(Duration.ofDays(ThreadLocalRandom.current().nextLong(365, 1095)));
            Claim c = ClaimFactory.fromEncounter(Claims.aCodedEncounter(practice), ClaimId.newId(),
                    ClaimFactory.newClaimNumber(), List.of(), "bench", created);
            c = i % 3 == 0 ? c.moveTo(ClaimStatus.VOIDED, "bench", "bench", created)
                    : c.moveTo(ClaimStatus.SUBMITTED, "bench", "b", created).moveTo(ClaimStatus.ACCEPTED, "bench", "b", created)
                    .moveTo(ClaimStatus.PAID, "bench", "b", created).moveTo(ClaimStatus.CLOSED, "bench", "b", created);
            claims.create(c).orElseThrow();
        });
    }

    interface Task {
        void run(int i) throws Exception;
    }

    private static void parallel(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private String measure(int closed, String name, String document) throws Exception {
        String token = Tokens.bearer(practice, "analyst");
        for (int i = 0; i < 30; i++) {
            post(token, document);
        }
        DynamoCallCounter.reset();
        post(token, document);
        String calls = DynamoCallCounter.snapshot().toString();
        int total = DynamoCallCounter.total();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            long s = System.nanoTime();
            post(token, document);
            nanos.add(System.nanoTime() - s);
        }
        Stats st = Stats.of(nanos);
        return String.format(Locale.ROOT, "| %,d | %s | %d sequential | %.1f | %.1f | %.1f | %d %s |", closed, name, st.n(),
                st.p50(), st.p99(), st.mean(), total, calls);
    }

    private String concurrent(int closed, String name, String document) throws Exception {
        String token = Tokens.bearer(practice, "analyst");
        for (int i = 0; i < 20; i++) {
            post(token, document);
        }
        DynamoCallCounter.reset();
        post(token, document);
        String calls = DynamoCallCounter.snapshot().toString();
        int total = DynamoCallCounter.total();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < PER_CLIENT; i++) {
                    long s = System.nanoTime();
                    post(token, document);
                    mine.add(System.nanoTime() - s);
                }
                return mine;
            }));
        }
        List<Long> nanos = new ArrayList<>();
        for (Future<List<Long>> f : clients) {
            nanos.addAll(f.get());
        }
        pool.shutdown();
        Stats st = Stats.of(nanos);
        return String.format(Locale.ROOT, "| %,d | %s | %d (%d x %d) | %.1f | %.1f | %.1f | %d %s |", closed, name, st.n(),
                CLIENTS, PER_CLIENT, st.p50(), st.p99(), st.mean(), total, calls);
    }

    private void post(String token, String document) throws IOException, InterruptedException {
        String body = GraphQL.JSON.createObjectNode().put("query", document).toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(graphql).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 200 && !r.body().contains("\"errors\""), r.body());
    }

    private void line(String s) {
        System.out.println(s);
        report.add(s);
    }
}
