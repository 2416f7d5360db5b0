package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimTransitions;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/**
 * A hundred concurrent moves of one claim around the cycle READY → SUBMITTED → REJECTED → READY: every move
 * answered 200 is in the history exactly once, in an order the table allows, and the version counts them all.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ConcurrentMovesTest {
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void move_hundredConcurrentUpdates_loseNoAnsweredOne() throws Exception {
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        String[] targets = {"SUBMITTED", "REJECTED", "READY"};
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String target = targets[i % 3];
            String reason = "move-" + i;
            answers.add(pool.submit(() -> {
                int status = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                        .body("{\"status\":\"" + target + "\",\"reason\":\"" + reason + "\"}")
                        .post("/claims/{id}/status", c.id().value()).then().extract().statusCode();
                assertTrue(status == 200 || status == 422, reason + " answered " + status);
                return status == 200 ? reason : null;
            }));
        }
        List<String> answered = new ArrayList<>();
        for (Future<String> f : answers) {
            String reason = f.get();
            if (reason != null) {
                answered.add(reason);
            }
        }
        pool.shutdown();

        Claim last = claims.find(new PracticeId(practice), c.id()).orElseThrow();
        List<HistoryEntry> moves = last.history().subList(1, last.history().size());
        assertEquals(answered.size(), moves.size(), "every answered move, and only those, is in the history");
        assertEquals(answered.stream().sorted().toList(), moves.stream().map(HistoryEntry::reason).sorted().toList());
        assertEquals(1 + answered.size(), last.version(), "one version per answered move");
        for (int i = 0; i < moves.size(); i++) {
            HistoryEntry m = moves.get(i);
            assertEquals(last.history().get(i).to(), m.from(), "moves chain");
            assertTrue(ClaimTransitions.isAllowed(m.from(), m.to()), m.from() + " -> " + m.to());
        }
        assertEquals(moves.isEmpty() ? c.status() : moves.get(moves.size() - 1).to(), last.status());
        assertTrue(answered.size() >= 3, "some moves went through: " + answered.size());
    }
}
