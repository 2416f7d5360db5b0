package org.openbilling.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.dynamodb.audit.AuditLog;

/** Audit entries on behalf of the current caller: every change of patient or claim data, every read by id. */
@ApplicationScoped
public class Audit {
    private final AuditLog log;
    private final Caller caller;
    private final PracticeClock clock;

    public Audit(AuditLog log, Caller caller, PracticeClock clock) {
        this.log = log;
        this.caller = caller;
        this.clock = clock;
    }

    public void changed(String recordType, String recordId, long version, String action) {
        log.changed(caller.practice(), recordType, recordId, version, action, caller.actor(), clock.now());
    }

    public void read(String recordType, String recordId, long version, boolean found) {
        // written before the record is answered: a read that cannot be audited is not answered
        log.read(caller.practice(), recordType, recordId, version, caller.actor(), found, clock.now());
    }
}
