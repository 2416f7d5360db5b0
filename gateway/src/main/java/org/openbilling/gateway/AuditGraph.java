package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.openbilling.dynamodb.audit.AuditEntry;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.web.Caller;

/** The audit trail of one record, for admins. */
@GraphQLApi
@ApplicationScoped
public class AuditGraph {

    static final int MAX_ENTRIES = 1000;
    private final AuditLog log;
    private final Caller caller;

    public AuditGraph(AuditLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @Query("auditTrail")
    @Description("Who created, changed or read one record of the practice, and when (oldest first, at most 1000).")
    public @NonNull List<@NonNull AuditEntry> auditTrail(@NonNull @Id String recordId) {
        return log.trail(caller.practice(), ClaimsGraph.safeId(recordId), MAX_ENTRIES);
    }
}
