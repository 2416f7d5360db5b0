package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.CoveragePosition;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;
import org.openbilling.x12.Claim837;
import org.openbilling.x12.Claim837Reader;
import org.openbilling.x12.PayerSequence;

/**
 * The chain of payers walked end to end through the doors a practice uses: the primary's 835 makes the secondary
 * claim, the secondary's 837P goes out in a batch (the writer checks it against 005010X222A1; it is read back here),
 * the secondary's 835 posts and the patient is invoiced last. For a plain secondary, a crossover, a denied primary
 * and a tertiary; then the refusals.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class PayerChainTest {
    static final String PRIMARY_PAYER = "1123456789";
    static final String SECOND_PAYER = "2223456789";
    static final String THIRD_PAYER = "3323456789";
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;
    @Inject
    PracticeRepository practices;

    private final String practice = Practices.fresh();

    /** A SUBMITTED claim (the fixture's 99213 125.00 and 83036 45.50) to the first of {@code extra + 1} payers. */
    static Claim aChainedClaim(ClaimRepository claims, String practice, Coverage... later) {
        Claim c = Claims.aReadyClaim(practice);
        List<Coverage> coverages = new ArrayList<>();
        coverages.add(c.details().primaryCoverage());
        coverages.addAll(List.of(later));
        c = c.withBilled(c.billed().withDetails(c.details().withCoverages(coverages)));
        c = claims.create(c).orElseThrow();
        return claims.update(c.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", Instant.now()));
    }

    static Coverage coverage(String payerId, String name, String member) {
        return new Coverage(payerId, name, member, "GRP-" + member, "CI",
                org.openbilling.domain.encounter.Parties.Relationship.SELF, null);
    }

    private Claim reload(ClaimId id) {
        return claims.find(new PracticeId(practice), id).orElseThrow();
    }

    private static String trace() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> post(String payer, String bpr,
                                                                                                List<String> clp) {
        return Flows.postX12("/remittances", practice, "partner", X12Corpus.an835(trace(), payer, bpr, clp));
    }

    /** The claim's batch as the clearinghouse gets it, read back by the project's own reader. */
    private Claim837 submitAndReadBack(Claim c) {
        Practices.readyForX12(practices, practice);
        var r = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"claimIds\":[\"" + c.id().value() + "\"]}").post("/submissions").then().extract();
        assertEquals(201, r.statusCode(), r.body().asString());
        String x12 = r.path("x12");
        List<Claim837> read = new Claim837Reader().read(x12);
        assertEquals(1, read.size());
        assertEquals(c.claimNumber().value(), read.get(0).claimNumber());
        return read.get(0);
    }

    /** For every line: charge = each payer's (paid + adjustments not owed by the patient, but for CARC 23) + the last PR. */
    private static void assertLinesBalance(List<Claim> chain) {
        Claim last = chain.get(chain.size() - 1);
        for (ClaimLine line : last.lines()) {
            Money sum = Money.ZERO;
            for (Claim c : chain) {
                Posting p = c.standingPosting().orElseThrow();
                sum = sum.plus(p.linePaid().getOrDefault(line.lineNumber(), Money.ZERO));
                for (Adjustment a : p.adjustments()) {
                    // CARC 23 is the later payer repeating what the payers before settled: counted once, at them
                    if (a.lineNumber() != null && a.lineNumber() == line.lineNumber() && !a.isPatientShare()
                            && !"23".equals(a.reasonCode())) {
                        sum = sum.plus(a.amount());
                    }
                }
            }
            Posting lastPosting = last.standingPosting().orElseThrow();
            for (Adjustment a : lastPosting.adjustments()) {
                if (a.lineNumber() != null && a.lineNumber() == line.lineNumber() && a.isPatientShare()) {
                    sum = sum.plus(a.amount());
                }
            }
            assertEquals(line.charge(), sum, "line " + line.lineNumber() + " of claim " + last.claimNumber().value());
        }
    }

    @Test
    void post835_primaryWithSecondaryCoverage_makesSecondaryReady_whose837pAnd835EndInThePatientInvoice() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7001"));
        String number = primary.claimNumber().value();

        var r = post(PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, (int) r.path("claimsPaid"));
        assertEquals(List.of(), r.path("invoicesCreated"), "the patient is not invoiced while a payer is left");

        Claim paid = reload(primary.id());
        ClaimId secondId = ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY);
        assertEquals(secondId, paid.chain().nextClaimId());
        assertEquals(List.of(), paid.invoiceIds());
        assertEquals(Money.ZERO, paid.insuranceBalance(), "the primary payer owes nothing more");
        Claim second = reload(secondId);
        assertEquals(ClaimStatus.READY, second.status());
        assertEquals(SECOND_PAYER, second.payer().payerId());
        assertEquals(CoveragePosition.SECONDARY, second.payerSequence());
        assertEquals(primary.id(), second.chain().previousClaimId());
        assertFalse(second.chain().crossover());
        assertFalse(second.claimNumber().equals(primary.claimNumber()));
        assertEquals(Money.of("20.00"), second.insuranceBalance(), "the secondary owes at most the patient's 20.00");
        assertEquals(Money.of("120.00"), second.chain().lastPrior().paidAmount());
        assertEquals("PCN" + number, second.chain().lastPrior().payerClaimControlNumber());

        Claim837 sent = submitAndReadBack(second);
        assertEquals(PayerSequence.SECONDARY, sent.payerSequence());
        assertEquals(Money.of("170.50"), sent.totalCharge());
        Claim837.OtherPayer before = sent.otherPayers().get(0);
        assertEquals(PayerSequence.PRIMARY, before.sequence());
        assertEquals(Money.of("120.00"), before.paidAmount());
        // the payer left the patient's share on the lines: AMT*EAF per line, none on the claim
        assertEquals(Money.of("20.00"), sent.lines().get(0).adjudications().get(0).remainingPatientLiability());
        assertEquals("PCN" + number, before.payerClaimControlNumber());
        assertEquals(Money.of("85.00"), sent.lines().get(0).adjudications().get(0).paidAmount());
        assertEquals(Money.of("35.00"), sent.lines().get(1).adjudications().get(0).paidAmount());
        assertEquals(ClaimStatus.SUBMITTED, reload(secondId).status());

        String n2 = second.claimNumber().value();
        var r2 = post(SECOND_PAYER, "15", List.of("CLP*" + n2 + "*2*170.5*15*5*CI*SEC" + n2,
                "SVC*HC:99213*125*15**1", "CAS*OA*23*105", "CAS*PR*2*5", "SVC*HC:83036*45.5*0**1", "CAS*OA*23*45.5"));
        assertEquals(200, r2.statusCode(), r2.body().asString());
        assertEquals(1, (int) r2.path("claimsPaid"));
        List<String> created = r2.path("invoicesCreated");
        assertEquals(1, created.size(), "the patient is invoiced after the last payer");
        Claim secondPaid = reload(secondId);
        assertEquals(ClaimStatus.PAID, secondPaid.status());
        assertEquals(Money.ZERO, secondPaid.insuranceBalance());
        assertNull(secondPaid.chain().nextClaimId());
        Invoice invoice = invoices.find(new PracticeId(practice), secondPaid.invoiceIds().get(0)).orElseThrow();
        assertEquals(Money.of("5.00"), invoice.amountDue());
        assertLinesBalance(List.of(reload(primary.id()), secondPaid));

        // the same primary 835 again: nothing twice
        var again = post(PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number));
        assertEquals(200, again.statusCode());
        assertEquals(1, claims.byEncounter(new PracticeId(practice), primary.encounterId()).stream()
                .filter(c -> c.payerSequence() == CoveragePosition.SECONDARY).count());
    }

    @Test
    void post835_crossover_recordsSecondaryAsSent_andItsOwn835UnderThePrimaryNumberInvoicesThePatient() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "MEDIGAP PLAN", "M8001"));
        String number = primary.claimNumber().value();
        List<String> clp = new ArrayList<>(X12Corpus.paidWithCopay(number, "PCN" + number));
        clp.set(0, clp.get(0).replace("*1*170.5", "*19*170.5"));
        clp.add(1, "NM1*TT*2*MEDIGAP PLAN*****PI*" + SECOND_PAYER);
        var r = post(PRIMARY_PAYER, "120", clp);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, (int) r.path("claimsPaid"), r.body().asString());

        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        assertEquals(ClaimStatus.SUBMITTED, second.status(), "sent by the crossover, not by us");
        assertTrue(second.chain().crossover());
        assertNotNull(second.submittedAt());
        var refused = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"claimIds\":[\"" + second.id().value() + "\"]}").post("/submissions").then().extract();
        assertEquals(422, refused.statusCode(), "no 837P for a crossed-over claim");

        // the supplement's 835 names the claim number the crossover carried: the primary's, processed as secondary
        var r2 = post(SECOND_PAYER, "15", List.of("CLP*" + number + "*2*170.5*15*5*MB*GAP" + number,
                "SVC*HC:99213*125*15**1", "CAS*OA*23*105", "CAS*PR*2*5", "SVC*HC:83036*45.5*0**1", "CAS*OA*23*45.5"));
        assertEquals(200, r2.statusCode(), r2.body().asString());
        assertEquals(1, (int) r2.path("claimsPaid"), r2.body().asString());
        assertEquals(1, ((List<?>) r2.path("invoicesCreated")).size());
        Claim secondPaid = reload(second.id());
        assertEquals(ClaimStatus.PAID, secondPaid.status());
        Claim primaryAfter = reload(primary.id());
        assertEquals(1, primaryAfter.postings().size(), "the secondary's 835 did not touch the primary");
        assertEquals(List.of(), primaryAfter.invoiceIds());
        assertLinesBalance(List.of(primaryAfter, secondPaid));
    }

    @Test
    void post835_deniedPrimary_givesSecondaryCarryingTheDenial_whichPaysAsIfFirst() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7002"));
        String number = primary.claimNumber().value();
        var r = post(PRIMARY_PAYER, "0", List.of("CLP*" + number + "*4*170.5*0*0*12*DEN" + number,
                "CAS*CO*27*170.5"));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(1, (int) r.path("claimsDenied"));
        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        assertEquals(ClaimStatus.READY, second.status());
        assertEquals(Money.of("170.50"), second.insuranceBalance(), "after a denial the next payer may owe it all");

        Claim837 sent = submitAndReadBack(second);
        Claim837.OtherPayer denied = sent.otherPayers().get(0);
        assertEquals(Money.ZERO, denied.paidAmount());
        assertEquals("27", denied.adjustments().get(0).reasonCode());
        assertEquals(Money.of("170.50"), denied.adjustments().get(0).amount());

        String n2 = second.claimNumber().value();
        var r2 = post(SECOND_PAYER, "100", List.of("CLP*" + n2 + "*1*170.5*100*15*CI*SEC" + n2,
                "SVC*HC:99213*125*80**1", "CAS*CO*45*30", "CAS*PR*1*15", "SVC*HC:83036*45.5*20**1", "CAS*CO*45*25.5"));
        assertEquals(200, r2.statusCode(), r2.body().asString());
        assertEquals(1, (int) r2.path("claimsPaid"), r2.body().asString());
        Claim secondPaid = reload(second.id());
        Invoice invoice = invoices.find(new PracticeId(practice), secondPaid.invoiceIds().get(0)).orElseThrow();
        assertEquals(Money.of("15.00"), invoice.amountDue());
        assertLinesBalance(List.of(reload(primary.id()), secondPaid));
    }

    @Test
    void post835_threeCoverages_tertiaryFollowsSecondary_andOnlyTheTertiaryInvoices() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7003"),
                coverage(THIRD_PAYER, "GAMMA CARE", "G9003"));
        String number = primary.claimNumber().value();
        assertEquals(200, post(PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number)).statusCode());
        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        submitAndReadBack(second);
        String n2 = second.claimNumber().value();
        var r2 = post(SECOND_PAYER, "10", List.of("CLP*" + n2 + "*2*170.5*10*10*CI*SEC" + n2,
                "SVC*HC:99213*125*10**1", "CAS*OA*23*105", "CAS*PR*2*10", "SVC*HC:83036*45.5*0**1", "CAS*OA*23*45.5"));
        assertEquals(200, r2.statusCode(), r2.body().asString());
        assertEquals(List.of(), r2.path("invoicesCreated"), "a third payer is left");

        Claim third = reload(ClaimFactory.nextId(second.id(), CoveragePosition.TERTIARY));
        assertEquals(ClaimStatus.READY, third.status());
        assertEquals(THIRD_PAYER, third.payer().payerId());
        assertEquals(2, third.chain().priorPayers().size());
        assertEquals(Money.of("10.00"), third.insuranceBalance());
        Claim837 sent = submitAndReadBack(third);
        assertEquals(PayerSequence.TERTIARY, sent.payerSequence());
        assertEquals(List.of(Money.of("120.00"), Money.of("10.00")),
                sent.otherPayers().stream().map(Claim837.OtherPayer::paidAmount).toList());

        String n3 = third.claimNumber().value();
        var r3 = post(THIRD_PAYER, "6", List.of("CLP*" + n3 + "*3*170.5*6*4*CI*TER" + n3,
                "SVC*HC:99213*125*6**1", "CAS*OA*23*115", "CAS*PR*2*4", "SVC*HC:83036*45.5*0**1", "CAS*OA*23*45.5"));
        assertEquals(200, r3.statusCode(), r3.body().asString());
        assertEquals(1, ((List<?>) r3.path("invoicesCreated")).size());
        Claim thirdPaid = reload(third.id());
        assertEquals(Money.of("4.00"), invoices.find(new PracticeId(practice), thirdPaid.invoiceIds().get(0))
                .orElseThrow().amountDue());
        assertEquals(List.of(), reload(second.id()).invoiceIds());
        assertLinesBalance(List.of(reload(primary.id()), reload(second.id()), thirdPaid));
    }

    @Test
    void post835_secondaryPaidMoreThanThePrimaryLeft_isNotPosted_andChangesNothing() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7004"));
        String number = primary.claimNumber().value();
        post(PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number));
        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        submitAndReadBack(second);
        Claim before = reload(second.id());
        String n2 = second.claimNumber().value();
        var r = post(SECOND_PAYER, "30", List.of("CLP*" + n2 + "*2*170.5*30*0*CI*SEC" + n2, "CAS*OA*23*140.5"));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals("chain-paid-more-than-left", r.path("notPosted[0].rule"), r.body().asString());
        assertEquals(before, reload(second.id()));
    }

    @Test
    void post835_processedAsSecondaryBeforeThePrimaryIsAdjudicated_isNotPosted() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "MEDIGAP PLAN", "M8002"));
        String number = primary.claimNumber().value();
        var r = post(SECOND_PAYER, "15", List.of("CLP*" + number + "*2*170.5*15*5*MB*GAP" + number,
                "CAS*OA*23*150.5", "CAS*PR*2*5"));
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals("chain-prior-not-adjudicated", r.path("notPosted[0].rule"), r.body().asString());
        assertEquals(primary, reload(primary.id()));
    }

    @Test
    void adjudicateByHand_primaryWithSecondary_makesTheSecondaryOnce_andNoInvoice() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7005"));
        String body = """
                {"status":"PAID","reason":"paper EOB","adjudication":{"paidAmount":"120.00","patientResponsibility":"20.00",
                 "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"30.50"},
                                {"groupCode":"PR","reasonCode":"3","amount":"20.00","lineNumber":1}],
                 "lines":[{"lineNumber":1,"paidAmount":"85.00"},{"lineNumber":2,"paidAmount":"35.00"}]}}""";
        for (int i = 0; i < 2; i++) {
            var r = given().header("Authorization", Tokens.bearer(practice, "biller")).header("Idempotency-Key", "eob-1")
                    .contentType("application/json").body(body).post("/claims/" + primary.id().value() + "/status")
                    .then().extract();
            assertEquals(200, r.statusCode(), r.body().asString());
        }
        Claim paid = reload(primary.id());
        assertEquals(List.of(), paid.invoiceIds());
        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        assertEquals(ClaimStatus.READY, second.status());
        assertEquals(Money.of("20.00"), second.insuranceBalance());
        assertEquals(2, claims.byEncounter(new PracticeId(practice), primary.encounterId()).size());
        Claim837 sent = submitAndReadBack(second);
        assertEquals(Money.of("120.00"), sent.otherPayers().get(0).paidAmount());
        // the patient's share goes to the secondary with the reason the biller entered, never a guessed one (the
        // lines do not balance on their own: every adjustment is told at claim level)
        assertEquals(List.of("CO/45/30.50", "PR/3/20.00"), sent.otherPayers().get(0).adjustments().stream()
                .map(c -> c.groupCode() + "/" + c.reasonCode() + "/" + c.amount()).sorted().toList());
    }

    @Test
    void adjudicateByHand_patientShareWithoutReason_onAClaimWithANextPayer_is422_andChangesNothing() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7007"));
        String body = """
                {"status":"PAID","adjudication":{"paidAmount":"120.00","patientResponsibility":"20.00",
                 "adjustments":[{"groupCode":"CO","reasonCode":"45","amount":"30.50"}]}}""";
        var r = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body(body).post("/claims/" + primary.id().value() + "/status").then().extract();
        assertEquals(422, r.statusCode(), r.body().asString());
        assertEquals("adjudication-reason-required", r.path("errors[0].rule"), r.body().asString());
        assertEquals("adjudication.patientResponsibility", r.path("errors[0].field"));
        assertEquals(primary, reload(primary.id()));
        assertEquals(1, claims.byEncounter(new PracticeId(practice), primary.encounterId()).size());
    }

    @Test
    void post835_reversalOfAPrimaryWhoseSecondaryWentOut_isNotPosted_untilTheSecondaryIsVoided() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7008"));
        String number = primary.claimNumber().value();
        assertEquals(200, post(PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number)).statusCode());
        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        submitAndReadBack(second);
        Claim paid = reload(primary.id());

        String reversal = X12Corpus.an835(trace(), PRIMARY_PAYER, "-120", X12Corpus.reversalOfPaidWithCopay(number,
                "PCN" + number));
        var r = Flows.postX12("/remittances", practice, "partner", reversal);
        assertEquals(200, r.statusCode(), r.body().asString());
        assertEquals(0, (int) r.path("claimsReversed"));
        assertEquals("chain-correct-next-claim-first", r.path("notPosted[0].rule"), r.body().asString());
        assertTrue(((String) r.path("notPosted[0].message")).contains(second.claimNumber().value()));
        assertEquals(paid, reload(primary.id()), "nothing changed");

        // the secondary voided (claim-creation's void), the same file again posts the reversal
        Claim sent = reload(second.id());
        claims.update(sent.voided("biller", "voided: the primary reversed its payment", Instant.now()));
        var again = Flows.postX12("/remittances", practice, "partner", reversal);
        assertEquals(200, again.statusCode(), again.body().asString());
        assertEquals(1, (int) again.path("claimsReversed"), again.body().asString());
        assertEquals(List.of(), again.path("notPosted"));
        Claim reversed = reload(primary.id());
        assertEquals(ClaimStatus.ACCEPTED, reversed.status());
        assertEquals(Money.ZERO, reversed.paidAmount());
        assertNull(reversed.chain().nextClaimId(), "the voided secondary no longer follows");

        // the payer adjudicates the primary again: the secondary is billed anew, under the next generation's id
        var corrected = post(PRIMARY_PAYER, "130", List.of("CLP*" + number + "*1*170.5*130*20*12*PCN" + number
                + "*11*1", "SVC*HC:99213*125*95**1", "CAS*PR*3*20", "CAS*CO*45*10", "SVC*HC:83036*45.5*35**1",
                "CAS*CO*45*10.5"));
        assertEquals(200, corrected.statusCode(), corrected.body().asString());
        assertEquals(1, (int) corrected.path("claimsPaid"), corrected.body().asString());
        ClaimId anew = ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY, 2);
        assertEquals(anew, reload(primary.id()).chain().nextClaimId());
        Claim billedAnew = reload(anew);
        assertEquals(ClaimStatus.READY, billedAnew.status());
        assertEquals(Money.of("130.00"), billedAnew.chain().lastPrior().paidAmount());
        assertFalse(billedAnew.claimNumber().equals(second.claimNumber()));
        assertEquals(ClaimStatus.VOIDED, reload(second.id()).status());
        Claim837 resent = submitAndReadBack(billedAnew);
        assertEquals(Money.of("130.00"), resent.otherPayers().get(0).paidAmount());
    }

    @Test
    void reversalByHand_ofAPrimaryWhoseSecondaryStands_is422OnClaimId_untilTheSecondaryIsVoided() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7009"));
        String number = primary.claimNumber().value();
        assertEquals(200, post(PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number)).statusCode());
        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        Claim paid = reload(primary.id());
        String body = "{\"status\":\"ACCEPTED\",\"reason\":\"payer reversed by phone\"}";
        var r = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body(body).post("/claims/" + primary.id().value() + "/status").then().extract();
        assertEquals(422, r.statusCode(), r.body().asString());
        assertEquals("chain-correct-next-claim-first", r.path("errors[0].rule"));
        assertEquals("claimId", r.path("errors[0].field"));
        assertTrue(((String) r.path("errors[0].message")).contains(second.claimNumber().value()));
        assertEquals(paid, reload(primary.id()), "nothing changed");

        claims.update(second.voided("biller", "voided: never sent", Instant.now()));
        var ok = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body(body).post("/claims/" + primary.id().value() + "/status").then().extract();
        assertEquals(200, ok.statusCode(), ok.body().asString());
        assertEquals("ACCEPTED", ok.path("status"));
    }

    @Test
    void adjudicateByHand_secondaryPaidMoreThanLeft_is422OnPaidAmount() {
        Claim primary = aChainedClaim(claims, practice, coverage(SECOND_PAYER, "BETA HEALTH", "B7006"));
        String number = primary.claimNumber().value();
        post(PRIMARY_PAYER, "120", X12Corpus.paidWithCopay(number, "PCN" + number));
        Claim second = reload(ClaimFactory.nextId(primary.id(), CoveragePosition.SECONDARY));
        claims.update(second.moveTo(ClaimStatus.SUBMITTED, "fixture", "sent", Instant.now()));
        String body = """
                {"status":"PAID","adjudication":{"paidAmount":"25.00",
                 "adjustments":[{"groupCode":"OA","reasonCode":"23","amount":"145.50"}]}}""";
        var r = given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body(body).post("/claims/" + second.id().value() + "/status").then().extract();
        assertEquals(422, r.statusCode(), r.body().asString());
        assertEquals("chain-paid-more-than-left", r.path("errors[0].rule"), r.body().asString());
        assertEquals("adjudication.paidAmount", r.path("errors[0].field"));
    }
}
