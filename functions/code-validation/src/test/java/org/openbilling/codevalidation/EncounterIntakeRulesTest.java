package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.domain.encounter.EncounterInput.AddressInput;
import org.openbilling.domain.encounter.EncounterInput.CoverageInput;
import org.openbilling.domain.encounter.EncounterInput.PersonInput;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * Intake refuses what claim creation or the 837P would refuse later (issue 17): text an 837P element cannot hold or
 * carry, dates of service after the practice's today on any line, and lines whose total no claim can hold. Each
 * refusal is a 422 naming the field; an accented name is accepted and the answer says how the 837P will write it.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class EncounterIntakeRulesTest {
    /** The practice has no settings: its today is in the default zone. */
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Inject
    EncounterRepository encounters;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private String coder() {
        return Tokens.bearer(practice, "coder");
    }

    private static EncounterInput withPatient(EncounterInput e, PersonInput patient) {
        return new EncounterInput(patient, e.coverage(), e.secondaryCoverage(), e.billingProvider(), e.renderingProvider(),
                e.referringProvider(), e.serviceFacility(), e.priorAuthorization(), e.accident(), e.assignmentOfBenefits(),
                e.releaseOfInformation(), e.signatureOnFile(), e.serviceDate(), e.serviceDateTo(), e.placeOfService(),
                e.diagnoses(), e.procedures());
    }

    private static EncounterInput with(EncounterInput e, CoverageInput coverage, String priorAuthorization,
                                       String serviceDateTo, List<ProcedureInput> procedures) {
        return new EncounterInput(e.patient(), coverage, e.secondaryCoverage(), e.billingProvider(), e.renderingProvider(),
                e.referringProvider(), e.serviceFacility(), priorAuthorization, e.accident(), e.assignmentOfBenefits(),
                e.releaseOfInformation(), e.signatureOnFile(), e.serviceDate(), serviceDateTo, e.placeOfService(),
                e.diagnoses(), procedures);
    }

    private static PersonInput person(String first, String last, String line1) {
        return new PersonInput("P-1001", first, last, Encounters.PATIENT_DOB, "F",
                new AddressInput(line1, null, "Springfield", "IL", "62704"));
    }

    private io.restassured.response.ValidatableResponse post(EncounterInput e) {
        return given().header("Authorization", coder()).contentType("application/json").body(Json.of(e))
                .post("/encounters").then();
    }

    private void assertNothingStored() {
        assertTrue(encounters.list(new PracticeId(practice), null, 10, null).items().isEmpty());
    }

    @Test
    void create_textLongerThanIts837PElement_is422NamingEachField_andStoresNothing() {
        EncounterInput ok = Encounters.anOfficeVisit();
        CoverageInput c = ok.coverage();
        CoverageInput longMember = new CoverageInput(c.payerId(), c.payerName(), "M".repeat(81), c.groupNumber(),
                c.filingIndicator(), c.relationship(), null);
        EncounterInput bad = with(withPatient(ok, person("Zelphira", "Q".repeat(61), "4".repeat(56))), longMember,
                "A".repeat(51), null, ok.procedures());
        post(bad).statusCode(422)
                .body("errors.rule", hasItems("text-too-long"))
                .body("errors.field", equalTo(List.of("patient.lastName", "patient.address.line1", "coverage.memberId",
                        "priorAuthorization")))
                .body("errors[0].message", containsString("NM103 holds at most 60"));
        assertNothingStored();

        EncounterInput atTheLimits = with(withPatient(ok, person("Zelphira", "Q".repeat(60), "4".repeat(55))),
                new CoverageInput(c.payerId(), c.payerName(), "M".repeat(80), c.groupNumber(), c.filingIndicator(),
                        c.relationship(), null), "A".repeat(50), null, ok.procedures());
        post(atTheLimits).statusCode(201);
    }

    @Test
    void create_nameInChineseOrWithAnEmoji_is422CharacterSet() {
        EncounterInput ok = Encounters.anOfficeVisit();
        post(withPatient(ok, person("小明", "Quenneville 😀", Encounters.PATIENT_STREET))).statusCode(422)
                .body("errors.rule", equalTo(List.of("x12-character-set", "x12-character-set")))
                .body("errors.field", equalTo(List.of("patient.lastName", "patient.firstName")))
                .body("errors[1].message", containsString("U+5C0F"));
        assertNothingStored();
    }

    @Test
    void create_accentedName_isKeptAsGiven_andTheAnswerSaysHowThe837PWritesIt() {
        EncounterInput ok = Encounters.anOfficeVisit();
        String id = post(withPatient(ok, person("José", "Müller", "12 Rue de l’Église"))).statusCode(201)
                .body("patient.firstName", equalTo("José"))
                .body("patient.lastName", equalTo("Müller"))
                .body("warnings.rule", equalTo(List.of("x12-transliterated", "x12-transliterated", "x12-transliterated")))
                .body("warnings.field", equalTo(List.of("patient.lastName", "patient.firstName", "patient.address.line1")))
                .body("warnings[0].message", containsString("'MULLER'"))
                .body("warnings[2].message", containsString("'12 RUE DE L'EGLISE'"))
                .extract().path("id");
        given().header("Authorization", coder()).get("/encounters/{id}", id).then().statusCode(200)
                .body("warnings", hasSize(3));
    }

    @Test
    void create_lineOrRangeEndingAfterToday_is422NamingTheDate_notCoded() {
        LocalDate today = LocalDate.now(ZONE);
        EncounterInput ok = Encounters.anOfficeVisitOn(today.minusDays(3));
        ProcedureInput first = ok.procedures().get(0);
        ProcedureInput endsTomorrow = new ProcedureInput(first.code(), first.system(), first.modifiers(), first.units(),
                first.charge(), first.diagnosisPointers(), today.minusDays(3).toString(), today.plusDays(2).toString(), null);
        post(with(ok, ok.coverage(), null, null, List.of(endsTomorrow, ok.procedures().get(1)))).statusCode(422)
                .body("errors.rule", equalTo(List.of("service-date-in-future")))
                .body("errors.field", equalTo(List.of("procedures[0].serviceDateTo")));
        post(with(ok, ok.coverage(), null, today.plusDays(2).toString(), ok.procedures())).statusCode(422)
                .body("errors.field", equalTo(List.of("serviceDateTo")));
        assertNothingStored();
    }

    @Test
    void create_threeLinesOfTheLargestCharge_is422NamingTheChargeWhereTheTotalGoesOver() {
        EncounterInput ok = Encounters.anOfficeVisit();
        ProcedureInput max = new ProcedureInput("99213", "CPT", List.of(), 1, "999999999.99", List.of(1), null, null, null);
        post(with(ok, ok.coverage(), null, null, List.of(max, max, max))).statusCode(422)
                .body("errors.rule", equalTo(List.of("money-out-of-range")))
                .body("errors.field", equalTo(List.of("procedures[1].charge")));
        assertNothingStored();
    }

    @Test
    void recode_withALineEndingAfterTodayOrATotalOverTheLimit_is422_andKeepsTheCoding() {
        LocalDate today = LocalDate.now(ZONE);
        String id = post(Encounters.anOfficeVisitOn(today.minusDays(3))).statusCode(201).extract().path("id");
        given().header("Authorization", coder()).contentType("application/json")
                .body("{\"diagnoses\":[\"E11.9\"],\"procedures\":[{\"code\":\"99213\",\"charge\":\"120\","
                        + "\"diagnosisPointers\":[1],\"serviceDateTo\":\"" + today.plusDays(2) + "\"}]}")
                .put("/encounters/{id}/codes", id)
                .then().statusCode(422).body("errors.field", equalTo(List.of("procedures[0].serviceDateTo")));
        String line = "{\"code\":\"99213\",\"charge\":\"999999999.99\",\"diagnosisPointers\":[1]}";
        given().header("Authorization", coder()).contentType("application/json")
                .body("{\"diagnoses\":[\"E11.9\"],\"procedures\":[" + line + "," + line + "," + line + "]}")
                .put("/encounters/{id}/codes", id)
                .then().statusCode(422).body("errors.rule", equalTo(List.of("money-out-of-range")))
                .body("errors.field", equalTo(List.of("procedures[1].charge")));
        given().header("Authorization", coder()).get("/encounters/{id}", id).then().statusCode(200)
                .body("version", equalTo(1)).body("procedures[0].charge", equalTo("125.00"));
    }
}
