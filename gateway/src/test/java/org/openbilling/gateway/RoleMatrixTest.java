package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.TestKeys;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/**
 * Walks the README's table of role × operation: an allowed role gets a 2xx, any other role a 403 (GraphQL: an
 * error with code forbidden), and a refused call changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class RoleMatrixTest {
    static final String SETTINGS = "{\"submitterId\":\"SUB01\",\"submitterName\":\"Lakeside\","
            + "\"submitterContact\":{\"name\":\"Office\",\"email\":\"billing@lakeside.example\"},"
            + "\"receiverId\":\"RCV01\",\"receiverName\":\"Clearinghouse\"}";
    static final List<String> ROLES = List.of("coder", "biller", "analyst", "partner", "admin");
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    /** One operation: how to call it as a role (fresh records per call, made by an admin), and who may. */
    record Operation(String name, Set<String> allowed, Function<String, Response> call) {
    }

    private String admin() {
        return Tokens.bearer(practice, "admin");
    }

    private String newEncounter() {
        return given().header("Authorization", admin()).contentType("application/json")
                .body(GraphQL.JSON.valueToTree(Encounters.anOfficeVisit()).toString()).post("/encounters")
                .then().statusCode(201).extract().path("id");
    }

    private String newClaim() {
        return given().header("Authorization", admin()).contentType("application/json")
                .body("{\"encounterId\":\"" + newEncounter() + "\"}").post("/claims")
                .then().statusCode(201).extract().path("id");
    }

    List<Operation> operations() {
        String json = "application/json";
        return List.of(
                new Operation("POST /codes/validate", Set.copyOf(ROLES), t -> given().header("Authorization", t).contentType(json)
                        .body("{\"codes\":[{\"system\":\"ICD10CM\",\"code\":\"E11.9\"}]}").post("/codes/validate")),
                new Operation("GET /codes/{system}/{code}", Set.copyOf(ROLES), t -> given().header("Authorization", t)
                        .get("/codes/ICD10CM/E11.9?on=2026-11-10")),
                new Operation("GET /codes/{system}?q=", Set.copyOf(ROLES), t -> given().header("Authorization", t)
                        .get("/codes/ICD10CM?q=diabetes&on=2026-11-10")),
                new Operation("POST /encounters", Set.of("coder", "partner", "admin"), t -> given().header("Authorization", t)
                        .contentType(json).body(GraphQL.JSON.valueToTree(Encounters.anOfficeVisit()).toString()).post("/encounters")),
                new Operation("GET /encounters/{id}", Set.of("coder", "biller", "analyst", "admin"), t -> {
                    String id = newEncounter();
                    return given().header("Authorization", t).get("/encounters/" + id);
                }),
                new Operation("PUT /encounters/{id}/codes", Set.of("coder", "admin"), t -> {
                    String id = newEncounter();
                    return given().header("Authorization", t).contentType(json).body(
                            "{\"diagnoses\":[\"I10\"],\"procedures\":[{\"code\":\"99213\",\"charge\":\"90\",\"diagnosisPointers\":[1]}]}")
                            .put("/encounters/" + id + "/codes");
                }),
                new Operation("POST /claims", Set.of("biller", "partner", "admin"), t -> {
                    String id = newEncounter();
                    return given().header("Authorization", t).contentType(json).body("{\"encounterId\":\"" + id + "\"}").post("/claims");
                }),
                new Operation("GET /claims/{id}", Set.of("biller", "analyst", "partner", "admin"), t -> {
                    String id = newClaim();
                    return given().header("Authorization", t).get("/claims/" + id);
                }),
                new Operation("POST /claims/{id}/status", Set.of("biller", "admin"), t -> {
                    String id = newClaim();
                    return given().header("Authorization", t).contentType(json).body("{\"status\":\"SUBMITTED\"}")
                            .post("/claims/" + id + "/status");
                }),
                new Operation("POST /claims/{id}/coverages", Set.of("biller", "admin"), t -> {
                    String id = newClaim();
                    return given().header("Authorization", t).contentType(json).body("{\"coverage\":{\"payerId\":"
                            + "\"87726\",\"payerName\":\"UnitedHealthcare\",\"memberId\":\"UHC0001\","
                            + "\"filingIndicator\":\"CI\",\"relationship\":\"SELF\"}}").post("/claims/" + id + "/coverages");
                }),
                new Operation("GET /practice/settings", Set.copyOf(ROLES), t -> given().header("Authorization", t)
                        .get("/practice/settings")),
                new Operation("PUT /practice/settings", Set.of("admin"), t -> given().header("Authorization", t)
                        .contentType(json).body(SETTINGS).put("/practice/settings")),
                new Operation("GET /claims/{id}/837", Set.of("biller", "analyst", "admin"), t -> {
                    given().header("Authorization", admin()).contentType(json).body(SETTINGS).put("/practice/settings")
                            .then().statusCode(200);
                    return given().header("Authorization", t).get("/claims/" + newClaim() + "/837");
                }),
                new Operation("GET /audit/{recordId}", Set.of("admin"), t -> given().header("Authorization", t)
                        .get("/audit/" + newClaim())),
                new Operation("GET /reports/open-claims.csv", Set.of("biller", "analyst", "admin"), t -> given()
                        .header("Authorization", t).get("/reports/open-claims.csv")));
    }

    @Test
    void everyRestOperation_allowsExactlyItsRoles() {
        for (Operation op : operations()) {
            for (String role : ROLES) {
                Response r = op.call().apply(Tokens.bearer(practice, role));
                if (op.allowed().contains(role)) {
                    assertTrue(r.statusCode() >= 200 && r.statusCode() < 300,
                            op.name() + " as " + role + " should work, got " + r.statusCode() + " " + r.asString());
                } else {
                    assertEquals(403, r.statusCode(), op.name() + " as " + role + ": " + r.asString());
                    assertEquals("forbidden", r.path("errors[0].rule"), op.name() + " as " + role);
                }
            }
        }
    }

    @Test
    void graphqlFields_allowExactlyTheirRoles() {
        Map<String, Set<String>> fields = Map.of(
                "{ openClaims { count } }", Set.of("biller", "analyst", "admin"),
                "{ claims { count } }", Set.of("biller", "analyst", "partner", "admin"),
                "{ encounters { count } }", Set.of("coder", "biller", "analyst", "admin"),
                "{ agingReport { asOf } }", Set.of("biller", "analyst", "admin"),
                "{ auditTrail(recordId: \"x\") { action } }", Set.of("admin"));
        fields.forEach((document, allowed) -> {
            for (String role : ROLES) {
                Response r = given().header("Authorization", Tokens.bearer(practice, role)).contentType("application/json")
                        .body(GraphQL.JSON.createObjectNode().put("query", document).toString()).post("/graphql");
                List<Object> errors = r.path("errors");
                if (allowed.contains(role)) {
                    assertTrue(errors == null || errors.isEmpty(), document + " as " + role + ": " + r.asString());
                } else {
                    assertEquals("forbidden", r.path("errors[0].extensions.code"), document + " as " + role + ": " + r.asString());
                }
            }
        });
    }

    @Test
    void coder_readingClaimsThroughAnEncounter_isForbidden_andReadsNoClaim() {
        String claimId = newClaim();
        String encounterId = given().header("Authorization", admin()).get("/claims/" + claimId).then().statusCode(200)
                .extract().path("encounterId");
        Response r = given().header("Authorization", Tokens.bearer(practice, "coder")).contentType("application/json")
                .body(GraphQL.JSON.createObjectNode().put("query", "{ encounter(id: \"" + encounterId + "\") { id "
                        + "claims { id paidAmount adjustments { amount } invoices { balance } } } }").toString())
                .post("/graphql");
        assertEquals(encounterId, r.path("data.encounter.id"), r.asString());
        assertEquals("forbidden", r.path("errors[0].extensions.code"), r.asString());
        assertEquals(List.of("encounter", "claims"), r.path("errors[0].path"));
        assertTrue(!r.asString().contains(claimId), "no claim reaches a coder: " + r.asString());
    }

    @Test
    void partner_readingThePatientThroughAClaimsEncounter_isForbidden_butNotTheEncountersId() {
        String claimId = newClaim();
        Response r = given().header("Authorization", Tokens.bearer(practice, "partner")).contentType("application/json")
                .body(GraphQL.JSON.createObjectNode().put("query", "{ claim(id: \"" + claimId + "\") { id encounter { id "
                        + "patient { dateOfBirth address { line1 } } coverage { memberId } } } }").toString())
                .post("/graphql");
        assertEquals(claimId, r.path("data.claim.id"), r.asString());
        assertTrue(r.path("data.claim.encounter.id") != null, r.asString());
        List<Map<String, Object>> errors = r.path("errors");
        assertEquals(Set.of(List.of("claim", "encounter", "patient"), List.of("claim", "encounter", "coverage")),
                Set.copyOf(errors.stream().map(e -> e.get("path")).toList()), r.asString());
        assertTrue(errors.stream().allMatch(e -> "forbidden".equals(((Map<?, ?>) e.get("extensions")).get("code"))));
        for (String secret : List.of(Encounters.PATIENT_DOB, Encounters.MEMBER_ID, Encounters.PATIENT_STREET)) {
            assertTrue(!r.asString().contains(secret), "a partner read " + secret + ": " + r.asString());
        }
    }

    /** A signed, valid token of an admin whose practice claim is {@code practice} (null: no such claim at all). */
    static String adminWithPractice(Object practice) {
        var jwt = Jwt.issuer(TestKeys.ISSUER).audience(TestKeys.AUDIENCE).subject("no-practice-admin")
                .groups(Set.of("admin", "biller", "analyst")).expiresIn(Duration.ofMinutes(10));
        if (practice != null) {
            jwt.claim("practice", practice);
        }
        return "Bearer " + jwt.jws().keyId("test").sign(TestKeys.privateKey());
    }

    @Test
    void tokenWithoutAValidPractice_isRefusedWithTokenWithoutPractice_byGraphQLReadsMutationsAndRest() {
        List<String> documents = List.of("{ agingReport { asOf } }", "{ claim(id: \"c-1\") { id } }",
                "{ outstandingInvoices { edges { cursor } } }", "{ auditTrail(recordId: \"c-1\") { action } }",
                "{ openClaims { edges { cursor } } }", "{ code(system: ICD10CM, code: \"E11.9\") { code } }",
                "mutation { createClaim(encounterId: \"e-1\") { id } }");
        for (Object practice : new Object[] {null, "", "not a practice!", List.of("p1", "p2")}) {
            String token = adminWithPractice(practice);
            for (String document : documents) {
                Response r = given().header("Authorization", token).contentType("application/json")
                        .body(GraphQL.JSON.createObjectNode().put("query", document).toString()).post("/graphql");
                assertEquals("token-without-practice", r.path("errors[0].extensions.code"),
                        document + " with practice " + practice + ": " + r.asString());
                assertEquals(Integer.valueOf(403), r.path("errors[0].extensions.status"), document);
            }
            for (String path : List.of("/claims/c-1", "/reports/open-claims.csv", "/audit/c-1")) {
                given().header("Authorization", token).get(path).then().statusCode(403)
                        .body("errors[0].rule", org.hamcrest.Matchers.equalTo("token-without-practice"));
            }
        }
    }

    @Test
    void graphql_withoutToken_is401() {
        given().contentType("application/json").body("{\"query\":\"{ claims { count } }\"}").post("/graphql")
                .then().statusCode(401);
    }
}
