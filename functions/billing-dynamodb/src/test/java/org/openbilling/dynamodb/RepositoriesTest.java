package org.openbilling.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.invoice.PaymentMethod;
import org.openbilling.dynamodb.claim.OpenClaimsFilter;
import org.openbilling.dynamodb.support.Storage;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.testing.fixtures.Claims;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The repositories of claims, encounters and invoices against dynalite, without an app: versioned writes and the
 * races they lose, the sparse indexes (open claims, voids to send, outstanding invoices), cursor paging, the
 * claim-number lookups with and without their items, batch reads past one BatchGetItem, and tenancy.
 */
class RepositoriesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private final Storage storage = Storage.fresh();
    private final String practiceName = "p" + UUID.randomUUID().toString().substring(0, 8);
    private final PracticeId practice = new PracticeId(practiceName);

    private Claim aStoredClaim() {
        return storage.claims.create(Claims.aReadyClaim(practiceName)).orElseThrow();
    }

    private Map<String, AttributeValue> rawClaim(Claim c) {
        return storage.client.getItem(r -> r.tableName(storage.tables.physicalName(TableDefinitions.CLAIMS))
                .key(Map.of("pk", AttributeValue.fromS(practiceName + "#" + c.id().value())))).item();
    }

    @Test
    void createClaim_new_isVersion1_andASecondCreateOfTheSameIdStoresNothing() {
        Claim ready = Claims.aReadyClaim(practiceName);
        Claim stored = storage.claims.create(ready).orElseThrow();
        assertEquals(1, stored.version());
        assertEquals(stored, storage.claims.find(practice, ready.id()).orElseThrow());
        assertEquals(Optional.empty(), storage.claims.create(ready.withVersion(7)));
        assertEquals(1, storage.claims.find(practice, ready.id()).orElseThrow().version());
    }

    @Test
    void updateClaim_atItsVersion_movesOn_andAStaleCopyLosesTheRaceWithoutWriting() {
        Claim c = aStoredClaim();
        Claim submitted = storage.claims.update(c.moveTo(ClaimStatus.SUBMITTED, "t", "sent", NOW));
        assertEquals(2, submitted.version());
        Claim stale = c.noted("t", "a note on an old copy", NOW);
        assertThrows(StaleVersionException.class, () -> storage.claims.update(stale));
        Claim now = storage.claims.find(practice, c.id()).orElseThrow();
        assertEquals(ClaimStatus.SUBMITTED, now.status());
        assertEquals(submitted, now);
    }

    @Test
    void findClaim_ofAnotherPractice_isNotFound() {
        Claim c = aStoredClaim();
        assertTrue(storage.claims.find(new PracticeId("other" + practiceName), c.id()).isEmpty());
        assertTrue(storage.claims.findByNumber(new PracticeId("other" + practiceName), c.claimNumber()).isEmpty());
    }

    @Test
    void openClaims_sparseIndex_holdsOpenClaimsOnly_andAClosedOneLeavesItWithItsKeys() {
        Claim open = aStoredClaim();
        Claim closed = aStoredClaim();
        closed = storage.claims.update(closed.voided("t", "entered twice", NOW));
        OpenClaimsFilter filter = new OpenClaimsFilter(null, null, AgeBasis.DATE_OF_SERVICE, null, ZoneOffset.UTC, true);
        List<ClaimId> listed = storage.claims.open(practice, filter, 50, null).items().stream().map(Claim::id).toList();
        assertEquals(List.of(open.id()), listed);
        Map<String, AttributeValue> raw = rawClaim(closed);
        for (String sparse : List.of("openPk", "openPayerPk", "ageSk", "serviceSk", "voidPendingPk")) {
            assertFalse(raw.containsKey(sparse), sparse + " on a closed claim");
        }
        assertTrue(rawClaim(open).keySet().containsAll(List.of("openPk", "openPayerPk", "ageSk", "serviceSk")));
        OpenClaimsFilter byPayer = new OpenClaimsFilter(null, open.payer().payerId(), AgeBasis.FIRST_SUBMISSION, null,
                ZoneOffset.UTC, false);
        assertEquals(List.of(open.id()), storage.claims.open(practice, byPayer, 50, null).items().stream()
                .map(Claim::id).toList());
    }

    @Test
    void voidsPending_sparseIndex_holdsOnlyClaimsWhoseVoidIsToBeSent() {
        aStoredClaim();
        Claim sent = storage.claims.update(aStoredClaim().moveTo(ClaimStatus.SUBMITTED, "t", "sent", NOW));
        sent = storage.claims.update(sent.withLinks(sent.links()
                .withPayerClaimControlNumber(new PayerClaimControlNumber("PCN-1"))));
        Claim voided = storage.claims.update(sent.voided("t", "wrong patient", NOW));
        assertEquals(ClaimFrequency.VOID, voided.frequency());
        assertEquals(List.of(voided.id()), storage.claims.voidsPending(practice, 10).stream().map(Claim::id).toList());
        Claim cleared = storage.claims.update(voided.withLinks(voided.links().withVoidPending(false)));
        assertTrue(storage.claims.voidsPending(practice, 10).isEmpty());
        assertFalse(rawClaim(cleared).containsKey("voidPendingPk"));
    }

    @Test
    void listClaims_byCursor_givesEveryClaimOnce_inPagesOfTheSizeAsked() {
        Set<ClaimId> made = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            made.add(aStoredClaim().id());
        }
        assertEquals(made, walk((first, cursor) -> storage.claims.list(practice, null, null, first, cursor)));
        assertEquals(made, walk((first, cursor) -> storage.claims.list(practice, Set.of(ClaimStatus.READY), null,
                first, cursor)));
    }

    /** Every id over all pages of 3, checking that only the last page says there is no next one. */
    private Set<ClaimId> walk(BiFunction<Integer, String, Page<Claim>> pageOf) {
        Set<ClaimId> seen = new HashSet<>();
        String cursor = null;
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            Page<Claim> page = pageOf.apply(3, cursor);
            sizes.add(page.items().size());
            page.items().forEach(c -> assertTrue(seen.add(c.id()), "listed twice: " + c.id()));
            if (!page.hasNext()) {
                break;
            }
            cursor = page.endCursor();
        }
        assertEquals(List.of(3, 3, 1), sizes);
        return seen;
    }

    @Test
    void findAllByNumber_withAndWithoutTheClaimNumberItem_findsEveryClaim_andNoneForUnknownNumbers() {
        Claim withItem = aStoredClaim();
        Claim withoutItem = aStoredClaim();
        // as a crash between a claim's two writes, or a claim stored before the items existed, leaves it
        storage.client.deleteItem(r -> r.tableName(storage.tables.physicalName(TableDefinitions.CLAIMS))
                .key(Map.of("pk", AttributeValue.fromS(practiceName + "#number#" + withoutItem.claimNumber().value()))));
        ClaimNumber unknown = new ClaimNumber("NOSUCHCLAIM01");
        Map<ClaimNumber, Claim> found = storage.claims.findAllByNumber(practice,
                List.of(withItem.claimNumber(), withoutItem.claimNumber(), unknown));
        assertEquals(Set.of(withItem.claimNumber(), withoutItem.claimNumber()), found.keySet());
        assertEquals(withoutItem, found.get(withoutItem.claimNumber()));
        assertEquals(withItem, storage.claims.findByNumber(practice, withItem.claimNumber()).orElseThrow());
        assertEquals(withoutItem, storage.claims.findByNumber(practice, withoutItem.claimNumber()).orElseThrow());
        assertEquals(withItem, storage.claims.findAllByNumberText(practice,
                List.of(withItem.claimNumber().value().toLowerCase())).values().iterator().next());
    }

    @Test
    void findAll_moreIdsThanOneBatchGetTakes_answersEveryStoredClaim_andNoOtherPractices() {
        List<ClaimId> ids = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            ids.add(aStoredClaim().id());
        }
        Claim foreign = storage.claims.create(Claims.aReadyClaim("other" + practiceName)).orElseThrow();
        List<ClaimId> asked = new ArrayList<>(ids);
        asked.add(new ClaimId("c-missing"));
        asked.add(foreign.id());
        Map<ClaimId, Claim> found = storage.claims.findAll(practice, asked);
        assertEquals(new HashSet<>(ids), found.keySet());
        Claim first = storage.claims.byEncounter(practice, found.get(ids.get(0)).encounterId()).get(0);
        assertEquals(found.get(ids.get(0)), first);
    }

    @Test
    void encounters_createUpdateListAndRetry_keepVersionsAndFollowTheStatusIndex() {
        Encounter e = storage.encounters.create(Claims.aCodedEncounter(practiceName));
        assertEquals(1, e.version());
        assertThrows(RuntimeException.class, () -> storage.encounters.create(e));
        Encounter billed = storage.encounters.update(e.withStatus(EncounterStatus.BILLED, NOW));
        assertThrows(StaleVersionException.class, () -> storage.encounters.update(e.withStatus(EncounterStatus.OPEN, NOW)));
        // a change from a stale copy is applied again to the stored one
        Encounter retried = storage.encounters.updateRetrying(e, x -> x.unbilled(NOW)).orElseThrow();
        assertEquals(billed.version() + 1, retried.version());
        assertEquals(EncounterStatus.CODED, retried.status());
        List<Encounter> more = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            more.add(storage.encounters.create(Claims.aCodedEncounter(practiceName)));
        }
        Set<EncounterId> seen = new HashSet<>();
        String cursor = null;
        do {
            Page<Encounter> page = storage.encounters.list(practice, EncounterStatus.CODED, 3, cursor);
            page.items().forEach(x -> assertTrue(seen.add(x.id())));
            cursor = page.hasNext() ? page.endCursor() : null;
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(7, storage.encounters.findAll(practice, seen).size());
        assertTrue(storage.encounters.find(new PracticeId("other" + practiceName), e.id()).isEmpty());
    }

    @Test
    void invoices_outstandingSparseIndex_dropsAPaidInvoice_andItsWritesAreVersioned() {
        Claim c = aStoredClaim();
        LocalDate today = LocalDate.of(2026, 11, 20);
        Invoice open = storage.invoices.create(Invoice.issue(new InvoiceId("i-" + UUID.randomUUID()), practice, c.id(),
                c.encounterId(), c.patient(), List.of(new InvoiceLine(1, "99213", c.serviceDate(), "share",
                        Money.of("20.00"))), today, 30, NOW)).orElseThrow();
        Invoice paid = storage.invoices.create(Invoice.issue(new InvoiceId("i-" + UUID.randomUUID()), practice, c.id(),
                c.encounterId(), c.patient(), List.of(new InvoiceLine(1, "99213", c.serviceDate(), "share",
                        Money.of("15.00"))), today, 30, NOW)).orElseThrow();
        Invoice settled = storage.invoices.update(paid.pay(Money.of("15.00"), PaymentMethod.CARD, "r", "t", NOW));
        assertThrows(StaleVersionException.class, () -> storage.invoices.update(paid));
        assertEquals(List.of(open.id()), storage.invoices.outstanding(practice, null, true, 10, null).items().stream()
                .map(Invoice::id).toList());
        assertEquals(Set.of(open.id(), settled.id()), new HashSet<>(storage.invoices.byClaim(practice, c.id()).stream()
                .map(Invoice::id).toList()));
        assertEquals(2, storage.invoices.findAll(practice, List.of(open.id(), settled.id(), new InvoiceId("i-none")))
                .size());
    }
}
