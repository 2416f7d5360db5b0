package org.openbilling.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.clearinghouse.SubmissionUpload;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.SubmissionId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.support.Storage;
import org.openbilling.dynamodb.support.StoredItems;
import org.openbilling.dynamodb.support.StoredItems.Stored;
import org.openbilling.dynamodb.tables.TableDefinitions;
import org.openbilling.dynamodb.tables.TableSpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The records beside the aggregates, as the code before their documents wrote them (stored-items/v1, schema 1: the
 * domain record as Jackson wrote it): 837P batches with their upload, posted 835s, practice settings. Each reads
 * with every value it held; written again (schema 2) it keeps every other attribute and reads back equal.
 */
class StoredRecordsTest {
    private static final String V1 = "v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<TableSpec> TABLES = List.of(TableDefinitions.SUBMISSIONS, TableDefinitions.REMITTANCES,
            TableDefinitions.PRACTICES);

    private static Storage loaded() {
        Storage fresh = Storage.fresh();
        for (TableSpec spec : TABLES) {
            for (Stored s : StoredItems.of(V1, spec.logicalName())) {
                fresh.client.putItem(r -> r.tableName(fresh.tables.physicalName(spec)).item(s.item()));
            }
        }
        return fresh;
    }

    private static List<Stored> bodies(String table) {
        return StoredItems.of(V1, table).stream().filter(s -> s.item().containsKey("body")).toList();
    }

    private static JsonNode body(Map<String, AttributeValue> item) throws Exception {
        return JSON.readTree(item.get("body").s());
    }

    private static PracticeId practice(Map<String, AttributeValue> item) {
        return new PracticeId(item.get("practiceId").s());
    }

    private static List<String> ids(JsonNode v1Ids) {
        List<String> out = new ArrayList<>();
        v1Ids.forEach(i -> out.add(i.get("value").asText()));
        return out;
    }

    private static Money money(JsonNode v1Money) {
        return new Money(v1Money.get("amount").decimalValue());
    }

    private static Map<String, AttributeValue> item(Storage storage, TableSpec spec, AttributeValue pk) {
        return storage.client.getItem(r -> r.tableName(storage.tables.physicalName(spec)).key(Map.of("pk", pk))).item();
    }

    @Test
    void read_everySubmissionOfSchema1_holdsItsClaimsVoidsNumbersX12AndUpload() throws Exception {
        Storage storage = loaded();
        int read = 0;
        for (Stored s : bodies("submissions")) {
            JsonNode v1 = body(s.item());
            PracticeId practice = practice(s.item());
            Submission found = storage.submissions.find(practice, new SubmissionId(s.item().get("id").s())).orElseThrow();
            String what = s.label();
            assertEquals(v1.get("id").get("value").asText(), found.id().value(), what);
            assertEquals(practice, found.practiceId(), what);
            assertEquals(ids(v1.get("claimIds")), found.claimIds().stream().map(ClaimId::value).toList(), what);
            assertEquals(ids(v1.get("voidClaimIds")), found.voidClaimIds().stream().map(ClaimId::value).toList(), what);
            JsonNode n = v1.get("controlNumbers");
            assertEquals(new Submission.ControlNumbers(n.get("interchange").asText(), n.get("group").asText(),
                    List.of(n.get("transactions").get(0).asText())), found.controlNumbers(), what);
            assertEquals(Instant.parse(v1.get("createdAt").asText()), found.createdAt(), what);
            assertEquals(v1.get("actor").asText(), found.actor(), what);
            assertTrue(found.x12().startsWith("ISA*"), what + ": the X12 text from its own attribute");
            assertEquals(found, storage.submissions.findByGroupControlNumber(practice, n.get("group").asText())
                    .orElseThrow(), what + ": found by its group control number");
            if (s.item().containsKey("upload")) {
                JsonNode u = JSON.readTree(s.item().get("upload").s());
                assertEquals(new SubmissionUpload(SubmissionUpload.State.valueOf(u.get("state").asText()),
                        u.get("remoteName").asText(), Instant.parse(u.get("at").asText())),
                        storage.submissions.upload(practice, found.id()).orElseThrow(), what);
            } else {
                assertTrue(storage.submissions.upload(practice, found.id()).isEmpty(), what);
            }
            read++;
        }
        assertEquals(3, read, "every batch captured");
        Map<String, AttributeValue> sent = StoredItems.labelled(V1, "submissions", "submission-sent-with-void");
        assertEquals(SubmissionUpload.State.SENT, storage.submissions.upload(practice(sent),
                new SubmissionId(sent.get("id").s())).orElseThrow().state());
    }

    @Test
    void read_everyRemittanceOfSchema1_holdsItsPaymentAndTotals() throws Exception {
        Storage storage = loaded();
        int read = 0;
        for (Stored s : bodies("remittances")) {
            JsonNode v1 = body(s.item());
            PostedRemittance r = storage.remittances.find(practice(s.item()), v1.get("payerId").asText(),
                    v1.get("traceNumber").asText()).orElseThrow();
            String what = s.label();
            assertEquals(v1.get("payerName").asText(), r.payerName(), what);
            assertEquals(money(v1.get("paymentAmount")), r.paymentAmount(), what);
            assertEquals(LocalDate.parse(v1.get("paymentDate").asText()), r.paymentDate(), what);
            assertEquals(v1.get("claimCount").asInt(), r.claimCount(), what);
            assertEquals(v1.get("providerAdjustments").size(), r.providerAdjustments().size(), what);
            JsonNode t = v1.get("totals");
            assertEquals(List.of(t.get("claimsPaid").asInt(), t.get("claimsPartiallyPaid").asInt(),
                    t.get("claimsDenied").asInt(), t.get("claimsReversed").asInt()), List.of(r.totals().claimsPaid(),
                    r.totals().claimsPartiallyPaid(), r.totals().claimsDenied(), r.totals().claimsReversed()), what);
            assertEquals(JSON.convertValue(t.get("invoicesCreated"), List.class), r.totals().invoicesCreated(), what);
            assertEquals(t.get("unmatched").size(), r.totals().unmatched().size(), what);
            assertEquals(t.get("notPosted").size(), r.totals().notPosted().size(), what);
            assertEquals(t.get("warnings").size(), r.totals().warnings().size(), what);
            assertEquals(t.get("invoicesVoided").size(), r.totals().invoicesVoided().size(), what);
            for (int i = 0; i < r.totals().invoicesVoided().size(); i++) {
                JsonNode v = t.get("invoicesVoided").get(i);
                PostedRemittance.VoidedInvoice voided = r.totals().invoicesVoided().get(i);
                assertEquals(new PostedRemittance.VoidedInvoice(v.get("invoiceId").asText(),
                        v.get("claimNumber").asText(), money(v.get("credit"))), voided, what);
            }
            assertEquals(Instant.parse(v1.get("postedAt").asText()), r.postedAt(), what);
            assertEquals(v1.get("actor").asText(), r.actor(), what);
            read++;
        }
        assertEquals(2, read);
        assertEquals(Money.of("-10.00"), remittance(storage, "remittance-reversal").paymentAmount(),
                "a reversal's negative payment");
        assertEquals(Money.of("20.00"), remittance(storage, "remittance-reversal").totals().invoicesVoided().get(0)
                .credit());
    }

    @Test
    void read_practiceSettingsOfSchema1_holdsEverySetting_atTheItemsVersion() throws Exception {
        Storage storage = loaded();
        Map<String, AttributeValue> item = StoredItems.labelled(V1, "practices", "practice-settings");
        JsonNode v1 = body(item);
        PracticeSettings p = storage.practices.find(new PracticeId(item.get("pk").s()));
        assertEquals(v1.get("practiceId").get("value").asText(), p.practiceId().value());
        assertEquals(v1.get("submitterId").asText(), p.submitterId());
        assertEquals(v1.get("submitterName").asText(), p.submitterName());
        JsonNode c = v1.get("submitterContact");
        assertEquals(new PracticeSettings.Contact(c.get("name").asText(), c.get("phone").asText(),
                c.get("email").asText()), p.submitterContact());
        assertEquals(v1.get("receiverId").asText(), p.receiverId());
        assertEquals(v1.get("receiverName").asText(), p.receiverName());
        assertEquals(v1.get("usageIndicator").asText(), p.usageIndicator());
        assertEquals(ZoneId.of(v1.get("timeZone").asText()), p.timeZone());
        assertEquals(v1.get("statementDueDays").asInt(), p.statementDueDays());
        assertEquals(Long.parseLong(item.get("version").n()), p.version());
        assertTrue(p.readyForX12());
    }

    @Test
    void write_everyRecordReadFromSchema1_keepsItsOtherAttributes_andReadsBackEqual() throws Exception {
        Storage storage = loaded();
        for (Stored s : bodies("remittances")) {
            JsonNode v1 = body(s.item());
            PracticeId practice = practice(s.item());
            String payer = v1.get("payerId").asText();
            String trace = v1.get("traceNumber").asText();
            PostedRemittance r = storage.remittances.find(practice, payer, trace).orElseThrow();
            assertEquals(r, storage.remittances.update(r, r), s.label());
            assertEquals(r, storage.remittances.find(practice, payer, trace).orElseThrow(), s.label());
            assertRewritten(s, item(storage, TableDefinitions.REMITTANCES, s.item().get("pk")), false);
        }

        Map<String, AttributeValue> stored = StoredItems.labelled(V1, "practices", "practice-settings");
        PracticeSettings settings = storage.practices.find(new PracticeId(stored.get("pk").s()));
        PracticeSettings saved = storage.practices.save(settings);
        assertEquals(settings.withVersion(settings.version() + 1), saved);
        assertEquals(saved, storage.practices.find(settings.practiceId()));
        // captured before the all-practices index existed: its next save adds the index attributes the code now writes
        assertFalse(stored.containsKey("listPk"));
        Map<String, AttributeValue> practiceItem = new HashMap<>(item(storage, TableDefinitions.PRACTICES, stored.get("pk")));
        assertEquals(AttributeValue.fromS("practices"), practiceItem.remove("listPk"));
        assertEquals(stored.get("pk"), practiceItem.remove("practiceSk"));
        assertRewritten(new Stored("practice-settings", stored), practiceItem, true);
        assertEquals(List.of(settings.practiceId()), storage.practices.all().filter(settings.practiceId()::equals)
                .toList(), "listed by the all-practices index once saved");

        // a batch is written once: written again into fresh tables, from what was read
        Storage again = Storage.fresh();
        for (Stored s : bodies("submissions")) {
            PracticeId practice = practice(s.item());
            SubmissionId id = new SubmissionId(s.item().get("id").s());
            Submission read = storage.submissions.find(practice, id).orElseThrow();
            assertTrue(again.submissions.create(read), s.label());
            storage.submissions.upload(practice, id).ifPresent(u -> {
                again.submissions.recordUpload(practice, id, new SubmissionUpload(SubmissionUpload.State.RENAMING,
                        u.remoteName(), u.at()));
                again.submissions.recordUpload(practice, id, u);
            });
            assertEquals(read, again.submissions.find(practice, id).orElseThrow(), s.label());
            assertEquals(storage.submissions.upload(practice, id), again.submissions.upload(practice, id), s.label());
            Map<String, AttributeValue> written = item(again, TableDefinitions.SUBMISSIONS, s.item().get("pk"));
            if (s.item().containsKey("upload")) {
                assertTrue(written.get("upload").s().startsWith("{\"schema\":2,"), s.label());
                written = new HashMap<>(written);
                written.put("upload", s.item().get("upload"));
            }
            assertRewritten(s, written, false);
        }
    }

    /** The item as rewritten: a body of schema 2, its version one on (if it has one), every other attribute kept. */
    private static void assertRewritten(Stored before, Map<String, AttributeValue> written, boolean versioned) {
        Map<String, AttributeValue> expected = new HashMap<>(before.item());
        Map<String, AttributeValue> actual = new HashMap<>(written);
        expected.remove("body");
        String body = actual.remove("body").s();
        assertTrue(body.startsWith("{\"schema\":2,"), before.label() + ": " + body);
        assertFalse(body.contains("\"value\""), before.label() + ": ids as plain strings");
        if (versioned) {
            assertEquals(String.valueOf(Long.parseLong(expected.remove("version").n()) + 1), actual.remove("version").n());
        }
        assertNotNull(actual.get("pk"));
        assertEquals(expected, actual, before.label() + ": the same key and index attributes as the old code wrote");
    }

    private static PostedRemittance remittance(Storage storage, String label) throws Exception {
        Map<String, AttributeValue> item = StoredItems.labelled(V1, "remittances", label);
        JsonNode v1 = body(item);
        return storage.remittances.find(practice(item), v1.get("payerId").asText(), v1.get("traceNumber").asText())
                .orElseThrow();
    }
}
