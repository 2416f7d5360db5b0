package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/** Claim.x12Preview: claim-creation's 837P preview through the gateway, with the caller's token and roles. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class X12PreviewGraphTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String newClaim() {
        String admin = Tokens.bearer(practice, "admin");
        String encounter = given().header("Authorization", admin).contentType("application/json")
                .body(GraphQL.JSON.valueToTree(Encounters.anOfficeVisit()).toString()).post("/encounters")
                .then().statusCode(201).extract().path("id");
        return given().header("Authorization", admin).contentType("application/json")
                .body("{\"encounterId\":\"" + encounter + "\"}").post("/claims")
                .then().statusCode(201).extract().path("id");
    }

    private void settings() {
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(RoleMatrixTest.SETTINGS).put("/practice/settings").then().statusCode(200);
    }

    @Test
    void x12Preview_asAnalyst_isThe837pText() {
        settings();
        String id = newClaim();
        GraphQL.post(Tokens.bearer(practice, "analyst"), "query($id: ID!) { claim(id: $id) { x12Preview } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.claim.x12Preview", startsWith("ISA*"))
                .body("data.claim.x12Preview", containsString("ST*837*"));
    }

    @Test
    void x12Preview_asPartner_isForbidden() {
        settings();
        String id = newClaim();
        GraphQL.post(Tokens.bearer(practice, "partner"), "query($id: ID!) { claim(id: $id) { id x12Preview } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }

    @Test
    void x12Preview_withoutPracticeSettings_carriesTheFunctionsRule() {
        String id = newClaim();
        GraphQL.post(Tokens.bearer(practice, "biller"), "query($id: ID!) { claim(id: $id) { x12Preview } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("practice-settings-incomplete"));
    }

    @Test
    void x12Preview_ofAWholeList_isRefused() {
        settings();
        newClaim();
        newClaim();
        GraphQL.post(Tokens.bearer(practice, "analyst"), "{ claims { edges { node { x12Preview } } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("x12-preview-one-claim"));
    }
}
