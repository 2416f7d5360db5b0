package org.openbilling.claimstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openbilling.claimstatus.workqueue.WorkQueueChecks;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.DynamoCallCounter;
import org.openbilling.testing.fixtures.Claims;

/**
 * On demand only (tag {@code benchmark}): the scheduled checks over one practice with {@code benchmark.closed}
 * (50,000) closed and {@code benchmark.open} (2,000) open claims on dynalite. Prints the DynamoDB calls by operation,
 * the claims read and the wall time of a first run (40 days after acceptance: it opens a NO_PAYMENT item per open
 * claim) and of a second run (opens nothing), and asserts that only the open claims were read.
 * {@code ./mvnw -o -B -pl functions/claim-status -am verify -Pbenchmark -Dtest=WorkQueueChecksBenchmarkTest}
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class WorkQueueChecksBenchmarkTest {
    static final int CLOSED = Integer.getInteger("benchmark.closed", 50_000);
    static final int OPEN = Integer.getInteger("benchmark.open", 2_000);
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;
    @Inject
    WorkQueueChecks checks;

    @Test
    void checks_fiftyThousandClosedTwoThousandOpen_readOnlyTheOpen_timed() throws Exception {
        String practice = Practices.fresh();
        Practices.readyForX12(practices, practice);
        Instant accepted = Instant.now().minus(Duration.ofDays(1));
        long s0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> made = new ArrayList<>();
        for (int i = 0; i < CLOSED + OPEN; i++) {
            boolean open = i < OPEN;
            made.add(pool.submit(() -> {
                Claim c = Claims.aReadyClaim(practice).moveTo(ClaimStatus.SUBMITTED, "bench", "sent", accepted)
                        .moveTo(ClaimStatus.ACCEPTED, "bench", "accepted", accepted);
                if (!open) {
                    // set directly, without the posting that leads there: only the status decides the open index
                    c = c.withLifecycle(c.lifecycle().withStatus(ClaimStatus.CLOSED));
                }
                return claims.create(c).orElseThrow();
            }));
        }
        for (Future<?> f : made) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("BENCHMARK work-queue checks: seeded %d closed and %d open claims in %d s%n", CLOSED, OPEN,
                (System.nanoTime() - s0) / 1_000_000_000);
        PracticeId p = new PracticeId(practice);
        Instant later = Instant.now().plus(Duration.ofDays(40));
        for (String label : List.of("first run (opens an item per open claim)", "second run (opens nothing)")) {
            DynamoCallCounter.reset();
            long jvm0 = BenchmarkProbes.jvmCpuMs();
            long dynalite0 = BenchmarkProbes.dynaliteCpuMs();
            long t0 = System.nanoTime();
            WorkQueueChecks.PracticeRun run = checks.run(p, later);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long jvmCpu = BenchmarkProbes.jvmCpuMs() - jvm0;
            long dynaliteCpu = BenchmarkProbes.dynaliteCpuMs() - dynalite0;
            System.out.printf("BENCHMARK work-queue checks, %s: %d ms; open claims read %d, open items read %d, opened %d,"
                            + " resolved %d; %d DynamoDB calls %s; CPU: this JVM %d ms, dynalite %d ms; load average %s%n", label,
                    ms, run.openClaimsRead(), run.openItemsRead(), run.opened(), run.resolved(),
                    DynamoCallCounter.total(), DynamoCallCounter.snapshot(), jvmCpu, dynaliteCpu,
                    BenchmarkProbes.loadAverage());
            assertEquals(OPEN, run.openClaimsRead(), "only the open claims are read");
        }
    }
}
