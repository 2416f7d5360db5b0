package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.CoveragePosition;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.invoice.AdjustmentKind;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceAdjustment;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;
import org.openbilling.x12.Claim837;
import org.openbilling.x12.Claim837Reader;

/**
 * A secondary coverage the patient reports after the primary paid and the patient was invoiced
 * (POST /claims/{id}/coverages): the secondary claim is made from the primary's adjudication, the invoice is voided
 * as moved to the next payer with the patient's payment kept as a credit, and the secondary's 835 invoices what is
 * left, paid from that credit. The same request again, or after a crash at each step, makes nothing twice.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class LaterCoverageTest {
    static final String PRIMARY_PAYER = "1123456789";
    static final String SECOND_PAYER = "2223456789";
    static final String SECONDARY = """
            {"coverage":{"payerId":"%s","payerName":"BETA HEALTH","memberId":"%s","groupNumber":"GRP-9",
             "filingIndicator":"CI","relationship":"SELF"}}""";
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;
    @Inject
    EncounterRepository encounters;
    @Inject
    PracticeRepository practices;
    @Inject
    TestPostingHooks hooks;

    private final String practice = Practices.fresh();

    @AfterEach
    void disarm() {
        hooks.disarm();
    }

    /** A primary claim (one coverage) whose 835 paid 120.00 and invoiced the patient 20.00, of which 5.00 is paid. */
    private Claim paidAndInvoiced() {
        Encounter e = encounters.create(Claims.aCodedEncounter(practice));
        Claim c = claims.create(ClaimFactory.fromEncounter(e, ClaimId.newId(), ClaimFactory.newClaimNumber(), List.of(),
                "fixture", Instant.now())).orElseThrow();
        c = claims.update(c.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", Instant.now()));
        String number = c.claimNumber().value();
        var r = Flows.postX12("/remittances", practice, "partner",
                X12Corpus.an835(trace(), PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number)));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, ((List<?>) r.path("invoicesCreated")).size(), "one payer: the patient is invoiced");
        Claim paid = reload(c.id());
        given().header("Authorization", Tokens.bearer(practice, "biller")).header("Idempotency-Key", "pay-" + number)
                .contentType("application/json").body("{\"amount\":\"5.00\",\"method\":\"CARD\"}")
                .post("/invoices/" + paid.invoiceIds().get(0).value() + "/payments").then().statusCode(200);
        return paid;
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> addCoverage(Claim c,
                                                                                                     String body) {
        return given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body(body).post("/claims/" + c.id().value() + "/coverages").then().extract();
    }

    private Claim reload(ClaimId id) {
        return claims.find(new PracticeId(practice), id).orElseThrow();
    }

    private Invoice invoice(Claim c) {
        return invoices.find(new PracticeId(practice), c.invoiceIds().get(0)).orElseThrow();
    }

    private static String trace() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** The end state of one run, whatever the retries: one secondary, one moved invoice with the credit, two coverages. */
    private void assertMovedOnce(Claim primary) {
        Claim linked = reload(primary.id());
        ClaimId secondId = ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY);
        assertEquals(secondId, linked.chain().nextClaimId());
        assertEquals(2, linked.details().coverages().size());
        assertEquals(1, linked.history().stream().filter(h -> h.reason() != null
                && h.reason().startsWith("coverage added after the claim was billed")).count());
        assertEquals(2, claims.byEncounter(new PracticeId(practice), primary.encounterId()).size(),
                "the primary and one secondary");
        Claim second = reload(secondId);
        assertEquals(ClaimStatus.READY, second.status());
        assertEquals(SECOND_PAYER, second.payer().payerId());
        assertEquals(Money.of("120.00"), second.chain().lastPrior().paidAmount());
        assertEquals(Money.of("20.00"), second.chain().lastPrior().remainingPatientLiability());
        assertEquals("PCN" + primary.claimNumber().value(), second.chain().lastPrior().payerClaimControlNumber());
        assertEquals(Money.of("20.00"), second.insuranceBalance());

        Invoice moved = invoice(linked);
        assertEquals(InvoiceStatus.VOID, moved.status());
        assertEquals(Money.ZERO, moved.balance());
        assertEquals(Money.of("5.00"), moved.credit(), "the patient's payment is kept as a credit");
        List<InvoiceAdjustment> lines = moved.adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.MOVED_TO_NEXT_PAYER).toList();
        assertEquals(1, lines.size(), "one dated line, never two");
        assertEquals(Money.of("20.00"), lines.get(0).amount());
        assertTrue(lines.get(0).reason().contains("BETA HEALTH"), lines.get(0).reason());
        assertTrue(lines.get(0).at() != null);
        assertEquals(1, invoices.byClaim(new PracticeId(practice), primary.id()).size(), "never a second invoice");
        assertEquals(2, encounters.find(new PracticeId(practice), primary.encounterId()).orElseThrow()
                .details().coverages().size());
    }

    @Test
    void laterSecondary_afterThePrimaryInvoicedThePatient_makesTheSecondary_movesTheInvoice_andInvoicesAfterIt() {
        Claim primary = paidAndInvoiced();
        var r = addCoverage(primary, SECONDARY.formatted(SECOND_PAYER, "B5001"));
        assertEquals(200, r.statusCode(), r.body().asString());
        ClaimId secondId = ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY);
        assertEquals(secondId.value(), r.path("chain.nextClaimId"));
        assertMovedOnce(primary);
        Invoice before = invoice(reload(primary.id()));

        // the same request again: the same answer, nothing twice
        var again = addCoverage(primary, SECONDARY.formatted(SECOND_PAYER, "B5001"));
        assertEquals(200, again.statusCode(), again.body().asString());
        assertMovedOnce(primary);
        assertEquals(before.version(), invoice(reload(primary.id())).version());

        // the secondary's 837P carries the primary's adjudication; read back through our reader
        Claim second = reload(secondId);
        Practices.readyForX12(practices, practice);
        var sent = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"claimIds\":[\"" + secondId.value() + "\"]}").post("/submissions").then().extract();
        assertEquals(201, sent.statusCode(), sent.body().asString());
        Claim837 read = new Claim837Reader().read((String) sent.path("x12")).get(0);
        assertEquals(Money.of("120.00"), read.otherPayers().get(0).paidAmount());
        assertEquals(Money.of("85.00"), read.lines().get(0).adjudications().get(0).paidAmount());

        // the secondary pays 15.00 and leaves 5.00: the patient's invoice, paid from the 5.00 credit
        String n2 = second.claimNumber().value();
        var r2 = Flows.postX12("/remittances", practice, "partner", X12Corpus.an835(trace(), SECOND_PAYER, "15",
                List.of("CLP*" + n2 + "*2*170.5*15*5*CI*SEC" + n2, "SVC*HC:99213*125*15**1", "CAS*OA*23*105",
                        "CAS*PR*2*5", "SVC*HC:83036*45.5*0**1", "CAS*OA*23*45.5")));
        assertEquals(200, r2.statusCode(), r2.body().asString());
        assertEquals(1, ((List<?>) r2.path("invoicesCreated")).size());
        Claim secondPaid = reload(secondId);
        Invoice last = invoice(secondPaid);
        assertEquals(Money.of("5.00"), last.amountDue());
        assertEquals(InvoiceStatus.PAID, last.status(), "paid from the credit the moved invoice kept");
        assertEquals(Money.ZERO, invoice(reload(primary.id())).credit(), "the credit went to the last invoice");
        assertEquals(ClaimStatus.CLOSED, secondPaid.status(), secondPaid.history().toString());
    }

    @Test
    void laterSecondary_crashAtEachStep_retryEndsAsOneCleanRun() {
        for (int step = 0; step < 2; step++) {
            Claim primary = paidAndInvoiced();
            if (step == 0) {
                hooks.failPostingAfter(0); // after the claim's write, before the next claim and the invoice
            } else {
                hooks.failChainAfter(0); // after the next claim was made, before the invoice
            }
            var crash = addCoverage(primary, SECONDARY.formatted(SECOND_PAYER, "B600" + step));
            assertEquals(500, crash.statusCode(), "the simulated crash");
            hooks.disarm();
            assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice(reload(primary.id())).status(), "midway: not moved yet");
            var retry = addCoverage(primary, SECONDARY.formatted(SECOND_PAYER, "B600" + step));
            assertEquals(200, retry.statusCode(), retry.body().asString());
            assertMovedOnce(primary);
        }
    }

    @Test
    void badInput_is4xxWithRuleAndField_andChangesNothing() {
        Claim primary = paidAndInvoiced();
        Claim before = reload(primary.id());
        Invoice invoiceBefore = invoice(before);
        // the same payer and member as the primary coverage
        var dup = addCoverage(primary, SECONDARY.formatted("60054", org.openbilling.testing.fixtures.Encounters.MEMBER_ID));
        assertEquals(422, dup.statusCode(), dup.body().asString());
        assertEquals("coverage-duplicate", dup.path("errors[0].rule"));
        assertEquals("coverage.memberId", dup.path("errors[0].field"));
        var missing = addCoverage(primary, "{\"coverage\":{\"payerName\":\"BETA HEALTH\"}}");
        assertEquals(422, missing.statusCode(), missing.body().asString());
        assertTrue(((List<String>) missing.path("errors.field")).contains("coverage.payerId"), missing.body().asString());
        var other = given().header("Authorization", Tokens.bearer(Practices.fresh(), "biller"))
                .contentType("application/json").body(SECONDARY.formatted(SECOND_PAYER, "B7001"))
                .post("/claims/" + primary.id().value() + "/coverages").then().extract();
        assertEquals(404, other.statusCode(), "another practice's claim is not found");
        assertEquals(before, reload(primary.id()));
        assertEquals(invoiceBefore, invoice(before));

        // a coverage added already: another one at the same place is refused
        assertEquals(200, addCoverage(primary, SECONDARY.formatted(SECOND_PAYER, "B7001")).statusCode());
        var second = addCoverage(primary, SECONDARY.formatted("3323456789", "G7001"));
        assertEquals(422, second.statusCode(), second.body().asString());
        assertEquals("chain-next-coverage-exists", second.path("errors[0].rule"));
        assertEquals("coverage", second.path("errors[0].field"));

        // an adjudication entered by hand with a patient share without its reason: the next payer could not be told
        Encounter e = encounters.create(Claims.aCodedEncounter(practice));
        Claim byHand = claims.create(ClaimFactory.fromEncounter(e, ClaimId.newId(), ClaimFactory.newClaimNumber(),
                List.of(), "fixture", Instant.now())).orElseThrow();
        byHand = claims.update(byHand.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", Instant.now()));
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"status\":\"PAID\",\"adjudication\":{\"paidAmount\":\"150.50\",\"patientResponsibility\":\"20.00\"}}")
                .post("/claims/" + byHand.id().value() + "/status").then().statusCode(200);
        Claim handBefore = reload(byHand.id());
        var noReason = addCoverage(byHand, SECONDARY.formatted(SECOND_PAYER, "B7003"));
        assertEquals(422, noReason.statusCode(), noReason.body().asString());
        assertEquals("chain-prior-reason-missing", noReason.path("errors[0].rule"));
        assertEquals("claimId", noReason.path("errors[0].field"));
        assertEquals(handBefore, reload(byHand.id()));

        // a voided claim bills nothing: refused
        Claim voided = claims.create(Claims.aReadyClaim(practice)).orElseThrow();
        voided = claims.update(voided.moveTo(ClaimStatus.VOIDED, "fixture", "entered twice", Instant.now()));
        var refused = addCoverage(voided, SECONDARY.formatted(SECOND_PAYER, "B7002"));
        assertEquals(422, refused.statusCode(), refused.body().asString());
        assertEquals("chain-claim-not-billing", refused.path("errors[0].rule"));
        assertNull(reload(voided.id()).chain().nextClaimId());
    }
}
