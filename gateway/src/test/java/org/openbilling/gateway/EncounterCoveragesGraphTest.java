package org.openbilling.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * GraphQL's Encounter answers its coverages as a list in payment order, each with its position, and still answers
 * the deprecated coverage and secondaryCoverage (from the list) for the console and partners; EncounterInput takes
 * the list or the deprecated fields; a birth date after the visit is an error on the birth date's field.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class EncounterCoveragesGraphTest {
    private static final String CREATE = """
            mutation Intake($e: EncounterInput!) {
              createEncounter(encounter: $e) {
                id
                coverages { position payerId memberId medicareSecondaryType subscriber { firstName } }
                coverage { payerId }
                secondaryCoverage { payerId }
              }
            }""";

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate serviceDate = LocalDate.now(ZoneId.of("America/New_York")).minusDays(5);

    private Map<String, Object> visit() {
        Map<String, Object> e = new HashMap<>(GraphQL.asMap(Encounters.anOfficeVisitOn(serviceDate)));
        e.values().removeIf(java.util.Objects::isNull);
        return e;
    }

    private static Map<String, Object> coverage(String payerId, String filing, String memberId) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("payerId", payerId);
        c.put("payerName", "Payer " + payerId);
        c.put("memberId", memberId);
        c.put("filingIndicator", filing);
        c.put("relationship", "SELF");
        return c;
    }

    @Test
    void createEncounter_coveragesAsAList_areAnsweredInOrder_andTheDeprecatedFieldsFollowTheList() {
        Map<String, Object> e = visit();
        e.remove("coverage");
        Map<String, Object> medicare = coverage("MCR01", "MB", "1EG4TE5MK73");
        medicare.put("medicareSecondaryType", "12");
        e.put("coverages", List.of(coverage("60054", "CI", "M1"), medicare, coverage("87726", "CI", "M3")));
        GraphQL.post(Tokens.bearer(practice, "coder"), CREATE, Map.of("e", e))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createEncounter.coverages.position", equalTo(List.of("PRIMARY", "SECONDARY", "TERTIARY")))
                .body("data.createEncounter.coverages.payerId", equalTo(List.of("60054", "MCR01", "87726")))
                .body("data.createEncounter.coverages[1].medicareSecondaryType", equalTo("12"))
                .body("data.createEncounter.coverage.payerId", equalTo("60054"))
                .body("data.createEncounter.secondaryCoverage.payerId", equalTo("MCR01"));
    }

    /** The same public form as REST's: the SBR05 code, also when the input named the type (read back from the table too). */
    @Test
    void createEncounter_medicareSecondaryTypeSentByName_isAnsweredAsItsCode() {
        Map<String, Object> e = visit();
        e.remove("coverage");
        Map<String, Object> medicare = coverage("MCR01", "MB", "1EG4TE5MK73");
        medicare.put("medicareSecondaryType", "WORKING_AGED");
        e.put("coverages", List.of(coverage("60054", "CI", "M1"), medicare));
        String id = GraphQL.post(Tokens.bearer(practice, "coder"), CREATE, Map.of("e", e))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createEncounter.coverages[1].medicareSecondaryType", equalTo("12"))
                .extract().path("data.createEncounter.id");
        GraphQL.post(Tokens.bearer(practice, "coder"),
                        "query($id: ID!) { encounter(id: $id) { coverages { medicareSecondaryType } } }", Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.encounter.coverages[1].medicareSecondaryType", equalTo("12"));
    }

    @Test
    void createEncounter_deprecatedCoverageFields_stillWork() {
        Map<String, Object> e = visit();
        e.put("secondaryCoverage", coverage("87726", "CI", "M2"));
        GraphQL.post(Tokens.bearer(practice, "coder"), CREATE, Map.of("e", e))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createEncounter.coverages.payerId", equalTo(List.of(Encounters.anOfficeVisit().coverage()
                        .payerId(), "87726")))
                .body("data.createEncounter.secondaryCoverage.payerId", equalTo("87726"));
    }

    @Test
    void createEncounter_birthDateAfterTheVisit_isAnErrorOnTheBirthDate() {
        Map<String, Object> e = visit();
        Map<String, Object> patient = new HashMap<>(castMap(e.get("patient")));
        patient.put("dateOfBirth", serviceDate.plusDays(1).toString());
        e.put("patient", patient);
        GraphQL.post(Tokens.bearer(practice, "coder"), CREATE, Map.of("e", e))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("service-before-birth"))
                .body("errors[0].extensions.field", equalTo("patient.dateOfBirth"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
