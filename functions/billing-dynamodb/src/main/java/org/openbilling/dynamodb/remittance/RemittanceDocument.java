package org.openbilling.dynamodb.remittance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.remittance.PostedRemittance;
import org.openbilling.domain.remittance.PostedRemittance.NotPosted;
import org.openbilling.domain.remittance.PostedRemittance.ProviderAdjustment;
import org.openbilling.domain.remittance.PostedRemittance.Totals;
import org.openbilling.domain.remittance.PostedRemittance.VoidedInvoice;
import org.openbilling.domain.remittance.PostedRemittance.Warning;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.document.LegacyBodies;

/**
 * The stored document of a posted 835 (schema 2): money as decimal strings, ids as plain strings. Bodies of schema 1
 * (the domain record as Jackson wrote it) are read by {@link #read}; the lists a schema-1 body may lack read as empty.
 */
record RemittanceDocument(int schema, String practiceId, String payerId, String traceNumber, String payerName,
                          String paymentAmount, LocalDate paymentDate, int claimCount,
                          List<AdjustmentDocument> providerAdjustments, TotalsDocument totals, Instant postedAt,
                          String actor) {
    static final int SCHEMA = 2;

    record AdjustmentDocument(String providerId, LocalDate fiscalPeriodDate, String reasonCode, String description,
                              String reference, String amount) {
    }

    record TotalsDocument(int claimsPaid, int claimsPartiallyPaid, int claimsDenied, int claimsReversed,
                          List<String> invoicesCreated, List<String> unmatched, List<NotPostedDocument> notPosted,
                          List<VoidedDocument> invoicesVoided, List<WarningDocument> warnings) {
        /** Lists a schema-1 body lacks (written before they existed) stay null: the domain reads them as empty. */
        Totals toDomain() {
            return new Totals(claimsPaid, claimsPartiallyPaid, claimsDenied, claimsReversed, invoicesCreated, unmatched,
                    notPosted == null ? null : notPosted.stream().map(n -> new NotPosted(n.claimNumber, n.rule,
                            n.message, n.position)).toList(),
                    invoicesVoided == null ? null : invoicesVoided.stream().map(v -> new VoidedInvoice(v.invoiceId,
                            v.claimNumber, money(v.credit))).toList(),
                    warnings == null ? null : warnings.stream().map(w -> new Warning(w.traceNumber, w.rule,
                            w.message)).toList());
        }
    }

    record NotPostedDocument(String claimNumber, String rule, String message, Integer position) {
    }

    record VoidedDocument(String invoiceId, String claimNumber, String credit) {
    }

    record WarningDocument(String traceNumber, String rule, String message) {
    }

    static RemittanceDocument of(PostedRemittance r) {
        Totals t = r.totals();
        return new RemittanceDocument(SCHEMA, r.practiceId().value(), r.payerId(), r.traceNumber(), r.payerName(),
                money(r.paymentAmount()), r.paymentDate(), r.claimCount(),
                r.providerAdjustments().stream().map(a -> new AdjustmentDocument(a.providerId(), a.fiscalPeriodDate(),
                        a.reasonCode(), a.description(), a.reference(), money(a.amount()))).toList(),
                t == null ? null : new TotalsDocument(t.claimsPaid(), t.claimsPartiallyPaid(), t.claimsDenied(),
                        t.claimsReversed(), t.invoicesCreated(), t.unmatched(),
                        t.notPosted().stream().map(n -> new NotPostedDocument(n.claimNumber(), n.rule(), n.message(),
                                n.position())).toList(),
                        t.invoicesVoided().stream().map(v -> new VoidedDocument(v.invoiceId(), v.claimNumber(),
                                money(v.credit()))).toList(),
                        t.warnings().stream().map(w -> new WarningDocument(w.traceNumber(), w.rule(), w.message()))
                                .toList()),
                r.postedAt(), r.actor());
    }

    PostedRemittance toDomain() {
        return new PostedRemittance(new PracticeId(practiceId), payerId, traceNumber, payerName, money(paymentAmount),
                paymentDate, claimCount, providerAdjustments == null ? List.of() : providerAdjustments.stream()
                        .map(a -> new ProviderAdjustment(a.providerId, a.fiscalPeriodDate, a.reasonCode, a.description,
                                a.reference, money(a.amount))).toList(),
                totals == null ? null : totals.toDomain(), postedAt, actor);
    }

    /** The remittance in a stored body of any schema. */
    static PostedRemittance read(String body) {
        if (LegacyBodies.startsWithSchema(body, SCHEMA)) {
            return StorageJson.read(body, RemittanceDocument.class).toDomain();
        }
        JsonNode tree = StorageJson.readTree(body);
        if (LegacyBodies.isSchema1(tree)) {
            ObjectNode plain = (ObjectNode) LegacyBodies.plain(tree);
            plain.put("schema", 1);
            tree = plain;
        }
        return StorageJson.read(tree, RemittanceDocument.class).toDomain();
    }

    private static String money(Money m) {
        return m == null ? null : m.toString();
    }

    private static Money money(String s) {
        return s == null ? null : Money.of(s);
    }
}
