package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/** The Tabular List's instructions checked when an encounter is coded: its errors refuse the coding and store nothing. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class EncounterInstructionsTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String coder() {
        return Tokens.bearer(practice, "coder");
    }

    @Test
    void code_type1AndType2Diabetes_is422Excludes1PairAndKeepsTheCoding() {
        String id = given().header("Authorization", coder()).contentType("application/json").body(Json.of(Encounters.anOfficeVisit()))
                .post("/encounters").then().statusCode(201).extract().path("id");
        Map<String, Object> coding = Map.of("diagnoses", List.of("E10.9", "E11.9"), "expectedVersion", 1, "procedures",
                List.of(Map.of("code", "99213", "charge", "125.00", "diagnosisPointers", List.of(1))));
        given().header("Authorization", coder()).contentType("application/json").body(coding)
                .put("/encounters/{id}/codes", id).then().statusCode(422)
                .body("errors[0].rule", equalTo("excludes1-pair"))
                .body("errors[0].field", equalTo("diagnoses[1]"))
                .body("errors[0].message", startsWith("E10.9 and E11.9 exclude each other"));
        given().header("Authorization", coder()).get("/encounters/{id}", id).then().statusCode(200)
                .body("version", equalTo(1)).body("diagnoses", equalTo(List.of("E11.9", "I10")));
    }

    @Test
    void code_manifestationAlone_is422CodeFirstMissing() {
        String id = given().header("Authorization", coder()).contentType("application/json").body(Json.of(Encounters.anOfficeVisit()))
                .post("/encounters").then().statusCode(201).extract().path("id");
        Map<String, Object> coding = Map.of("diagnoses", List.of("G63"), "procedures",
                List.of(Map.of("code", "99213", "charge", "125.00", "diagnosisPointers", List.of(1))));
        given().header("Authorization", coder()).contentType("application/json").body(coding)
                .put("/encounters/{id}/codes", id).then().statusCode(422)
                .body("errors[0].rule", equalTo("code-first-missing"))
                .body("errors[0].field", equalTo("diagnoses[0]"));
    }
}
