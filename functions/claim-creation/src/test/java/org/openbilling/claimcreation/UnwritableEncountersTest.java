package org.openbilling.claimcreation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Coding;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Procedure;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/**
 * Claim creation and corrections apply intake's rules (issue 17) to encounters stored before intake had them: text an
 * 837P cannot carry or hold, and lines whose total no claim can hold, are a 422 naming the encounter's field, and
 * nothing is billed. An accented name is billed, written plainly, with a warning on the claim.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class UnwritableEncountersTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String biller() {
        return Tokens.bearer(practice, "biller");
    }

    /** A coded encounter stored as it was (no intake rules run), with its details changed by {@code change}. */
    private Encounter stored(UnaryOperator<EncounterDetails> change) {
        Encounter base = Claims.aCodedEncounter(practice);
        return encounters.create(base.corrected(change.apply(base.details()), base.coding(), Instant.now()));
    }

    private static EncounterDetails withPatient(EncounterDetails d, Person p) {
        return d.withPatient(p);
    }

    private static Person renamed(Person p, String first, String last, String line1) {
        Address a = p.address();
        return new Person(p.id(), first, last, p.dateOfBirth(), p.sex(),
                new Address(line1, a.line2(), a.city(), a.state(), a.postalCode()));
    }

    private io.restassured.response.ValidatableResponse createClaim(Encounter e) {
        return given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounterId\":\"" + e.id().value() + "\"}").post("/claims").then();
    }

    private void assertNotBilled(Encounter e) {
        assertEquals(EncounterStatus.CODED, encounters.find(e.practiceId(), e.id()).orElseThrow().status());
        assertTrue(claims.find(e.practiceId(), new ClaimId("c-" + e.id().value())).isEmpty());
    }

    @Test
    void createClaim_encounterStoredWithTextThe837PCannotHold_is422NamingEachField_andBillsNothing() {
        Encounter e = stored(d -> {
            Coverage c = d.primaryCoverage();
            Coverage longMember = new Coverage(c.payerId(), c.payerName(), "M".repeat(81), c.groupNumber(),
                    c.filingIndicator(), c.relationship(), c.subscriber());
            EncounterDetails p = withPatient(d, renamed(d.patient(), "小明", "Q".repeat(61), "4".repeat(56)));
            return new EncounterDetails(p.patient(), List.of(longMember), p.billingProvider(),
                    p.renderingProvider(), p.referringProvider(), p.serviceFacility(), "A".repeat(51), p.accident(),
                    p.assignmentOfBenefits(), p.releaseOfInformation(), p.signatureOnFile(), p.serviceDate(),
                    p.serviceDateTo(), p.placeOfService());
        });
        createClaim(e).statusCode(422)
                .body("errors.rule", equalTo(List.of("text-too-long", "x12-character-set", "text-too-long",
                        "text-too-long", "text-too-long")))
                .body("errors.field", equalTo(List.of("patient.lastName", "patient.firstName", "patient.address.line1",
                        "coverage.memberId", "priorAuthorization")));
        assertNotBilled(e);
    }

    @Test
    void createClaim_encounterStoredWithThreeLinesOfTheLargestCharge_is422NamingTheCharge_not400() {
        Encounter base = Claims.aCodedEncounter(practice);
        Procedure p = base.procedures().get(0);
        Procedure max = new Procedure(p.code(), p.system(), p.modifiers(), p.units(), Money.of("999999999.99"),
                p.diagnosisPointers(), p.serviceDate(), p.serviceDateTo(), p.ndc());
        Encounter e = encounters.create(base.recoded(new Coding(base.diagnoses(), List.of(max, max, max)), Instant.now()));
        createClaim(e).statusCode(422)
                .body("errors.rule", equalTo(List.of("money-out-of-range")))
                .body("errors.field", equalTo(List.of("procedures[1].charge")));
        assertNotBilled(e);
    }

    @Test
    void createClaim_accentedName_isBilledWithAWarning_andThe837PWritesItPlain() {
        Encounter e = stored(d -> withPatient(d, renamed(d.patient(), "Zoë", "Peña-Müller", d.patient().address().line1())));
        String id = createClaim(e).statusCode(201)
                .body("warnings.rule", hasItem("x12-transliterated"))
                .body("warnings.field", hasItem("patient.lastName"))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer(practice, "admin")).contentType("application/json")
                .body(PracticeSettingsAnd837Test.SETTINGS).put("/practice/settings").then().statusCode(200);
        given().header("Authorization", biller()).get("/claims/{id}/837", id).then().statusCode(200)
                .body(containsString("NM1*IL*1*PENA-MULLER*ZOE*"));
    }

    @Test
    void correction_withAnAddressLineTooLongForN301_is422NamingTheEncounterField_andChangesNothing() {
        Encounter e = encounters.create(Claims.aCodedEncounter(practice));
        String id = createClaim(e).statusCode(201).extract().path("id");
        Claim c = claims.find(new PracticeId(practice), new ClaimId(id)).orElseThrow();
        Instant now = Instant.now();
        c = claims.update(c.moveTo(ClaimStatus.SUBMITTED, "payer", "test", now).moveTo(ClaimStatus.REJECTED, "payer", "test", now));
        String patient = """
                {"id":"P-1001","firstName":"Zelphira","lastName":"Quenneville","dateOfBirth":"1961-07-23","sex":"F",
                 "address":{"line1":"%s","city":"Springfield","state":"IL","postalCode":"62704"}}""".formatted("4".repeat(56));
        given().header("Authorization", biller()).contentType("application/json")
                .body("{\"encounter\":{\"patient\":" + patient + "},\"expectedVersion\":" + c.version() + "}")
                .post("/claims/{id}/corrections", id).then().statusCode(422)
                .body("errors.rule", equalTo(List.of("text-too-long")))
                .body("errors.field", equalTo(List.of("encounter.patient.address.line1")));
        Claim after = claims.find(new PracticeId(practice), new ClaimId(id)).orElseThrow();
        assertEquals(ClaimStatus.REJECTED, after.status());
        assertEquals(c.version(), after.version());
    }
}
