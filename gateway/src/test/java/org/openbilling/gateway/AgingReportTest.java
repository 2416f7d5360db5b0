package org.openbilling.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.invoice.PaymentMethod;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.testing.DynamoCallCounter;

/** agingReport: open claims' insurance balances by age bucket, overall and per payer, from the open-claims index. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class AgingReportTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final Payer ACME = new Payer("ACME01", "Acme Health");
    static final Payer BLUE = new Payer("BLUE02", "Blue Plan");
    static final String REPORT = """
            query($asOf: Date, $ageBy: AgeBasis) { agingReport(asOf: $asOf, ageBy: $ageBy) {
              asOf ageBy
              insurance { label minDays maxDays count balance }
              patient { label minDays maxDays count balance }
              byPayer { payerId payerName count total buckets { label count balance } } } }""";

    @Inject
    ClaimRepository claims;
    @Inject
    PracticeClock clock;
    @Inject
    InvoiceRepository invoices;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private ZoneId zone() {
        return clock.zoneOf(new PracticeId(practice));
    }

    /** An open (READY) claim of {@code practice} aged {@code days} on AS_OF, owing {@code balance}. */
    private void openClaim(String practice, Payer payer, int days, String balance) {
        claims.create(AgedClaims.ready(practice, payer, AgedClaims.daysBefore(AS_OF, days, zone()), Money.of(balance),
                Money.ZERO)).orElseThrow();
    }

    private io.restassured.response.ValidatableResponse report(String role, String asOf) {
        return report(role, asOf, null);
    }

    private io.restassured.response.ValidatableResponse report(String role, String asOf, String ageBy) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("asOf", asOf);
        vars.put("ageBy", ageBy);
        return GraphQL.post(Tokens.bearer(practice, role), REPORT, vars);
    }

    @Test
    void agingReport_claimsOnBucketEdges_fallInTheirBuckets() {
        int[] ages = {0, 30, 31, 60, 61, 90, 91, 120, 121, 400};
        for (int i = 0; i < ages.length; i++) {
            openClaim(practice, ACME, ages[i], (i + 1) + ".25");
        }
        report("analyst", AS_OF.toString())
                .body("errors", nullValue())
                .body("data.agingReport.asOf", equalTo(AS_OF.toString()))
                .body("data.agingReport.insurance.label", contains("0-30", "31-60", "61-90", "91-120", "121+"))
                .body("data.agingReport.insurance.minDays", contains(0, 31, 61, 91, 121))
                .body("data.agingReport.insurance.maxDays", contains(30, 60, 90, 120, null))
                .body("data.agingReport.insurance.count", contains(2, 2, 2, 2, 2))
                // 1.25 + 2.25, 3.25 + 4.25, ...
                .body("data.agingReport.insurance.balance", contains("3.50", "7.50", "11.50", "15.50", "19.50"));
    }

    @Test
    void agingReport_submittedClaim_agesFromItsDateOfService_orFromFirstSubmissionWhenAsked() {
        var created = AgedClaims.ready(practice, ACME, AgedClaims.daysBefore(AS_OF, 200, zone()), Money.of("80.00"), Money.ZERO);
        claims.create(AgedClaims.moved(created, AgedClaims.daysBefore(AS_OF, 45, zone()), ClaimStatus.SUBMITTED)).orElseThrow();
        report("biller", AS_OF.toString())
                .body("errors", nullValue())
                .body("data.agingReport.ageBy", equalTo("DATE_OF_SERVICE"))
                .body("data.agingReport.insurance.count", contains(0, 0, 0, 0, 1))
                .body("data.agingReport.byPayer[0].buckets.count", contains(0, 0, 0, 0, 1));
        report("biller", AS_OF.toString(), "FIRST_SUBMISSION")
                .body("errors", nullValue())
                .body("data.agingReport.ageBy", equalTo("FIRST_SUBMISSION"))
                .body("data.agingReport.insurance.count", contains(0, 1, 0, 0, 0))
                .body("data.agingReport.insurance.balance", contains("0.00", "80.00", "0.00", "0.00", "0.00"));
    }

    @Test
    void agingReport_closedClaimsAndOtherPractices_areNotCounted() {
        openClaim(practice, ACME, 10, "100.00");
        var at = AgedClaims.daysBefore(AS_OF, 20, zone());
        claims.create(AgedClaims.moved(AgedClaims.ready(practice, ACME, at, Money.of("500.00"), Money.ZERO), at,
                ClaimStatus.VOIDED)).orElseThrow();
        claims.create(AgedClaims.moved(AgedClaims.ready(practice, ACME, at, Money.of("700.00"), Money.ZERO), at,
                ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.PAID, ClaimStatus.CLOSED)).orElseThrow();
        String other = "p" + UUID.randomUUID().toString().substring(0, 8);
        openClaim(other, ACME, 10, "900.00");
        openClaim(other, BLUE, 10, "900.00");

        report("admin", AS_OF.toString())
                .body("errors", nullValue())
                .body("data.agingReport.insurance.count", contains(1, 0, 0, 0, 0))
                .body("data.agingReport.insurance.balance[0]", equalTo("100.00"))
                .body("data.agingReport.byPayer.payerId", contains("ACME01"))
                .body("data.agingReport.byPayer[0].total", equalTo("100.00"));
    }

    @Test
    void agingReport_byPayer_sumsEachPayerLargestFirst() {
        openClaim(practice, ACME, 5, "10.00");
        openClaim(practice, ACME, 70, "15.50");
        openClaim(practice, BLUE, 150, "40.00");
        report("analyst", AS_OF.toString())
                .body("errors", nullValue())
                .body("data.agingReport.byPayer.payerId", contains("BLUE02", "ACME01"))
                .body("data.agingReport.byPayer.payerName", contains("Blue Plan", "Acme Health"))
                .body("data.agingReport.byPayer.count", contains(1, 2))
                .body("data.agingReport.byPayer.total", contains("40.00", "25.50"))
                .body("data.agingReport.byPayer[1].buckets.balance", contains("10.00", "0.00", "15.50", "0.00", "0.00"))
                .body("data.agingReport.byPayer[0].buckets.count", contains(0, 0, 0, 0, 1))
                .body("data.agingReport.insurance.balance", contains("10.00", "0.00", "15.50", "0.00", "40.00"));
    }

    @Test
    void agingReport_claimsWhoseAgeBeginsAfterAsOf_areLeftOut() {
        openClaim(practice, ACME, 0, "1.00");
        openClaim(practice, ACME, -1, "2.00");
        report("analyst", AS_OF.toString())
                .body("data.agingReport.insurance.count", contains(1, 0, 0, 0, 0))
                .body("data.agingReport.insurance.balance[0]", equalTo("1.00"));
    }

    @Test
    void agingReport_withoutAsOf_isAsOfTodayInThePracticeZone() {
        report("analyst", null)
                .body("errors", nullValue())
                .body("data.agingReport.asOf", equalTo(clock.today(new PracticeId(practice)).toString()))
                .body("data.agingReport.byPayer", empty());
    }

    private void invoice(String practice, int daysOld, String amount, boolean paid) {
        Invoice v = Invoice.issue(new InvoiceId("i-" + UUID.randomUUID()), new PracticeId(practice), null,
                EncounterId.newId(), null, List.of(new InvoiceLine(1, "99213", AS_OF, "visit", Money.of(amount))),
                AS_OF.minusDays(daysOld), 30, java.time.Instant.now());
        if (paid) {
            v = v.pay(Money.of(amount), PaymentMethod.CASH, null, "t", java.time.Instant.now());
        }
        invoices.create(v).orElseThrow();
    }

    @Test
    void agingReport_patientSide_agesOutstandingInvoicesFromIssuedOn() {
        invoice(practice, 0, "20.00", false);
        invoice(practice, 30, "5.00", false);
        invoice(practice, 45, "30.00", false);
        invoice(practice, 130, "12.50", false);
        invoice(practice, 10, "99.00", true);          // paid: not outstanding
        invoice(practice, -1, "7.00", false);          // issued after asOf
        invoice("other-" + practice, 10, "500.00", false);
        report("analyst", AS_OF.toString())
                .body("errors", nullValue())
                .body("data.agingReport.patient.label", equalTo(List.of("0-30", "31-60", "61-90", "91-120", "121+")))
                .body("data.agingReport.patient.count", equalTo(List.of(2, 1, 0, 0, 1)))
                .body("data.agingReport.patient.balance", equalTo(List.of("25.00", "30.00", "0.00", "0.00", "12.50")));
    }

    @Test
    void agingReport_asCoderOrPartner_isForbidden() {
        for (String role : new String[] {"coder", "partner"}) {
            report(role, AS_OF.toString())
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("forbidden"));
        }
    }

    @Test
    void agingReport_asOfMoreThanAYearAhead_isRejectedWithRuleAndField() {
        report("analyst", clock.today(new PracticeId(practice)).plusYears(2).toString())
                .body("errors[0].extensions.code", equalTo("as-of-out-of-range"))
                .body("errors[0].extensions.field", equalTo("asOf"));
    }

    @Test
    void agingReport_readsOneIndexQueryPerPage_notOnePerClaim() {
        for (int i = 0; i < 30; i++) {
            openClaim(practice, i % 2 == 0 ? ACME : BLUE, i * 5, "1.00");
        }
        report("analyst", AS_OF.toString()).body("errors", nullValue()); // warms the practice's time zone
        DynamoCallCounter.reset();
        report("analyst", AS_OF.toString())
                .body("errors", nullValue())
                .body("data.agingReport.byPayer.count", contains(15, 15));
        // one Query of the open-claims index (insurance) and one of the outstanding-invoices index (patient)
        assertEquals(2, DynamoCallCounter.count("Query"), DynamoCallCounter.snapshot().toString());
        assertEquals(2, DynamoCallCounter.total(), "the two sparse indexes, and nothing else: " + DynamoCallCounter.snapshot());
    }
}
