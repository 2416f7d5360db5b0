package org.openbilling.claimstatus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.domain.invoice.Payment;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.Tokens;

/**
 * Twenty payments of $10 race on one $150 invoice: each is judged against the balance really left, so exactly
 * fifteen are taken, five are refused as overpayments, and every 200 is exactly one payment on the invoice.
 */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ConcurrentPaymentsTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    InvoiceRepository invoices;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void pay_twentyConcurrentPayments_neverTakeMoreThanTheBalance() throws Exception {
        var encounter = encounters.create(SelfPayEncounters.aSelfPayVisitCharging(practice, "100.00", "50.00"));
        String token = Tokens.bearer(practice, "biller");
        String id = given().header("Authorization", token).post("/encounters/{id}/invoice", encounter.id().value())
                .then().statusCode(201).extract().path("id");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String reference = "pay-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return given().header("Authorization", token).header("Idempotency-Key", reference)
                        .contentType("application/json")
                        .body("{\"amount\":\"10.00\",\"method\":\"CARD\",\"reference\":\"" + reference + "\"}")
                        .post("/invoices/{id}/payments", id).then().extract().statusCode();
            }));
        }
        start.countDown();
        int ok = 0;
        int refused = 0;
        for (Future<Integer> f : answers) {
            int status = f.get();
            assertTrue(status == 200 || status == 422, "answered " + status);
            if (status == 200) {
                ok++;
            } else {
                refused++;
            }
        }
        pool.shutdown();

        Invoice v = invoices.find(new PracticeId(practice), new InvoiceId(id)).orElseThrow();
        assertEquals(15, ok);
        assertEquals(5, refused);
        assertEquals(15, v.payments().size(), "every 200 is one payment");
        assertEquals(15, v.payments().stream().map(Payment::reference).distinct().count());
        Money sum = v.payments().stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        assertEquals(v.amountPaid(), sum);
        assertEquals(Money.of("150.00"), v.amountPaid());
        assertEquals(Money.ZERO, v.balance());
        assertEquals(InvoiceStatus.PAID, v.status());
        assertEquals(1 + 15, v.version(), "one version per payment taken");
    }
}
