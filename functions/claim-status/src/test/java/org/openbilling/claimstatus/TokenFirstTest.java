package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;

/** Without a valid token the answer is 401 problem+json, whatever else is wrong with the request. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class TokenFirstTest {

    @Test
    void postRemittance_jsonBodyWithoutToken_is401NotUnsupportedMediaType() {
        given().contentType("application/json").body("{\"x12\":\"ISA*\"}").post("/remittances")
                .then().statusCode(401).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("unauthenticated"));
    }

    @Test
    void postSubmission_badTokenAndPdfBody_is401() {
        given().header("Authorization", "Bearer not-a-token").contentType("application/pdf").body(new byte[] {1, 2})
                .post("/submissions").then().statusCode(401).body("errors[0].rule", equalTo("unauthenticated"));
    }

    @Test
    void getUnknownRoute_withoutToken_is401() {
        given().get("/no-such-route").then().statusCode(401);
    }
}
