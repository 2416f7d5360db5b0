package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.claimstatus.workqueue.WorkQueueChecks;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.workitem.WorkItemRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

/**
 * Work items from real inputs (a rejecting 277CA, denying 835s with several CARC/RARC pairs, the clock moved past a
 * silence and a filing deadline), each made once however often the same file or run comes again, resolved when the
 * claim moves on, and worked over REST with version checks.
 */
@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class WorkQueueTest {
    @Inject
    ClaimRepository claims;
    @Inject
    PracticeRepository practices;
    @Inject
    WorkQueueChecks checks;
    @Inject
    WorkItemRepository workItems;

    private final String practice = Practices.fresh();

    private JsonPath items(String role, Map<String, ?> query) {
        var r = given().header("Authorization", Tokens.bearer(practice, role)).queryParams(query).get("/work-items")
                .then().extract();
        assertEquals(200, r.statusCode(), r.body().asString());
        return r.jsonPath();
    }

    private List<Map<String, Object>> openItems() {
        return items("biller", Map.of("first", 100)).getList("items");
    }

    private Map<String, Object> itemOf(Claim c, String category, String status) {
        List<Map<String, Object>> all = items("biller", status == null ? Map.of("first", 100)
                : Map.of("first", 100, "status", status)).getList("items");
        return all.stream().filter(i -> c.id().value().equals(i.get("claimId")) && category.equals(i.get("category")))
                .findFirst().orElse(null);
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> act(String role, String id,
                                                                                              String action, String body) {
        return given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json").body(body)
                .post("/work-items/" + id + "/" + action).then().extract();
    }

    @Test
    void ack277_rejection_opensFixAndResend_withTheStatusCodes_andARepostOpensNothing() {
        Claim rejected = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim accepted = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        String x12 = X12Corpus.load("277ca-mixed.edi", Map.of("ACCEPTED", accepted.claimNumber().value(),
                "REJECTED", rejected.claimNumber().value(), "LOWER", "ZZLOWER1", "OTHER", "ZZOTHER1"));
        assertEquals(200, Flows.postX12("/acknowledgements", practice, "partner", x12).statusCode());
        List<Map<String, Object>> first = openItems();
        assertEquals(1, first.size(), first.toString());
        Map<String, Object> item = first.get(0);
        assertEquals("REJECTION", item.get("category"));
        assertEquals("FIX_AND_RESEND", item.get("action"));
        assertEquals(rejected.id().value(), item.get("claimId"));
        assertEquals(List.of("A7:562:85", "A7:128", "A6:21:77"), item.get("codes"));
        assertNotNull(item.get("dueOn"));

        assertEquals(200, Flows.postX12("/acknowledgements", practice, "partner", x12).statusCode());
        assertEquals(first, openItems(), "the same 277CA again opens nothing");
    }

    @Test
    void remittance_denials_openOneItemPerDeniedClaimOrLine_withTheTableAction_andPrMakesNone() {
        List<Claim> acc = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            acc.add(Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED));
        }
        // generated: paid (PR-3, CO-45), line 2 bundled (CO-97, M15), all to the deductible (PR-1), denied (CO-29, N211)
        String generated = X12Corpus.generated835("TRN-G-" + practice, "60054",
                acc.subList(0, 4).stream().map(c -> c.claimNumber().value()).toList(), false);
        String more = X12Corpus.an835("TRN-M-" + practice, "60054", "0", List.of(
                "CLP*" + acc.get(4).claimNumber().value() + "*4*170.5*0*0*12*PCNA", "CAS*CO*16*170.5", "MOA***M51",
                "CLP*" + acc.get(5).claimNumber().value() + "*4*170.5*0*0*12*PCNB", "CAS*CO*50*170.5",
                "CLP*" + acc.get(6).claimNumber().value() + "*4*170.5*0*0*12*PCNC", "CAS*OA*18*170.5",
                "CLP*" + acc.get(7).claimNumber().value() + "*4*170.5*0*0*12*PCND", "CAS*CO*197*170.5"));
        for (String x12 : List.of(generated, more)) {
            var r = Flows.postX12("/remittances", practice, "partner", x12);
            assertEquals(200, r.statusCode(), r.body().asString());
        }
        Map<String, String> actions = new java.util.TreeMap<>();
        for (Map<String, Object> i : openItems()) {
            assertEquals("DENIAL", i.get("category"));
            actions.put(acc.stream().filter(c -> c.id().value().equals(i.get("claimId"))).findFirst().orElseThrow()
                    .claimNumber().value(), (String) i.get("action"));
        }
        Map<String, String> expected = new java.util.TreeMap<>(Map.of(
                acc.get(1).claimNumber().value(), "REVIEW_MODIFIERS_NCCI",
                acc.get(3).claimNumber().value(), "APPEAL_WITH_PROOF_OF_TIMELY_FILING",
                acc.get(4).claimNumber().value(), "CORRECT_AND_RESEND",
                acc.get(5).claimNumber().value(), "APPEAL_WITH_RECORDS",
                acc.get(6).claimNumber().value(), "CHECK_BEFORE_ACTING",
                acc.get(7).claimNumber().value(), "OBTAIN_AUTHORIZATION_AND_APPEAL"));
        assertEquals(expected, actions);
        Map<String, Object> bundled = itemOf(acc.get(1), "DENIAL", null);
        assertEquals(List.of("CO-97", "N130", "M15"), bundled.get("codes"), "the claim-level remark applies to the line too");
        assertEquals(true, bundled.get("codingRelated"));

        for (String x12 : List.of(generated, more)) {
            assertEquals(200, Flows.postX12("/remittances", practice, "partner", x12).statusCode());
        }
        assertEquals(6, openItems().size(), "re-posting the 835s opens nothing twice");

        // coders see the items about codes only (the bundled line, the missing procedure code, medical necessity)
        List<Map<String, Object>> coder = items("coder", Map.of("first", 100)).getList("items");
        assertEquals(java.util.Set.of(acc.get(1).id().value(), acc.get(4).id().value(), acc.get(5).id().value()),
                coder.stream().map(i -> i.get("claimId")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void denial_paidOnAppeal_orWrittenOff_resolvesItsItem() {
        Claim appealed = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim writtenOff = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        String n1 = appealed.claimNumber().value();
        String n2 = writtenOff.claimNumber().value();
        assertEquals(200, Flows.postX12("/remittances", practice, "partner", X12Corpus.an835("TRN-D-" + practice, "60054",
                "0", List.of("CLP*" + n1 + "*4*170.5*0*0*12*PCN1", "CAS*CO*50*170.5",
                        "CLP*" + n2 + "*4*170.5*0*0*12*PCN2", "CAS*CO*197*170.5"))).statusCode());
        assertEquals(2, openItems().size());

        var moved = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"APPEALED\",\"reason\":\"records sent\"}").post("/claims/" + appealed.id().value() + "/status")
                .then().extract();
        assertEquals(200, moved.statusCode(), moved.body().asString());
        assertEquals("OPEN", itemOf(appealed, "DENIAL", null).get("status"), "an appeal alone settles nothing");
        assertEquals(200, Flows.postX12("/remittances", practice, "partner", X12Corpus.an835("TRN-A-" + practice, "60054",
                "120", X12Corpus.paidWithCopay(n1, "PCN1"))).statusCode());
        Map<String, Object> paid = itemOf(appealed, "DENIAL", "RESOLVED");
        assertNotNull(paid, "paid on appeal resolves the denial");
        assertTrue(((String) paid.get("resolution")).contains("paid"), paid.toString());

        var closed = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"CLOSED\",\"reason\":\"written off: no authorization\"}")
                .post("/claims/" + writtenOff.id().value() + "/status").then().extract();
        assertEquals(200, closed.statusCode(), closed.body().asString());
        assertNotNull(itemOf(writtenOff, "DENIAL", "RESOLVED"), "writing the claim off resolves its denial");
        assertEquals(0, openItems().size());
    }

    @Test
    void rejection_correctedAndAccepted_resolvesItsItem() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        String reject = X12Corpus.load("277ca-mixed.edi", Map.of("REJECTED", c.claimNumber().value(),
                "ACCEPTED", "ZZACC1", "LOWER", "ZZLOWER1", "OTHER", "ZZOTHER1"));
        Flows.postX12("/acknowledgements", practice, "partner", reject);
        assertEquals("OPEN", itemOf(c, "REJECTION", null).get("status"));
        // corrected (claim-creation's POST /claims/{id}/corrections moves it back to READY) and sent again
        Claim now = claims.find(c.practiceId(), c.id()).orElseThrow();
        now = claims.update(now.moveTo(ClaimStatus.READY, "fixture", "corrected", Instant.now()));
        now = claims.update(now.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent again", Instant.now()));
        String accept = X12Corpus.load("277ca-mixed.edi", Map.of("ACCEPTED", c.claimNumber().value(),
                "REJECTED", "ZZREJ1", "LOWER", "ZZLOWER1", "OTHER", "ZZOTHER1"));
        Flows.postX12("/acknowledgements", practice, "partner", accept);
        assertEquals(ClaimStatus.ACCEPTED, claims.find(c.practiceId(), c.id()).orElseThrow().status());
        assertNotNull(itemOf(c, "REJECTION", "RESOLVED"));
    }

    @Test
    void checks_clockPastNoAnswerAndFilingDeadline_openItems_twiceNothingTwice_andTheSweepResolves() {
        Practices.readyForX12(practices, practice);
        PracticeId p = new PracticeId(practice);
        Claim silent = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim quiet = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        var today = checks.run(p, Instant.now());
        assertEquals(0, today.opened(), today.toString());
        assertTrue(openItems().isEmpty());

        // ten days on: no 277CA for the submitted claim (3 days), nothing yet for the accepted one (30 days)
        Instant later = Instant.now().plus(Duration.ofDays(10));
        var run = checks.run(p, later);
        assertEquals(1, run.opened(), run.toString());
        assertEquals("NO_ACKNOWLEDGEMENT", itemOf(silent, "NO_ACKNOWLEDGEMENT", null).get("category"));
        assertEquals(0, checks.run(p, later).opened(), "a second run opens nothing");

        // the fixture's date of service plus the default 90-day filing limit, within the 30-day warning: at risk
        Instant nearDeadline = silent.serviceDate().plusDays(75).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant at = nearDeadline.isAfter(later) ? nearDeadline : later.plus(Duration.ofDays(1));
        var risky = checks.run(p, at);
        assertNotNull(itemOf(silent, "FILING_DEADLINE", null), risky.toString());
        assertNotNull(itemOf(quiet, "NO_PAYMENT", null), "past 30 days after acceptance: no 835");
        int open = openItems().size();
        assertEquals(0, checks.run(p, at).opened());
        assertEquals(open, openItems().size());

        // the payer answers: the next sweep resolves the silence and the deadline
        Claim now = claims.find(p, silent.id()).orElseThrow();
        claims.update(now.moveTo(ClaimStatus.ACCEPTED, "fixture", "277CA accepted", Instant.now()));
        var swept = checks.run(p, at);
        assertEquals(2, swept.resolved(), swept.toString());
        assertNotNull(itemOf(silent, "NO_ACKNOWLEDGEMENT", "RESOLVED"));
        assertNotNull(itemOf(silent, "FILING_DEADLINE", "RESOLVED"));
        assertEquals(0, checks.run(p, at).resolved(), "a second sweep changes nothing");
    }

    @Test
    void checks_anotherRunHoldsThePractice_isBusy_batchesOpenEachOnce_andAClosedItemStaysClosed() {
        Practices.readyForX12(practices, practice);
        PracticeId p = new PracticeId(practice);
        List<Claim> silent = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            silent.add(Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED));
        }
        Instant later = Instant.now().plus(Duration.ofDays(10));
        Instant now = Instant.now();

        assertTrue(workItems.takeChecksLease(p, "another-run", now.plus(Duration.ofMinutes(10)), now));
        var busy = checks.run(p, later);
        assertTrue(busy.busy(), busy.toString());
        assertEquals(0, busy.opened());
        assertTrue(openItems().isEmpty(), "a busy run writes nothing");
        var overRest = given().header("Authorization", Tokens.bearer(practice, "admin")).post("/work-items/checks")
                .then().extract();
        assertEquals(200, overRest.statusCode(), overRest.body().asString());
        assertEquals(true, overRest.path("busy"), "an admin's run now waits for the scheduled one too");
        workItems.releaseChecksLease(p, "another-run");

        // more items than one BatchWriteItem holds (25): each opened once, the lease given back
        var run = checks.run(p, later);
        assertEquals(30, run.opened(), run.toString());
        assertEquals(30, openItems().size());
        assertEquals(0, checks.run(p, later).opened(), "a second run opens nothing");

        // a person closes one: its silence is still there, but the stored item is neither reopened nor rewritten
        Map<String, Object> item = itemOf(silent.get(0), "NO_ACKNOWLEDGEMENT", null);
        var closed = act("biller", (String) item.get("id"), "close", "{\"text\":\"resent by phone\",\"expectedVersion\":"
                + item.get("version") + "}");
        assertEquals(200, closed.statusCode(), closed.body().asString());
        assertEquals(0, checks.run(p, later).opened());
        Map<String, Object> after = itemOf(silent.get(0), "NO_ACKNOWLEDGEMENT", "CLOSED_NO_ACTION");
        assertEquals(closed.path("version"), after.get("version"), "not written again");

        // a run killed half-way holds the practice only until its lease lapses
        assertTrue(workItems.takeChecksLease(p, "crashed-run", now.minusSeconds(1), now.minusSeconds(600)));
        assertEquals(false, checks.run(p, later).busy(), "a lapsed lease is taken over");
    }

    @Test
    void workItem_lifecycleOverRest_versionsNotesAndBadInput() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Flows.postX12("/remittances", practice, "partner", X12Corpus.an835("TRN-L-" + practice, "60054", "0",
                List.of("CLP*" + c.claimNumber().value() + "*4*170.5*0*0*12*PCN1", "CAS*CO*50*170.5")));
        Map<String, Object> item = openItems().get(0);
        String id = (String) item.get("id");
        int v = (Integer) item.get("version");

        var assigned = act("biller", id, "assign", "{\"assignee\":\"pat.biller\",\"expectedVersion\":" + v + "}");
        assertEquals(200, assigned.statusCode(), assigned.body().asString());
        assertEquals("pat.biller", assigned.path("assignee"));
        var stale = act("biller", id, "notes", "{\"text\":\"late\",\"expectedVersion\":" + v + "}");
        assertEquals(409, stale.statusCode());
        assertEquals("version-conflict", stale.path("errors[0].rule"));
        var tooLong = act("biller", id, "notes", "{\"text\":\"" + "x".repeat(2001) + "\",\"expectedVersion\":" + (v + 1) + "}");
        assertEquals(422, tooLong.statusCode());
        assertEquals("work-item-note-too-long", tooLong.path("errors[0].rule"));
        assertEquals("text", tooLong.path("errors[0].field"));
        var started = act("biller", id, "start", "{\"expectedVersion\":" + (v + 1) + "}");
        assertEquals("IN_PROGRESS", started.path("status"));
        assertEquals(1, items("biller", Map.of("assignee", "pat.biller")).getList("items").size());
        var analyst = act("analyst", id, "resolve", "{\"text\":\"x\",\"expectedVersion\":" + (v + 2) + "}");
        assertEquals(403, analyst.statusCode(), "analysts read, never act");
        var resolved = act("biller", id, "resolve", "{\"text\":\"appeal sent with records\",\"expectedVersion\":"
                + (v + 2) + "}");
        assertEquals(200, resolved.statusCode(), resolved.body().asString());
        assertEquals("RESOLVED", resolved.path("status"));
        assertEquals("appeal sent with records", resolved.path("resolution"));
        var again = act("biller", id, "close", "{\"text\":\"nothing\",\"expectedVersion\":" + (v + 3) + "}");
        assertEquals(422, again.statusCode());
        assertEquals("work-item-transition-not-allowed", again.path("errors[0].rule"));

        var other = given().header("Authorization", Tokens.bearer(Practices.fresh(), "biller")).get("/work-items/" + id)
                .then().extract();
        assertEquals(404, other.statusCode(), "another practice's item is not found");
        var otherAct = given().header("Authorization", Tokens.bearer(Practices.fresh(), "biller"))
                .contentType("application/json").body("{\"assignee\":\"x\",\"expectedVersion\":4}")
                .post("/work-items/" + id + "/assign").then().extract();
        assertEquals(404, otherAct.statusCode());

        var badFilter = given().header("Authorization", Tokens.bearer(practice, "biller"))
                .queryParam("status", "DONE").queryParam("category", "NOPE").queryParam("dueBefore", "tomorrow")
                .get("/work-items").then().extract();
        assertEquals(422, badFilter.statusCode());
        assertEquals(List.of("status", "category", "dueBefore"), badFilter.jsonPath().getList("errors.field"));
        assertEquals(1, items("analyst", Map.of("status", "RESOLVED")).getList("items").size());
    }

    @Test
    void list_pagesWithCursors_earliestDueFirst_andDueBeforeBounds() {
        List<Claim> acc = new java.util.ArrayList<>();
        List<String> clps = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
            acc.add(c);
            clps.add("CLP*" + c.claimNumber().value() + "*4*170.5*0*0*12*PCN" + i);
            clps.add("CAS*CO*50*170.5");
        }
        Flows.postX12("/remittances", practice, "partner", X12Corpus.an835("TRN-P-" + practice, "60054", "0", clps));
        JsonPath first = items("analyst", Map.of("first", 2));
        assertEquals(2, first.getList("items").size());
        assertTrue(first.getBoolean("hasNextPage"));
        JsonPath second = items("analyst", Map.of("first", 10, "after", first.getString("endCursor")));
        assertEquals(3, second.getList("items").size());
        java.time.LocalDate due = java.time.LocalDate.parse(first.getString("items[0].dueOn"));
        assertEquals(0, items("analyst", Map.of("dueBefore", due.toString())).getList("items").size());
        assertEquals(5, items("analyst", Map.of("dueBefore", due.plusDays(1).toString())).getList("items").size());
        var badCursor = given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .queryParam("after", "nonsense").get("/work-items").then().extract();
        assertEquals(400, badCursor.statusCode());
    }
}
