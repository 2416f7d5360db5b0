package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.Posting;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.domain.invoice.InvoiceLine;
import org.openbilling.domain.invoice.InvoiceStatus;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.invoice.InvoiceRepository;

/**
 * The invoices that follow a posting stored on a claim, for 835s and adjudications entered by hand alike: the
 * patient's share becomes an invoice (a conditional create under the posting's own invoice id, so a retry that finds
 * the posting applied creates nothing twice), and the unpaid invoices of the postings it backed out are voided.
 * Safe on worker threads: no request-scoped bean.
 */
@ApplicationScoped
public class PostingInvoices {
    private final InvoiceRepository invoices;

    public PostingInvoices(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /** Settles the invoices of {@code posting}; answers the audit entries of what it wrote (the caller writes them). */
    public List<AuditLog.Change> settle(PracticeId practice, Claim claim, Posting posting, List<InvoiceLine> shareLines,
                                        String reason, LocalDate today, int statementDueDays, Instant now) {
        List<AuditLog.Change> audit = new ArrayList<>();
        if (posting.invoiceId() != null) {
            Invoice invoice = Invoice.issue(posting.invoiceId(), practice, claim.id(), claim.encounterId(),
                    claim.patient(), shareLines, today, statementDueDays, now);
            invoices.create(invoice);
            // created now or by the run that crashed: either way version 1, the same audit key
            audit.add(new AuditLog.Change("invoice", invoice.id().value(), 1, "INVOICE_CREATED"));
        }
        for (Posting p : claim.postings()) {
            if (posting.key().equals(p.reversedBy()) && p.invoiceId() != null) {
                invoices.find(practice, p.invoiceId())
                        .filter(v -> v.status() != InvoiceStatus.VOID && !v.amountPaid().isPositive())
                        .ifPresent(v -> {
                            Invoice stored = invoices.update(v.voided("the payer reversed its adjudication ("
                                    + reason + ")", now));
                            audit.add(new AuditLog.Change("invoice", stored.id().value(), stored.version(),
                                    "INVOICE_VOIDED"));
                        });
            }
        }
        return audit;
    }
}
