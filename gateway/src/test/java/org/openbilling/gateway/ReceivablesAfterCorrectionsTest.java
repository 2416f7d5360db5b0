package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * A run of payments, reversals, corrections and voids through the public API, with patient payments on the
 * invoices in between, as a billing office lives it. After it the patient owes once per service (what the payer
 * says, less what the patient paid, carried as credit where an invoice was voided), and the A/R aging agrees with
 * the lists it sums: patient A/R = the balances of the outstanding invoices, insurance A/R = the insurance balances
 * of the open claims.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ReceivablesAfterCorrectionsTest {
    static final String NEW_PROCEDURES = "{\"procedures\":[{\"code\":\"99214\",\"charge\":\"180.00\",\"diagnosisPointers\":[1,2]}]}";
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String biller() {
        return Tokens.bearer(practice, "biller");
    }

    private record Billed(String encounterId, String id, String number) {
    }

    /** An encounter, its claim, SUBMITTED: all through GraphQL. */
    private Billed submitted() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit())))
                .body("errors", nullValue()).extract().path("data.createEncounter.id");
        var created = GraphQL.post(biller(), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id claimNumber } }""", Map.of("id", encounterId))
                .body("errors", nullValue()).extract();
        Billed b = new Billed(encounterId, created.path("data.createClaim.id"), created.path("data.createClaim.claimNumber"));
        move(b.id(), "SUBMITTED");
        return b;
    }

    private void move(String claimId, String status) {
        GraphQL.post(biller(), """
                mutation Move($id: ID!, $s: ClaimStatus!) { updateClaimStatus(id: $id, status: $s, reason: "test") { status } }""",
                Map.of("id", claimId, "s", status))
                .body("errors", nullValue()).body("data.updateClaimStatus.status", equalTo(status));
    }

    private Map<String, Object> postRemittance(String bpr, List<String> claimSegments) {
        String trace = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> s = new ArrayList<>(List.of(
                "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261120*0900*^*00501*000000778*0*P*:",
                "GS*HP*ACMEPAYER*SUBMIT01*20261120*0900*778*X*005010X221A1", "ST*835*0001*005010X221A1",
                // a negative total is a debit: BPR03 D and the amount
                "BPR*I*" + bpr.replace("-", "") + "*" + (bpr.startsWith("-") ? "D" : "C")
                        + "*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261120",
                "TRN*1*" + trace + "*1123456789", "N1*PR*AETNA", "N1*PE*SUNNY CLINIC*XX*1234567893", "LX*1"));
        s.addAll(claimSegments);
        s.add("SE*" + (s.size() - 1) + "*0001");
        s.add("GE*1*778");
        s.add("IEA*1*000000778");
        return GraphQL.post(biller(), """
                mutation Post($x: String!) { postRemittance(x12: $x) { claimsPaid claimsDenied claimsReversed
                  notPosted { claimNumber rule message } invoicesVoided { invoiceId credit } warnings { rule message } } }""",
                Map.of("x", String.join("~\n", s) + "~\n"))
                .body("errors", nullValue())
                .body("data.postRemittance.notPosted", equalTo(List.of()))
                .body("data.postRemittance.warnings", equalTo(List.of()))
                .extract().path("data.postRemittance");
    }

    /** The fixture claim (99213 125.00, 83036 45.50) paid {@code paid} with a copay of {@code copay} on line 1. */
    private static List<String> paid(String number, String paid, String copay, String pcn) {
        BigDecimal line1 = new BigDecimal(paid).subtract(new BigDecimal("35"));
        BigDecimal co1 = new BigDecimal("125").subtract(line1).subtract(new BigDecimal(copay));
        return List.of("CLP*" + number + "*1*170.5*" + paid + "*" + copay + "*12*" + pcn + "*11*1",
                "SVC*HC:99213*125*" + line1 + "**1", "CAS*PR*3*" + copay, "CAS*CO*45*" + co1,
                "SVC*HC:83036*45.5*35**1", "CAS*CO*45*10.5");
    }

    private static List<String> reversed(String number, String paid, String copay, String pcn) {
        BigDecimal line1 = new BigDecimal(paid).subtract(new BigDecimal("35"));
        BigDecimal co1 = new BigDecimal("125").subtract(line1).subtract(new BigDecimal(copay));
        return List.of("CLP*" + number + "*22*-170.5*-" + paid + "*-" + copay + "*12*" + pcn + "*11*1",
                "SVC*HC:99213*-125*-" + line1 + "**-1", "CAS*PR*3*-" + copay, "CAS*CO*45*-" + co1,
                "SVC*HC:83036*-45.5*-35**-1", "CAS*CO*45*-10.5");
    }

    private static List<String> both(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<String> invoiceIds(String claimId) {
        return GraphQL.post(biller(), "query($id: ID!) { claim(id: $id) { invoiceIds } }", Map.of("id", claimId))
                .body("errors", nullValue()).extract().path("data.claim.invoiceIds");
    }

    private void pay(String invoiceId, String amount) {
        GraphQL.post(biller(), """
                mutation Pay($id: ID!, $a: BigDecimal!) { recordInvoicePayment(invoiceId: $id, amount: $a, method: CARD,
                  idempotencyKey: "%s") { status } }""".formatted(UUID.randomUUID()),
                Map.of("id", invoiceId, "a", new BigDecimal(amount))).body("errors", nullValue());
    }

    private String correct(String claimId) {
        return given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounter\":" + NEW_PROCEDURES + "}").post("/claims/{id}/corrections", claimId)
                .then().statusCode(201).extract().path("id");
    }

    private String claimNumber(String claimId) {
        return GraphQL.post(biller(), "query($id: ID!) { claim(id: $id) { claimNumber } }", Map.of("id", claimId))
                .extract().path("data.claim.claimNumber");
    }

    @Test
    void agingReport_afterCorrectionsVoidsAndReversals_equalsTheOpenInvoicesAndClaims_andThePatientOwesOnce() {
        // 1. paid, the patient pays the copay (the claim closes), the payer reverses and pays again with a larger
        //    copay: the patient owes only the difference
        Billed one = submitted();
        postRemittance("120", paid(one.number(), "120", "20", "PCN1"));
        pay(invoiceIds(one.id()).get(0), "20.00");
        Map<String, Object> r1 = postRemittance("-10", both(reversed(one.number(), "120", "20", "PCN1"),
                paid(one.number(), "110", "30", "PCN1B")));
        assertEquals(1, r1.get("claimsReversed"));
        assertEquals("20.00", ((List<Map<String, Object>>) r1.get("invoicesVoided")).get(0).get("credit"));

        // 2. paid, the patient pays part of the copay, the claim is corrected (a replacement); the payer reverses the
        //    original and pays the replacement: the patient's payment moves to the replacement's invoice
        Billed two = submitted();
        postRemittance("120", paid(two.number(), "120", "20", "PCN2"));
        pay(invoiceIds(two.id()).get(0), "5.00");
        String replacement = correct(two.id());
        move(replacement, "SUBMITTED");
        postRemittance("30", both(reversed(two.number(), "120", "20", "PCN2"), List.of(
                "CLP*" + claimNumber(replacement) + "*1*180*150*20*12*PCN2R*11*1", "SVC*HC:99214*180*150**1",
                "CAS*PR*3*20", "CAS*CO*45*10")));

        // 3. paid, voided through updateClaimStatus (the void flow: frequency 8, its unpaid invoice voided), the
        //    payer recoups, and the encounter is billed anew
        Billed three = submitted();
        postRemittance("120", paid(three.number(), "120", "20", "PCN3"));
        GraphQL.post(biller(), """
                mutation($id: ID!) { updateClaimStatus(id: $id, status: VOIDED, reason: "wrong patient") { status frequency } }""",
                Map.of("id", three.id())).body("errors", nullValue())
                .body("data.updateClaimStatus.frequency", equalTo("8"));
        postRemittance("-120", reversed(three.number(), "120", "20", "PCN3"));
        String anew = GraphQL.post(biller(), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id frequency originalClaimId } }""",
                Map.of("id", three.encounterId())).body("errors", nullValue())
                .body("data.createClaim.frequency", equalTo("1"))
                .body("data.createClaim.originalClaimId", equalTo(three.id()))
                .extract().path("data.createClaim.id");

        // 4. a paper EOB, the patient pays part of the share, the EOB is reversed by hand: the claim is open again
        //    and the patient's payment waits as a credit
        Billed four = submitted();
        GraphQL.post(biller(), """
                mutation($id: ID!) { updateClaimStatus(id: $id, status: PAID, adjudication: { paidAmount: 100,
                  patientResponsibility: 30, adjustments: [{ groupCode: "CO", reasonCode: "45", amount: 40.50 },
                  { groupCode: "PR", reasonCode: "1", amount: 30 }] }) { status } }""", Map.of("id", four.id()))
                .body("errors", nullValue());
        pay(invoiceIds(four.id()).get(0), "10.00");
        move(four.id(), "ACCEPTED");

        // 5. denied as unprocessable (CO-16, MA130), corrected: a new original claim
        Billed five = submitted();
        postRemittance("0", List.of("CLP*" + five.number() + "*4*170.5*0*0*12*PCN5", "CAS*CO*16*170.5", "MOA***MA130"));
        given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounter\":" + NEW_PROCEDURES + "}").post("/claims/{id}/corrections", five.id())
                .then().statusCode(201).body("frequency", equalTo("1"));

        // the patient owes 10.00 on claim one (30 less the 20 paid) and 15.00 on the replacement (20 less 5)
        BigDecimal patient = bucketTotal("patient");
        assertEquals(new BigDecimal("25.00"), patient, "the patient owes once per service");
        assertEquals(patient, outstandingInvoicesTotal());
        // insurance: the claim billed anew (170.50), claim four reopened (170.50), the new claim for five (180.00)
        BigDecimal insurance = bucketTotal("insurance");
        assertEquals(new BigDecimal("521.00"), insurance);
        assertEquals(insurance, openClaimsTotal());
        GraphQL.post(biller(), "query($id: ID!) { claim(id: $id) { status insuranceBalance } }", Map.of("id", anew))
                .body("data.claim.status", equalTo("READY")).body("data.claim.insuranceBalance", equalTo("170.50"));
    }

    private BigDecimal bucketTotal(String side) {
        List<String> balances = GraphQL.post(Tokens.bearer(practice, "analyst"),
                "{ agingReport { " + side + " { balance } } }", Map.of())
                .body("errors", nullValue()).extract().path("data.agingReport." + side + ".balance");
        return balances.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal outstandingInvoicesTotal() {
        List<String> balances = GraphQL.post(Tokens.bearer(practice, "analyst"),
                "{ outstandingInvoices(first: 100) { edges { node { balance } } pageInfo { hasNextPage } } }", Map.of())
                .body("errors", nullValue()).body("data.outstandingInvoices.pageInfo.hasNextPage", equalTo(false))
                .extract().path("data.outstandingInvoices.edges.node.balance");
        return balances.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal openClaimsTotal() {
        List<String> balances = GraphQL.post(Tokens.bearer(practice, "analyst"),
                "{ openClaims(first: 100) { edges { node { insuranceBalance } } pageInfo { hasNextPage } } }", Map.of())
                .body("errors", nullValue()).body("data.openClaims.pageInfo.hasNextPage", equalTo(false))
                .extract().path("data.openClaims.edges.node.insuranceBalance");
        return balances.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
