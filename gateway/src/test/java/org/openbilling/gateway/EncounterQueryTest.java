package org.openbilling.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/** encounter(id): one encounter of the caller's practice, read by id (an audited read), as the code lookup page reads it. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class EncounterQueryTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void encounter_byId_answersItsCodingAndVersion() {
        String coder = Tokens.bearer(practice, "coder");
        String id = GraphQL.post(coder, "mutation($e: EncounterInput!) { createEncounter(encounter: $e) { id } }",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit()))).statusCode(200).extract().path("data.createEncounter.id");
        GraphQL.post(coder, "query($id: ID!) { encounter(id: $id) { id version serviceDate diagnoses patient { sex } procedures { code charge } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.encounter.id", equalTo(id))
                .body("data.encounter.version", equalTo(1))
                .body("data.encounter.diagnoses", equalTo(List.of("E11.9", "I10")));
        GraphQL.post(Tokens.bearer("p-other", "coder"), "query($id: ID!) { encounter(id: $id) { id } }", Map.of("id", id))
                .statusCode(200)
                .body("data.encounter", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
    }
}
