package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.Parties;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * openClaims(filingDeadlineWithinDays) and the CSV export's parameter: the claims whose filing deadline (date of
 * service plus each claim's own limit: 90 days commercial, 12 months Medicare) is at most N days away, passed ones
 * included; cursors stay right across pages whose read items the deadline drops; bad input names the argument.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class OpenClaimsByDeadlineTest {
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

    /** A SUBMITTED claim for a visit {@code servedDaysAgo} days ago under the fixture's commercial (CI) coverage. */
    private Claim claim(int servedDaysAgo, String indicator) {
        Instant created = AgedClaims.daysBefore(today(), 2, zone());
        Claim c = AgedClaims.ready(practice, ACME, created, Money.of("10.00"), Money.ZERO);
        c = c.withBilled(c.billed().withDetails(c.details().withServiceDate(today().minusDays(servedDaysAgo))));
        if (indicator != null) {
            c = c.withBilled(c.billed().withDetails(withIndicator(c.details(), indicator)));
        }
        Claim sent = AgedClaims.moved(c, created, ClaimStatus.SUBMITTED);
        return claims.create(sent).orElseThrow();
    }

    private static EncounterDetails withIndicator(EncounterDetails d, String indicator) {
        List<Parties.Coverage> coverages = new ArrayList<>(d.coverages());
        Parties.Coverage c = coverages.get(0);
        coverages.set(0, new Parties.Coverage(c.payerId(), c.payerName(), c.memberId(), c.groupNumber(), indicator,
                c.relationship(), c.subscriber(), c.medicareSecondaryType()));
        return d.withCoverages(coverages);
    }

    /**
     * Deadlines (90 days commercial) of -10, +15, +29, +30 (the edge), +31 (inside the index's key bound, dropped
     * on the claim) and +80; a Medicare visit of 100 days ago is due in 265 days (dropped on the claim as well).
     */
    private List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        for (int served : new int[] {100, 75, 61, 60, 59, 10}) {
            out.add(claim(served, null));
        }
        out.add(claim(100, "MB"));
        return out;
    }

    private io.restassured.response.ValidatableResponse graphql(String role, String document, Map<String, Object> variables) {
        return GraphQL.post(Tokens.bearer(practice, role), document, variables);
    }

    private static final String PAGE = """
            query($after: String, $first: Int, $within: Int, $ageBy: AgeBasis, $payerId: String) {
              openClaims(orderBy: OLDEST_FIRST, first: $first, after: $after, filingDeadlineWithinDays: $within,
                         ageBy: $ageBy, payerId: $payerId) {
                edges { node { id filingDeadline } } pageInfo { hasNextPage endCursor } } }""";

    private List<String> all(String role, int first, Map<String, Object> filter, List<String> deadlines) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>(filter);
            vars.put("first", first);
            vars.put("after", after);
            var answer = graphql(role, PAGE, vars).body("errors", nullValue()).extract();
            List<String> page = answer.path("data.openClaims.edges.node.id");
            ids.addAll(page);
            deadlines.addAll(answer.path("data.openClaims.edges.node.filingDeadline"));
            after = Boolean.TRUE.equals(answer.path("data.openClaims.pageInfo.hasNextPage"))
                    ? answer.path("data.openClaims.pageInfo.endCursor") : null;
            if (after != null) {
                assertFalse(page.isEmpty(), "a page that says more follows holds something");
            }
        } while (after != null);
        return ids;
    }

    @Test
    void openClaims_filingDeadlineWithinDays_keepsDueAndPassed_pagesAcrossDroppedClaims() {
        List<Claim> made = claims();
        List<String> due = List.of(made.get(0).id().value(), made.get(1).id().value(), made.get(2).id().value(),
                made.get(3).id().value());
        for (int first : new int[] {1, 2, 3, 10}) {
            List<String> deadlines = new ArrayList<>();
            assertEquals(due, all("biller", first, Map.of("within", 30), deadlines), "pages of " + first);
            LocalDate by = today().plusDays(30);
            deadlines.forEach(d -> assertFalse(LocalDate.parse(d).isAfter(by), d));
            assertEquals(today().minusDays(10).toString(), deadlines.get(0), "a passed deadline is kept");
        }
        // 0 days: only what is due today or has passed; a year: every claim, Medicare included
        assertEquals(List.of(made.get(0).id().value()), all("analyst", 5, Map.of("within", 0), new ArrayList<>()));
        assertEquals(7, all("analyst", 3, Map.of("within", 365), new ArrayList<>()).size());
        // the same through the payer's index and aged by first submission (no key bound there: the claim decides)
        assertEquals(due, all("analyst", 2, Map.of("within", 30, "payerId", ACME.payerId()), new ArrayList<>()));
        assertEquals(new java.util.HashSet<>(due), new java.util.HashSet<>(all("analyst", 2,
                Map.of("within", 30, "ageBy", "FIRST_SUBMISSION"), new ArrayList<>())));
    }

    @Test
    void openClaims_cursorOfAnotherDeadline_isCursorInvalid_andBadDaysNameTheArgument() {
        claims();
        String cursor = graphql("biller", PAGE, Map.of("within", 30, "first", 1)).body("errors", nullValue())
                .extract().path("data.openClaims.pageInfo.endCursor");
        graphql("biller", PAGE, Map.of("within", 60, "first", 1, "after", cursor))
                .body("errors[0].extensions.code", equalTo("cursor-invalid"));
        Map<String, Object> noDeadline = new HashMap<>();
        noDeadline.put("first", 1);
        noDeadline.put("after", cursor);
        graphql("biller", PAGE, noDeadline).body("errors[0].extensions.code", equalTo("cursor-invalid"));
        for (int bad : new int[] {-1, 3651}) {
            graphql("biller", PAGE, Map.of("within", bad, "first", 1))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("deadline-days-out-of-range"))
                    .body("errors[0].extensions.field", equalTo("filingDeadlineWithinDays"));
        }
    }

    @Test
    void openClaimsExport_filingDeadlineWithinDays_likeOpenClaims_andBadInputIs422() {
        List<Claim> made = claims();
        String csv = given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv?filingDeadlineWithinDays=30&orderBy=OLDEST_FIRST").then().statusCode(200)
                .extract().asString();
        List<List<String>> rows = CsvRows.parse(csv);
        int id = rows.get(0).indexOf("claimId");
        assertEquals(List.of(made.get(0).id().value(), made.get(1).id().value(), made.get(2).id().value(),
                made.get(3).id().value()), rows.subList(1, rows.size()).stream().map(r -> r.get(id)).toList());
        given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv?filingDeadlineWithinDays=soon").then().statusCode(422)
                .body("errors[0].rule", equalTo("integer-format")).body("errors[0].field", equalTo("filingDeadlineWithinDays"));
        given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv?filingDeadlineWithinDays=-3").then().statusCode(422)
                .body("errors[0].rule", equalTo("deadline-days-out-of-range"))
                .body("errors[0].field", equalTo("filingDeadlineWithinDays"));
    }
}
