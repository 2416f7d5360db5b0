package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class AcknowledgementsTest {
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;

    private final String practice = Practices.fresh();

    private Claim reload(Claim c) {
        return claims.find(c.practiceId(), c.id()).orElseThrow();
    }

    private static String lastReason(Claim c) {
        List<HistoryEntry> h = c.history();
        return h.get(h.size() - 1).reason();
    }

    /** Two claims sent in one batch; answers the batch's group and transaction control numbers. */
    private Map<String, String> submitTwo(List<Claim> out) {
        Practices.readyForX12(practices, practice);
        Claim a = Practices.aReadyClaim(claims, practice);
        Claim b = Practices.aReadyClaim(claims, practice);
        var r = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"claimIds\":[\"" + a.id().value() + "\",\"" + b.id().value() + "\"]}").post("/submissions")
                .then().statusCode(201).extract();
        out.add(a);
        out.add(b);
        return Map.of("GROUP", r.path("controlNumbers.group"), "ST02", r.path("controlNumbers.transactions[0]"));
    }

    @Test
    void ack999_accepted_notesTheHistoryOnly_andAgainChangesNothing() {
        List<Claim> batch = new java.util.ArrayList<>();
        String x12 = X12Corpus.load("999-accepted.edi", submitTwo(batch));
        var r = Flows.postX12("/acknowledgements", practice, "partner", x12);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(2, (int) r.path("accepted"));
        assertEquals(0, (int) r.path("rejected"));
        assertEquals(List.of(), r.path("unmatched"));
        List<Long> versions = new java.util.ArrayList<>();
        for (Claim c : batch) {
            Claim now = reload(c);
            assertEquals(ClaimStatus.SUBMITTED, now.status());
            assertTrue(lastReason(now).startsWith("999 accepted transaction"), lastReason(now));
            versions.add(now.version());
        }
        var again = Flows.postX12("/acknowledgements", practice, "partner", x12);
        assertEquals(r.body().asString(), again.body().asString());
        assertEquals(versions, batch.stream().map(c -> reload(c).version()).toList(), "nothing changed");
    }

    @Test
    void ack999_rejectedTransaction_rejectsItsClaimsNamingTheErrors() {
        List<Claim> batch = new java.util.ArrayList<>();
        Map<String, String> numbers = submitTwo(batch);
        String x12 = X12Corpus.load("999-rejected.edi", numbers);
        var r = Flows.postX12("/acknowledgements", practice, "biller", x12);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(0, (int) r.path("accepted"));
        assertEquals(2, (int) r.path("rejected"));
        assertEquals(List.of("group " + numbers.get("GROUP") + " transaction 9999"), r.path("unmatched"));
        for (Claim c : batch) {
            Claim now = reload(c);
            assertEquals(ClaimStatus.REJECTED, now.status());
            String reason = lastReason(now);
            assertTrue(reason.contains("IK5 R; 5") && reason.contains("invalid code value (7) 'BADNPI'"), reason);
        }
        long version = reload(batch.get(0)).version();
        Flows.postX12("/acknowledgements", practice, "biller", x12);
        assertEquals(version, reload(batch.get(0)).version(), "a second identical 999 changes nothing");
    }

    @Test
    void ack999_groupRejectedWithoutTransactions_andUnknownGroup() {
        List<Claim> batch = new java.util.ArrayList<>();
        String x12 = X12Corpus.load("999-group-rejected.edi", submitTwo(batch));
        var r = Flows.postX12("/acknowledgements", practice, "admin", x12);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(2, (int) r.path("rejected"));
        assertEquals(List.of("group 999999998"), r.path("unmatched"));
        assertTrue(lastReason(reload(batch.get(0))).contains("AK9 R; 4"), lastReason(reload(batch.get(0))));
    }

    @Test
    void ack999_forAnotherPracticesBatch_isUnmatchedAndChangesNothing() {
        List<Claim> batch = new java.util.ArrayList<>();
        String x12 = X12Corpus.load("999-rejected.edi", submitTwo(batch));
        String other = Practices.fresh();
        var r = Flows.postX12("/acknowledgements", other, "partner", x12);
        assertEquals(200, r.statusCode());
        assertEquals(0, (int) r.path("rejected"));
        assertEquals(1, ((List<?>) r.path("unmatched")).size());
        assertEquals(ClaimStatus.SUBMITTED, reload(batch.get(0)).status());
    }

    @Test
    void ack277ca_acceptedRejectedUnknownAndOtherPractice() {
        Claim accepted = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim rejected = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim lower = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim theirs = Flows.aClaimIn(claims, Practices.fresh(), ClaimStatus.SUBMITTED);
        String x12 = X12Corpus.load("277ca-mixed.edi", Map.of("ACCEPTED", accepted.claimNumber().value(),
                "REJECTED", rejected.claimNumber().value(), "LOWER", lower.claimNumber().value().toLowerCase(),
                "OTHER", theirs.claimNumber().value()));
        var r = Flows.postX12("/acknowledgements", practice, "partner", x12);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(2, (int) r.path("accepted"));
        assertEquals(1, (int) r.path("rejected"));
        assertEquals(List.of("ZZNOTOURS0001", theirs.claimNumber().value()), r.path("unmatched"));

        Claim a = reload(accepted);
        assertEquals(ClaimStatus.ACCEPTED, a.status());
        assertEquals("26120112345", a.payerClaimControlNumber().value());
        assertEquals("277CA accepted: A1:20:PR, A2:20", lastReason(a));
        Claim j = reload(rejected);
        assertEquals(ClaimStatus.REJECTED, j.status());
        assertEquals("277CA rejected (category A7): A7:562:85, A7:128, A6:21:77", lastReason(j));
        assertEquals(ClaimStatus.ACCEPTED, reload(lower).status());
        assertEquals(ClaimStatus.SUBMITTED, claims.find(theirs.practiceId(), theirs.id()).orElseThrow().status());

        var again = Flows.postX12("/acknowledgements", practice, "partner", x12);
        assertEquals(r.body().asString(), again.body().asString());
        assertEquals(a.version(), reload(accepted).version());
        assertEquals(j.version(), reload(rejected).version());
    }

    @Test
    void acknowledgements_malformedX12_is400NamingSegmentAndPosition() {
        var notX12 = Flows.postX12("/acknowledgements", practice, "partner", "hello, this is not X12");
        assertEquals(400, notX12.statusCode());
        assertEquals("x12-malformed", notX12.path("errors[0].rule"));
        String truncated = X12Corpus.load("999-accepted.edi", Map.of("GROUP", "1", "ST02", "0001"));
        truncated = truncated.substring(0, truncated.indexOf("AK9"));
        var t = Flows.postX12("/acknowledgements", practice, "partner", truncated);
        assertEquals(400, t.statusCode(), t.body().asString());
        assertTrue(((String) t.path("errors[0].field")).matches("([A-Z0-9]{2,3}|segment)\\[\\d+]"), t.body().asString());
        String an835 = X12Corpus.load("835-custom-delimiters.edi", Map.of("TRACE", "T1", "PAID", "X1"));
        var wrong = Flows.postX12("/acknowledgements", practice, "partner", an835);
        assertEquals(400, wrong.statusCode());
        assertEquals("ST[3]", wrong.path("errors[0].field"));
    }

    @Test
    void acknowledgements_roles() {
        String x12 = X12Corpus.load("999-accepted.edi", Map.of("GROUP", "1", "ST02", "0001"));
        for (String role : List.of("coder", "analyst")) {
            assertEquals(403, Flows.postX12("/acknowledgements", practice, role, x12).statusCode(), role);
        }
        given().contentType("application/edi-x12").body(x12.getBytes()).post("/acknowledgements").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(practice, "partner")).contentType("application/pdf").body(x12.getBytes())
                .post("/acknowledgements").then().statusCode(415);
    }

    @Test
    void ack999_late_afterThe277caAcceptedTheClaims_reportsOnlyWhatItChanged() {
        List<Claim> batch = new java.util.ArrayList<>();
        String x12 = X12Corpus.load("999-rejected.edi", submitTwo(batch));
        for (Claim c : batch) {
            claims.update(reload(c).moveTo(ClaimStatus.ACCEPTED, "clearinghouse", "277CA accepted", java.time.Instant.now()));
        }
        var r = Flows.postX12("/acknowledgements", practice, "biller", x12);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(0, (int) r.path("rejected"), "no claim was rejected: " + r.body().asString());
        assertEquals(0, (int) r.path("accepted"));
        assertEquals(batch.stream().map(c -> c.claimNumber().value()).sorted().toList(),
                ((List<String>) r.path("late")).stream().sorted().toList());
        for (Claim c : batch) {
            Claim now = reload(c);
            assertEquals(ClaimStatus.ACCEPTED, now.status());
            assertTrue(lastReason(now).contains("IK5 R"), "the late rejection is noted: " + lastReason(now));
        }
        assertEquals(r.body().asString(), Flows.postX12("/acknowledgements", practice, "biller", x12).body().asString());
    }

    @Test
    void ack277ca_acceptingAReplacement_updatesItsPayerClaimControlNumber() {
        Claim replacement = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        // a replacement carries its original's number (REF*F8) until the payer gives it its own
        Claim read = reload(replacement);
        replacement = claims.update(read.withLinks(read.links().withFrequency(ClaimFrequency.REPLACEMENT)
                .withPayerClaimControlNumber(new PayerClaimControlNumber("ORIGINAL-PCN"))));
        String x12 = X12Corpus.load("277ca-mixed.edi", Map.of("ACCEPTED", replacement.claimNumber().value(),
                "REJECTED", "ZZNONE1", "LOWER", "zznone2", "OTHER", "ZZNONE3"));
        var r = Flows.postX12("/acknowledgements", practice, "partner", x12);
        assertEquals(1, (int) r.path("accepted"), r.body().asString());
        Claim now = reload(replacement);
        assertEquals(ClaimStatus.ACCEPTED, now.status());
        assertEquals("26120112345", now.payerClaimControlNumber().value());
    }

    @Test
    void ack999_rejectingABatchWithAVoid_queuesTheVoidAgainOnce_andCountsIt() {
        Practices.readyForX12(practices, practice);
        Claim voided = Practices.aReadyClaim(claims, practice);
        voided = claims.update(Flows.pendingVoid(voided, "26030912345"));
        Claim c = Practices.aReadyClaim(claims, practice);
        var batch = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"claimIds\":[\"" + c.id().value() + "\"]}").post("/submissions").then().statusCode(201).extract();
        String x12 = X12Corpus.load("999-rejected.edi", Map.of("GROUP", batch.path("controlNumbers.group"),
                "ST02", batch.path("controlNumbers.transactions[0]")));
        var r = Flows.postX12("/acknowledgements", practice, "biller", x12);
        assertEquals(2, (int) r.path("rejected"), r.body().asString());
        assertEquals(List.of(), r.path("late"));
        Claim v = reload(voided);
        assertTrue(v.voidPending(), "the refused void goes out again");
        assertTrue(lastReason(v).endsWith("; the void goes out again"), lastReason(v));
        var again = Flows.postX12("/acknowledgements", practice, "biller", x12);
        assertEquals(r.body().asString(), again.body().asString());
        assertEquals(v.version(), reload(voided).version(), "the same 999 again notes nothing twice");
    }
}
