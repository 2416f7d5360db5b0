package org.openbilling.gateway;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openbilling.dynamodb.audit.Audit;

/**
 * The READ audit entries of one GraphQL request. A record read by id ({@code claim}, {@code encounter},
 * {@code invoice}) is audited found or not, as REST's GET is; a record read through a link of one patient's record
 * (a view marked {@code oneRecord}: {@code claim(id) { encounter { claims { invoices } } } }, or a mutation's answer)
 * is audited the same way, because it is that patient's record too. Records reached from a list ({@code claims},
 * {@code openClaims}, {@code encounters}, {@code outstandingInvoices}) are not audited one by one: a list is a search
 * of the practice's work, not a read of one patient's record, and auditing each row and its links would write up to
 * a page of entries per link for every page an analyst turns. A record read twice in one request is audited once.
 */
@RequestScoped
public class RecordReads {
    private final Audit audit;
    private final Set<String> audited = ConcurrentHashMap.newKeySet();

    public RecordReads(Audit audit) {
        this.audit = audit;
    }

    /** A read of one record by id, found or not: audited before the record is answered. */
    public void byId(String recordType, String recordId, long version, boolean found) {
        if (!found || audited.add(recordType + "#" + recordId + "#" + version)) {
            audit.read(recordType, recordId, version, found);
        }
    }

    /** A record read through a link of one patient's record. */
    public void linked(String recordType, String recordId, long version) {
        byId(recordType, recordId, version, true);
    }
}
