package org.openbilling.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Relationship;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.dynamodb.support.Storage;
import org.openbilling.dynamodb.support.StoredItems.Stored;
import org.openbilling.dynamodb.support.StoredItems;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items written by the code before the stored documents (stored-items/v1, schema 1: the domain records as Jackson
 * wrote them) read into the domain with every value they held, through the repositories against dynalite; written
 * again (schema 2) they keep every key and index attribute the old code gave them, and read back equal.
 */
class StoredItemsTest {
    private static final String V1 = "v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Storage storage;

    @BeforeAll
    static void loadFixtures() {
        storage = loaded();
    }

    /** Fresh tables holding every captured claim, encounter and invoice item as it was written. */
    private static Storage loaded() {
        Storage fresh = Storage.fresh();
        for (TableSpec spec : List.of(TableDefinitions.CLAIMS, TableDefinitions.ENCOUNTERS, TableDefinitions.INVOICES)) {
            for (Stored s : StoredItems.of(V1, spec.logicalName())) {
                fresh.client.putItem(r -> r.tableName(fresh.tables.physicalName(spec)).item(s.item()));
            }
        }
        return fresh;
    }

    private static boolean isAggregate(Map<String, AttributeValue> item) {
        return item.containsKey("body");
    }

    private static JsonNode body(Map<String, AttributeValue> item) throws Exception {
        return JSON.readTree(item.get("body").s());
    }

    private static PracticeId practice(Map<String, AttributeValue> item) {
        return new PracticeId(item.get("practiceId").s());
    }

    private static Money money(JsonNode v1Money) {
        return v1Money == null || v1Money.isNull() ? null : new Money(v1Money.get("amount").decimalValue());
    }

