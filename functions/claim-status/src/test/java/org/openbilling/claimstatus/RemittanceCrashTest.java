package org.openbilling.claimstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.dynamodb.remittance.RemittanceRepository;
import org.openbilling.testing.BillingTestResource;

/**
 * A crash in the middle of an 835 posting, then a retry, ends in exactly the state of one clean run: the same
 * file is posted cleanly in one practice and crashed-and-retried in another (same claim numbers), and the claims,
 * invoices, remittance record and answers of the two are compared whole.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class RemittanceCrashTest {
    static final int CLAIMS = 12;
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;
    @Inject
    RemittanceRepository remittances;
    @Inject
    TestPostingHooks hooks;

    @AfterEach
    void disarm() {
        hooks.disarm();
    }

    @Test
    void post835_crashAfterSomeClaims_retryEndsExactlyAsOneCleanRun() {
        String clean = Practices.fresh();
        String crashed = Practices.fresh();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            String number = "CR" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            numbers.add(number);
            // half were still SUBMITTED: their implied acceptance is part of what must not be doubled
            ClaimStatus status = i % 2 == 0 ? ClaimStatus.ACCEPTED : ClaimStatus.SUBMITTED;
            Flows.aClaimIn(claims, clean, status, number);
            Flows.aClaimIn(claims, crashed, status, number);
        }
        numbers.add("ZZNOTOURS0001");
        String trace = "CRASH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String x12 = X12Corpus.generated835(trace, "1123456789", numbers, true);

        var cleanAnswer = Flows.postX12("/remittances", clean, "partner", x12);
        assertEquals(200, cleanAnswer.statusCode(), cleanAnswer.body().asString());

        hooks.failPostingAfter(5);
        var crash = Flows.postX12("/remittances", crashed, "partner", x12);
        assertEquals(500, crash.statusCode(), "the simulated crash");
        hooks.disarm();
        // midway: no remittance record, and some claim unposted or some invoice not yet created
        assertTrue(remittances.find(new PracticeId(crashed), "1123456789", trace).isEmpty());
        Map<String, Claim> midway = claimsOf(crashed, numbers);
        long posted = midway.values().stream().filter(c -> !c.postings().isEmpty()).count();
        long invoicesMissing = midway.values().stream().flatMap(c -> c.invoiceIds().stream())
                .filter(id -> invoices.find(new PracticeId(crashed), id).isEmpty()).count();
        assertTrue(posted >= 5, "the crash came after five claim writes: " + posted);
        assertTrue(posted < CLAIMS || invoicesMissing > 0, "the crash left work undone");

        var retry = Flows.postX12("/remittances", crashed, "partner", x12);
        assertEquals(200, retry.statusCode(), retry.body().asString());
        assertEquals(cleanAnswer.body().asString(), retry.body().asString(), "the retry answers the clean run's totals");

        Map<String, Claim> a = claimsOf(clean, numbers);
        Map<String, Claim> b = claimsOf(crashed, numbers);
        for (String n : a.keySet()) {
            assertEquals(snapshot(a.get(n)), snapshot(b.get(n)), "claim " + n);
            for (InvoiceId id : a.get(n).invoiceIds()) {
                Invoice x = invoices.find(new PracticeId(clean), id).orElseThrow();
                Invoice y = invoices.find(new PracticeId(crashed), id).orElseThrow(() -> new AssertionError("invoice " + id + " missing"));
                assertEquals(invoiceSnapshot(x), invoiceSnapshot(y), "invoice " + id);
            }
        }
        PostedRemittance ra = remittances.find(new PracticeId(clean), "1123456789", trace).orElseThrow();
        PostedRemittance rb = remittances.find(new PracticeId(crashed), "1123456789", trace).orElseThrow();
        assertEquals(ra.totals(), rb.totals());
        assertEquals(ra.providerAdjustments(), rb.providerAdjustments());
        assertEquals(ra.claimCount(), rb.claimCount());
        assertEquals(ra.paymentAmount(), rb.paymentAmount());

        var again = Flows.postX12("/remittances", crashed, "partner", x12);
        assertTrue((Boolean) again.path("alreadyPosted"));
        assertEquals(snapshot(b.get(numbers.get(0))), snapshot(claimsOf(crashed, numbers).get(numbers.get(0))));
        assertFalse(b.values().stream().anyMatch(c -> c.postings().size() != 1), "each claim posted exactly once");
    }

    /**
     * The chain: three claims in four have a secondary coverage. A crash right after the k-th primary's posting (before its
     * secondary exists) or right after the k-th secondary claim is created, then a retry, ends as the clean run:
     * exactly one secondary claim per primary that has one, linked both ways, no invoice for those primaries, one
     * invoice for the others; and posting the file a third time changes nothing.
     */
    @Test
    void post835_primariesWithSecondaryCoverage_crashAtEachStep_retryEndsExactlyAsOneCleanRun() {
        for (String step : List.of("posting", "chain")) {
            for (int k : new int[] {1, 4}) {
                crashAndRetryChain(step, k);
            }
        }
    }

    private void crashAndRetryChain(String step, int k) {
        String clean = Practices.fresh();
        String crashed = Practices.fresh();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            String number = "CC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            numbers.add(number);
            // paid with a copay, met the deductible, denied: each with a secondary; partly paid: without
            boolean second = i % 4 != 1;
            chained(clean, number, second);
            chained(crashed, number, second);
        }
        String trace = "CHAIN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String x12 = X12Corpus.generated835(trace, "1123456789", numbers, false);
        var cleanAnswer = Flows.postX12("/remittances", clean, "partner", x12);
        assertEquals(200, cleanAnswer.statusCode(), cleanAnswer.body().asString());

        if (step.equals("posting")) {
            hooks.failPostingAfter(k);
        } else {
            hooks.failChainAfter(k);
        }
        assertEquals(500, Flows.postX12("/remittances", crashed, "partner", x12).statusCode(), step + " " + k);
        hooks.disarm();
        var retry = Flows.postX12("/remittances", crashed, "partner", x12);
        assertEquals(200, retry.statusCode(), retry.body().asString());
        assertEquals(cleanAnswer.body().asString(), retry.body().asString(), "the retry answers the clean run's totals");
        var third = Flows.postX12("/remittances", crashed, "partner", x12);
        assertTrue((Boolean) third.path("alreadyPosted"));

        Map<String, Claim> a = claimsOf(clean, numbers);
        Map<String, Claim> b = claimsOf(crashed, numbers);
        for (String n : numbers) {
            assertEquals(chainSnapshot(clean, a.get(n)), chainSnapshot(crashed, b.get(n)), step + " " + k + ": claim " + n);
            for (InvoiceId id : a.get(n).invoiceIds()) {
                Invoice x = invoices.find(new PracticeId(clean), id).orElseThrow();
                Invoice y = invoices.find(new PracticeId(crashed), id).orElseThrow(() -> new AssertionError("invoice " + id + " missing"));
                assertEquals(invoiceSnapshot(x), invoiceSnapshot(y), "invoice " + id);
            }
        }
        long withSecond = b.values().stream().filter(c -> c.chain().nextClaimId() != null).count();
        assertEquals(CLAIMS - CLAIMS / 4, withSecond, "one secondary claim per primary with a secondary coverage");
        assertTrue(b.values().stream().filter(c -> c.chain().nextClaimId() != null).allMatch(c -> c.invoiceIds().isEmpty()),
                "no patient invoice while the secondary payer is to pay");
    }

    private void chained(String practice, String number, boolean withSecondary) {
        Claim c = org.openbilling.testing.fixtures.Claims.aReadyClaim(practice);
        c = new Claim(c.id(), c.practiceId(), new ClaimNumber(number), c.encounterId(), c.billed(), c.ledger(),
                c.lifecycle(), c.links(), c.version());
        if (withSecondary) {
            c = c.withBilled(c.billed().withDetails(c.details().withCoverages(List.of(c.details().primaryCoverage(),
                    PayerChainTest.coverage("2223456789", "BETA HEALTH", "B" + number.substring(2, 8))))));
        }
        c = claims.create(c).orElseThrow();
        claims.update(c.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", java.time.Instant.now()));
    }

    /** The claim and, when it has one, its secondary claim and the number of claims of the encounter. */
    private List<Object> chainSnapshot(String practice, Claim c) {
        List<Object> out = new ArrayList<>(snapshot(c));
        out.add(claims.byEncounter(new PracticeId(practice), c.encounterId()).size());
        if (c.chain().nextClaimId() != null) {
            Claim next = claims.find(new PracticeId(practice), c.chain().nextClaimId()).orElseThrow(
                    () -> new AssertionError("the secondary claim of " + c.claimNumber().value() + " is missing"));
            assertEquals(c.id(), next.chain().previousClaimId());
            out.addAll(List.of(next.status(), next.payer(), next.payerSequence(), next.chain().priorPayers(),
                    next.insuranceBalance(), next.version(), next.lines(), next.history().stream()
                            .map(h -> h.from() + ">" + h.to() + "|" + h.reason()).toList()));
        }
        return out;
    }

    private Map<String, Claim> claimsOf(String practice, List<String> numbers) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (String n : numbers) {
            Optional<Claim> c = claims.findByNumber(new PracticeId(practice), new ClaimNumber(n));
            c.ifPresent(x -> out.put(n, x));
        }
        return out;
    }

    /** Everything about a claim except what differs by practice or clock (ids, timestamps). */
    private static List<Object> snapshot(Claim c) {
        return List.of(c.status(), c.frequency(), c.paidAmount(), c.contractualAdjustment(), c.patientResponsibility(),
                c.insuranceBalance(), c.adjustments(), c.remarks(), c.lines().stream().map(l -> String.valueOf(l.paidAmount())).toList(),
                c.history().stream().map(h -> h.from() + ">" + h.to() + "|" + h.actor() + "|" + h.reason()).toList(),
                c.invoiceIds(), String.valueOf(c.payerClaimControlNumber()), c.postings(), c.version());
    }

    private static List<Object> invoiceSnapshot(Invoice v) {
        return List.of(v.status(), v.amountDue(), v.balance(), v.lines(), v.issuedOn(), v.dueOn(), v.version());
    }
}
