package org.openbilling.codevalidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.OpenApiConformance;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * Coverages as an ordered list (primary, secondary, tertiary) at intake, with the deprecated {@code coverage} and
 * {@code secondaryCoverage} still accepted; the Medicare secondary payer type (SBR05); and birth dates reported on the
 * birth date's own field, under the name the client sent the person with.
 */
@QuarkusTest
// every answer of these flows is held to the committed OpenAPI document
@ExtendWith(OpenApiConformance.Checked.class)
@QuarkusTestResource(BillingTestResource.class)
class EncounterCoveragesTest {
    /** The practice has no settings: its today is in the default zone. */
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate serviceDate = LocalDate.now(ZONE).minusDays(10);

    /** An office visit on {@code serviceDate} as JSON, sent with the deprecated {@code coverage}. */
    private ObjectNode visit() {
        return JSON.valueToTree(Encounters.anOfficeVisitOn(serviceDate));
    }

    private static ObjectNode coverage(String payerId, String filing, String memberId) {
        ObjectNode c = JSON.createObjectNode();
        c.put("payerId", payerId).put("payerName", "Payer " + payerId).put("memberId", memberId)
                .put("filingIndicator", filing).put("relationship", "SELF");
        return c;
    }

    private static ObjectNode spouse(ObjectNode coverage, String dateOfBirth) {
        ObjectNode s = JSON.createObjectNode();
        s.put("firstName", "Odalric").put("lastName", "Quenneville").put("dateOfBirth", dateOfBirth).put("sex", "M");
        coverage.put("relationship", "SPOUSE").set("subscriber", s);
        return coverage;
    }

    /** The visit with its coverages sent as the list. */
    private ObjectNode withList(ObjectNode visit, ObjectNode... coverages) {
        visit.remove("coverage");
        visit.remove("secondaryCoverage");
        ArrayNode list = visit.putArray("coverages");
        for (ObjectNode c : coverages) {
            list.add(c);
        }
        return visit;
    }

    private ValidatableResponse post(ObjectNode body) {
        return given().header("Authorization", Tokens.bearer(practice, "coder")).contentType("application/json")
                .body(body.toString()).post("/encounters").then();
    }

    @Test
    void createEncounter_birthDateAfterTheDateOfService_is422OnThePatientsBirthDate() {
        ObjectNode visit = visit();
        ((ObjectNode) visit.get("patient")).put("dateOfBirth", serviceDate.plusDays(1).toString());
        post(visit).statusCode(422)
                .body("errors.rule", equalTo(List.of("service-before-birth")))
                .body("errors.field", equalTo(List.of("patient.dateOfBirth")));
    }

    @Test
    void createEncounter_birthDateInTheFuture_is422OnThePatientsBirthDate() {
        ObjectNode visit = visit();
        ((ObjectNode) visit.get("patient")).put("dateOfBirth", LocalDate.now(ZONE).plusDays(30).toString());
        post(visit).statusCode(422)
                .body("errors.rule", equalTo(List.of("date-of-birth-in-future")))
                .body("errors.field", equalTo(List.of("patient.dateOfBirth")));
    }

    @Test
    void createEncounter_subscriberBornAfterTheVisit_is422OnTheSubscribersBirthDate_asTheClientNamedIt() {
        String late = serviceDate.plusDays(2).toString();
        post(withList(visit(), coverage("60054", "CI", "M1"), spouse(coverage("87726", "CI", "M2"), late)))
                .statusCode(422)
                .body("errors.rule", equalTo(List.of("service-before-birth")))
                .body("errors.field", equalTo(List.of("coverages[1].subscriber.dateOfBirth")));
        ObjectNode deprecated = visit();
        deprecated.set("secondaryCoverage", spouse(coverage("87726", "CI", "M2"), late));
        post(deprecated).statusCode(422)
                .body("errors.field", equalTo(List.of("secondaryCoverage.subscriber.dateOfBirth")));
    }

