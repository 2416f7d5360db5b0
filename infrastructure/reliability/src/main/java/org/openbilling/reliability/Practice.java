package org.openbilling.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One practice's view of the stack through its public APIs, with tokens per role. Every request goes through
 * the REST functions or the GraphQL gateway exactly as partners and web clients call them.
 */
final class Practice {
    final String id;
    final LocalStack stack;
    final Http http;
    final Map<String, String> tokens = new HashMap<>();

    Practice(String id, LocalStack stack, Http http) throws Exception {
        this.id = id;
        this.stack = stack;
        this.http = http;
        for (String role : List.of("coder", "biller", "analyst", "partner", "admin")) {
            tokens.put(role, stack.token(id, role));
        }
    }

    String token(String role) {
        return tokens.get(role);
    }

    /** X12 submitter and receiver, so that submissions can be written. */
    void configure() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("submitterId", "SUBMIT01");
        settings.put("submitterName", "RELIABILITY CLINIC");
        settings.put("submitterContact", Map.of("name", "BILLING OFFICE", "phone", "2175550100"));
        settings.put("receiverId", "ACMEPAYER");
        settings.put("receiverName", "ACME CLEARINGHOUSE");
        settings.put("timeZone", "America/Chicago");
        settings.put("statementDueDays", 30);
        http.put("setup", stack.url("claim-creation") + "/practice/settings", token("admin"), settings).expectOk("practice settings");
    }

    /** A synthetic encounter (no real person), coded: E11.9 and I10, one 99213 at 125.00. */
    static Map<String, Object> encounter(int n, String payerId) {
        Map<String, Object> address = Map.of("line1", n + " Synthetic Way", "city", "Springfield", "state", "IL", "postalCode", "62704");
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("patient", Map.of("id", "SYN-" + n, "firstName", "Synthetic", "lastName", "Patient" + n,
                "dateOfBirth", "1970-01-01", "sex", n % 2 == 0 ? "F" : "M", "address", address));
        e.put("coverage", Map.of("payerId", payerId, "payerName", "PAYER " + payerId, "memberId", "SYN" + n,
                "relationship", "SELF", "filingIndicator", "CI"));
        e.put("billingProvider", Map.of("npi", "1234567893", "taxId", "123456789", "organizationName", "Reliability Clinic",
                "taxonomyCode", "207Q00000X", "address", Map.of("line1", "100 Main Street", "city", "Springfield",
                        "state", "IL", "postalCode", "62701")));
        e.put("renderingProvider", Map.of("npi", "1245319599", "firstName", "Amara", "lastName", "Okafor"));
        e.put("assignmentOfBenefits", true);
        e.put("releaseOfInformation", "Y");
        e.put("signatureOnFile", true);
        e.put("serviceDate", "2026-11-02");
        e.put("placeOfService", "11");
        e.put("diagnoses", List.of("E11.9", "I10"));
        e.put("procedures", List.of(Map.of("code", "99213", "charge", "125.00", "diagnosisPointers", List.of(1, 2))));
        return e;
    }

    /** The same visit with a second coverage after the first: its claim's posting makes a claim to that payer. */
    static Map<String, Object> encounter(int n, String payerId, String secondaryPayerId) {
        Map<String, Object> e = encounter(n, payerId);
        if (secondaryPayerId != null) {
            e.put("coverages", List.of(e.remove("coverage"), Map.of("payerId", secondaryPayerId, "payerName",
                    "PAYER " + secondaryPayerId, "memberId", "SYS" + n, "relationship", "SELF", "filingIndicator", "CI")));
        }
        return e;
    }

    String createEncounter(String op, int n, String payerId) {
        return createEncounter(op, n, payerId, null);
    }

    String createEncounter(String op, int n, String payerId, String secondaryPayerId) {
        return http.postJson(op, stack.url("code-validation") + "/encounters", token("coder"),
                encounter(n, payerId, secondaryPayerId), Map.of("Idempotency-Key", "enc-" + id + "-" + n))
                .expectOk("POST /encounters").json().path("id").asText();
    }

    JsonNode createClaim(String op, String encounterId) {
        return http.postJson(op, stack.url("claim-creation") + "/claims", token("biller"), Map.of("encounterId", encounterId),
                Map.of("Idempotency-Key", "claim-" + encounterId)).expectOk("POST /claims").json();
    }

    /** {@code count} READY claims (encounter + claim each), numbered from {@code from}. */
    List<JsonNode> readyClaims(int from, int count, String payerId) {
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(createClaim("setup", createEncounter("setup", from + i, payerId)));
        }
        return out;
    }

    /** Submits claims in batches of 100 (one 837P each); answers the submissions. */
    List<JsonNode> submit(List<String> claimIds) {
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < claimIds.size(); i += 100) {
            List<String> batch = claimIds.subList(i, Math.min(claimIds.size(), i + 100));
            out.add(http.postJson("setup", stack.url("claim-status") + "/submissions", token("biller"),
                    Map.of("claimIds", batch), Map.of("Idempotency-Key", "sub-" + UUID.randomUUID()))
                    .expectOk("POST /submissions").json());
        }
        return out;
    }

    Http.Answer postRemittance(String op, String x12) {
        return http.post(op, stack.url("claim-status") + "/remittances", token("biller"), "application/edi-x12", x12, Map.of());
    }

    JsonNode claim(String claimId) {
        return http.get("verify", stack.url("claim-creation") + "/claims/" + claimId, token("biller")).expectOk("GET claim").json();
    }
}
