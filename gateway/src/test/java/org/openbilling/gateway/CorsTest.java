package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;

/** Browsers may call the gateway only from the configured origins. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class CorsTest {
    @Test
    void preflight_fromAConfiguredOrigin_isAllowed() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/graphql")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
    }

    @Test
    void preflight_fromAnotherOrigin_isNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
