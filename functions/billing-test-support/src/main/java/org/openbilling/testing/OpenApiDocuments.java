package org.openbilling.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A function's OpenAPI document, checked from its {@code @QuarkusTest}: what the quarkus-smallrye-openapi extension
 * (a test dependency of the functions) generates from the code at {@code /q/openapi} must equal the committed
 * {@code src/main/resources/META-INF/openapi/openapi.yaml} and {@code .json}, which the app serves in production
 * ({@code org.openbilling.web.OpenApiDocument}, at {@code /openapi-committed} in tests). To accept a change to the
 * API: copy {@code target/openapi/*} over the committed files.
 */
public final class OpenApiDocuments {
    private static final Path COMMITTED = Path.of("src/main/resources/META-INF/openapi");
    private static final Path GENERATED = Path.of("target/openapi");
    /** Where the test profile serves the committed files ({@code %test.billing.openapi.path}). */
    public static final String SERVED = "/openapi-committed";

    private OpenApiDocuments() {
    }

    /** Fails when the committed documents differ from the generated ones or are not served as they are. */
    public static void assertCommittedEqualsGeneratedAndServed() throws IOException {
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Files.createDirectories(GENERATED);
        Files.writeString(GENERATED.resolve("openapi.yaml"), yaml, StandardCharsets.UTF_8);
        Files.writeString(GENERATED.resolve("openapi.json"), json, StandardCharsets.UTF_8);
        String committedYaml = Files.readString(COMMITTED.resolve("openapi.yaml"), StandardCharsets.UTF_8);
        String committedJson = Files.readString(COMMITTED.resolve("openapi.json"), StandardCharsets.UTF_8);
        String howTo = "the OpenAPI document changed: review target/openapi/ and copy it over src/main/resources/META-INF/openapi/";
        assertEquals(normalize(committedYaml), normalize(yaml), howTo);
        assertEquals(normalize(committedJson), normalize(json), howTo);

        assertEquals(committedYaml, given().get(SERVED).then().statusCode(200)
                .contentType("application/yaml").extract().asString());
        assertEquals(committedJson, given().get(SERVED + "?format=json").then().statusCode(200)
                .contentType("application/json").extract().asString());
        assertEquals(committedJson, given().accept("application/json").get(SERVED).then().statusCode(200)
                .contentType("application/json").extract().asString());
    }

    private static String normalize(String document) {
        return document.replace("\r\n", "\n").strip();
    }
}
