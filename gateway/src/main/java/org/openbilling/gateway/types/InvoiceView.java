package org.openbilling.gateway.types;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import io.smallrye.graphql.api.Deprecated;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.openbilling.contract.InvoiceAnswer;
import org.openbilling.contract.mapping.InvoiceAnswers;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.dynamodb.Page;
import org.openbilling.gateway.types.Views.PersonView;

/**
 * An invoice to the patient, as CONTRACT.md shapes it; {@code ageDays} counts from {@code issuedOn}. {@code oneRecord}
 * (not in the schema): answered as one patient's record, so its claim read through it is audited.
 */
@Name("Invoice")
public record InvoiceView(String id, String invoiceNumber, String claimId, String encounterId, PersonView patient,
                          String status, LocalDate issuedOn, LocalDate dueOn, String amountDue, String amountPaid,
                          String adjustmentsTotal, String balance, String credit, List<Line> lines,
                          List<PaymentView> payments,
                          List<AdjustmentView> adjustments, String voidReason, int version, int ageDays,
                          @Ignore boolean oneRecord) {

    @Name("InvoiceLine")
    public record Line(int lineNumber, String code, LocalDate serviceDate, String description, String amount) {
    }

    @Name("InvoicePayment")
    public record PaymentView(String amount, String method, String reference, Instant at) {
    }

    @Name("InvoiceAdjustment")
    public record AdjustmentView(String amount, String kind, String reason, Instant at) {
    }

    @Name("InvoiceEdge")
    public record Edge(String cursor, InvoiceView node) {
    }

    @Name("InvoiceConnection")
    public record Connection(List<Edge> edges, Views.PageInfo pageInfo, @Description(Views.EDGE_COUNT) int edgeCount,
                             @Deprecated(reason = Views.COUNT_DEPRECATED) @Description(Views.COUNT) int count) {
    }

    /** An invoice in a list. */
    public static InvoiceView of(Invoice v, LocalDate today) {
        return of(v, today, false);
    }

    /** An invoice read from the table: shown as its public answer, the same one a function's call gives. */
    public static InvoiceView of(Invoice v, LocalDate today, boolean oneRecord) {
        return of(InvoiceAnswers.of(v), today, oneRecord);
    }

    public static InvoiceView of(InvoiceAnswer v, LocalDate today, boolean oneRecord) {
        return new InvoiceView(v.id(), v.invoiceNumber(), v.claimId(), v.encounterId(), PersonView.of(v.patient()),
                v.status(), v.issuedOn(), v.dueOn(), v.amountDue(), v.amountPaid(), v.adjustmentsTotal(), v.balance(),
                v.credit(),
                Views.each(v.lines(), l -> new Line(l.lineNumber(), l.code(), l.serviceDate(), l.description(),
                        l.amount())),
                Views.each(v.payments(), p -> new PaymentView(p.amount(), p.method(), p.reference(), p.at())),
                Views.each(v.adjustments(), a -> new AdjustmentView(a.amount(), a.kind(), a.reason(), a.at())),
                v.voidReason(), (int) v.version(),
                (int) Math.max(0, Duration.between(v.issuedOn().atStartOfDay(), today.atStartOfDay()).toDays()),
                oneRecord);
    }

    public static <T> Connection connection(Page<T> page, Function<T, InvoiceView> view) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge(page.cursors().get(i), view.apply(page.items().get(i))));
        }
        return new Connection(edges, new Views.PageInfo(page.hasNext(), page.endCursor()), edges.size(), edges.size());
    }
}
