package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class EncountersResourceTest {
    @Inject
    EncounterRepository encounters;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String coder() {
        return Tokens.bearer(practice, "coder");
    }

    @Test
    void create_codedVisit_is201CodedWithLocation() {
        String id = given().header("Authorization", coder()).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisit()))
                .post("/encounters")
                .then().statusCode(201)
                .header("Location", containsString("/encounters/"))
                .body("status", equalTo("CODED"))
                .body("version", equalTo(1))
                .body("diagnoses", equalTo(List.of("E11.9", "I10")))
                .body("procedures[0].charge", equalTo("125.00"))
                .body("billingProvider.npi", equalTo(Encounters.BILLING_NPI))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer(practice, "biller")).get("/encounters/{id}", id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void create_withEveryKindOfMistake_is422ListingEachAndStoresNothing() {
        EncounterInput ok = Encounters.anOfficeVisit();
        var badBilling = new EncounterInput.BillingProviderInput("1234567890", "12-34", ok.billingProvider().organizationName(),
                "207Q0000", ok.billingProvider().address());
        var badLine = new EncounterInput.ProcedureInput("99213", "CPT", List.of(), 1, "12.345", List.of(3), null, null, null);
        EncounterInput bad = new EncounterInput(ok.patient(), ok.coverage(), null, badBilling, ok.renderingProvider(),
                null, null, null, null, null, null, null, "2026-11-10", null, "11", List.of("E11.9", "E11"), List.of(badLine));
        given().header("Authorization", coder()).contentType("application/json").body(Json.of(bad))
                .post("/encounters")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.rule", hasItems("npi-check-digit", "tax-id-format", "taxonomy-format", "code-not-billable",
                        "money-format", "diagnosis-pointer-out-of-range"))
                .body("errors.field", hasItems("billingProvider.npi", "billingProvider.taxId", "diagnoses[1]",
                        "procedures[0].charge", "procedures[0].diagnosisPointers[0]"));
        assertTrue(encounters.list(new PracticeId(practice), null, 10, null).items().isEmpty());
    }

    @Test
    void create_icd9CodeAfterIcd10Start_isRejectedWithCrosswalkRule() {
        EncounterInput ok = Encounters.anOfficeVisit();
        EncounterInput icd9 = new EncounterInput(ok.patient(), ok.coverage(), null, ok.billingProvider(), null, null,
                null, null, null, null, null, null, "2026-11-10", null, "11", List.of("250.00"),
                List.of(new EncounterInput.ProcedureInput("99213", null, List.of(), 1, "100", List.of(1), null, null, null)));
        given().header("Authorization", coder()).contentType("application/json").body(Json.of(icd9))
                .post("/encounters").then().statusCode(422).body("errors.field", hasItem("diagnoses[0]"));
    }

    @Test
    void create_sameIdempotencyKeyTwice_returnsTheFirstEncounter_andAnotherBodyIs422() {
        String key = "intake-" + UUID.randomUUID();
        String first = given().header("Authorization", coder()).header("Idempotency-Key", key).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisit())).post("/encounters")
                .then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", coder()).header("Idempotency-Key", key).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisit())).post("/encounters")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        given().header("Authorization", coder()).header("Idempotency-Key", key).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisitOn(java.time.LocalDate.of(2026, 11, 3)))).post("/encounters")
                .then().statusCode(422).body("errors[0].rule", equalTo("idempotency-key-reused"));
        assertEquals(1, encounters.list(new PracticeId(practice), null, 10, null).items().size());
    }

    @Test
    void create_selfPayVisit_isAcceptedWithoutCoverage() {
        given().header("Authorization", coder()).contentType("application/json")
                .body(Json.of(Encounters.aSelfPayVisit())).post("/encounters")
                .then().statusCode(201).body("status", equalTo("CODED"));
    }

    @Test
    void get_encounterOfAnotherPractice_is404() {
        String id = given().header("Authorization", coder()).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisit())).post("/encounters").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("another-practice", "coder")).get("/encounters/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void recode_atCurrentVersion_replacesCoding_andStaleVersionIs409() {
        String id = given().header("Authorization", coder()).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisit())).post("/encounters").then().statusCode(201).extract().path("id");
        given().header("Authorization", coder()).contentType("application/json")
                .body("{\"diagnoses\":[\"J06.9\"],\"procedures\":[{\"code\":\"99213\",\"charge\":120,\"diagnosisPointers\":[1]}],\"expectedVersion\":1}")
                .put("/encounters/{id}/codes", id)
                .then().statusCode(200).body("version", equalTo(2)).body("diagnoses", equalTo(List.of("J06.9")))
                .body("procedures[0].charge", equalTo("120.00"));
        given().header("Authorization", coder()).contentType("application/json")
                .body("{\"diagnoses\":[\"I10\"],\"procedures\":[],\"expectedVersion\":1}")
                .put("/encounters/{id}/codes", id)
                .then().statusCode(409).body("errors[0].rule", equalTo("version-conflict"));
    }

    @Test
    void create_asAnalyst_is403() {
        given().header("Authorization", Tokens.bearer(practice, "analyst")).contentType("application/json")
                .body(Json.of(Encounters.anOfficeVisit())).post("/encounters")
                .then().statusCode(403).body("errors[0].rule", equalTo("forbidden"));
    }

    @Test
    void create_withWrongTypes_is400NamingTheField() {
        given().header("Authorization", coder()).contentType("application/json")
                .body("{\"procedures\":[{\"code\":\"99213\",\"units\":\"many\"}]}").post("/encounters")
                .then().statusCode(400).body("errors[0].rule", equalTo("malformed-json"))
                .body("errors[0].field", equalTo("procedures[0].units"));
    }

    @Test
    void create_withAFractionForAWholeNumber_is400_notTruncated() {
        given().header("Authorization", coder()).contentType("application/json")
                .body("{\"procedures\":[{\"code\":\"99213\",\"units\":1.5}]}").post("/encounters")
                .then().statusCode(400).body("errors[0].rule", equalTo("malformed-json"))
                .body("errors[0].field", equalTo("procedures[0].units"));
    }

    @Test
    void create_fiftyConcurrentRequestsWithOneKey_createOneEncounter() throws Exception {
        String key = "race-" + UUID.randomUUID();
        String body = Json.of(Encounters.anOfficeVisit());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> given().header("Authorization", coder()).header("Idempotency-Key", key)
                    .contentType("application/json").body(body).post("/encounters")
                    .then().statusCode(201).extract().path("id")));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var f : answers) {
            ids.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, ids.size(), "every duplicate gets the first answer");
        assertEquals(1, encounters.list(new PracticeId(practice), null, 10, null).items().size());
    }

    @Test
    void create_withAJsonBodyOverOneMegabyte_is413AndStoresNothing() {
        String huge = "{\"priorAuthorization\":\"" + "A".repeat(1_100_000) + "\"}";
        given().header("Authorization", coder()).contentType("application/json").body(huge).post("/encounters")
                .then().statusCode(413).body("errors[0].rule", equalTo("body-too-large"));
        assertTrue(encounters.list(new PracticeId(practice), null, 10, null).items().isEmpty());
    }
}
