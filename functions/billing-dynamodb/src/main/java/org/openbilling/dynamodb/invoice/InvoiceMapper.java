package org.openbilling.dynamodb.invoice;

import org.openbilling.domain.invoice.Invoice;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.support.Keys;

/** The one place where invoice items and invoices meet. */
final class InvoiceMapper {
    private InvoiceMapper() {
    }

    static InvoiceItem toItem(Invoice v) {
        InvoiceItem i = new InvoiceItem();
        String id = v.id().value();
        i.setPk(Keys.of(v.practiceId(), id));
        i.setPracticePk(v.practiceId().value());
        if (v.isOutstanding()) {
            i.setOutstandingPk(v.practiceId().value());
        }
        if (v.claimId() != null) {
            i.setClaimPk(Keys.of(v.practiceId(), v.claimId().value()));
            i.setClaimId(v.claimId().value());
        }
        i.setEncounterPk(Keys.of(v.practiceId(), v.encounterId().value()));
        i.setIssuedSk(v.issuedOn() + "#" + id);
        i.setId(id);
        i.setPracticeId(v.practiceId().value());
        i.setStatus(v.status().name());
        i.setInvoiceNumber(v.invoiceNumber());
        i.setAmountDue(v.amountDue().amount());
        i.setBalance(v.balance().amount());
        i.setIssuedOn(v.issuedOn().toString());
        i.setVersion(v.version());
        i.setCreatedAt(v.createdAt().toString());
        i.setUpdatedAt(v.updatedAt().toString());
        i.setBody(StorageJson.write(InvoiceDocument.of(v)));
        return i;
    }

    static Invoice toDomain(InvoiceItem i) {
        return InvoiceDocument.read(i.getBody(), i.getVersion());
    }
}
