package org.openbilling.claimstatus.lambda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.testing.ApiGatewayEvents;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/** A payment arriving the way API Gateway delivers it: an HTTP API (v2) event posted to the mock event server. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class InvoicePaymentEventTest {
    @Inject
    InvoiceRepository invoices;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    Invoice anOpenInvoice() {
        Invoice v = Invoice.issue(InvoiceId.newId(), new PracticeId(practice), null, EncounterId.newId(), null,
                List.of(new InvoiceLine(1, "99213", LocalDate.of(2026, 11, 10), null, Money.of("125.00"))),
                LocalDate.now(), 30, Instant.now());
        return invoices.create(v).orElseThrow();
    }

    static String event(String token, String id, String key, String body) {
        return ApiGatewayEvents.load("apigw-v2-post-payment.json", Map.of("__TOKEN__", token, "__ID__", id,
                "__KEY__", key, "__BODY__", body.replace("\"", "\\\"")));
    }

    @Test
    void postPaymentEvent_takesThePaymentOnce() {
        Invoice v = anOpenInvoice();
        String event = event(Tokens.bearer(practice, "biller"), v.id().value(), "front-desk-1",
                "{\"amount\":25.5,\"method\":\"CARD\",\"reference\":\"visa-4242\"}");
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body(event).post("/_lambda_")
                    .then().statusCode(200)
                    .body("statusCode", equalTo(200))
                    .body("body", containsString("\"status\":\"PARTIALLY_PAID\""))
                    .body("body", containsString("\"balance\":\"99.50\""));
        }
        Invoice paid = invoices.find(new PracticeId(practice), v.id()).orElseThrow();
        assertEquals(1, paid.payments().size(), "the retried event is the same payment");
        assertEquals(Money.of("25.50"), paid.amountPaid());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, paid.status());
    }

    @Test
    void postPaymentEvent_overpayment_is422() {
        Invoice v = anOpenInvoice();
        given().contentType("application/json")
                .body(event(Tokens.bearer(practice, "biller"), v.id().value(), "front-desk-2",
                        "{\"amount\":\"125.01\",\"method\":\"CASH\"}"))
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(422))
                .body("body", containsString("invoice-overpayment"));
        assertEquals(1, invoices.find(new PracticeId(practice), v.id()).orElseThrow().version());
    }
}
