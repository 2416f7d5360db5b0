package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class SubmissionsTest {
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;
    @Inject
    TestPostingHooks hooks;

    private final String practice = Practices.fresh();

    @AfterEach
    void disarm() {
        hooks.disarm();
    }

    private ExtractableResponse<Response> submit(String key, String... ids) {
        var req = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json");
        if (key != null) {
            req = req.header("Idempotency-Key", key);
        }
        return req.body("{\"claimIds\":[" + String.join(",", java.util.Arrays.stream(ids).map(i -> "\"" + i + "\"").toList()) + "]}")
                .post("/submissions").then().extract();
    }

    private Claim stored(Claim c) {
        return claims.find(new PracticeId(practice), c.id()).orElseThrow();
    }

    @Test
    void submit_readyClaims_writesOneBatchAndMovesThemToSubmitted() {
        Practices.readyForX12(practices, practice);
        Claim a = Practices.aReadyClaim(claims, practice);
        Claim b = Practices.aReadyClaim(claims, practice);
        var r = submit("k-" + practice, a.id().value(), b.id().value());
        assertEquals(201, r.statusCode(), r.body().asString());
        String id = r.path("id");
        String x12 = r.path("x12");
        assertEquals(List.of(a.id().value(), b.id().value()), r.path("claimIds"));
        String group = r.path("controlNumbers.group");
        assertTrue(x12.startsWith("ISA*"), x12);
        assertTrue(x12.contains("*" + r.path("controlNumbers.interchange") + "*"), "ISA13 in the batch");
        assertTrue(x12.contains("GS*HC*SUBMIT01*CLEARHOUSE*"), "envelope from the practice settings");
        assertTrue(x12.contains("ST*837*" + r.path("controlNumbers.transactions[0]") + "*"), "ST02 in the batch");
        assertTrue(x12.contains("CLM*" + a.claimNumber().value() + "*") && x12.contains("CLM*" + b.claimNumber().value() + "*"));
        assertEquals(1, x12.split("~ST\\*").length - 1, "one transaction set");
        assertTrue(r.header("Location").endsWith("/submissions/" + id), r.header("Location"));
        for (Claim c : List.of(a, b)) {
            Claim s = stored(c);
            assertEquals(ClaimStatus.SUBMITTED, s.status());
            assertEquals(id, s.submissionId());
            HistoryEntry last = s.history().get(s.history().size() - 1);
            assertEquals("submission " + id, last.reason());
            assertEquals("tester-biller", last.actor());
            assertTrue(s.submittedAt() != null);
        }
        // the batch as sent, as JSON and as raw X12
        given().header("Authorization", Tokens.bearer(practice, "analyst")).get("/submissions/{id}", id)
                .then().statusCode(200).body("x12", equalTo(x12)).body("controlNumbers.group", equalTo(group))
                .body("claimIds", hasSize(2));
        String raw = given().header("Authorization", Tokens.bearer(practice, "biller")).accept("application/edi-x12")
                .get("/submissions/{id}", id).then().statusCode(200).contentType(containsString("application/edi-x12"))
                .extract().asString();
        assertEquals(x12, raw);
    }

    @Test
    void submit_twoBatches_takeDistinctControlNumbers() {
        Practices.readyForX12(practices, practice);
        var first = submit(null, Practices.aReadyClaim(claims, practice).id().value());
        var second = submit(null, Practices.aReadyClaim(claims, practice).id().value());
        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertNotEquals((String) first.path("controlNumbers.interchange"), (String) second.path("controlNumbers.interchange"));
        assertNotEquals((String) first.path("controlNumbers.group"), (String) second.path("controlNumbers.group"));
        assertEquals(9, ((String) first.path("controlNumbers.interchange")).length());
    }

    @Test
    void submit_claimNotReady_is422NamingTheFieldAndChangesNothing() {
        Practices.readyForX12(practices, practice);
        Claim ready = Practices.aReadyClaim(claims, practice);
        Claim submitted = claims.update(Practices.aReadyClaim(claims, practice).moveTo(ClaimStatus.SUBMITTED, "t", "x", Instant.now()));
        var r = submit(null, ready.id().value(), submitted.id().value());
        assertEquals(422, r.statusCode());
        assertEquals("claim-not-ready", r.path("errors[0].rule"));
        assertEquals("claimIds[1]", r.path("errors[0].field"));
        assertEquals(ClaimStatus.READY, stored(ready).status());
    }

    @Test
    void submit_claimOfAnotherPractice_is404NamingTheField() {
        Practices.readyForX12(practices, practice);
        Claim mine = Practices.aReadyClaim(claims, practice);
        Claim theirs = Practices.aReadyClaim(claims, Practices.fresh());
        var r = submit(null, mine.id().value(), theirs.id().value());
        assertEquals(404, r.statusCode());
        assertEquals("not-found", r.path("errors[0].rule"));
        assertEquals("claimIds[1]", r.path("errors[0].field"));
        assertEquals(ClaimStatus.READY, stored(mine).status());
        assertEquals(ClaimStatus.READY, claims.find(theirs.practiceId(), theirs.id()).orElseThrow().status());
    }

    @Test
    void submit_badInput_is422WithFields() {
        Practices.readyForX12(practices, practice);
        Claim c = Practices.aReadyClaim(claims, practice);
        var dup = submit(null, c.id().value(), c.id().value());
        assertEquals(422, dup.statusCode());
        assertEquals("duplicate-claim-id", dup.path("errors[0].rule"));
        assertEquals("claimIds[1]", dup.path("errors[0].field"));
        var empty = submit(null);
        assertEquals(422, empty.statusCode());
        assertEquals("claimIds", empty.path("errors[0].field"));
        var bad = submit(null, "has space");
        assertEquals(422, bad.statusCode());
        assertEquals("claimIds[0]", bad.path("errors[0].field"));
    }

    @Test
    void submit_withoutPracticeSettings_is422AndChangesNothing() {
        Claim c = Practices.aReadyClaim(claims, practice);
        var r = submit(null, c.id().value());
        assertEquals(422, r.statusCode());
        assertEquals("practice-settings-incomplete", r.path("errors[0].rule"));
        assertEquals(ClaimStatus.READY, stored(c).status());
    }

    @Test
    void submit_sameKeyAgain_answersTheSameBatchAndMovesNothingTwice() {
        Practices.readyForX12(practices, practice);
        Claim c = Practices.aReadyClaim(claims, practice);
        var first = submit("again-" + practice, c.id().value());
        var second = submit("again-" + practice, c.id().value());
        assertEquals(201, second.statusCode());
        assertEquals((String) first.path("id"), second.path("id"));
        assertEquals((String) first.path("x12"), second.path("x12"));
        assertEquals(2, stored(c).version(), "created (1), moved once (2), nothing more");
    }

    @Test
    void submit_pendingVoid_goesAlongOnceAndIsCleared() {
        Practices.readyForX12(practices, practice);
        Claim voided = Practices.aReadyClaim(claims, practice);
        voided = claims.update(Flows.pendingVoid(voided, "26030912345"));
        Claim c = Practices.aReadyClaim(claims, practice);
        var r = submit(null, c.id().value());
        assertEquals(201, r.statusCode(), r.body().asString());
        assertEquals(List.of(voided.id().value()), r.path("voidClaimIds"));
        assertTrue(((String) r.path("x12")).contains("REF*F8*26030912345"), "the void carries the payer's number");
        Claim after = stored(voided);
        assertFalse(after.voidPending());
        assertTrue(after.history().get(after.history().size() - 1).reason().startsWith("void sent in submission "));
        var next = submit(null, Practices.aReadyClaim(claims, practice).id().value());
        assertEquals(List.of(), next.path("voidClaimIds"), "a void goes out once");
    }

    @Test
    void submit_crashWhileMovingClaims_retryWithSameKeyFinishesTheSameBatch() {
        Practices.readyForX12(practices, practice);
        Claim a = Practices.aReadyClaim(claims, practice);
        Claim b = Practices.aReadyClaim(claims, practice);
        Claim c = Practices.aReadyClaim(claims, practice);
        hooks.failSubmitAfter(1);
        var crashed = submit("crash-" + practice, a.id().value(), b.id().value(), c.id().value());
        assertEquals(500, crashed.statusCode());
        hooks.disarm();
        var retry = submit("crash-" + practice, a.id().value(), b.id().value(), c.id().value());
        assertEquals(201, retry.statusCode(), retry.body().asString());
        String id = retry.path("id");
        for (Claim x : List.of(a, b, c)) {
            Claim s = stored(x);
            assertEquals(ClaimStatus.SUBMITTED, s.status());
            assertEquals(id, s.submissionId());
            assertEquals(1, s.history().stream().filter(h -> h.to() == ClaimStatus.SUBMITTED).count(), "moved once");
        }
        var again = submit("crash-" + practice, a.id().value(), b.id().value(), c.id().value());
        assertEquals((String) retry.path("controlNumbers.group"), again.path("controlNumbers.group"));
    }

    @Test
    void submissions_roles_andOtherPractice() {
        Practices.readyForX12(practices, practice);
        Claim c = Practices.aReadyClaim(claims, practice);
        for (String role : List.of("coder", "analyst", "partner")) {
            given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json")
                    .body("{\"claimIds\":[\"" + c.id().value() + "\"]}").post("/submissions").then().statusCode(403);
        }
        String id = submit(null, c.id().value()).path("id");
        given().header("Authorization", Tokens.bearer(practice, "coder")).get("/submissions/{id}", id).then().statusCode(403);
        given().header("Authorization", Tokens.bearer(practice, "admin")).get("/submissions/{id}", id).then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Practices.fresh(), "admin")).get("/submissions/{id}", id)
                .then().statusCode(404).body("errors[0].rule", equalTo("not-found"));
        given().contentType("application/json").body("{}").post("/submissions").then().statusCode(401);
    }
}
