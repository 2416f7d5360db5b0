package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.dynamodb.remittance.RemittanceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.DynamoCallCounter;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class RemittancesTest {
    static final String PAYER = "1123456789";
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;
    @Inject
    RemittanceRepository remittances;
    @Inject
    org.openbilling.dynamodb.Tables tables;

    private final String practice = Practices.fresh();
    private final String trace = "EFT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private Claim reload(Claim c) {
        return claims.find(c.practiceId(), c.id()).orElseThrow();
    }

    private Invoice invoice(Claim c, int i) {
        return invoices.find(c.practiceId(), c.invoiceIds().get(i)).orElseThrow();
    }

    private static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void post835_mixed_postsEveryOutcomeWithTextsAndInvoices_andAgainIsAlreadyPosted() {
        Claim paid = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim partial = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim denied = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim deduct = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim theirs = Flows.aClaimIn(claims, Practices.fresh(), ClaimStatus.ACCEPTED);
        String x12 = X12Corpus.load("835-mixed.edi", Map.of("TRACE", trace, "PAID", paid.claimNumber().value(),
                "PARTIAL", partial.claimNumber().value(), "DENIED", denied.claimNumber().value(),
                "DEDUCT", deduct.claimNumber().value(), "OTHER", theirs.claimNumber().value()));

        var r = Flows.postX12("/remittances", practice, "partner", x12);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(2, (int) r.path("claimsPaid"));
        assertEquals(1, (int) r.path("claimsPartiallyPaid"));
        assertEquals(1, (int) r.path("claimsDenied"));
        assertEquals(0, (int) r.path("claimsReversed"));
        assertEquals(List.of("ZZNOTOURS0001", theirs.claimNumber().value()), r.path("unmatched"));
        assertFalse((Boolean) r.path("alreadyPosted"));
        List<String> created = r.path("invoicesCreated");
        assertEquals(2, created.size());

        Claim p = reload(paid);
        assertEquals(ClaimStatus.PAID, p.status());
        assertEquals(m("120.00"), p.paidAmount());
        assertEquals(m("30.50"), p.contractualAdjustment());
        assertEquals(m("20.00"), p.patientResponsibility());
        assertEquals(m("0.00"), p.insuranceBalance());
        assertEquals("PCN0001", p.payerClaimControlNumber().value());
        assertEquals(m("85.00"), p.lines().get(0).paidAmount());
        assertEquals(m("35.00"), p.lines().get(1).paidAmount());
        Adjustment co45 = p.adjustments().stream().filter(a -> a.reasonCode().equals("45")).findFirst().orElseThrow();
        assertEquals("CO", co45.groupCode());
        assertTrue(co45.description().contains("fee arrangement"), co45.description());
        assertTrue(co45.groupDescription().toLowerCase().contains("contractual"), co45.groupDescription());
        assertEquals(1, co45.lineNumber());
        Adjustment copay = p.adjustments().stream().filter(a -> a.groupCode().equals("PR")).findFirst().orElseThrow();
        assertTrue(copay.description().toLowerCase().contains("co-pay"), copay.description());
        assertEquals(List.of(new InvoiceId(created.get(0))), p.invoiceIds());
        Invoice pi = invoice(p, 0);
        assertEquals(m("20.00"), pi.amountDue());
        assertEquals(p.id(), pi.claimId());
        assertEquals(pi.issuedOn().plusDays(30), pi.dueOn());
        assertEquals(1, pi.lines().size());
        assertEquals(1, pi.lines().get(0).lineNumber());
        assertEquals("99213", pi.lines().get(0).code());

        Claim q = reload(partial);
        assertEquals(ClaimStatus.PARTIALLY_PAID, q.status());
        List<HistoryEntry> h = q.history();
        assertEquals(ClaimStatus.ACCEPTED, h.get(h.size() - 2).to(), "the implied acceptance comes first");
        assertTrue(h.get(h.size() - 2).reason().startsWith("accepted (implied by 835 trace " + trace));
        assertEquals(ClaimStatus.PARTIALLY_PAID, h.get(h.size() - 1).to());
        assertEquals(List.of("N130", "M15"), q.remarks().stream().map(x -> x.code()).toList());
        assertEquals(null, q.remarks().get(0).lineNumber(), "MOA's remark is about the claim");
        assertEquals(2, q.remarks().get(1).lineNumber(), "LQ's remark keeps its line");
        assertTrue(h.get(h.size() - 1).reason().startsWith("835 trace " + trace + " from ACME HEALTH: PARTIALLY_PAID"),
                "the payer by its name, not TRN03's 1 + EIN: " + h.get(h.size() - 1).reason());
        assertFalse(q.remarks().get(0).description().startsWith("remark "), "RARC text: " + q.remarks().get(0).description());
        assertEquals(m("0.00"), q.lines().get(1).paidAmount());
        assertEquals(m("0.00"), q.insuranceBalance());
        assertTrue(q.invoiceIds().isEmpty());

        Claim d = reload(denied);
        assertEquals(ClaimStatus.DENIED, d.status());
        assertEquals(m("170.50"), d.contractualAdjustment());
        assertEquals(m("0.00"), d.insuranceBalance());

        Claim z = reload(deduct);
        assertEquals(ClaimStatus.PAID, z.status(), "$0 with everything to the deductible is PAID");
        assertEquals(m("150.00"), z.patientResponsibility());
        assertEquals(new BigDecimal("1"), z.adjustments().stream().filter(a -> a.lineNumber() != null && a.lineNumber() == 2
                && a.groupCode().equals("PR")).findFirst().orElseThrow().quantity());
        Invoice zi = invoice(z, 0);
        assertEquals(List.of(m("110.00"), m("40.00")), zi.lines().stream().map(l -> l.amount()).toList());

        assertEquals(ClaimStatus.ACCEPTED, claims.find(theirs.practiceId(), theirs.id()).orElseThrow().status(),
                "another practice's claim is never touched");

        PostedRemittance record = remittances.find(p.practiceId(), PAYER, trace).orElseThrow();
        assertEquals(2, record.providerAdjustments().size());
        assertEquals("WO", record.providerAdjustments().get(0).reasonCode());
        assertEquals(m("25.50"), record.providerAdjustments().get(0).amount());
        assertEquals(m("-1.25"), record.providerAdjustments().get(1).amount());

        var again = Flows.postX12("/remittances", practice, "partner", x12);
        assertEquals(200, again.statusCode());
        assertTrue((Boolean) again.path("alreadyPosted"));
        assertEquals(created, again.path("invoicesCreated"));
        assertEquals(p.version(), reload(paid).version(), "nothing changes");
        assertEquals(1, reload(paid).invoiceIds().size());
    }

    @Test
    void post835_reversalThenCorrection_backsOutTheEarlierPostingAndVoidsItsUnpaidInvoice() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        String first = X12Corpus.load("835-mixed.edi", Map.of("TRACE", trace, "PAID", c.claimNumber().value(),
                "PARTIAL", "ZZA1", "DENIED", "ZZA2", "DEDUCT", "ZZA3", "OTHER", "ZZA4"));
        assertEquals(200, Flows.postX12("/remittances", practice, "biller", first).statusCode());
        Claim paid = reload(c);
        InvoiceId firstInvoice = paid.invoiceIds().get(0);

        var r = Flows.postX12("/remittances", practice, "biller",
                X12Corpus.load("835-reversal.edi", Map.of("TRACE", trace + "R", "CLAIM", c.claimNumber().value())));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, (int) r.path("claimsReversed"));
        assertEquals(1, (int) r.path("claimsPaid"));
        Claim now = reload(c);
        assertEquals(ClaimStatus.PAID, now.status());
        assertEquals(m("140.00"), now.paidAmount());
        assertEquals(m("30.50"), now.contractualAdjustment());
        assertEquals(m("0.00"), now.patientResponsibility());
        assertEquals(m("0.00"), now.insuranceBalance());
        assertEquals("PCN0001B", now.payerClaimControlNumber().value());
        assertEquals(m("105.00"), now.lines().get(0).paidAmount());
        List<ClaimStatus> moves = now.history().stream().map(HistoryEntry::to).toList();
        assertEquals(List.of(ClaimStatus.PAID, ClaimStatus.ACCEPTED, ClaimStatus.PAID), moves.subList(moves.size() - 3, moves.size()));
        assertEquals(InvoiceStatus.VOID, invoices.find(now.practiceId(), firstInvoice).orElseThrow().status());
    }

    @Test
    void post835_customDelimitersAndSeveralInterchanges() {
        Claim a = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        var custom = Flows.postX12("/remittances", practice, "partner",
                X12Corpus.load("835-custom-delimiters.edi", Map.of("TRACE", trace, "PAID", a.claimNumber().value())));
        assertEquals(200, custom.statusCode(), custom.body().asString());
        assertEquals(1, (int) custom.path("claimsPaid"));
        assertEquals(m("150.00"), reload(a).paidAmount());

        Claim b1 = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim b2 = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim b3 = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        String multiple = X12Corpus.load("835-multiple.edi", Map.of("TRACE", trace, "CLAIM1", b1.claimNumber().value(),
                "CLAIM2", b2.claimNumber().value(), "CLAIM3", b3.claimNumber().value()));
        var r = Flows.postX12("/remittances", practice, "partner", multiple);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(3, (int) r.path("claimsPaid"));
        for (Claim b : List.of(b1, b2, b3)) {
            assertEquals(ClaimStatus.PAID, reload(b).status());
        }
        assertTrue(remittances.find(a.practiceId(), "1999999999", trace + "-A").isPresent(), "same trace, other payer");
        assertTrue((Boolean) Flows.postX12("/remittances", practice, "partner", multiple).path("alreadyPosted"));
    }

    @Test
    void post835_findsClaimsByTheirNumberItems_andClaimsWithoutOneThroughTheIndex() {
        Claim byKey = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim alsoByKey = Flows.aClaimIn(claims, practice, ClaimStatus.SUBMITTED);
        Claim older = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        // a claim stored before claim-number items existed (or whose item write was lost to a crash)
        tables.claimNumbers().deleteItem(software.amazon.awssdk.enhanced.dynamodb.Key.builder()
                .partitionValue(practice + "#number#" + older.claimNumber().value()).build());
        Claim theirs = Flows.aClaimIn(claims, Practices.fresh(), ClaimStatus.ACCEPTED);
        List<String> numbers = List.of(byKey.claimNumber().value(), alsoByKey.claimNumber().value(),
                older.claimNumber().value(), theirs.claimNumber().value(), "ZZNOTOURS0002");

        DynamoCallCounter.reset();
        var r = Flows.postX12("/remittances", practice, "partner", X12Corpus.generated835(trace, PAYER, numbers, false));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(List.of(theirs.claimNumber().value(), "ZZNOTOURS0002"), r.path("unmatched"));
        assertEquals(3, (int) r.path("claimsPaid") + (int) r.path("claimsPartiallyPaid") + (int) r.path("claimsDenied"));
        assertEquals(2, DynamoCallCounter.snapshot().get("BatchGetItem"), "claim-number items, then the claims: "
                + DynamoCallCounter.snapshot());
        assertEquals(3, DynamoCallCounter.snapshot().get("Query"), "an index Query only for the numbers without an "
                + "item: " + DynamoCallCounter.snapshot());
        for (Claim c : List.of(byKey, alsoByKey, older)) {
            assertEquals(1, reload(c).postings().size(), "posted once: " + c.claimNumber());
        }
    }

    @Test
    void post835_voidedClaim_isNotPostedAndSaysWhy() {
        Claim v = Flows.aClaimIn(claims, practice, ClaimStatus.VOIDED);
        var r = Flows.postX12("/remittances", practice, "partner",
                X12Corpus.load("835-custom-delimiters.edi", Map.of("TRACE", trace, "PAID", v.claimNumber().value())));
        assertEquals(200, r.statusCode());
        assertEquals(0, (int) r.path("claimsPaid"));
        assertEquals("claim-transition-not-allowed", r.path("notPosted[0].rule"));
        assertEquals(ClaimStatus.VOIDED, reload(v).status());
    }

    @Test
    void post835_malformed_is400NamingSegmentAndPosition_andChangesNothing() {
        Claim c = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        var bad = Flows.postX12("/remittances", practice, "partner",
                X12Corpus.load("835-bad-amount.edi", Map.of("TRACE", trace, "PAID", c.claimNumber().value())));
        assertEquals(400, bad.statusCode());
        assertEquals("x12-malformed", bad.path("errors[0].rule"));
        assertEquals("CLP[8]", bad.path("errors[0].field"));
        var truncated = Flows.postX12("/remittances", practice, "partner", X12Corpus.load("835-truncated.edi",
                Map.of("TRACE", trace, "PAID", c.claimNumber().value(), "PARTIAL", "ZZB1", "DENIED", "ZZB2", "DEDUCT", "ZZB3")));
        assertEquals(400, truncated.statusCode(), truncated.body().asString());
        assertTrue(((String) truncated.path("errors[0].field")).matches("([A-Z0-9]{2,3}|segment)\\[\\d+]"), truncated.body().asString());
        var a999 = Flows.postX12("/remittances", practice, "partner",
                X12Corpus.load("999-accepted.edi", Map.of("GROUP", "1", "ST02", "0001")));
        assertEquals(400, a999.statusCode());
        assertEquals("ST[3]", a999.path("errors[0].field"));
        assertEquals(ClaimStatus.ACCEPTED, reload(c).status());
        assertTrue(remittances.find(c.practiceId(), PAYER, trace).isEmpty());
    }

    @Test
    void post835_overTheLimit_is413() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'A');
        given().header("Authorization", Tokens.bearer(practice, "partner")).contentType("application/edi-x12")
                .body(big).post("/remittances").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void post835_roles() {
        String x12 = X12Corpus.load("835-custom-delimiters.edi", Map.of("TRACE", trace, "PAID", "ZZC1"));
        for (String role : List.of("coder", "analyst")) {
            assertEquals(403, Flows.postX12("/remittances", practice, role, x12).statusCode(), role);
        }
        assertEquals(200, Flows.postX12("/remittances", practice, "admin", x12).statusCode());
        assertNull(null);
    }

    @Test
    void post835_claimsThatDoNotBalance_areNotPostedWithTheirRule_andTheOthersAre() {
        Claim good = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim unbalanced = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim paidDenial = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim shareMismatch = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        List<String> segments = new java.util.ArrayList<>(X12Corpus.paidWithCopay(good.claimNumber().value(), "PCN1"));
        // 120 paid + 20 adjusted of a 170.50 charge: 30.50 unexplained
        segments.addAll(List.of("CLP*" + unbalanced.claimNumber().value() + "*1*170.5*120*0*12*PCN2*11*1",
                "CAS*CO*45*20"));
        // a denial that pays
        segments.addAll(List.of("CLP*" + paidDenial.claimNumber().value() + "*4*170.5*10*0*12*PCN3",
                "CAS*CO*29*160.5"));
        // CLP05 says 25.00, the PR adjustments 20.00
        segments.addAll(List.of("CLP*" + shareMismatch.claimNumber().value() + "*1*170.5*120*25*12*PCN4*11*1",
                "CAS*PR*3*20", "CAS*CO*45*30.5"));
        // 120 + 120 + 10 + 120 = 370 paid; BPR says 400
        var r = Flows.postX12("/remittances", practice, "partner", X12Corpus.an835(trace, PAYER, "400", segments));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, (int) r.path("claimsPaid"), r.body().asString());
        assertEquals(0, (int) r.path("claimsDenied"));
        assertEquals(List.of(unbalanced.claimNumber().value(), paidDenial.claimNumber().value(),
                shareMismatch.claimNumber().value()), r.path("notPosted.claimNumber"));
        assertEquals(List.of("adjudication-unbalanced", "denied-with-payment", "patient-share-mismatch"),
                r.path("notPosted.rule"));
        assertTrue(((String) r.path("notPosted[0].message")).contains("the difference 30.50"), r.body().asString());
        assertEquals("remittance-payment-unbalanced", r.path("warnings[0].rule"));
        assertTrue(((String) r.path("warnings[0].message")).contains("come to 370.00"), r.body().asString());
        for (Claim c : List.of(unbalanced, paidDenial, shareMismatch)) {
            Claim after = reload(c);
            assertEquals(ClaimStatus.ACCEPTED, after.status(), "not posted: " + c.claimNumber());
            assertEquals(c.version(), after.version());
            assertTrue(after.invoiceIds().isEmpty());
        }
        assertEquals(ClaimStatus.PAID, reload(good).status());
        assertEquals(1, remittances.find(good.practiceId(), PAYER, trace).orElseThrow().totals().warnings().size(),
                "the mismatch is kept on the remittance");
    }

    @Test
    void post835_again_afterTheClaimIsPutRight_postsOnlyWhatWasNotPosted() {
        Claim accepted = Flows.aClaimIn(claims, practice, ClaimStatus.ACCEPTED);
        Claim ready = Flows.aClaimIn(claims, practice, ClaimStatus.READY);
        List<String> segments = new java.util.ArrayList<>(X12Corpus.paidWithCopay(accepted.claimNumber().value(), "PCN1"));
        segments.addAll(X12Corpus.paidWithCopay(ready.claimNumber().value(), "PCN2"));
        String x12 = X12Corpus.an835(trace, PAYER, "240", segments);
        var first = Flows.postX12("/remittances", practice, "partner", x12);
        assertEquals(1, (int) first.path("claimsPaid"), first.body().asString());
        assertEquals(List.of(ready.claimNumber().value()), first.path("notPosted.claimNumber"));
        assertEquals("claim-transition-not-allowed", first.path("notPosted[0].rule"));
        Claim paid = reload(accepted);

        // the biller finds the claim was sent but never marked: it is put right, and the file posted again
        claims.update(reload(ready).moveTo(ClaimStatus.SUBMITTED, "biller", "sent on paper", java.time.Instant.now()));
        var again = Flows.postX12("/remittances", practice, "partner", x12);
        assertEquals(200, again.statusCode(), again.body().asString());
        assertFalse((Boolean) again.path("alreadyPosted"));
        assertEquals(2, (int) again.path("claimsPaid"), "the file's totals: " + again.body().asString());
        assertEquals(List.of(), again.path("notPosted"));
        assertEquals(2, ((List<?>) again.path("invoicesCreated")).size());
        Claim fixed = reload(ready);
        assertEquals(ClaimStatus.PAID, fixed.status());
        assertEquals(1, fixed.invoiceIds().size());
        assertEquals(paid.version(), reload(accepted).version(), "the claim posted the first time is left alone");
        assertEquals(1, reload(accepted).postings().size());

        var third = Flows.postX12("/remittances", practice, "partner", x12);
        assertTrue((Boolean) third.path("alreadyPosted"));
        assertEquals(again.body().asString().replace("\"alreadyPosted\":false", "\"alreadyPosted\":true"),
                third.body().asString());
        assertEquals(fixed.version(), reload(ready).version());
    }
}
