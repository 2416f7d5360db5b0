package org.openbilling.dynamodb.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.BilledClaim;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimChain;
import org.openbilling.domain.claim.ClaimFrequency;
import org.openbilling.domain.claim.ClaimLedger;
import org.openbilling.domain.claim.ClaimLifecycle;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.ClaimLinks;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.HistoryEntry;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.claim.PayerClaimControlNumber;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.claim.PriorAdjudication;
import org.openbilling.domain.claim.Remark;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.CoveragePosition;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.document.DetailsDocument;
import org.openbilling.dynamodb.document.LegacyBodies;

/**
 * The stored document of a claim (schema 2), in the claim's parts; money as decimal strings, ids and codes as plain
 * strings, the frequency as its X12 code. Bodies of schema 1 (the domain record as Jackson wrote it) are read by
 * {@link #read}. The version lives on the item, not here: it moves after the body is written.
 */
record ClaimDocument(int schema, String id, String practiceId, String claimNumber, String encounterId, Billed billed,
                     Ledger ledger, Lifecycle lifecycle, Links links) {
    static final int SCHEMA = 2;

    record Billed(String payerId, String payerName, DetailsDocument details, List<String> diagnoses, List<Line> lines,
                  String totalCharge, List<WarningDocument> warnings) {
    }

    record Line(int lineNumber, String code, String system, List<String> modifiers, int units, String charge,
                List<Integer> diagnosisPointers, java.time.LocalDate serviceDate, java.time.LocalDate serviceDateTo,
                String ndc, String paidAmount) {
    }

    record WarningDocument(String rule, String field, String message) {
    }

    record Ledger(String paidAmount, String contractualAdjustment, String patientResponsibility,
                  List<AdjustmentDocument> adjustments, List<RemarkDocument> remarks, List<String> invoiceIds,
                  List<PostingDocument> postings) {
    }

    record AdjustmentDocument(String groupCode, String reasonCode, String description, String amount,
                              Integer lineNumber, BigDecimal quantity, String groupDescription) {
    }

    record RemarkDocument(String code, String description, Integer lineNumber) {
    }

    record PostingDocument(String key, String outcome, boolean reversal, String paidAmount,
                           String contractualAdjustment, String patientResponsibility,
                           List<AdjustmentDocument> adjustments, Map<Integer, String> linePaid, String invoiceId,
                           String reversedBy, long claimVersion) {
    }

    record Lifecycle(String status, List<HistoryDocument> history, Instant createdAt, Instant updatedAt,
                     Instant submittedAt, String submissionId) {
    }

    record HistoryDocument(String from, String to, Instant at, String actor, String reason) {
    }

    record Links(String frequency, String payerClaimControlNumber, String originalClaimId, String replacedByClaimId,
                 boolean voidPending, ChainDocument chain) {
    }

    /** The claim's place among the payers; absent on claims stored before chains (they are primary). */
    record ChainDocument(String position, String previousClaimId, String nextClaimId, boolean crossover,
                         List<PriorDocument> priorPayers) {
    }

    record PriorDocument(String position, String payerId, String payerName, String payerClaimControlNumber,
                         java.time.LocalDate adjudicationDate, String paidAmount, String remainingPatientLiability,
                         List<AdjustmentDocument> adjustments, List<String> remarkCodes, List<PriorLineDocument> lines) {
    }

    record PriorLineDocument(int lineNumber, String procedureCode, List<String> modifiers, BigDecimal units,
                             String paidAmount, List<AdjustmentDocument> adjustments, String remainingPatientLiability) {
    }

    static ClaimDocument of(Claim c) {
        BilledClaim b = c.billed();
        ClaimLedger l = c.ledger();
        ClaimLifecycle s = c.lifecycle();
        ClaimLinks k = c.links();
        return new ClaimDocument(SCHEMA, c.id().value(), c.practiceId().value(), c.claimNumber().value(),
                c.encounterId().value(),
                new Billed(b.payer().payerId(), b.payer().payerName(), DetailsDocument.of(b.details()), b.diagnoses(),
                        b.lines().stream().map(ClaimDocument::line).toList(), money(b.totalCharge()),
                        b.warnings().stream().map(w -> new WarningDocument(w.rule(), w.field(), w.message())).toList()),
                new Ledger(money(l.paidAmount()), money(l.contractualAdjustment()), money(l.patientResponsibility()),
                        l.adjustments().stream().map(ClaimDocument::adjustment).toList(),
                        l.remarks().stream().map(r -> new RemarkDocument(r.code(), r.description(), r.lineNumber()))
                                .toList(),
                        l.invoiceIds().stream().map(InvoiceId::value).toList(),
                        l.postings().stream().map(ClaimDocument::posting).toList()),
                new Lifecycle(s.status().name(), s.history().stream().map(h -> new HistoryDocument(
                        h.from() == null ? null : h.from().name(), h.to().name(), h.at(), h.actor(), h.reason()))
                        .toList(), s.createdAt(), s.updatedAt(), s.submittedAt(), s.submissionId()),
                new Links(k.frequency().code(), k.payerClaimControlNumber() == null ? null
                        : k.payerClaimControlNumber().value(), id(k.originalClaimId()), id(k.replacedByClaimId()),
                        k.voidPending(), k.chain().equals(ClaimChain.FIRST) ? null : chain(k.chain())));
    }

    Claim toDomain(long version) {
        BilledClaim b = new BilledClaim(new Payer(billed.payerId, billed.payerName), billed.details.toDomain(),
                billed.diagnoses, billed.lines.stream().map(ClaimDocument::line).toList(), Money.of(billed.totalCharge),
                billed.warnings == null ? List.of()
                        : billed.warnings.stream().map(w -> new Warning(w.rule, w.field, w.message)).toList());
        ClaimLedger l = new ClaimLedger(Money.of(ledger.paidAmount), Money.of(ledger.contractualAdjustment),
                Money.of(ledger.patientResponsibility),
                ledger.adjustments.stream().map(ClaimDocument::adjustment).toList(),
                ledger.remarks.stream().map(r -> new Remark(r.code, r.description, r.lineNumber)).toList(),
                ledger.invoiceIds.stream().map(InvoiceId::new).toList(),
                ledger.postings == null ? List.of() : ledger.postings.stream().map(ClaimDocument::posting).toList());
        ClaimLifecycle s = new ClaimLifecycle(ClaimStatus.valueOf(lifecycle.status),
                lifecycle.history.stream().map(h -> new HistoryEntry(h.from == null ? null : ClaimStatus.valueOf(h.from),
                        ClaimStatus.valueOf(h.to), h.at, h.actor, h.reason)).toList(),
                lifecycle.createdAt, lifecycle.updatedAt, lifecycle.submittedAt, lifecycle.submissionId);
        ClaimLinks k = new ClaimLinks(ClaimFrequency.ofCode(links.frequency),
                PayerClaimControlNumber.ofNullable(links.payerClaimControlNumber),
                links.originalClaimId == null ? null : new ClaimId(links.originalClaimId),
                links.replacedByClaimId == null ? null : new ClaimId(links.replacedByClaimId), links.voidPending,
                links.chain == null ? ClaimChain.FIRST : chain(links.chain));
        return new Claim(new ClaimId(id), new PracticeId(practiceId), new ClaimNumber(claimNumber),
                new EncounterId(encounterId), b, l, s, k, version);
    }

    /** The claim in a stored body of any schema. */
    static Claim read(String body, long version) {
        if (LegacyBodies.startsWithSchema(body, SCHEMA)) {
            return StorageJson.read(body, ClaimDocument.class).toDomain(version);
        }
        JsonNode tree = StorageJson.readTree(body);
        JsonNode document = LegacyBodies.isSchema1(tree) ? fromSchema1(tree) : tree;
        return StorageJson.read(document, ClaimDocument.class).toDomain(version);
    }

    /**
     * Schema 1 held the claim flat, with the patient twice (at the top and in {@code details}); the details' copy is
     * the one kept. A claim stored before details existed gets details of its patient and date of service only.
     */
    private static JsonNode fromSchema1(JsonNode raw) {
        JsonNode v1 = LegacyBodies.plain(raw);
        ObjectNode doc = LegacyBodies.pick(v1, "id", "practiceId", "claimNumber", "encounterId");
        doc.put("schema", 1);
        JsonNode details = v1.get("details");
        ObjectNode billed = LegacyBodies.pick(v1, "diagnoses", "lines", "totalCharge", "warnings");
        billed.setAll(LegacyBodies.pick(v1.get("payer"), "payerId", "payerName"));
        billed.set("details", details == null || details.isNull()
                ? LegacyBodies.details(LegacyBodies.pick(v1, "patient", "serviceDate"))
                : LegacyBodies.details(details));
        doc.set("billed", billed);
        doc.set("ledger", LegacyBodies.pick(v1, "paidAmount", "contractualAdjustment", "patientResponsibility",
                "adjustments", "remarks", "invoiceIds", "postings"));
        doc.set("lifecycle", LegacyBodies.pick(v1, "status", "history", "createdAt", "updatedAt", "submittedAt",
                "submissionId"));
        doc.set("links", LegacyBodies.pick(v1, "frequency", "payerClaimControlNumber", "originalClaimId",
                "replacedByClaimId", "voidPending"));
        return doc;
    }

    private static Line line(ClaimLine l) {
        return new Line(l.lineNumber(), l.code(), l.system(), l.modifiers(), l.units(), money(l.charge()),
                l.diagnosisPointers(), l.serviceDate(), l.serviceDateTo(), l.ndc(), money(l.paidAmount()));
    }

    private static ClaimLine line(Line l) {
        return new ClaimLine(l.lineNumber, l.code, l.system, l.modifiers, l.units, money(l.charge), l.diagnosisPointers,
                l.serviceDate, l.serviceDateTo, l.ndc, money(l.paidAmount));
    }

    private static AdjustmentDocument adjustment(Adjustment a) {
        return new AdjustmentDocument(a.groupCode(), a.reasonCode(), a.description(), money(a.amount()),
                a.lineNumber(), a.quantity(), a.groupDescription());
    }

    private static Adjustment adjustment(AdjustmentDocument a) {
        return new Adjustment(a.groupCode, a.reasonCode, a.description, money(a.amount), a.lineNumber, a.quantity,
                a.groupDescription);
    }

    private static PostingDocument posting(Posting p) {
        Map<Integer, String> linePaid = new TreeMap<>();
        p.linePaid().forEach((line, amount) -> linePaid.put(line, money(amount)));
        return new PostingDocument(p.key(), p.outcome() == null ? null : p.outcome().name(), p.reversal(),
                money(p.paidAmount()), money(p.contractualAdjustment()), money(p.patientResponsibility()),
                p.adjustments().stream().map(ClaimDocument::adjustment).toList(), linePaid, id(p.invoiceId()),
                p.reversedBy(), p.claimVersion());
    }

    private static Posting posting(PostingDocument p) {
        Map<Integer, Money> linePaid = new TreeMap<>();
        if (p.linePaid != null) {
            p.linePaid.forEach((line, amount) -> linePaid.put(line, money(amount)));
        }
        return new Posting(p.key, p.outcome == null ? null : ClaimStatus.valueOf(p.outcome), p.reversal,
                money(p.paidAmount), money(p.contractualAdjustment), money(p.patientResponsibility),
                p.adjustments == null ? List.of() : p.adjustments.stream().map(ClaimDocument::adjustment).toList(),
                linePaid, p.invoiceId == null ? null : new InvoiceId(p.invoiceId), p.reversedBy, p.claimVersion);
    }

    private static ChainDocument chain(ClaimChain c) {
        return new ChainDocument(c.position().name(), id(c.previousClaimId()), id(c.nextClaimId()), c.crossover(),
                c.priorPayers().stream().map(p -> new PriorDocument(p.position().name(), p.payer().payerId(),
                        p.payer().payerName(), p.payerClaimControlNumber(), p.adjudicationDate(), money(p.paidAmount()),
                        money(p.remainingPatientLiability()),
                        p.adjustments().stream().map(ClaimDocument::adjustment).toList(), p.remarkCodes(),
                        p.lines().stream().map(l -> new PriorLineDocument(l.lineNumber(), l.procedureCode(),
                                l.modifiers(), l.units(), money(l.paidAmount()),
                                l.adjustments().stream().map(ClaimDocument::adjustment).toList(),
                                money(l.remainingPatientLiability()))).toList())).toList());
    }

    private static ClaimChain chain(ChainDocument c) {
        List<PriorAdjudication> priors = c.priorPayers == null ? List.of() : c.priorPayers.stream()
                .map(p -> new PriorAdjudication(CoveragePosition.valueOf(p.position), new Payer(p.payerId, p.payerName),
                        p.payerClaimControlNumber, p.adjudicationDate, money(p.paidAmount),
                        money(p.remainingPatientLiability),
                        p.adjustments.stream().map(ClaimDocument::adjustment).toList(), p.remarkCodes,
                        p.lines.stream().map(l -> new PriorAdjudication.Line(l.lineNumber, l.procedureCode,
                                l.modifiers, l.units, money(l.paidAmount),
                                l.adjustments.stream().map(ClaimDocument::adjustment).toList(),
                                money(l.remainingPatientLiability))).toList())).toList();
        return new ClaimChain(CoveragePosition.valueOf(c.position),
                c.previousClaimId == null ? null : new ClaimId(c.previousClaimId),
                c.nextClaimId == null ? null : new ClaimId(c.nextClaimId), c.crossover, priors);
    }

    private static String money(Money m) {
        return m == null ? null : m.toString();
    }

    private static Money money(String s) {
        return s == null ? null : Money.of(s);
    }

    private static String id(org.openbilling.domain.common.StringValue v) {
        return v == null ? null : v.value();
    }
}
