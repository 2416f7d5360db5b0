package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.openbilling.contract.InvoiceAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.PaymentMethod;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.gateway.functions.Functions;
import org.openbilling.gateway.types.ClaimAge;
import org.openbilling.gateway.types.ClaimView;
import org.openbilling.gateway.types.InvoiceView;
import org.openbilling.gateway.types.Views;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;

/** Invoices to patients: one by id, the outstanding ones by age, payments, and the links to and from claims. */
@GraphQLApi
@ApplicationScoped
public class InvoicesGraph {

    private final InvoiceRepository invoices;
    private final ClaimRepository claims;
    private final Functions functions;
    private final Caller caller;
    private final PracticeClock clock;
    private final RecordReads reads;

    public InvoicesGraph(InvoiceRepository invoices, ClaimRepository claims, Functions functions, Caller caller,
                         PracticeClock clock, RecordReads reads) {
        this.invoices = invoices;
        this.claims = claims;
        this.functions = functions;
        this.caller = caller;
        this.clock = clock;
        this.reads = reads;
    }

    @Query("invoice")
    @Description("One invoice of the caller's practice; null with a not-found error for any other id.")
    public InvoiceView invoice(@NonNull @Id String id) {
        Invoice v;
        try {
            v = load(caller.practice(), id);
        } catch (GatewayError notFound) {
            reads.byId("invoice", ClaimsGraph.safeId(id), 0, false);
            throw notFound;
        }
        reads.byId("invoice", v.id().value(), v.version(), true);
        return InvoiceView.of(v, clock.today(caller.practice()), true);
    }

    @Query("outstandingInvoices")
    @Description("Invoices still owed (OPEN or PARTIALLY_PAID) by age from issuedOn, from the sparse outstanding index.")
    public @NonNull InvoiceView.Connection outstandingInvoices(Integer minAgeDays, AgeOrder orderBy, Integer first,
                                                               String after) {
        PracticeId practice = caller.practice();
        LocalDate before;
        try {
            before = OpenClaimsQuery.startedBefore(minAgeDays, clock.today(practice));
        } catch (RuleViolationException e) {
            var v = e.violations().get(0);
            throw new GatewayError(v.rule(), v.field(), v.message());
        }
        int n = Views.first(first);
        Page<Invoice> page = ClaimsGraph.cursorSafe(() -> invoices.outstanding(practice, before,
                orderBy != AgeOrder.NEWEST_FIRST, n, after));
        return InvoiceView.connection(page, this::view);
    }

    @Mutation("recordInvoicePayment")
    @Description("A patient's payment on an invoice (claim-status's POST /invoices/{id}/payments); more than the balance is refused.")
    public @NonNull InvoiceView recordInvoicePayment(@NonNull @Id String invoiceId, @NonNull BigDecimal amount,
                                                     @NonNull PaymentMethod method, String reference,
                                                     String idempotencyKey) {
        Requests.Payment body = new Requests.Payment(amount.toPlainString(), method.name(), reference);
        return InvoiceView.of(functions.<InvoiceAnswer>claimStatus(api -> api.recordPayment(functions.auth(), idempotencyKey,
                invoiceId, body)), clock.today(caller.practice()), true);
    }

    /**
     * Claim.invoices, batched: the invoice ids of a whole page of claims in one BatchGetItem. Read through one
     * patient's claim, each invoice is audited as a read of that record ({@link RecordReads}).
     */
    @Name("invoices")
    public List<List<InvoiceView>> claimInvoices(@Source List<ClaimView> source) {
        Map<InvoiceId, Invoice> found = invoices.findAll(caller.practice(), source.stream()
                .flatMap(c -> c.invoiceIds().stream()).map(InvoiceId::new).toList());
        LocalDate today = clock.today(caller.practice());
        return source.stream().map(c -> c.invoiceIds().stream().map(id -> found.get(new InvoiceId(id)))
                .filter(Objects::nonNull).map(v -> {
                    if (c.oneRecord()) {
                        reads.linked("invoice", v.id().value(), v.version());
                    }
                    return InvoiceView.of(v, today, c.oneRecord());
                }).toList()).toList();
    }

    /**
     * Invoice.claim, batched: one BatchGetItem for the claims of a whole page of invoices. Read through one
     * patient's invoice, the claim is audited as a read of that record.
     */
    @Name("claim")
    public List<ClaimView> invoiceClaim(@Source List<InvoiceView> source) {
        Map<ClaimId, Claim> found = claims.findAll(caller.practice(), source.stream().map(InvoiceView::claimId)
                .filter(Objects::nonNull).map(ClaimId::new).toList());
        ClaimAge age = ClaimAge.byServiceDate(clock.today(caller.practice()), clock.zoneOf(caller.practice()));
        return source.stream().map(v -> {
            Claim c = v.claimId() == null ? null : found.get(new ClaimId(v.claimId()));
            if (c == null) {
                return null;
            }
            if (v.oneRecord()) {
                reads.linked("claim", c.id().value(), c.version());
            }
            return ClaimView.of(c, age, v.oneRecord());
        }).toList();
    }

    private Invoice load(PracticeId practice, String id) {
        InvoiceId invoiceId;
        try {
            invoiceId = new InvoiceId(id);
        } catch (InvalidValueException e) {
            throw notFound();
        }
        return invoices.find(practice, invoiceId).orElseThrow(InvoicesGraph::notFound);
    }

    private static GatewayError notFound() {
        return new GatewayError("not-found", "id", "no such invoice");
    }

    private InvoiceView view(Invoice v) {
        return InvoiceView.of(v, clock.today(caller.practice()));
    }
}
