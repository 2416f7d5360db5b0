package org.openbilling.claimstatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.Violations;
import org.openbilling.web.Caller;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/** Status moves of one claim. */
@Path("/claims/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimStatusResource {
    static final int MAX_REASON = 500;
    private final ClaimStatusService service;
    private final Caller caller;

    public ClaimStatusResource(ClaimStatusService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** The body of POST /claims/{id}/status. */
    public record StatusRequest(String status, String reason, Long expectedVersion) {
    }

    @POST
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    public Claim move(@PathParam("id") String id, StatusRequest request) {
        Violations v = new Violations();
        String raw = v.required("status", request == null ? null : request.status());
        ClaimStatus to = null;
        if (raw != null) {
            try {
                to = ClaimStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("claim-status-unknown", "status", "unknown claim status");
            }
        }
        if (request != null && request.reason() != null && request.reason().length() > MAX_REASON) {
            v.add("text-too-long", "reason", "a reason is at most " + MAX_REASON + " characters");
        }
        v.throwIfAny();
        return service.move(caller.practice(), PathIds.parse("claim", id, ClaimId::new), to, request.reason(), request.expectedVersion(), caller.actor());
    }
}
