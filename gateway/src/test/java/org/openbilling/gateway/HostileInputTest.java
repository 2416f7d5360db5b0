package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/**
 * Sends hostile bodies to every JSON endpoint: malformed JSON, wrong types, huge and negative numbers, long
 * strings, unicode and control characters, SQL- and script-like text. Every answer must be a 4xx problem with a
 * rule, never a 5xx, and nothing may be stored.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class HostileInputTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    ClaimRepository claims;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    static List<String> hostileBodies() {
        String longText = "x".repeat(100_000);
        return List.of(
                "", "{", "[]", "null", "42", "\"text\"", "{\"a\":}", "{\"a\":1,}", "\u0000\u0001",
                "{\"patient\": 5}", "{\"procedures\": {\"code\": 1}}", "{\"codes\": \"E11.9\"}",
                "{\"procedures\":[{\"code\":\"99213\",\"charge\":1e400,\"diagnosisPointers\":[1]}]}",
                "{\"procedures\":[{\"code\":\"99213\",\"charge\":-125,\"units\":-3,\"diagnosisPointers\":[-1]}]}",
                "{\"procedures\":[{\"code\":\"99213\",\"charge\":\"12.5\",\"units\":99999999999999999999,\"diagnosisPointers\":[1]}]}",
                "{\"serviceDate\":\"2026-02-30\",\"placeOfService\":\"11; DROP TABLE claims;--\"}",
                "{\"patient\":{\"firstName\":\"<script>alert(1)</script>\",\"lastName\":\"' OR '1'='1\",\"dateOfBirth\":\"1960-01-01\",\"sex\":\"F\"}}",
                "{\"patient\":{\"firstName\":\"" + longText + "\"}}",
                "{\"patient\":{\"firstName\":\"Zo\u00eb\u200b\u202e\u0007\",\"lastName\":\"\uD83D\uDE00\"}}",
                "{\"diagnoses\":[\"E11.9\",null,12,{\"x\":1}]}",
                "{\"codes\":[{\"system\":\"ICD10CM\",\"code\":\"" + longText + "\"}]}",
                "{\"codes\":[null]}",
                "{\"encounterId\":\"../../etc/passwd\"}", "{\"encounterId\":12}", "{\"encounterId\":\"" + longText + "\"}",
                "{\"status\":\"PAID'; --\",\"expectedVersion\":\"one\"}", "{\"status\":null}",
                "{\"status\":\"SUBMITTED\",\"expectedVersion\":-99999999999}",
                "{\"diagnoses\":[\"I10\"],\"procedures\":[{\"code\":\"\\u0000\"}],\"expectedVersion\":1.5}");
    }

    private Response send(String method, String path, String token, String body) {
        var request = given().header("Authorization", token).contentType("application/json").body(body);
        return switch (method) {
            case "PUT" -> request.put(path);
            default -> request.post(path);
        };
    }

    @Test
    void everyJsonEndpoint_answersHostileBodiesWith4xxAndStoresNothing() {
        String admin = Tokens.bearer(practice, "admin");
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/codes/validate"},
                new String[] {"POST", "/encounters"},
                new String[] {"PUT", "/encounters/e-missing/codes"},
                new String[] {"POST", "/claims"},
                new String[] {"POST", "/claims/c-missing/status"});
        List<String> failures = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            for (String body : hostileBodies()) {
                Response r = send(endpoint[0], endpoint[1], admin, body);
                int status = r.statusCode();
                boolean problem = status >= 400 && status < 500 && r.path("errors[0].rule") != null;
                if (!problem) {
                    failures.add(endpoint[0] + " " + endpoint[1] + " <- " + abbreviate(body) + " -> " + status + " "
                            + abbreviate(r.asString()));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(encounters.list(new PracticeId(practice), null, 10, null).items().isEmpty());
        assertTrue(claims.list(new PracticeId(practice), null, null, 10, null).items().isEmpty());
    }

    @Test
    void graphql_hostileDocumentsAndVariables_areErrorsNeverServerFailures() {
        String analyst = Tokens.bearer(practice, "analyst");
        List<String> bodies = List.of("{", "{\"query\": 5}", "{\"query\":\"{ claim(id: \\\"'; DROP TABLE\\\") { id } }\"}",
                "{\"query\":\"{ openClaims(first: -5) { count } }\"}",
                "{\"query\":\"{ openClaims(first: 99999999999) { count } }\"}",
                "{\"query\":\"{ claims(after: \\\"forged.cursor\\\") { count } }\"}",
                "{\"query\":\"{ openClaims(minAgeDays: -1) { count } }\"}",
                "{\"query\":\"{ openClaims(payerId: \\\"" + "P".repeat(3_000) + "\\\") { count } }\"}",
                "{\"query\":\"{ agingReport(asOf: \\\"2026-02-30\\\") { asOf } }\"}",
                "{\"query\":\"{ agingReport(asOf: \\\"+999999999-12-31\\\") { asOf } }\"}",
                "{\"query\":\"{ agingReport(asOf: \\\"-999999999-01-01\\\") { asOf } }\"}",
                "{\"query\":\"" + "{ claims { count } ".repeat(1) + "x".repeat(50_000) + "}\"}");
        for (String body : bodies) {
            Response r = given().header("Authorization", analyst).contentType("application/json").body(body).post("/graphql");
            assertTrue(r.statusCode() < 500, body + " -> " + r.statusCode() + " " + r.asString());
            if (r.statusCode() == 200) {
                List<Object> errors = r.path("errors");
                assertTrue(errors != null && !errors.isEmpty(), abbreviate(body) + " should be an error: " + r.asString());
                assertTrue(!r.asString().contains("System error"), abbreviate(body) + " leaked a system error: " + r.asString());
            }
        }
        String deep = "{ claim(id: \\\"c-x\\\") { encounter { claims { encounter { claims { encounter { claims { encounter { claims { encounter { claims { id } } } } } } } } } } } }";
        Response tooDeep = given().header("Authorization", analyst).contentType("application/json")
                .body("{\"query\":\"" + deep + "\"}").post("/graphql");
        assertTrue(tooDeep.asString().toLowerCase().contains("depth"), "depth limit: " + tooDeep.asString());
        String manyTokens = "{ " + "claims { count } ".repeat(2_600) + "}";
        Response tooLong = given().header("Authorization", analyst).contentType("application/json")
                .body("{\"query\":\"" + manyTokens + "\"}").post("/graphql");
        assertTrue(tooLong.statusCode() < 500 && tooLong.path("errors") != null, "token limit: " + abbreviate(tooLong.asString()));
        assertTrue(tooLong.path("data") == null, "a document over the token budget is not executed");
        Response forged = given().header("Authorization", analyst).contentType("application/json")
                .body("{\"query\":\"{ claims(after: \\\"forged.cursor\\\") { count } }\"}").post("/graphql");
        assertEquals("cursor-invalid", forged.path("errors[0].extensions.code"));
    }

    private Response graphql(String bearer, String document) {
        return given().header("Authorization", bearer).contentType("application/json")
                .body(GraphQL.JSON.createObjectNode().put("query", document).toString()).post("/graphql");
    }

    @Test
    void agingReport_withManyAliases_isRefusedForItsCostBeforeAnythingRuns() {
        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 199; i++) {
            aliases.append("a").append(i).append(": agingReport { asOf } ");
        }
        Response r = graphql(Tokens.bearer(practice, "analyst"), aliases.append("}").toString());
        assertEquals("query-too-costly", r.path("errors[0].extensions.code"), abbreviate(r.asString()));
        assertEquals(1, r.<List<Object>>path("errors").size());
        assertTrue(r.path("data") == null, "nothing runs: " + abbreviate(r.asString()));
        // a few reports in one document are a real use (month ends side by side): within the budget
        Response few = graphql(Tokens.bearer(practice, "analyst"),
                "{ a: agingReport(asOf: \"2026-10-31\") { asOf } b: agingReport(asOf: \"2026-11-30\") { asOf } }");
        assertTrue(few.path("errors") == null, few.asString());
    }

    @Test
    void openClaims_largePagesWithLinksManyTimes_areRefusedForTheirCost_oneSuchPageIsNot() {
        String page = "openClaims(first: 100) { edges { node { id claimNumber status payer { payerId } "
                + "encounter { id status } invoices { id balance } } } pageInfo { hasNextPage } }";
        StringBuilder twelve = new StringBuilder("{ ");
        for (int i = 0; i < 12; i++) {
            twelve.append("p").append(i).append(": ").append(page).append(" ");
        }
        Response refused = graphql(Tokens.bearer(practice, "analyst"), twelve.append("}").toString());
        assertEquals("query-too-costly", refused.path("errors[0].extensions.code"), abbreviate(refused.asString()));
        assertTrue(refused.path("data") == null);
        Response one = graphql(Tokens.bearer(practice, "analyst"), "{ " + page + " }");
        assertTrue(one.path("errors") == null, one.asString());
        // the same twelve lists with pages of 5 cost a twentieth and pass: the page size is what is priced
        Response small = graphql(Tokens.bearer(practice, "analyst"), twelve.toString().replace("first: 100", "first: 5"));
        assertTrue(small.path("errors") == null, abbreviate(small.asString()));
    }

    @Test
    void agingReport_withAnAsOfThatIsNoDate_isOneErrorWithTheRuleAndTheField() {
        String analyst = Tokens.bearer(practice, "analyst");
        for (String bad : List.of("2026-02-30", "yesterday", "")) {
            Response literal = graphql(analyst, "{ agingReport(asOf: \"" + bad + "\") { asOf } }");
            Response variable = GraphQL.post(analyst, "query($d: Date) { agingReport(asOf: $d) { asOf } }",
                    java.util.Map.of("d", bad)).extract().response();
            for (Response r : List.of(literal, variable)) {
                assertEquals(1, r.<List<Object>>path("errors").size(), r.asString());
                assertEquals("date-format", r.path("errors[0].extensions.code"), r.asString());
                assertEquals("asOf", r.path("errors[0].extensions.field"), r.asString());
                assertTrue(!r.asString().contains("StringValue"), r.asString());
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
