package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiDocuments;

/** Partners generate clients from the OpenAPI document: it must describe the errors and the Idempotency-Key. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class OpenApiTest {
    @Test
    void openApi_isPublic_andDescribesProblemJsonAndIdempotencyKey() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/encounters'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/encounters'.post.responses.'422'.content.'application/problem+json'", notNullValue())
                .body("paths.'/codes/validate'.post.responses.'401'", notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue());
    }

    @Test
    void theCommittedDocument_isTheGeneratedOne_andIsServed() throws java.io.IOException {
        OpenApiDocuments.assertCommittedEqualsGeneratedAndServed();
    }

    @Test
    void health_isPublic() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
