package org.openbilling.claimstatus;

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
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/**
 * Hostile bodies on every invoice endpoint: malformed JSON, wrong types, huge, negative and float-like amounts,
 * unknown enums, long strings, control characters. Every answer is a 4xx problem with a rule, and the invoice is
 * left exactly as it was.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class InvoiceHostileInputTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    InvoiceRepository invoices;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    /** Bodies hostile to every endpoint; amounts only where an amount is read (a void ignores one). */
    static List<String> hostileBodies(boolean readsAmount) {
        String longText = "x".repeat(100_000);
        List<String> bodies = new ArrayList<>(List.of(
                "", "{", "[]", "null", "42", "\"text\"", "{\"a\":}", "{\"amount\":1,}", "\u0000\u0001",
                "{\"amount\":[10],\"method\":\"CASH\"}", "{\"amount\":{\"v\":10}}", "{\"amount\":true,\"method\":\"CASH\"}",
                "{\"method\":[\"CASH\"],\"amount\":\"1\"}", "{\"reason\":{\"x\":1},\"expectedVersion\":1}",
                "{\"expectedVersion\":1.5,\"reason\":\"x\",\"amount\":\"1\",\"kind\":\"WRITE_OFF\"}",
                "{\"expectedVersion\":99999999999999999999999,\"reason\":\"x\"}",
                "{\"reason\":\"x\",\"expectedVersion\":\"1; DROP TABLE invoices\"}",
                "{\"reason\":\"x\",\"expectedVersion\":\"1\"}", "{\"reason\":\"x\",\"expectedVersion\":1e0}",
                "{\"amount\":\"1\",\"method\":\"" + longText + "\",\"kind\":\"" + longText + "\",\"reason\":\"" + longText + "\",\"reference\":\"" + longText + "\",\"expectedVersion\":1}",
                "{\"amount\":\"1\",\"method\":\"CASH\",\"kind\":\"WRITE_OFF\",\"reason\":\"a\\u0000b\",\"reference\":\"r\\u001b[31m\",\"expectedVersion\":1}",
                "{\"amount\":\"1\",\"method\":\"CASH\",\"kind\":\"WRITE_OFF\",\"reason\":\"line\\nbreak\",\"reference\":\"tab\\there\",\"expectedVersion\":1}",
                "{\"amount\":\"1\",\"method\":\"CASH'; --\",\"kind\":\"<script>\",\"reason\":\"\",\"expectedVersion\":1}"));
        if (!readsAmount) {
            return bodies;
        }
        bodies.add("{\"amount\":\"" + longText + "\",\"method\":\"CASH\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":1}");
        for (String amount : List.of("1e400", "-10", "-0.01", "0", "0.00", "1e2", "10.005", "0.30000000000000004",
                "99999999999999999999", "1000000000", "\"NaN\"", "\"Infinity\"", "\"0x10\"", "\"$10\"", "\"10,00\"",
                "\"1 0\"", "\"\"", "\"-1\"", "\"1e3\"", "null")) {
            bodies.add("{\"amount\":" + amount + ",\"method\":\"CASH\",\"kind\":\"WRITE_OFF\",\"reason\":\"x\",\"expectedVersion\":1}");
        }
        return bodies;
    }

    @Test
    void everyInvoiceEndpoint_answersHostileBodiesWith4xx_andChangesNothing() {
        var encounter = encounters.create(SelfPayEncounters.aSelfPayVisit(practice));
        String admin = Tokens.bearer(practice, "admin");
        String id = given().header("Authorization", admin).post("/encounters/{id}/invoice", encounter.id().value())
                .then().statusCode(201).extract().path("id");
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/invoices/" + id + "/payments", "/invoices/" + id + "/adjustments",
                "/invoices/" + id + "/void")) {
            for (String body : hostileBodies(!path.endsWith("/void"))) {
                Response r = given().header("Authorization", admin).contentType("application/json").body(body).post(path);
                int status = r.statusCode();
                boolean problem = status >= 400 && status < 500 && r.path("errors[0].rule") != null;
                if (!problem) {
                    failures.add(path + " <- " + abbreviate(body) + " -> " + status + " " + abbreviate(r.asString()));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        Invoice v = invoices.find(new PracticeId(practice), new InvoiceId(id)).orElseThrow();
        assertEquals(1, v.version());
        assertTrue(v.payments().isEmpty() && v.adjustments().isEmpty());
    }

    @Test
    void hostileIdsInThePath_areNotFound() {
        String admin = Tokens.bearer(practice, "admin");
        for (String id : List.of("x".repeat(300), "a%00b", "..%2F..%2Fetc", "%E2%80%AE", "i-%27%20OR%20%271%27%3D%271")) {
            given().header("Authorization", admin).urlEncodingEnabled(false).get("/invoices/" + id)
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(404), org.hamcrest.Matchers.is(400)));
            given().header("Authorization", admin).urlEncodingEnabled(false).post("/encounters/" + id + "/invoice")
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(404), org.hamcrest.Matchers.is(400)));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
