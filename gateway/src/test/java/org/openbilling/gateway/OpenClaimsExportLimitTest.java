package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.common.Money;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/** With billing.reports.max-bytes set (as on Lambda), an export over the limit is refused whole, never cut short. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
@TestProfile(OpenClaimsExportLimitTest.SmallExports.class)
class OpenClaimsExportLimitTest {
    static final long LIMIT = 4000;

    /** The Lambda setting, scaled down so that a few claims pass it. */
    public static class SmallExports implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("billing.reports.max-bytes", Long.toString(LIMIT));
        }
    }

    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private void open(Payer payer, int n) {
        for (int i = 0; i < n; i++) {
            claims.create(AgedClaims.ready(practice, payer, Instant.now().minusSeconds(86_400L * (i + 1)),
                    Money.of("10.00"), Money.ZERO)).orElseThrow();
        }
    }

    @Test
    void export_overTheLimit_is422ExportTooLarge_andANarrowerFilterPasses() {
        open(new Payer("BIG01", "Big Payer"), 40);
        open(new Payer("SMALL1", "Small Payer"), 3);

        given().header("Authorization", Tokens.bearer(practice, "analyst")).get("/reports/open-claims.csv").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("export-too-large"))
                .body("errors[0].message", containsString("narrow the filter"));

        String narrow = given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/open-claims.csv?payerId=SMALL1").then().statusCode(200)
                .header("Content-Length", Integer::parseInt, org.hamcrest.Matchers.lessThanOrEqualTo((int) LIMIT))
                .extract().asString();
        assertEquals(4, CsvRows.parse(narrow).size(), narrow);
    }

    @Test
    void export_underTheLimit_isAnsweredWhole() {
        open(new Payer("SMALL1", "Small Payer"), 5);
        String body = given().header("Authorization", Tokens.bearer(practice, "biller"))
                .get("/reports/open-claims.csv").then().statusCode(200).extract().asString();
        assertEquals(6, CsvRows.parse(body).size(), body);
    }
}
