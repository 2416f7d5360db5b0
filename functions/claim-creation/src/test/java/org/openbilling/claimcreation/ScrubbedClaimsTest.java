package org.openbilling.claimcreation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Coding;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Procedure;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/** POST /claims runs the scrubber against the real code sets: every failed rule at once, nothing stored. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ScrubbedClaimsTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private Encounter stored(List<String> diagnoses, List<Procedure> procedures) {
        Encounter base = Claims.aCodedEncounter(practice);
        Encounter e = Encounter.create(EncounterId.newId(), base.practiceId(), base.details(),
                new Coding(diagnoses, procedures), Instant.now());
        return encounters.create(e);
    }

    private static Procedure line(String code, List<String> modifiers, String charge, List<Integer> pointers) {
        return new Procedure(code, CodeSystem.CPT, modifiers, 1, Money.of(charge), pointers, null, null, null);
    }

    @Test
    void claim_withManyProblems_is422WithEveryRule_andNothingIsStored() {
        Encounter e = stored(List.of("E11.9", "E11"), List.of(
                line("99213", List.of("59", "XS"), "125.00", List.of(1)),
                line("83036", List.of("LT", "RT"), "45.50", List.of(1, 2))));
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims")
                .then().statusCode(422)
                .body("errors.rule", hasItems("modifier-59-with-x", "modifier-distinct-service-on-em",
                        "modifier-lt-with-rt", "code-not-billable"))
                .body("errors.field", hasItem("diagnoses[1]"))
                .body("errors.field", hasItem("procedures[1].modifiers[1]"));
        assertTrue(claims.byEncounter(new PracticeId(practice), e.id()).isEmpty());
        assertEquals(EncounterStatus.CODED, encounters.find(new PracticeId(practice), e.id()).orElseThrow().status());
    }

    @Test
    void cleanClaim_isCreated_withoutWarnings() {
        Encounter e = stored(List.of("E11.9", "I10"), List.of(line("99213", List.of(), "125.00", List.of(1, 2))));
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims")
                .then().statusCode(201).body("warnings", empty());
    }

    @Test
    void mueFinding_outsideTheDatasEdition_isAWarningNamingTheEdition_andTheClaimIsMade() {
        Procedure twice = new Procedure("99213", CodeSystem.CPT, List.of(), 3, Money.of("375.00"), List.of(1), null, null, null);
        Encounter e = stored(List.of("E11.9"), List.of(twice));
        given().header("Authorization", Tokens.bearer(practice, "biller")).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims")
                .then().statusCode(201)
                .body("warnings.rule", hasItem("mue-units-exceeded"))
                .body("warnings.field", hasItem("procedures[0].units"));
    }
}
