package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbilling.claimstatus.workqueue.WorkQueueChecks;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.x12.ClaimStatus277Reader;

/**
 * Claim status inquiries: a 276 of the claims waiting on a payer, stored under an id that a retry finds again, and the
 * 277 answer (read from a file shaped after the public 005010X212 examples) recorded once per claim, with the work
 * items it calls for; unmatched claims listed, another practice untouched.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class StatusInquiriesTest {
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;
    @Inject
    WorkQueueChecks checks;

    private final String practice = Practices.fresh();

    private ExtractableResponse<Response> inquire(String role, String body, String key) {
        var req = given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json");
        if (key != null) {
            req = req.header("Idempotency-Key", key);
        }
        return req.body(body).post("/claim-status-inquiries").then().extract();
    }

    private static String ids(Claim... cs) {
        return "{\"claimIds\":[" + String.join(",", java.util.Arrays.stream(cs).map(c -> "\"" + c.id().value() + "\"")
                .toList()) + "]}";
    }

    private Claim reload(Claim c) {
        return claims.find(c.practiceId(), c.id()).orElseThrow();
    }

    private List<Map<String, Object>> items(Claim c) {
        var r = given().header("Authorization", Tokens.bearer(practice, "biller"))
                .queryParams(Map.of("first", 100, "status", "OPEN")).get("/work-items").then().extract();
        assertEquals(200, r.statusCode(), r.body().asString());
        List<Map<String, Object>> all = r.jsonPath().getList("items");
        return all.stream().filter(i -> c.id().value().equals(i.get("claimId"))).toList();
    }

    private static long count(Claim c, String reasonStart) {
        return c.history().stream().filter(h -> h.reason() != null && h.reason().startsWith(reasonStart)).count();
    }

    @Test
    void inquire_chosenClaims_answersA276WithATracePerClaim_andAgainTheSameBatch() {
        Practices.readyForX12(practices, practice);
        Claim accepted = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim submitted = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);

        var r = inquire("biller", ids(accepted, submitted), null);

        assertEquals(201, r.statusCode(), r.body().asString());
        JsonPath j = r.jsonPath();
        String id = j.getString("id");
        assertTrue(id.matches("q-[0-9a-f]{32}"), id);
        assertEquals(List.of(accepted.claimNumber().value(), submitted.claimNumber().value()), j.getList("claims.claimNumber"));
        String x12 = j.getString("x12");
        assertTrue(x12.contains("ST*276*") && x12.contains("*005010X212~"), x12);
        assertTrue(x12.contains("BHT*0010*13*" + id + "*"), "BHT03 names the inquiry");
        for (String trace : j.<String>getList("claims.trace")) {
            assertTrue(x12.contains("TRN*1*" + trace + "~"), trace);
        }
        assertTrue(x12.contains("REF*EJ*" + accepted.claimNumber().value() + "~"));
        assertEquals(1, count(reload(accepted), "276 status inquiry " + id));

        var again = inquire("biller", ids(accepted, submitted), null);
        assertEquals(201, again.statusCode());
        assertEquals(id, again.path("id"), "the same claims on the same day are the same inquiry");
        assertEquals(x12, again.path("x12"));
        assertEquals(1, count(reload(accepted), "276 status inquiry " + id), "noted once");

        var read = given().header("Authorization", Tokens.bearer(practice, "analyst")).accept("application/edi-x12")
                .get("/claim-status-inquiries/" + id).then().extract();
        assertEquals(200, read.statusCode());
        assertEquals(x12, read.body().asString());
        assertEquals(404, given().header("Authorization", Tokens.bearer(Practices.fresh(), "biller"))
                .get("/claim-status-inquiries/" + id).then().extract().statusCode(), "another practice's inquiry");
    }

    @Test
    void inquire_noClaimsNamed_asksAboutEveryAcceptedClaimOnly() {
        Practices.readyForX12(practices, practice);
        Claim a = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim b = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Flows.aClaimIn(claims, practice, ClaimStatus.PAID);

        var r = inquire("admin", "{}", "k-" + practice);

        assertEquals(201, r.statusCode(), r.body().asString());
        assertEquals(java.util.Set.of(a.claimNumber().value(), b.claimNumber().value()),
                java.util.Set.copyOf(r.jsonPath().getList("claims.claimNumber")));
    }

    @Test
    void inquire_badClaims_isRefusedNamingEach_andChangesNothing() {
        Practices.readyForX12(practices, practice);
        Claim paid = Flows.aClaimIn(claims, practice, ClaimStatus.PAID);
        Claim elsewhere = Flows.aClaimIn(claims, Practices.fresh(), ClaimStatus.ACCEPTED);

        var r = inquire("biller", ids(paid), null);
        assertEquals(422, r.statusCode(), r.body().asString());
        assertEquals("claim-not-awaiting-payer", r.path("errors[0].rule"));
        assertEquals("claimIds[0]", r.path("errors[0].field"));
        assertEquals(paid.version(), reload(paid).version());

        assertEquals(404, inquire("biller", ids(elsewhere), null).statusCode(), "another practice's claim");
        assertEquals(elsewhere.version(), reload(elsewhere).version());
        var none = inquire("biller", "{}", null);
        assertEquals(422, none.statusCode());
        assertEquals("no-claims-awaiting-payer", none.path("errors[0].rule"));
        assertEquals(403, inquire("coder", ids(paid), null).statusCode());
    }

    /** The answer file for the inquiry {@code q}: paid, denied and pending claims, and a claim nobody has. */
    private static String answer(JsonPath q, Claim paid, Claim denied, Claim pending, String pendingStatus) {
        Map<String, String> v = new HashMap<>();
        v.put("GUIDE", "005010X212");
        v.put("REF", q.getString("id"));
        v.put("PAID", paid.claimNumber().value());
        v.put("DENIED", denied.claimNumber().value());
        v.put("PENDING", pending.claimNumber().value());
        v.put("PAIDTRACE", q.getString("claims.find { it.claimNumber == '" + paid.claimNumber().value() + "' }.trace"));
        v.put("DENIEDTRACE", q.getString("claims.find { it.claimNumber == '" + denied.claimNumber().value() + "' }.trace"));
        v.put("PENDINGTRACE", q.getString("claims.find { it.claimNumber == '" + pending.claimNumber().value() + "' }.trace"));
        v.put("PENDINGSTATUS", pendingStatus);
        v.put("UNKNOWN", "ZZNOSUCH1");
        return X12Corpus.load("277-status.edi", v);
    }

    @Test
    void response277_recordsEachClaimsStatusOnce_opensItems_andListsTheUnmatched() {
        Practices.readyForX12(practices, practice);
        Claim paid = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim denied = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim pending = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        JsonPath q = inquire("biller", ids(paid, denied, pending), null).jsonPath();
        String x12 = answer(q, paid, denied, pending, "P3:21");
        // the file reads with the project's own reader before the service sees it
        assertEquals(4, new ClaimStatus277Reader().read(x12).size());

        var r = Flows.postX12("/acknowledgements", practice, "partner", x12);

        assertEquals(200, r.statusCode(), r.body().asString());
        JsonPath j = r.jsonPath();
        assertEquals("277", j.getString("transactionSet"));
        assertEquals(List.of("ZZNOSUCH1"), j.getList("unmatched"));
        assertEquals(List.of("F1", "F2", "P3"), j.getList("statuses.category"));
        assertEquals(List.of("FINALIZED", "FINALIZED", "PENDING"), j.getList("statuses.kind"));
        assertEquals(List.of(true, true, true), j.getList("statuses.recorded"));
        assertEquals("120.00", j.getString("statuses[0].paidAmount"));
        assertNull(j.get("statuses[0].workItemId"), "paid: nobody needs to act");

        Claim p = reload(paid);
        assertEquals(ClaimStatus.ACCEPTED, p.status(), "a 277 moves no claim: the 835 does");
        assertEquals(1, count(p, "277 claim status F1 (finalized): F1:65"));
        assertEquals("PCN9001", p.payerClaimControlNumber().value());
        assertEquals(List.of(), items(paid));
        Map<String, Object> deniedItem = items(denied).get(0);
        assertEquals("CLAIM_STATUS", deniedItem.get("category"));
        assertEquals("REVIEW_DENIAL", deniedItem.get("action"));
        assertEquals(List.of("F2:88:IL"), deniedItem.get("codes"));
        assertEquals(j.getString("statuses[1].workItemId"), deniedItem.get("id"));
        assertEquals("SEND_REQUESTED_INFORMATION", items(pending).get(0).get("action"));

        List<Long> versions = List.of(reload(paid).version(), reload(denied).version(), reload(pending).version());
        var again = Flows.postX12("/acknowledgements", practice, "partner", x12);
        assertEquals(200, again.statusCode());
        assertEquals(List.of(false, false, false), again.jsonPath().getList("statuses.recorded"));
        assertEquals(versions, List.of(reload(paid).version(), reload(denied).version(), reload(pending).version()),
                "the same 277 again changes nothing");
        assertEquals(1, items(denied).size());
        assertEquals(1, items(pending).size());
    }

    @Test
    void response277_laterAnswer_resolvesTheEarlierItemAndTheSilence() {
        Practices.readyForX12(practices, practice);
        Claim paid = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim denied = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim pending = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        // 40 days on, no 835: the checks open NO_PAYMENT, which asks for a status inquiry
        checks.run(new PracticeId(practice), Instant.now().plus(Duration.ofDays(40)));
        assertEquals("NO_PAYMENT", items(pending).get(0).get("category"));
        JsonPath q = inquire("biller", ids(paid, denied, pending), null).jsonPath();

        Flows.postX12("/acknowledgements", practice, "partner", answer(q, paid, denied, pending, "P3:21"));
        List<Map<String, Object>> open = items(pending);
        assertEquals(List.of("CLAIM_STATUS"), open.stream().map(i -> i.get("category")).toList(),
                "the inquiry answered the silence; the request for information is the work now");

        var later = Flows.postX12("/acknowledgements", practice, "partner", answer(q, paid, denied, pending, "P1:20"));
        assertEquals(200, later.statusCode(), later.body().asString());
        assertEquals(List.of(), items(pending), "in process again: the earlier request is settled");
        assertNull(later.jsonPath().get("statuses[2].workItemId"));
    }

    @Test
    void response277_ofAnotherGuide_is422NamingSt03_andChangesNothing() {
        Practices.readyForX12(practices, practice);
        Claim paid = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim denied = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim pending = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        JsonPath q = inquire("biller", ids(paid, denied, pending), null).jsonPath();
        String x12 = answer(q, paid, denied, pending, "P3:21").replace("005010X212", "005010X213");
        long version = reload(paid).version();

        var r = Flows.postX12("/acknowledgements", practice, "partner", x12);

        assertEquals(422, r.statusCode(), r.body().asString());
        assertEquals("x12-277-guide-unsupported", r.path("errors[0].rule"));
        assertEquals("ST[3].03", r.path("errors[0].field"));
        assertEquals(version, reload(paid).version());
        assertEquals(List.of(), items(denied));
    }

    @Test
    void response277_ofAnotherPractice_touchesNothingOfOurs() {
        Practices.readyForX12(practices, practice);
        Claim paid = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim denied = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim pending = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        JsonPath q = inquire("biller", ids(paid, denied, pending), null).jsonPath();
        long version = reload(denied).version();

        var r = Flows.postX12("/acknowledgements", Practices.fresh(), "partner", answer(q, paid, denied, pending, "P3:21"));

        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(4, r.jsonPath().getList("unmatched").size(), "none of the claims is the other practice's");
        assertEquals(version, reload(denied).version());
        assertFalse(items(denied).stream().anyMatch(i -> "CLAIM_STATUS".equals(i.get("category"))));
        assertNotNull(q.getString("id"));
    }
}
