package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;
import org.openbilling.testing.DynamoCallCounter;

/**
 * On demand only (tag {@code benchmark}, excluded from the default run): a thousand claims are stored, submitted in
 * one batch, and paid by one 835; prints how long the submission and the posting took against dynalite, after an
 * untimed round of {@code benchmark.warmup} (300) claims that lets the JIT compile the hot paths.
 * {@code ./mvnw -o -B -pl functions/claim-status -am verify -Pbenchmark}
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class RemittanceBenchmarkTest {
    static final int CLAIMS = Integer.getInteger("benchmark.claims", 1000);
    /** The test client's default read timeout (30 s) would cut a slow run short instead of measuring it. */
    static final io.restassured.config.RestAssuredConfig SLOW = io.restassured.config.RestAssuredConfig.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000));
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;

    /** Claims of a first, untimed round: a fresh JVM spends most of its first seconds compiling (C2). */
    static final int WARMUP = Integer.getInteger("benchmark.warmup", 300);

    @Test
    void post835_thousandClaims_timed() throws Exception {
        if (WARMUP > 0) {
            round(WARMUP, "warm-up (JIT)", false);
        }
        round(CLAIMS, "measured", false);
    }

    /**
     * The chain (issue 19): half the claims have a secondary coverage, so their posting also makes the secondary
     * claim (a conditional create each) and leaves no patient invoice.
     */
    @Test
    void post835_thousandClaimsHalfWithSecondaryCoverage_timed() throws Exception {
        if (WARMUP > 0) {
            round(WARMUP, "chain warm-up (JIT)", true);
        }
        round(CLAIMS, "chain measured", true);
    }

    private void round(int count, String label, boolean halfWithSecondary) throws Exception {
        String practice = Practices.fresh();
        Practices.readyForX12(practices, practice);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Claim>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean second = halfWithSecondary && i % 2 == 0;
            made.add(pool.submit(() -> {
                Claim c = Claims.aReadyClaim(practice);
                if (second) {
                    c = c.withBilled(c.billed().withDetails(c.details().withCoverages(List.of(
                            c.details().primaryCoverage(), PayerChainTest.coverage("2223456789", "BETA HEALTH", "B1")))));
                }
                return claims.create(c).orElseThrow();
            }));
        }
        List<Claim> all = new ArrayList<>();
        for (Future<Claim> f : made) {
            all.add(f.get());
        }
        pool.shutdown();

        String ids = String.join(",", all.stream().map(c -> "\"" + c.id().value() + "\"").toList());
        long s0 = System.nanoTime();
        given().config(SLOW).header("Authorization", Tokens.bearer(practice, "biller")).header("Idempotency-Key", "bench-" + practice)
                .contentType("application/json").body("{\"claimIds\":[" + ids + "]}").post("/submissions")
                .then().statusCode(201);
        long submitMs = (System.nanoTime() - s0) / 1_000_000;

        String x12 = X12Corpus.generated835("BENCH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "1123456789", all.stream().map(c -> c.claimNumber().value()).toList(), true);
        DynamoCallCounter.reset();
        long dynaliteCpu0 = BenchmarkProbes.dynaliteCpuMs();
        long jvmCpu0 = BenchmarkProbes.jvmCpuMs();
        long t0 = System.nanoTime();
        long startedAt = System.currentTimeMillis();
        var r = given().config(SLOW).header("Authorization", Tokens.bearer(practice, "partner"))
                .contentType("application/edi-x12").body(x12.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .post("/remittances").then().extract();
        long postMs = (System.nanoTime() - t0) / 1_000_000;
        long jvmCpu = BenchmarkProbes.jvmCpuMs() - jvmCpu0;
        long dynaliteCpu = BenchmarkProbes.dynaliteCpuMs() - dynaliteCpu0;
        int calls = DynamoCallCounter.total();
        var byOperation = DynamoCallCounter.snapshot();
        var byTable = DynamoCallCounter.byTable();
        long endedAt = System.currentTimeMillis();
        assertEquals(200, r.statusCode(), r.body().asString());
        int posted = (int) r.path("claimsPaid") + (int) r.path("claimsPartiallyPaid") + (int) r.path("claimsDenied");
        assertEquals(count, posted);
        long secondaries = halfWithSecondary ? all.stream().filter(c -> claims.find(c.practiceId(),
                org.openbilling.domain.claim.ClaimFactory.nextId(c.id(),
                        org.openbilling.domain.encounter.CoveragePosition.SECONDARY)).isPresent()).count() : 0;
        if (halfWithSecondary) {
            assertEquals(all.stream().filter(c -> c.details().coverages().size() > 1).count(), secondaries,
                    "a secondary claim for every claim with a secondary coverage");
            System.out.printf("BENCHMARK %s: %d secondary claims made by the posting%n", label, secondaries);
        }
        System.out.printf("BENCHMARK %s: %d claims: submission (837P batch, claims SUBMITTED) %d ms; 835 posting %d ms "
                        + "(%d invoices created, %.1f KB of X12)%n", label, count, submitMs, postMs,
                ((List<?>) r.path("invoicesCreated")).size(), x12.length() / 1024.0);
        System.out.printf("BENCHMARK %s: 835 posting: %d DynamoDB calls %s; CPU: dynalite %d ms, this JVM %d ms; "
                + "load average %s%n", label, calls, byOperation, dynaliteCpu, jvmCpu, BenchmarkProbes.loadAverage());
        // by table, and the posting's window in epoch ms (to cut a Flight Recorder file to the posting)
        System.out.printf("BENCHMARK %s: 835 posting: calls by table %s; posted from %d to %d (epoch ms)%n", label,
                byTable, startedAt, endedAt);
    }
}
