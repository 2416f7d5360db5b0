package org.openbilling.gateway;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.testing.BillingTestResource;
import org.openbilling.testing.DynamoCallCounter;
import org.openbilling.testing.Tokens;
import org.openbilling.testing.fixtures.Claims;

/** A page of 50 claims with their encounters costs a fixed number of DynamoDB calls, not one per claim. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class BatchedLinksTest {
    @Inject
    EncounterRepository encounters;
    @Inject
    ClaimRepository claims;
    @Inject
    InvoiceRepository invoices;

    private final String practice = "p" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void claimsPageOf50_withEncounters_costsOneQueryAndOneBatchGet() {
        for (int i = 0; i < 50; i++) {
            Encounter e = encounters.create(Claims.aCodedEncounter(practice));
            Claim c = ClaimFactory.fromEncounter(e, ClaimId.newId(), ClaimFactory.newClaimNumber(), List.of(), "t",
                    java.time.Instant.now());
            claims.create(c).orElseThrow();
        }
        DynamoCallCounter.reset();
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                { claims(first: 50) { edges { node { id encounter { id serviceDate patient { lastName } } } } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.claims.edges", hasSize(50))
                .body("data.claims.edges.node.encounter.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(nullValue())));
        // one Query for the page (51 items read to learn whether more follow) and one BatchGetItem for 50 encounters
        assertEquals(1, DynamoCallCounter.count("Query"), DynamoCallCounter.snapshot().toString());
        assertEquals(1, DynamoCallCounter.count("BatchGetItem"), DynamoCallCounter.snapshot().toString());
        assertTrue(DynamoCallCounter.total() <= 3, "bounded, not 1 + N: " + DynamoCallCounter.snapshot());
    }

    @Test
    void claimsPageOf50_withEncountersAndInvoices_andInvoicesWithTheirClaims_areBatched() {
        for (int i = 0; i < 50; i++) {
            Encounter e = encounters.create(Claims.aCodedEncounter(practice));
            ClaimId id = ClaimId.newId();
            InvoiceId invoiceId = new InvoiceId("i-" + id.value());
            Claim c = ClaimFactory.fromEncounter(e, id, ClaimFactory.newClaimNumber(), List.of(), "t", java.time.Instant.now());
            claims.create(c.withLedger(c.ledger().withInvoiceIds(List.of(invoiceId)))).orElseThrow();
            invoices.create(Invoice.issue(invoiceId, new PracticeId(practice), id, e.id(), e.patient(),
                    List.of(new InvoiceLine(1, "99213", e.serviceDate(), "patient share", Money.of("20.00"))),
                    java.time.LocalDate.now(), 30, java.time.Instant.now())).orElseThrow();
        }
        DynamoCallCounter.reset();
        GraphQL.post(Tokens.bearer(practice, "analyst"), """
                { claims(first: 50) { edges { node { id encounter { id } invoices { id balance claim { id } } } } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.claims.edges", hasSize(50))
                .body("data.claims.edges[0].node.invoices[0].balance", org.hamcrest.Matchers.equalTo("20.00"));
        // the page, one BatchGetItem for the encounters, one (of at most 100 keys) for the invoices, one for the
        // invoices' claims: 4 calls for 50 claims, 50 encounters, 50 invoices and their 50 claims
        assertEquals(1, DynamoCallCounter.count("Query"), DynamoCallCounter.snapshot().toString());
        assertEquals(3, DynamoCallCounter.count("BatchGetItem"), DynamoCallCounter.snapshot().toString());
        assertTrue(DynamoCallCounter.total() <= 5, "bounded, not 1 + N: " + DynamoCallCounter.snapshot());
    }
}
