package org.openbilling.gateway;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * Drives the demo flow (and some failures) through the gateway and every function in this JVM, then reads every
 * log line the apps wrote: no patient name, birth date, member id or address may be among them. Also checks the
 * audit trail of what was done.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class LogPrivacyTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void demoFlowAndFailures_leaveNoPatientDataInLogs_andAnAuditTrail() throws Exception {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit())))
                .body("errors", nullValue()).extract().path("data.createEncounter.id");
        String claimId = GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Bill($id: ID!) { createClaim(encounterId: $id) { id } }""", Map.of("id", encounterId))
                .body("errors", nullValue()).extract().path("data.createClaim.id");
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Send($id: ID!) { updateClaimStatus(id: $id, status: SUBMITTED) { status } }""", Map.of("id", claimId))
                .body("errors", nullValue());
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                query One($id: ID!) { claim(id: $id) { patient { firstName lastName dateOfBirth } } }""", Map.of("id", claimId))
                .body("errors", nullValue());
        // failures: a rejected intake carrying the patient's data, a wrong role, a bad token
        var bad = GraphQL.asMap(Encounters.anOfficeVisit());
        bad.put("serviceDate", "not-a-date");
        GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""", Map.of("e", bad));
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.anOfficeVisit())));
        GraphQL.post("Bearer " + Encounters.PATIENT_LAST, "{ claims { count } }", Map.of());

        GraphQL.post(Tokens.bearer(practice, "admin"), """
                query Trail($id: ID!) { auditTrail(recordId: $id) { action actor outcome version } }""", Map.of("id", claimId))
                .body("errors", nullValue())
                .body("data.auditTrail.action", hasItems("CLAIM_CREATED", "CLAIM_STATUS_SUBMITTED", "READ"));

        Path log = Path.of("target/test-app.log");
        assertTrue(Files.exists(log), "the test app writes its log to " + log);
        List<String> lines = Files.readAllLines(log);
        assertFalse(lines.isEmpty());
        for (Map.Entry<String, String> secret : Encounters.patientSecrets().entrySet()) {
            for (String line : lines) {
                assertFalse(line.contains(secret.getValue()),
                        "the log shows the patient's " + secret.getKey() + ": " + line);
            }
        }
    }
}
