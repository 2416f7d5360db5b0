package org.openbilling.claimcreation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class ClaimsResourceTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private Encounter storedCodedEncounter() {
        return encounters.create(Claims.aCodedEncounter(practice));
    }

    private String biller() {
        return Tokens.bearer(practice, "biller");
    }

    @Test
    void create_fromCodedEncounter_isReadyWithLinesAndTotal_andBillsTheEncounter() {
        Encounter e = storedCodedEncounter();
        given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims")
                .then().statusCode(201)
                .body("status", equalTo("READY"))
                .body("frequency", equalTo("1"))
                .body("lines", hasSize(2))
                .body("lines[0].lineNumber", equalTo(1))
                .body("lines[0].code", equalTo("99213"))
                .body("lines[0].diagnosisPointers", equalTo(List.of(1, 2)))
                .body("totalCharge", equalTo("170.50"))
                .body("insuranceBalance", equalTo("170.50"))
                .body("payer.payerId", equalTo("60054"))
                .body("history[0].to", equalTo("READY"));
        assertEquals(EncounterStatus.BILLED, encounters.find(new PracticeId(practice), e.id()).orElseThrow().status());
    }

    @Test
    void create_forSelfPayEncounter_is422SelfPay() {
        Encounter coded = Claims.aCodedEncounter(practice);
        EncounterDetails d = coded.details();
        Encounter selfPay = new Encounter(EncounterId.newId(), coded.practiceId(), coded.status(),
                new EncounterDetails(coded.patient(), List.of(), d.billingProvider(), null, null, null, null, null,
                        null, null, null, coded.serviceDate(), null, d.placeOfService()),
                coded.coding(), Instant.now(), Instant.now(), 0, List.of());
        encounters.create(selfPay);
        given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounterId\":\"" + selfPay.id().value() + "\"}").post("/claims")
                .then().statusCode(422).body("errors[0].rule", equalTo("self-pay-encounter"));
    }

    @Test
    void create_fiftyConcurrentPostsWithOneKey_makeOneClaim_andEveryoneGetsIt() throws Exception {
        Encounter e = storedCodedEncounter();
        Set<String> ids = race(e, "claim-" + UUID.randomUUID());
        assertEquals(1, ids.size());
        assertEquals(1, claims.byEncounter(new PracticeId(practice), e.id()).size());
    }

    @Test
    void create_fiftyConcurrentPostsWithoutKey_stillMakeOneClaim() throws Exception {
        Encounter e = storedCodedEncounter();
        Set<String> ids = race(e, null);
        assertEquals(1, ids.size());
        assertEquals(1, claims.byEncounter(new PracticeId(practice), e.id()).size());
    }

    private Set<String> race(Encounter e, String key) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                var request = given().header("Authorization", biller()).contentType("application/json");
                if (key != null) {
                    request.header("Idempotency-Key", key);
                }
                var response = request.body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims").then();
                int status = response.extract().statusCode();
                if (status != 200 && status != 201) {
                    throw new AssertionError("unexpected " + status + ": " + response.extract().asString());
                }
                return response.extract().<String>path("id");
            }));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> f : answers) {
            ids.add(f.get());
        }
        pool.shutdown();
        return ids;
    }

    @Test
    void create_sameKeyAnotherEncounter_is422Reused() {
        String key = "k-" + UUID.randomUUID();
        Encounter first = storedCodedEncounter();
        Encounter second = storedCodedEncounter();
        given().header("Authorization", biller()).header("Idempotency-Key", key).contentType("application/json")
                .body("{\"encounterId\":\"" + first.id().value() + "\"}").post("/claims").then().statusCode(201);
        given().header("Authorization", biller()).header("Idempotency-Key", key).contentType("application/json")
                .body("{\"encounterId\":\"" + second.id().value() + "\"}").post("/claims")
                .then().statusCode(422).body("errors[0].rule", equalTo("idempotency-key-reused"));
        assertEquals(0, claims.byEncounter(new PracticeId(practice), second.id()).size());
    }

    @Test
    void get_claimOfAnotherPractice_is404_andUnknownEncounterIs422() {
        Encounter e = storedCodedEncounter();
        String id = given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", Tokens.bearer("elsewhere", "biller")).get("/claims/{id}", id).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("elsewhere", "biller")).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims")
                .then().statusCode(422).body("errors[0].rule", equalTo("encounter-not-found"));
    }

    @Test
    void create_asCoder_is403() {
        given().header("Authorization", Tokens.bearer(practice, "coder")).contentType("application/json")
                .body("{\"encounterId\":\"x\"}").post("/claims").then().statusCode(403);
    }
}
