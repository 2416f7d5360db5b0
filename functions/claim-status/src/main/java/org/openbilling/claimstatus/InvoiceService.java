package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openbilling.claimstatus.InvoiceRequests.AdjustmentCommand;
import org.openbilling.claimstatus.InvoiceRequests.PaymentCommand;
import org.openbilling.claimstatus.InvoiceRequests.VoidCommand;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.Payment;
import org.openbilling.domain.invoice.SelfPayInvoices;
import org.openbilling.dynamodb.invoice.ClaimInvoices;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.invoice.InvoiceRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * Invoices to patients: issued for self-pay encounters, paid, adjusted and voided. Every change is a single-item
 * write under the invoice's version; work that spans items (the encounter becoming BILLED, a claim closing when
 * its patient share is paid) follows as idempotent steps, so a retry finishes the job and never doubles it.
 */
@ApplicationScoped
public class InvoiceService {
    /** Enough for a hundred payments racing on one invoice to each get an answer. */
    private static final int MAX_ATTEMPTS = 200;

    private final InvoiceRepository invoices;
    private final EncounterRepository encounters;
    private final ClaimInvoices claimInvoices;
    private final PracticeRepository practices;
    private final PracticeClock clock;
    private final Audit audit;

    public InvoiceService(InvoiceRepository invoices, EncounterRepository encounters, ClaimInvoices claimInvoices,
                          PracticeRepository practices, PracticeClock clock, Audit audit) {
        this.invoices = invoices;
        this.encounters = encounters;
        this.claimInvoices = claimInvoices;
        this.practices = practices;
        this.clock = clock;
        this.audit = audit;
    }

    /** The result of issuing: the invoice, and whether this call made it. */
    public record Issued(Invoice invoice, boolean isNew) {
    }

    /**
     * The invoice of a self-pay encounter. Its id derives from the encounter, so an encounter that has its invoice
     * already answers with it (whoever made it, a retry after a crash included) and the encounter is BILLED.
     */
    public Issued issue(PracticeId practice, EncounterId encounterId) {
        Encounter encounter = encounters.find(practice, encounterId)
                .orElseThrow(() -> new NotFoundException("encounter", encounterId.value()));
        SelfPayInvoices.requireSelfPay(encounter);
        InvoiceId id = SelfPayInvoices.idFor(encounterId);
        Optional<Invoice> existing = invoices.find(practice, id);
        if (existing.isPresent()) {
            // finish the steps the first run may not have reached; none is doubled (the audit key is the same)
            audit.changed("invoice", id.value(), 1, "INVOICE_CREATED");
            markBilled(encounter);
            return new Issued(existing.get(), false);
        }
        Invoice invoice = SelfPayInvoices.issue(encounter, clock.today(practice),
                practices.find(practice).statementDueDays(), clock.now());
        Optional<Invoice> stored = invoices.create(invoice);
        if (stored.isEmpty()) {
            // a racing request made it a moment ago
            markBilled(encounter);
            return new Issued(invoices.find(practice, id).orElseThrow(), false);
        }
        audit.changed("invoice", id.value(), stored.get().version(), "INVOICE_CREATED");
        markBilled(encounter);
        return new Issued(stored.get(), true);
    }

    /** One invoice by id; the read is audited, found or not. */
    public Invoice get(PracticeId practice, InvoiceId id) {
        Optional<Invoice> found = invoices.find(practice, id);
        audit.read("invoice", id.value(), found.map(Invoice::version).orElse(0L), found.isPresent());
        return found.orElseThrow(() -> new NotFoundException("invoice", id.value()));
    }

    /**
     * Takes a payment. Racing payments are retried on a fresh read, so each is judged against the balance that
     * is really left: none is lost and together they never take more than the balance. A payment whose id is on
     * the invoice already (the same Idempotency-Key and body, after a crash) is not taken again.
     */
    public Invoice pay(PracticeId practice, InvoiceId id, PaymentCommand command, String idempotencyKey, String actor) {
        String paymentId = paymentId(idempotencyKey, command);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Invoice current = find(practice, id);
            if (current.hasPayment(paymentId)) {
                List<Payment> payments = current.payments();
                if (paymentId.equals(payments.get(payments.size() - 1).id())) {
                    audit.changed("invoice", id.value(), current.version(), "INVOICE_PAYMENT");
                }
                closeClaimIfSettled(current, actor);
                return current;
            }
            Invoice paid = current.pay(paymentId, command.amount(), command.method(), command.reference(), actor,
                    clock.now());
            try {
                Invoice stored = invoices.update(paid);
                audit.changed("invoice", id.value(), stored.version(), "INVOICE_PAYMENT");
                closeClaimIfSettled(stored, actor);
                return stored;
            } catch (StaleVersionException raced) {
                backOff(attempt);
            }
        }
        throw new StaleVersionException("the invoice is changing too often right now; retry");
    }

    /** A write-off or a payment reversal on the version the caller saw (else 409). */
    public Invoice adjust(PracticeId practice, InvoiceId id, AdjustmentCommand command, String actor) {
        Invoice current = find(practice, id);
        requireVersion(current, command.expectedVersion());
        Invoice adjusted = current.adjust(command.amount(), command.kind(), command.reason(), actor, clock.now());
        Invoice stored = invoices.update(adjusted);
        audit.changed("invoice", id.value(), stored.version(), "INVOICE_ADJUSTMENT");
        closeClaimIfSettled(stored, actor);
        return stored;
    }

    /** Voids an invoice without standing payments, on the version the caller saw (else 409). */
    public Invoice voidInvoice(PracticeId practice, InvoiceId id, VoidCommand command) {
        Invoice current = find(practice, id);
        requireVersion(current, command.expectedVersion());
        Invoice stored = invoices.update(current.voided(command.reason(), clock.now()));
        audit.changed("invoice", id.value(), stored.version(), "INVOICE_VOIDED");
        return stored;
    }

    /**
     * Closes the invoice's claim when its patient share is settled ({@link ClaimInvoices#closeIfSettled}). Runs after
     * the invoice was stored and never fails the invoice change that triggered it: that change is answered either way.
     */
    void closeClaimIfSettled(Invoice invoice, String actor) {
        claimInvoices.closeIfSettled(invoice, actor, clock.now())
                .ifPresent(closed -> audit.changed("claim", closed.id().value(), closed.version(), "CLAIM_STATUS_CLOSED"));
    }

    private void markBilled(Encounter encounter) {
        encounters.updateRetrying(encounter, e -> e.status() == EncounterStatus.BILLED ? null
                        : e.withStatus(EncounterStatus.BILLED, clock.now()))
                .ifPresent(billed -> audit.changed("encounter", billed.id().value(), billed.version(), "ENCOUNTER_BILLED"));
    }

    private Invoice find(PracticeId practice, InvoiceId id) {
        return invoices.find(practice, id).orElseThrow(() -> new NotFoundException("invoice", id.value()));
    }

    private static void requireVersion(Invoice current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("invoice", current.id().value(), expectedVersion);
        }
    }

    /**
     * A payment's id: derived from the Idempotency-Key and the payment itself when there is a key, so that the
     * same request run again (after a crash, or after the key's record expired) finds its payment; else fresh.
     */
    static String paymentId(String idempotencyKey, PaymentCommand command) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        String seed = idempotencyKey + "|" + command.amount() + "|" + command.method() + "|" + command.reference();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return "k-" + HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, 1 + (long) (Math.random() * (attempt + 1) * 2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