    private static String id(JsonNode v1Id) {
        return v1Id == null || v1Id.isNull() ? null : v1Id.get("value").asText();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void assertPerson(JsonNode v1, Person p) {
        if (v1 == null || v1.isNull()) {
            assertNull(p);
            return;
        }
        assertEquals(text(v1.get("id")), p.id());
        assertEquals(v1.get("firstName").asText(), p.firstName());
        assertEquals(v1.get("lastName").asText(), p.lastName());
        assertEquals(LocalDate.parse(v1.get("dateOfBirth").asText()), p.dateOfBirth());
        assertEquals(v1.get("sex").asText(), p.sex().name());
        assertEquals(text(v1.path("address").get("line1")), p.address() == null ? null : p.address().line1());
    }

    private static void assertCoverage(JsonNode v1, Coverage c) {
        assertEquals(v1.get("payerId").asText(), c.payerId());
        assertEquals(v1.get("payerName").asText(), c.payerName());
        assertEquals(v1.get("memberId").asText(), c.memberId());
        assertEquals(text(v1.get("groupNumber")), c.groupNumber());
        assertEquals(text(v1.get("filingIndicator")), c.filingIndicator());
        assertEquals(text(v1.get("relationship")), c.relationship() == null ? null : c.relationship().name());
        assertPerson(v1.get("subscriber"), c.subscriber());
        assertNull(c.medicareSecondaryType());
    }

    /** Schema 1's coverage and secondaryCoverage, as the list holds them. */
    private static void assertCoverages(JsonNode v1Details, List<Coverage> coverages) {
        List<JsonNode> v1 = new java.util.ArrayList<>();
        for (String f : new String[] {"coverage", "secondaryCoverage"}) {
            if (v1Details.hasNonNull(f)) {
                v1.add(v1Details.get(f));
            }
        }
        assertEquals(v1.size(), coverages.size());
        for (int i = 0; i < v1.size(); i++) {
            assertCoverage(v1.get(i), coverages.get(i));
        }
    }

    @Test
    void read_everyClaimOfSchema1_holdsEveryValueItWasWrittenWith() throws Exception {
        int read = 0;
        for (Stored s : StoredItems.of(V1, "claims")) {
            if (!isAggregate(s.item())) {
                continue;
            }
            JsonNode v1 = body(s.item());
            Claim c = storage.claims.find(practice(s.item()), new ClaimId(id(v1.get("id")))).orElseThrow();
            String what = s.label() + " " + c.id();
            assertEquals(id(v1.get("claimNumber")), c.claimNumber().value(), what);
            assertEquals(id(v1.get("encounterId")), c.encounterId().value(), what);
            assertEquals(v1.get("status").asText(), c.status().name(), what);
            assertEquals(v1.get("frequency").asText(), c.frequency().code(), what);
            assertEquals(id(v1.get("originalClaimId")), c.originalClaimId() == null ? null : c.originalClaimId().value(), what);
            assertEquals(id(v1.get("replacedByClaimId")), c.replacedByClaimId() == null ? null : c.replacedByClaimId().value(), what);
            assertEquals(v1.get("payer").get("payerId").asText(), c.payer().payerId(), what);
            assertEquals(v1.get("payer").get("payerName").asText(), c.payer().payerName(), what);
            // held twice in schema 1, once now
            assertPerson(v1.get("patient"), c.patient());
            assertPerson(v1.get("details").get("patient"), c.details().patient());
            assertCoverages(v1.get("details"), c.details().coverages());
            assertEquals(text(v1.get("details").get("placeOfService")), c.details().placeOfService(), what);
            assertEquals(LocalDate.parse(v1.get("serviceDate").asText()), c.serviceDate(), what);
            assertEquals(JSON.convertValue(v1.get("diagnoses"), List.class), c.diagnoses(), what);
            assertEquals(v1.get("lines").size(), c.lines().size(), what);
            for (int i = 0; i < c.lines().size(); i++) {
                JsonNode l = v1.get("lines").get(i);
                assertEquals(l.get("code").asText(), c.lines().get(i).code(), what);
                assertEquals(money(l.get("charge")), c.lines().get(i).charge(), what);
                assertEquals(money(l.get("paidAmount")), c.lines().get(i).paidAmount(), what);
            }
            assertEquals(money(v1.get("totalCharge")), c.totalCharge(), what);
            assertEquals(money(v1.get("paidAmount")), c.paidAmount(), what);
            assertEquals(money(v1.get("contractualAdjustment")), c.contractualAdjustment(), what);
            assertEquals(money(v1.get("patientResponsibility")), c.patientResponsibility(), what);
            assertEquals(money(v1.get("insuranceBalance")), c.insuranceBalance(), what);
            assertEquals(v1.get("adjustments").size(), c.adjustments().size(), what);
            for (int i = 0; i < c.adjustments().size(); i++) {
                assertEquals(money(v1.get("adjustments").get(i).get("amount")), c.adjustments().get(i).amount(), what);
            }
            assertEquals(v1.get("remarks").size(), c.remarks().size(), what);
            assertEquals(v1.get("history").size(), c.history().size(), what);
            JsonNode last = v1.get("history").get(v1.get("history").size() - 1);
            assertEquals(last.get("reason").asText(), c.history().get(c.history().size() - 1).reason(), what);
            assertEquals(Instant.parse(last.get("at").asText()), c.history().get(c.history().size() - 1).at(), what);
            assertEquals(v1.get("invoiceIds").size(), c.invoiceIds().size(), what);
            assertEquals(text(v1.get("payerClaimControlNumber")),
                    c.payerClaimControlNumber() == null ? null : c.payerClaimControlNumber().value(), what);
            assertEquals(text(v1.get("submissionId")), c.submissionId(), what);
            assertEquals(v1.get("warnings").size(), c.warnings().size(), what);
            assertEquals(Long.parseLong(s.item().get("version").n()), c.version(), what);
            assertEquals(Instant.parse(v1.get("createdAt").asText()), c.createdAt(), what);
            assertEquals(text(v1.get("submittedAt")) == null ? null : Instant.parse(v1.get("submittedAt").asText()),
                    c.submittedAt(), what);
            assertEquals(v1.get("voidPending").asBoolean(), c.voidPending(), what);
            assertEquals(v1.get("postings").size(), c.postings().size(), what);
            for (int i = 0; i < c.postings().size(); i++) {
                JsonNode p = v1.get("postings").get(i);
                assertEquals(p.get("key").asText(), c.postings().get(i).key(), what);
                assertEquals(money(p.get("paidAmount")), c.postings().get(i).paidAmount(), what);
                assertEquals(text(p.get("reversedBy")), c.postings().get(i).reversedBy(), what);
                assertEquals(p.get("linePaid").size(), c.postings().get(i).linePaid().size(), what);
            }
            read++;
        }
        assertEquals(19, read, "every claim captured");
    }

    @Test
    void read_labelledClaims_haveTheirPartsAsTheirFlowsLeftThem() {
        Claim reversed = claim("claim-reversed");
        assertEquals(ClaimStatus.PAID, reversed.status());
        assertEquals(ClaimFrequency.ORIGINAL, reversed.frequency());
        assertEquals("PCNREV2", reversed.payerClaimControlNumber().value());
        assertTrue(reversed.postings().stream().anyMatch(p -> p.reversal()), "the reversal is in the ledger");
        assertEquals(Money.of("110.00"), reversed.paidAmount());
        assertEquals(Money.ZERO, reversed.insuranceBalance());

        Claim pending = claim("claim-voided-pending");
        assertEquals(ClaimStatus.VOIDED, pending.status());
        assertEquals(ClaimFrequency.VOID, pending.frequency());
        assertTrue(pending.voidPending());
        assertNotNull(pending.payerClaimControlNumber());

        Claim sent = claim("claim-voided-sent");
        assertEquals(ClaimFrequency.VOID, sent.frequency());
        assertFalse(sent.voidPending());

        Claim replacement = claim("claim-replacement");
        Claim replaced = claim("claim-replaced");
        assertEquals(ClaimFrequency.REPLACEMENT, replacement.frequency());
        assertEquals(replaced.id(), replacement.originalClaimId());
        assertEquals(replacement.id(), replaced.replacedByClaimId());
        assertEquals(ClaimStatus.REPLACED, replaced.status());

        Claim secondary = claim("claim-submitted-secondary");
        assertEquals(2, secondary.details().coverages().size(), "the claim's visit keeps its secondary coverage");
        assertEquals(secondary.details().coverages().get(0).payerId(), secondary.payer().payerId());
    }

    @Test
    void read_everyEncounterOfSchema1_holdsItsDetailsCodingAndCoveragesInOrder() throws Exception {
        int read = 0;
        for (Stored s : StoredItems.of(V1, "encounters")) {
            JsonNode v1 = body(s.item());
            Encounter e = storage.encounters.find(practice(s.item()), new EncounterId(id(v1.get("id")))).orElseThrow();
            String what = s.label();
            assertEquals(v1.get("status").asText(), e.status().name(), what);
            assertPerson(v1.get("patient"), e.patient());
            assertCoverages(v1, e.coverages());
            assertEquals(v1.get("selfPay").asBoolean(), e.isSelfPay(), what);
            assertEquals(id(v1.get("billingProvider").get("npi")), e.details().billingProvider().npi().value(), what);
            assertEquals(text(v1.get("priorAuthorization")), e.details().priorAuthorization(), what);
            assertEquals(v1.hasNonNull("accident"), e.details().accident() != null, what);
            assertEquals(LocalDate.parse(v1.get("serviceDate").asText()), e.serviceDate(), what);
            assertEquals(JSON.convertValue(v1.get("diagnoses"), List.class), e.diagnoses(), what);
            assertEquals(v1.get("procedures").size(), e.procedures().size(), what);
            for (int i = 0; i < e.procedures().size(); i++) {
                JsonNode p = v1.get("procedures").get(i);
                assertEquals(p.get("code").asText(), e.procedures().get(i).code(), what);
                assertEquals(p.get("system").asText(), e.procedures().get(i).system().name(), what);
                assertEquals(money(p.get("charge")), e.procedures().get(i).charge(), what);
            }
            assertEquals(v1.get("warnings").size(), e.warnings().size(), what);
            assertEquals(Long.parseLong(s.item().get("version").n()), e.version(), what);
            assertEquals(Instant.parse(v1.get("updatedAt").asText()), e.updatedAt(), what);
            read++;
        }
        assertEquals(19, read);
        Encounter secondary = encounter("encounter-secondary");
        assertEquals(List.of("60054", "87726"), secondary.coverages().stream().map(Coverage::payerId).toList());
        assertEquals(Relationship.SPOUSE, secondary.coverages().get(1).relationship());
        assertEquals("Odalric", secondary.coverages().get(1).subscriber().firstName());
        assertTrue(encounter("encounter-self-pay").coverages().isEmpty());
    }

    @Test
    void read_everyInvoiceOfSchema1_holdsItsAmountsPaymentsAndAdjustments() throws Exception {
        int read = 0;
        for (Stored s : StoredItems.of(V1, "invoices")) {
            JsonNode v1 = body(s.item());
            Invoice v = storage.invoices.find(practice(s.item()), new InvoiceId(id(v1.get("id")))).orElseThrow();
            String what = s.label();
            assertEquals(v1.get("status").asText(), v.status().name(), what);
            assertEquals(v1.get("invoiceNumber").asText(), v.invoiceNumber(), what);
            assertEquals(id(v1.get("claimId")), v.claimId() == null ? null : v.claimId().value(), what);
            assertPerson(v1.get("patient"), v.patient());
            for (String f : new String[] {"amountDue", "amountPaid", "adjustmentsTotal", "balance", "credit"}) {
                assertEquals(money(v1.get(f)), Map.<String, Function<Invoice, Money>>of("amountDue", Invoice::amountDue,
                        "amountPaid", Invoice::amountPaid, "adjustmentsTotal", Invoice::adjustmentsTotal,
                        "balance", Invoice::balance, "credit", Invoice::credit).get(f).apply(v), what + " " + f);
            }
            assertEquals(v1.get("lines").size(), v.lines().size(), what);
            assertEquals(v1.get("payments").size(), v.payments().size(), what);
            assertEquals(v1.get("adjustments").size(), v.adjustments().size(), what);
            for (int i = 0; i < v.adjustments().size(); i++) {
                JsonNode a = v1.get("adjustments").get(i);
                assertEquals(a.get("kind").asText(), v.adjustments().get(i).kind().name(), what);
                assertEquals(id(a.get("carriedTo")), v.adjustments().get(i).carriedTo() == null ? null
                        : v.adjustments().get(i).carriedTo().value(), what);
            }
            assertEquals(LocalDate.parse(v1.get("dueOn").asText()), v.dueOn(), what);
            assertEquals(text(v1.get("voidReason")), v.voidReason(), what);
            read++;
        }
        assertEquals(10, read);
        assertEquals(InvoiceStatus.VOID, invoice("invoice-void").status());
        assertEquals(InvoiceStatus.PAID, invoice("invoice-paid").status());
        assertTrue(invoice("invoice-credit-received").payments().size() + invoice("invoice-credit-received")
                .adjustments().size() > 0);
    }

    @Test
    void write_everyAggregateReadFromSchema1_keepsItsKeyAndIndexAttributes_andReadsBackEqual() throws Exception {
        Storage storage = loaded();
        for (TableSpec spec : List.of(TableDefinitions.CLAIMS, TableDefinitions.ENCOUNTERS, TableDefinitions.INVOICES)) {
            for (Stored s : StoredItems.of(V1, spec.logicalName())) {
                if (!isAggregate(s.item())) {
                    continue;
                }
                PracticeId practice = practice(s.item());
                String id = s.item().get("id").s();
                Object before;
                Object after;
                Object reread;
                switch (spec.logicalName()) {
                    case "claims" -> {
                        Claim c = storage.claims.find(practice, new ClaimId(id)).orElseThrow();
                        before = c;
                        after = storage.claims.update(c);
                        reread = storage.claims.find(practice, new ClaimId(id)).orElseThrow();
                    }
                    case "encounters" -> {
                        Encounter e = storage.encounters.find(practice, new EncounterId(id)).orElseThrow();
                        before = e;
                        after = storage.encounters.update(e);
                        reread = storage.encounters.find(practice, new EncounterId(id)).orElseThrow();
                    }
                    default -> {
                        Invoice v = storage.invoices.find(practice, new InvoiceId(id)).orElseThrow();
                        before = v;
                        after = storage.invoices.update(v);
                        reread = storage.invoices.find(practice, new InvoiceId(id)).orElseThrow();
                    }
                }
                assertEquals(after, reread, s.label() + ": schema 2 reads back as written");
                assertEquals(withVersion(before, 0), withVersion(reread, 0), s.label() + ": nothing lost on the way");
                Map<String, AttributeValue> written = storage.client.getItem(r -> r.tableName(
                        storage.tables.physicalName(spec)).key(Map.of("pk", s.item().get("pk")))).item();
                Map<String, AttributeValue> expected = new HashMap<>(s.item());
                expected.remove("body");
                expected.remove("version");
                Map<String, AttributeValue> actual = new HashMap<>(written);
                assertTrue(actual.remove("body").s().contains("\"schema\":2"), s.label());
                assertEquals(String.valueOf(Long.parseLong(s.item().get("version").n()) + 1), actual.remove("version").n());
                assertEquals(expected, actual, s.label() + ": the same key and index attributes as the old code wrote");
            }
        }
    }

    private static Object withVersion(Object aggregate, long version) {
        if (aggregate instanceof Claim c) {
            return c.withVersion(version);
        }
        if (aggregate instanceof Encounter e) {
            return e.withVersion(version);
        }
        return ((Invoice) aggregate).withVersion(version);
    }

    private static Claim claim(String label) {
        Map<String, AttributeValue> item = StoredItems.labelled(V1, "claims", label);
        return storage.claims.find(practice(item), new ClaimId(item.get("id").s())).orElseThrow();
    }

    private static Encounter encounter(String label) {
        Map<String, AttributeValue> item = StoredItems.labelled(V1, "encounters", label);
        return storage.encounters.find(practice(item), new EncounterId(item.get("id").s())).orElseThrow();
    }

    private static Invoice invoice(String label) {
        Map<String, AttributeValue> item = StoredItems.labelled(V1, "invoices", label);
        return storage.invoices.find(practice(item), new InvoiceId(item.get("id").s())).orElseThrow();
    }
}
