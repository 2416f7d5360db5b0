package org.openbilling.dynamodb.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.invoice.AdjustmentKind;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceAdjustment;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.domain.invoice.Payment;
import org.openbilling.domain.invoice.PaymentMethod;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.document.DetailsDocument.PersonDocument;
import org.openbilling.dynamodb.document.LegacyBodies;

/**
 * The stored document of an invoice (schema 2): money as decimal strings, ids as plain strings. The balance, credit
 * and status it derives are stored for reading (the index attributes follow them) and derived again on reading. Bodies
 * of schema 1 (the domain record as Jackson wrote it) are read by {@link #read}. The version lives on the item.
 */
record InvoiceDocument(int schema, String id, String practiceId, String invoiceNumber, String claimId,
                       String encounterId, PersonDocument patient, String status, LocalDate issuedOn, LocalDate dueOn,
                       String amountDue, String amountPaid, String adjustmentsTotal, String balance, String credit,
                       List<LineDocument> lines, List<PaymentDocument> payments, List<AdjustmentDocument> adjustments,
                       String voidReason, Instant createdAt, Instant updatedAt) {
    static final int SCHEMA = 2;

    record LineDocument(int lineNumber, String code, LocalDate serviceDate, String description, String amount) {
    }

    record PaymentDocument(String id, String amount, String method, String reference, Instant at, String actor) {
    }

    record AdjustmentDocument(String amount, String kind, String reason, Instant at, String actor, String carriedTo) {
    }

    static InvoiceDocument of(Invoice v) {
        return new InvoiceDocument(SCHEMA, v.id().value(), v.practiceId().value(), v.invoiceNumber(),
                v.claimId() == null ? null : v.claimId().value(), v.encounterId().value(),
                PersonDocument.of(v.patient()), v.status().name(), v.issuedOn(), v.dueOn(), money(v.amountDue()),
                money(v.amountPaid()), money(v.adjustmentsTotal()), money(v.balance()), money(v.credit()),
                v.lines().stream().map(l -> new LineDocument(l.lineNumber(), l.code(), l.serviceDate(),
                        l.description(), money(l.amount()))).toList(),
                v.payments().stream().map(p -> new PaymentDocument(p.id(), money(p.amount()),
                        p.method() == null ? null : p.method().name(), p.reference(), p.at(), p.actor())).toList(),
                v.adjustments().stream().map(a -> new AdjustmentDocument(money(a.amount()),
                        a.kind() == null ? null : a.kind().name(), a.reason(), a.at(), a.actor(),
                        a.carriedTo() == null ? null : a.carriedTo().value())).toList(),
                v.voidReason(), v.createdAt(), v.updatedAt());
    }

    Invoice toDomain(long version) {
        return new Invoice(new InvoiceId(id), new PracticeId(practiceId), invoiceNumber,
                claimId == null ? null : new ClaimId(claimId), new EncounterId(encounterId),
                patient == null ? null : patient.toDomain(), InvoiceStatus.valueOf(status), issuedOn, dueOn,
                money(amountDue), money(amountPaid), money(adjustmentsTotal), null, null,
                lines.stream().map(l -> new InvoiceLine(l.lineNumber, l.code, l.serviceDate, l.description,
                        money(l.amount))).toList(),
                payments.stream().map(p -> new Payment(p.id, money(p.amount),
                        p.method == null ? null : PaymentMethod.valueOf(p.method), p.reference, p.at, p.actor)).toList(),
                adjustments.stream().map(a -> new InvoiceAdjustment(money(a.amount),
                        a.kind == null ? null : AdjustmentKind.valueOf(a.kind), a.reason, a.at, a.actor,
                        a.carriedTo == null ? null : new InvoiceId(a.carriedTo))).toList(),
                voidReason, version, createdAt, updatedAt);
    }

    /** The invoice in a stored body of any schema; schema 1 had the same fields, ids and money as objects. */
    static Invoice read(String body, long version) {
        if (LegacyBodies.startsWithSchema(body, SCHEMA)) {
            return StorageJson.read(body, InvoiceDocument.class).toDomain(version);
        }
        JsonNode tree = StorageJson.readTree(body);
        JsonNode document = tree;
        if (LegacyBodies.isSchema1(tree)) {
            ObjectNode plain = (ObjectNode) LegacyBodies.plain(tree);
            plain.put("schema", 1);
            document = plain;
        }
        return StorageJson.read(document, InvoiceDocument.class).toDomain(version);
    }

    private static String money(Money m) {
        return m == null ? null : m.toString();
    }

    private static Money money(String s) {
        return s == null ? null : Money.of(s);
    }
}
