package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * A/R ages by date of service by default, or by first submission when asked: agingReport, openClaims (order,
 * minimum age, ageDays, cursor paging) and the CSV export alike; and the one-year bound of asOf is the practice's.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class AgingByServiceDateTest {
    static final Payer ACME = new Payer("ACME01", "Acme Health");

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

    /** A claim for a visit {@code servedDaysAgo} days ago, sent {@code sentDaysAgo} days ago (SUBMITTED). */
    private Claim claim(int servedDaysAgo, int sentDaysAgo, String balance) {
        Instant created = AgedClaims.daysBefore(today(), sentDaysAgo, zone());
        Claim c = AgedClaims.withServiceDate(AgedClaims.ready(practice, ACME, created, Money.of(balance), Money.ZERO),
                today().minusDays(servedDaysAgo));
        Claim sent = AgedClaims.moved(c, created, ClaimStatus.SUBMITTED);
        claims.create(sent).orElseThrow();
        return sent;
    }

    /** Four visits of 10, 45, 100 and 130 days ago, all sent 2 days ago (a practice billing its backlog). */
    private List<Claim> backlog() {
        List<Claim> out = new ArrayList<>();
        out.add(claim(10, 2, "10.00"));
        out.add(claim(45, 2, "20.00"));
        out.add(claim(100, 2, "30.00"));
        out.add(claim(130, 2, "40.00"));
        return out;
    }

    private io.restassured.response.ValidatableResponse graphql(String document, Map<String, Object> variables) {
        return GraphQL.post(Tokens.bearer(practice, "analyst"), document, variables);
    }

    @Test
    void agingReport_agesByDateOfServiceByDefault_andByFirstSubmissionWhenAsked() {
        backlog();
        String report = "query($ageBy: AgeBasis) { agingReport(ageBy: $ageBy) { ageBy insurance { count balance } } }";
        graphql("{ agingReport { ageBy insurance { count balance } } }", Map.of())
                .body("errors", nullValue())
                .body("data.agingReport.ageBy", equalTo("DATE_OF_SERVICE"))
                .body("data.agingReport.insurance.count", contains(1, 1, 0, 1, 1))
                .body("data.agingReport.insurance.balance", contains("10.00", "20.00", "0.00", "30.00", "40.00"));
        graphql(report, Map.of("ageBy", "FIRST_SUBMISSION"))
                .body("errors", nullValue())
                .body("data.agingReport.insurance.count", contains(4, 0, 0, 0, 0));
    }

    @Test
    void openClaims_byDateOfService_order_minimumAge_ageDays_andCursorPaging() {
        List<Claim> made = backlog();
        String page = """
                query($after: String, $ageBy: AgeBasis, $min: Int) {
                  openClaims(orderBy: OLDEST_FIRST, first: 2, after: $after, ageBy: $ageBy, minAgeDays: $min) {
                    edges { node { id ageDays } } pageInfo { hasNextPage endCursor } } }""";
        List<String> ids = new ArrayList<>();
        List<Integer> ages = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            var answer = graphql(page, vars).body("errors", nullValue()).extract();
            ids.addAll(answer.path("data.openClaims.edges.node.id"));
            ages.addAll(answer.path("data.openClaims.edges.node.ageDays"));
            after = Boolean.TRUE.equals(answer.path("data.openClaims.pageInfo.hasNextPage"))
                    ? answer.path("data.openClaims.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(List.of(made.get(3).id().value(), made.get(2).id().value(), made.get(1).id().value(),
                made.get(0).id().value()), ids);
        assertEquals(List.of(130, 100, 45, 10), ages);
        graphql(page, Map.of("min", 45)).body("data.openClaims.edges.node.ageDays", contains(130, 100));
        graphql(page, Map.of("min", 45, "ageBy", "FIRST_SUBMISSION")).body("data.openClaims.edges", org.hamcrest.Matchers.empty());
        graphql(page, Map.of("ageBy", "FIRST_SUBMISSION")).body("data.openClaims.edges.node.ageDays", contains(2, 2));
        // a cursor of one basis is not a cursor of the other
        String dosCursor = graphql(page, Map.of()).extract().path("data.openClaims.pageInfo.endCursor");
        graphql(page, Map.of("after", dosCursor, "ageBy", "FIRST_SUBMISSION"))
                .body("errors[0].extensions.code", equalTo("cursor-invalid"));
    }

    @Test
    void openClaimsExport_takesAgeBy_likeOpenClaims() {
        backlog();
        String byService = given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv?minAgeDays=45").then().statusCode(200).extract().asString();
        List<List<String>> rows = CsvRows.parse(byService);
        int age = rows.get(0).indexOf("ageDays");
        assertEquals(List.of("130", "100", "45"), rows.subList(1, rows.size()).stream().map(r -> r.get(age)).toList());
        String bySubmission = given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv?ageBy=FIRST_SUBMISSION").then().statusCode(200).extract().asString();
        assertEquals(List.of("2", "2", "2", "2"), CsvRows.parse(bySubmission).subList(1, 5).stream().map(r -> r.get(age)).toList());
        given().header("Authorization", Tokens.bearer(practice, "analyst")).get("/reports/open-claims.csv?ageBy=VISIT")
                .then().statusCode(422).body("errors[0].rule", equalTo("enum-value")).body("errors[0].field", equalTo("ageBy"));
    }

    @Test
    void agingReport_asOfBound_isAYearFromThePracticesToday_notTheServers() {
        // a zone whose date differs from UTC's now: a bound taken from UTC's today would be a day off
        String zone = Instant.now().atZone(ZoneOffset.UTC).getHour() >= 10 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(RoleMatrixTest.SETTINGS.substring(0, RoleMatrixTest.SETTINGS.length() - 1) + ",\"timeZone\":\"" + zone + "\"}")
                .put("/practice/settings").then().statusCode(200);
        LocalDate practiceToday = LocalDate.now(ZoneId.of(zone));
        assertNotEquals(LocalDate.now(ZoneOffset.UTC), practiceToday);
        String report = "query($d: Date) { agingReport(asOf: $d) { asOf } }";
        graphql("{ agingReport { asOf } }", Map.of()).body("data.agingReport.asOf", equalTo(practiceToday.toString()));
        graphql(report, Map.of("d", practiceToday.plusDays(366).toString())).body("errors", nullValue());
        graphql(report, Map.of("d", practiceToday.plusDays(367).toString()))
                .body("errors[0].extensions.code", equalTo("as-of-out-of-range"))
                .body("errors[0].extensions.field", equalTo("asOf"));
    }
}
