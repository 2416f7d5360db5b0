package org.openbilling.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openbilling.dynamodb.audit.AuditEntry;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.web.Caller;
import org.openbilling.web.Roles;

/** GET /audit/{recordId}: the audit trail of one record of the caller's practice, for admins. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditLog log;
    private final Caller caller;

    public AuditResource(AuditLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    /** The answer: one record's entries, oldest first. */
    public record AuditTrail(String recordId, List<AuditEntry> entries) {
    }

    @GET
    @Path("/{recordId}")
    @RolesAllowed(Roles.ADMIN)
    public AuditTrail trail(@PathParam("recordId") String recordId) {
        String id = ClaimsGraph.safeId(recordId);
        return new AuditTrail(id, log.trail(caller.practice(), id, AuditGraph.MAX_ENTRIES));
    }
}
