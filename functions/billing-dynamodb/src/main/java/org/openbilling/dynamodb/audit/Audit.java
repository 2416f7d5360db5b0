package org.openbilling.dynamodb.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.domain.common.Acting;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * Audit entries on behalf of whoever acts (in the apps: the request's authenticated caller): every change of patient
 * or claim data, every read by id.
 */
@ApplicationScoped
public class Audit {
    private final AuditLog log;
    private final Acting acting;
    private final PracticeClock clock;

    public Audit(AuditLog log, Acting acting, PracticeClock clock) {
        this.log = log;
        this.acting = acting;
        this.clock = clock;
    }

    public void changed(String recordType, String recordId, long version, String action) {
        log.changed(acting.practice(), recordType, recordId, version, action, acting.actor(), clock.now());
    }

    public void read(String recordType, String recordId, long version, boolean found) {
        // written before the record is answered: a read that cannot be audited is not answered
        log.read(acting.practice(), recordType, recordId, version, acting.actor(), found, clock.now());
    }
}
