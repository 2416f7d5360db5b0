package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/**
 * The served schema must equal the committed one (src/main/graphql/schema.graphql), so that every change to the
 * public contract is deliberate and reviewed. To accept a change: copy target/served-schema.graphql over it.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class SchemaTest {
    @Test
    void servedSchema_equalsTheCommittedSchema() throws IOException {
        String served = given().header("Authorization", Tokens.bearer("p1", "analyst"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/served-schema.graphql"), served, StandardCharsets.UTF_8);
        String committed = Files.readString(Path.of("src/main/graphql/schema.graphql"), StandardCharsets.UTF_8);
        assertEquals(normalize(committed), normalize(served),
                "the GraphQL schema changed: review target/served-schema.graphql and commit it as src/main/graphql/schema.graphql");
    }

    private static String normalize(String schema) {
        return schema.replace("\r\n", "\n").strip();
    }
}
