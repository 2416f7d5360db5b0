package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Encounters;

/** Invoices through the gateway: one by id, the outstanding list, a payment, and another practice's invoice. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class InvoicesGraphTest {
    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    /** A self-pay visit's invoice, made through the real functions (code-validation, then claim-status). */
    private String selfPayInvoice() {
        String encounterId = GraphQL.post(Tokens.bearer(practice, "coder"), """
                mutation Intake($e: EncounterInput!) { createEncounter(encounter: $e) { id } }""",
                Map.of("e", GraphQL.asMap(Encounters.aSelfPayVisit())))
                .body("errors", nullValue()).extract().path("data.createEncounter.id");
        return given().header("Authorization", Tokens.bearer(practice, "biller")).header("Idempotency-Key", "inv-" + encounterId)
                .post("/encounters/" + encounterId + "/invoice").then().statusCode(201).extract().path("id");
    }

    @Test
    void invoice_outstandingList_andAPayment() {
        String id = selfPayInvoice();
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                query One($id: ID!) { invoice(id: $id) { id status amountDue balance ageDays lines { code amount } claim { id } } }""",
                Map.of("id", id))
                .body("errors", nullValue())
                .body("data.invoice.status", equalTo("OPEN"))
                .body("data.invoice.amountDue", equalTo("170.50"))
                .body("data.invoice.ageDays", equalTo(0))
                .body("data.invoice.lines[0].code", equalTo("99213"))
                .body("data.invoice.claim", nullValue());
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                { outstandingInvoices(orderBy: OLDEST_FIRST, first: 10) { edges { cursor node { id balance } } pageInfo { hasNextPage } } }""",
                Map.of())
                .body("errors", nullValue())
                .body("data.outstandingInvoices.edges.node.id", hasItem(id));
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                { outstandingInvoices(minAgeDays: 1) { edges { node { id } } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.outstandingInvoices.edges.node.id", not(hasItem(id)));
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Pay($id: ID!) { recordInvoicePayment(invoiceId: $id, amount: 170.50, method: CARD, reference: "visa", idempotencyKey: "p-1") {
                  status balance amountPaid payments { amount method } } }""", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.recordInvoicePayment.status", equalTo("PAID"))
                .body("data.recordInvoicePayment.balance", equalTo("0.00"))
                .body("data.recordInvoicePayment.payments[0].method", equalTo("CARD"));
        // paid: no longer outstanding
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                { outstandingInvoices { edges { node { id } } } }""", Map.of())
                .body("data.outstandingInvoices.edges.node.id", not(hasItem(id)));
    }

    @Test
    void overpayment_isAGraphQLErrorWithTheRule() {
        String id = selfPayInvoice();
        GraphQL.post(Tokens.bearer(practice, "biller"), """
                mutation Pay($id: ID!) { recordInvoicePayment(invoiceId: $id, amount: 500, method: CASH) { id } }""",
                Map.of("id", id))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("invoice-overpayment"))
                .body("errors[0].extensions.field", equalTo("amount"));
    }

    @Test
    void anotherPracticesInvoice_isNotFound_andItsPaymentToo() {
        String id = selfPayInvoice();
        String stranger = Tokens.bearer("other-" + practice, "admin");
        GraphQL.post(stranger, "query One($id: ID!) { invoice(id: $id) { id } }", Map.of("id", id))
                .body("data.invoice", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));
        GraphQL.post(stranger, """
                mutation Pay($id: ID!) { recordInvoicePayment(invoiceId: $id, amount: 1, method: CASH) { id } }""",
                Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("not-found"));
        GraphQL.post(stranger, "{ outstandingInvoices { edges { node { id } } } }", Map.of())
                .body("data.outstandingInvoices.edges.node.id", not(hasItem(id)));
    }

    @Test
    void coderAndPartner_mayNotReadInvoices() {
        String id = selfPayInvoice();
        for (String role : new String[] {"coder", "partner"}) {
            GraphQL.post(Tokens.bearer(practice, role), "query One($id: ID!) { invoice(id: $id) { id } }", Map.of("id", id))
                    .body("errors[0].extensions.code", equalTo("forbidden"));
        }
    }

    @Test
    void outstandingInvoicesCsv_listsThemWithBalances_forThisPracticeOnly() {
        String id = selfPayInvoice();
        String csv = given().header("Authorization", Tokens.bearer(practice, "analyst"))
                .get("/reports/outstanding-invoices.csv?orderBy=NEWEST_FIRST").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("invoiceNumber,invoiceId,status,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(id) && csv.contains("170.50"), csv);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains(Encounters.PATIENT_LAST), "no patient data");
        String other = given().header("Authorization", Tokens.bearer("other-" + practice, "analyst"))
                .get("/reports/outstanding-invoices.csv").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(other.contains(id));
        given().header("Authorization", Tokens.bearer(practice, "coder")).get("/reports/outstanding-invoices.csv")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer(practice, "analyst")).get("/reports/outstanding-invoices.csv?minAgeDays=-1")
                .then().statusCode(422);
    }
}