    @Test
    void createEncounter_threeCoveragesAsAList_isAnsweredInPaymentOrder_withoutTheDeprecatedNames() {
        ObjectNode medicare = coverage("MCR01", "MB", "1EG4TE5MK73");
        medicare.put("medicareSecondaryType", "12");
        String id = post(withList(visit(), coverage("60054", "CI", "M1"), medicare, coverage("87726", "CI", "M3")))
                .statusCode(201)
                .body("coverages.payerId", equalTo(List.of("60054", "MCR01", "87726")))
                .body("coverages[1].medicareSecondaryType", equalTo("12"))
                .body("$", not(hasKey("coverage")))
                .body("$", not(hasKey("secondaryCoverage")))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer(practice, "coder")).get("/encounters/{id}", id).then()
                .statusCode(200).body("coverages.payerId", equalTo(List.of("60054", "MCR01", "87726")));
    }

    @Test
    void createEncounter_deprecatedCoverageAndSecondaryCoverage_areStillAccepted_asTheFirstTwoOfTheList() {
        ObjectNode visit = visit();
        visit.set("secondaryCoverage", spouse(coverage("87726", "CI", "M2"), "1958-02-11"));
        post(visit).statusCode(201)
                .body("coverages.payerId", equalTo(List.of("60054", "87726")))
                .body("coverages[1].subscriber.firstName", equalTo("Odalric"));
    }

    @Test
    void createEncounter_coveragesSentBothWays_is422AndStoresNothing() {
        ObjectNode visit = visit();
        visit.putArray("coverages").add(coverage("87726", "CI", "M2"));
        post(visit).statusCode(422)
                .body("errors.rule", equalTo(List.of("coverages-given-twice")))
                .body("errors.field", equalTo(List.of("coverage")));
    }

    @Test
    void createEncounter_twoCoveragesOfOnePayerAndMember_is422OnTheLaterOnesMemberId() {
        post(withList(visit(), coverage("60054", "CI", "M1"), coverage("87726", "CI", "M2"), coverage("60054", "CI", " m1 ")))
                .statusCode(422)
                .body("errors.rule", equalTo(List.of("coverage-duplicate")))
                .body("errors.field", equalTo(List.of("coverages[2].memberId")));
        ObjectNode deprecated = visit();
        deprecated.set("secondaryCoverage", deprecated.get("coverage").deepCopy());
        post(deprecated).statusCode(422)
                .body("errors.rule", equalTo(List.of("coverage-duplicate")))
                .body("errors.field", equalTo(List.of("secondaryCoverage.memberId")));
        // the same payer under another member (a second policy) is two coverages
        post(withList(visit(), coverage("60054", "CI", "M1"), coverage("60054", "CI", "M9"))).statusCode(201);
    }

    @Test
    void createEncounter_medicaidBeforeAnotherCoverage_is422OnItsFilingIndicator_andLastIsAccepted() {
        post(withList(visit(), coverage("SKCO0", "MC", "MCD1"), coverage("60054", "CI", "M1"))).statusCode(422)
                .body("errors.rule", equalTo(List.of("coverage-order")))
                .body("errors.field", equalTo(List.of("coverages[0].filingIndicator")));
        post(withList(visit(), coverage("60054", "CI", "M1"), coverage("SKCO0", "MC", "MCD1"))).statusCode(201)
                .body("coverages.payerId", equalTo(List.of("60054", "SKCO0")));
    }

    @Test
    void createEncounter_fourCoveragesOrASecondaryWithoutPrimary_is422() {
        post(withList(visit(), coverage("A1", "CI", "1"), coverage("A2", "CI", "2"), coverage("A3", "CI", "3"),
                coverage("A4", "CI", "4"))).statusCode(422)
                .body("errors.rule", equalTo(List.of("too-many-coverages")))
                .body("errors.field", equalTo(List.of("coverages")));
        ObjectNode orphan = visit();
        orphan.remove("coverage");
        orphan.set("secondaryCoverage", coverage("87726", "CI", "M2"));
        post(orphan).statusCode(422)
                .body("errors.rule", equalTo(List.of("secondary-coverage-without-primary")))
                .body("errors.field", equalTo(List.of("secondaryCoverage")));
    }

    @Test
    void createEncounter_aProblemInTheList_isNamedByItsPlaceInTheList() {
        ObjectNode tertiary = coverage("87726", "CI", "M3");
        tertiary.remove("memberId");
        post(withList(visit(), coverage("60054", "CI", "M1"), coverage("MCR01", "MB", "M2"), tertiary)).statusCode(422)
                .body("errors.rule", equalTo(List.of("required")))
                .body("errors.field", equalTo(List.of("coverages[2].memberId")));
    }

    /** SBR05 has one public form, its X12 code (GraphQL's too); the enum name is still read on input. */
    @Test
    void createEncounter_medicareSecondaryTypeSentByName_isAnsweredAsItsCode() {
        ObjectNode medicare = coverage("MCR01", "MB", "1EG4TE5MK73");
        medicare.put("medicareSecondaryType", "END_STAGE_RENAL_DISEASE");
        String id = post(withList(visit(), coverage("60054", "CI", "M1"), medicare))
                .statusCode(201)
                .body("coverages[1].medicareSecondaryType", equalTo("13"))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer(practice, "coder")).get("/encounters/{id}", id).then()
                .statusCode(200).body("coverages[1].medicareSecondaryType", equalTo("13"));
    }

    @Test
    void createEncounter_medicareSecondaryTypeOnThePrimaryOrANonMedicareCoverageOrUnknown_is422() {
        ObjectNode primary = coverage("MCR01", "MB", "M1");
        primary.put("medicareSecondaryType", "12");
        ObjectNode commercial = coverage("87726", "CI", "M2");
        commercial.put("medicareSecondaryType", "12");
        ObjectNode unknown = coverage("MCR02", "MA", "M3");
        unknown.put("medicareSecondaryType", "99");
        post(withList(visit(), primary, commercial, unknown)).statusCode(422)
                .body("errors.rule", equalTo(List.of("medicare-secondary-type-misplaced",
                        "medicare-secondary-type-misplaced", "enum-value")))
                .body("errors.field", equalTo(List.of("coverages[0].medicareSecondaryType",
                        "coverages[1].medicareSecondaryType", "coverages[2].medicareSecondaryType")));
    }

    @Test
    void createEncounter_selfPayWithAnEmptyList_hasNoCoverages() {
        post(withList(visit())).statusCode(201).body("coverages", equalTo(List.of())).body("selfPay", equalTo(true))
                .body("coverage", nullValue());
    }
}
