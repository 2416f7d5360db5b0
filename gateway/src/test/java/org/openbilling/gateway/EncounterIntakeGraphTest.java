package org.openbilling.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.domain.encounter.EncounterInput.PersonInput;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * GraphQL intake gives intake's answers (issue 17): text an 837P cannot hold is an error naming the field, an
 * accented name comes back with the warning that says how the 837P writes it, and coding a line that ends after
 * today is refused on that line.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class EncounterIntakeGraphTest {
    private static final String CREATE = """
            mutation Intake($e: EncounterInput!) {
              createEncounter(encounter: $e) { id status patient { lastName } warnings { rule field message } }
            }""";

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    private static EncounterInput named(EncounterInput e, String first, String last) {
        PersonInput p = e.patient();
        return new EncounterInput(new PersonInput(p.id(), first, last, p.dateOfBirth(), p.sex(), p.address()),
                e.coverage(), e.secondaryCoverage(), e.billingProvider(), e.renderingProvider(), e.referringProvider(),
                e.serviceFacility(), e.priorAuthorization(), e.accident(), e.assignmentOfBenefits(),
                e.releaseOfInformation(), e.signatureOnFile(), e.serviceDate(), e.serviceDateTo(), e.placeOfService(),
                e.diagnoses(), e.procedures());
    }

    @Test
    void createEncounter_lastNameOf61Characters_isAnErrorNamingTheField() {
        GraphQL.post(Tokens.bearer(practice, "coder"), CREATE,
                        Map.of("e", GraphQL.asMap(named(Encounters.anOfficeVisit(), "Zelphira", "Q".repeat(61)))))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("text-too-long"))
                .body("errors[0].extensions.field", equalTo("patient.lastName"));
    }

    @Test
    void createEncounter_accentedName_isCreatedWithATransliterationWarning() {
        GraphQL.post(Tokens.bearer(practice, "coder"), CREATE,
                        Map.of("e", GraphQL.asMap(named(Encounters.anOfficeVisit(), "Zelphira", "Quennevillé"))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createEncounter.patient.lastName", equalTo("Quennevillé"))
                .body("data.createEncounter.warnings.rule", equalTo(List.of("x12-transliterated")))
                .body("data.createEncounter.warnings.field", equalTo(List.of("patient.lastName")))
                .body("data.createEncounter.warnings[0].message", containsString("'QUENNEVILLE'"));
    }

    @Test
    void codeEncounter_lineEndingAfterToday_isAnErrorNamingTheLine() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String id = GraphQL.post(Tokens.bearer(practice, "coder"), CREATE,
                        Map.of("e", GraphQL.asMap(Encounters.anOfficeVisitOn(today.minusDays(3)))))
                .body("errors", nullValue()).extract().path("data.createEncounter.id");
        GraphQL.post(Tokens.bearer(practice, "coder"), """
                        mutation Code($id: ID!, $to: Date) {
                          codeEncounter(id: $id, diagnoses: ["E11.9"], procedures: [{code: "99213", charge: 120,
                            diagnosisPointers: [1], serviceDateTo: $to}]) { id version }
                        }""", Map.of("id", id, "to", today.plusDays(2).toString()))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("service-date-in-future"))
                .body("errors[0].extensions.field", equalTo("procedures[0].serviceDateTo"));
    }
}
