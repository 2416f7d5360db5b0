package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;
import org.openbilling.dynamodb.practice.PracticeClock;

/** GET /reports/open-claims.csv: openClaims' filters and roles, as a streamed, escaped CSV file. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class OpenClaimsExportTest {
    static final String HEADER = "claimNumber,claimId,status,payerId,payerName,payerSequence,serviceDate,createdAt,submittedAt,"
            + "ageDays,totalCharge,paidAmount,contractualAdjustment,patientResponsibility,insuranceBalance,"
            + "filingDeadline";
    static final Payer ACME = new Payer("ACME01", "Acme Health");
    static final Payer BLUE = new Payer("BLUE02", "Blue Plan");

    @Inject
    ClaimRepository claims;
    @Inject
    PracticeClock clock;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private LocalDate today() {
        return clock.today(new PracticeId(practice));
    }

    private ZoneId zone() {
        return clock.zoneOf(new PracticeId(practice));
    }

    private Claim stored(Claim c) {
        return claims.create(c).orElseThrow();
    }

    private Claim open(String practice, Payer payer, int ageDays, String charge, String paid) {
        return stored(AgedClaims.ready(practice, payer, AgedClaims.daysBefore(today(), ageDays, zone()),
                Money.of(charge), Money.of(paid)));
    }

    private String csv(String role, Map<String, ?> query) {
        return given().header("Authorization", Tokens.bearer(practice, role)).queryParams(query)
                .get("/reports/open-claims.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"open-claims-"))
                .extract().asString();
    }

    private static List<String> column(List<List<String>> rows, String name) {
        int i = rows.get(0).indexOf(name);
        return rows.subList(1, rows.size()).stream().map(r -> r.get(i)).toList();
    }

    @Test
    void export_asAnalyst_listsOpenClaimsOldestFirstWithAmounts() {
        Claim young = open(practice, ACME, 3, "120.00", "20.00");
        Claim old = open(practice, BLUE, 95, "300.50", "0.00");
        var at = AgedClaims.daysBefore(today(), 50, zone());
        stored(AgedClaims.moved(AgedClaims.ready(practice, ACME, at, Money.of("99.00"), Money.ZERO), at, ClaimStatus.VOIDED));

        String body = csv("analyst", Map.of());
        List<List<String>> rows = CsvRows.parse(body);
        assertEquals(HEADER, String.join(",", rows.get(0)));
        assertEquals(3, rows.size(), body);
        assertEquals(List.of(old.claimNumber().value(), young.claimNumber().value()), column(rows, "claimNumber"));
        assertEquals(List.of(old.id().value(), young.id().value()), column(rows, "claimId"));
        assertEquals(List.of("READY", "READY"), column(rows, "status"));
        assertEquals(List.of("BLUE02", "ACME01"), column(rows, "payerId"));
        assertEquals(List.of("Blue Plan", "Acme Health"), column(rows, "payerName"));
        assertEquals(List.of("95", "3"), column(rows, "ageDays"));
        assertEquals(List.of("300.50", "120.00"), column(rows, "totalCharge"));
        assertEquals(List.of("0.00", "20.00"), column(rows, "paidAmount"));
        assertEquals(List.of("300.50", "100.00"), column(rows, "insuranceBalance"));
        assertEquals(List.of(old.serviceDate().toString(), young.serviceDate().toString()), column(rows, "serviceDate"));
        assertEquals(List.of("", ""), column(rows, "submittedAt"));
    }

    @Test
    void export_carriesNoPatientData() {
        open(practice, ACME, 3, "10.00", "0.00");
        String body = csv("analyst", Map.of());
        Encounters.patientSecrets().forEach((what, secret) -> assertFalse(body.contains(secret), what + " in the export"));
    }

    @Test
    void export_textCells_areQuotedAndNeutralisedAgainstFormulas() {
        String hostile = "=HYPERLINK(\"http://evil.example\",\"click\"), \"Acme\"\nsecond line";
        open(practice, new Payer("EVIL1", hostile), 1, "10.00", "0.00");
        open(practice, new Payer("EVIL2", "+1+2"), 2, "10.00", "0.00");
        open(practice, new Payer("EVIL3", "-2-3"), 3, "10.00", "0.00");
        open(practice, new Payer("EVIL4", "@SUM(A1:A2)"), 4, "10.00", "0.00");
        open(practice, new Payer("EVIL5", "\tTabbed"), 5, "10.00", "0.00");

        String body = csv("analyst", Map.of("orderBy", "NEWEST_FIRST"));
        assertFalse(body.contains(",=") || body.contains(",+") || body.contains(",@") || body.contains(",-2"), body);
        // on the wire: the formula defused with an apostrophe, quotes doubled, the whole cell quoted
        assertEquals(true, body.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\"), \"\"Acme\"\"\nsecond line\","), body);
        List<List<String>> rows = CsvRows.parse(body);
        assertEquals(6, rows.size(), body);
        assertEquals(List.of("'" + hostile, "'+1+2", "'-2-3", "'@SUM(A1:A2)", "'\tTabbed"), column(rows, "payerName"));
        assertEquals(16, rows.stream().mapToInt(List::size).min().orElseThrow(), "every row has every column");
    }

    @Test
    void export_filters_areThoseOfOpenClaims() {
        Claim acmeNew = open(practice, ACME, 5, "10.00", "0.00");
        Claim acmeOld = open(practice, ACME, 130, "20.00", "0.00");
        Claim blueOld = open(practice, BLUE, 200, "30.00", "0.00");
        var at = AgedClaims.daysBefore(today(), 150, zone());
        Claim denied = stored(AgedClaims.moved(AgedClaims.ready(practice, BLUE, at, Money.of("40.00"), Money.ZERO), at,
                ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.DENIED));
        Claim appealed = stored(AgedClaims.moved(AgedClaims.ready(practice, ACME, at, Money.of("50.00"), Money.ZERO), at,
                ClaimStatus.SUBMITTED, ClaimStatus.ACCEPTED, ClaimStatus.DENIED, ClaimStatus.APPEALED));

        assertEquals(List.of(appealed.id().value(), acmeOld.id().value(), acmeNew.id().value()),
                column(CsvRows.parse(csv("analyst", Map.of("payerId", "ACME01"))), "claimId"));
        assertEquals(List.of(denied.id().value()),
                column(CsvRows.parse(csv("biller", Map.of("statuses", "DENIED"))), "claimId"));
        assertEquals(Set.of(denied.id().value(), appealed.id().value()),
                Set.copyOf(column(CsvRows.parse(csv("analyst", Map.of("statuses", "DENIED,APPEALED"))), "claimId")));
        assertEquals(List.of(blueOld.id().value()),
                column(CsvRows.parse(csv("admin", Map.of("minAgeDays", "160"))), "claimId"));
        assertEquals(List.of(acmeNew.id().value(), acmeOld.id().value(), blueOld.id().value()),
                column(CsvRows.parse(csv("analyst", Map.of("statuses", "READY", "orderBy", "NEWEST_FIRST"))), "claimId"));
        // repeated parameters work like a comma-separated list
        String repeated = given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv?statuses=DENIED&statuses=APPEALED&payerId=BLUE02")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(denied.id().value()), column(CsvRows.parse(repeated), "claimId"));
    }

    @Test
    void export_manyPages_streamsEveryOpenClaimInOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            ids.add(open(practice, ACME, 400 - i, "1.00", "0.00").id().value());
        }
        assertEquals(ids, column(CsvRows.parse(csv("analyst", Map.of())), "claimId"));
    }

    @Test
    void export_ofAnotherPractice_isNeverIncluded() {
        Claim mine = open(practice, ACME, 3, "10.00", "0.00");
        String other = "p" + UUID.randomUUID().toString().substring(0, 8);
        Claim theirs = open(other, ACME, 4, "10.00", "0.00");
        String body = csv("analyst", Map.of());
        assertEquals(List.of(mine.id().value()), column(CsvRows.parse(body), "claimId"));
        assertFalse(body.contains(theirs.id().value()));
        String theirBody = given().header("Authorization", Tokens.bearer(other, "analyst"))
                .get("/reports/open-claims.csv").then().statusCode(200).extract().asString();
        assertEquals(List.of(theirs.id().value()), column(CsvRows.parse(theirBody), "claimId"));
    }

    @Test
    void export_badFilters_areRefusedWithRuleAndField() {
        record Bad(String query, String rule, String field) {
        }
        for (Bad bad : List.of(new Bad("statuses=PAID", "status-not-open", "statuses"),
                new Bad("statuses=READY,NOPE", "enum-value", "statuses"),
                new Bad("orderBy=SIDEWAYS", "enum-value", "orderBy"),
                new Bad("minAgeDays=ten", "integer-format", "minAgeDays"),
                new Bad("minAgeDays=-1", "min-age-out-of-range", "minAgeDays"),
                new Bad("payerId=" + "X".repeat(81), "text-too-long", "payerId"))) {
            given().header("Authorization", Tokens.bearer(practice, "analyst"))
                    .get("/reports/open-claims.csv?" + bad.query()).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors[0].rule", equalTo(bad.rule()))
                    .body("errors[0].field", equalTo(bad.field()));
        }
    }

    @Test
    void export_withoutToken_is401() {
        given().get("/reports/open-claims.csv").then().statusCode(401)
                .contentType("application/problem+json").body("errors[0].rule", equalTo("unauthenticated"));
        given().header("Authorization", "Bearer not-a-token").get("/reports/open-claims.csv").then().statusCode(401);
    }

    @Test
    void export_asCoderOrPartner_is403() {
        for (String role : List.of("coder", "partner")) {
            given().header("Authorization", Tokens.bearer(practice, role)).get("/reports/open-claims.csv").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("errors[0].rule", equalTo("forbidden"))
                    .body(org.hamcrest.Matchers.not(containsString("claimNumber")));
        }
    }
}
