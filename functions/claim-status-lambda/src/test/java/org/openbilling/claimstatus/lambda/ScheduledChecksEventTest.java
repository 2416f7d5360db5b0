package org.openbilling.claimstatus.lambda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.domain.workqueue.WorkItem;
import org.openbilling.domain.workqueue.WorkItemCategory;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.workitem.WorkItemRepository;
import org.openbilling.testing.ApiGatewayEvents;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.fixtures.Claims;

/**
 * The EventBridge rule's invocation of the work-queue function: the HTTP API event the rule sends (the stack's test
 * compares its input with this file) reaches the scheduled-checks route without a token, runs the checks for every
 * practice with saved settings, and a second tick opens nothing twice.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ScheduledChecksEventTest {
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;
    @Inject
    WorkItemRepository items;

    private JsonPath tick() {
        String answer = given().contentType("application/json")
                .body(ApiGatewayEvents.load("apigw-v2-scheduled-checks.json", Map.of()))
                .post("/_lambda_")
                .then().statusCode(200).extract().asString();
        JsonPath response = JsonPath.from(answer);
        assertEquals(200, response.getInt("statusCode"), answer);
        return JsonPath.from(response.getString("body"));
    }

    private Map<String, Object> runOf(JsonPath summary, String practice) {
        List<Map<String, Object>> runs = summary.getList("runs");
        return runs.stream().filter(r -> practice.equals(r.get("practiceId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no run for " + practice + " in " + runs));
    }

    @Test
    void scheduledChecksEvent_silentClaim_opensOneItem_andASecondTickOpensNothing() {
        String practice = "p" + UUID.randomUUID().toString().substring(0, 8);
        PracticeId id = new PracticeId(practice);
        PracticeSettings current = practices.find(id);
        practices.save(new PracticeSettings(id, "SUBMIT01", "LAKESIDE BILLING",
                new PracticeSettings.Contact("Billing Office", "2175550100", null), "CLEARHOUSE", "ACME CLEARINGHOUSE",
                "T", PracticeSettings.DEFAULT_ZONE, 30, current.version()));
        // sent ten days ago, and no 999 or 277CA since: past the default 3 days to an acknowledgement
        Claim c = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        c = claims.update(c.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", Instant.now().minus(Duration.ofDays(10))));

        Map<String, Object> first = runOf(tick(), practice);
        assertEquals(1, first.get("openClaimsRead"), first.toString());
        assertEquals(1, first.get("opened"), first.toString());
        List<WorkItem> open = items.openStream(id).toList();
        assertEquals(1, open.size());
        assertEquals(WorkItemCategory.NO_ACKNOWLEDGEMENT, open.get(0).category());
        assertEquals(c.id(), open.get(0).claimId());

        Map<String, Object> second = runOf(tick(), practice);
        assertEquals(0, second.get("opened"), "a second tick opens nothing: " + second);
        assertEquals(1, second.get("openItemsRead"));
        assertEquals(1, items.openStream(id).count());
        assertTrue(tick().getInt("practices") >= 1);
    }
}
