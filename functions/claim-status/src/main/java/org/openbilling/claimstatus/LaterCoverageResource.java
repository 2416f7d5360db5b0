package org.openbilling.claimstatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.mapping.ClaimAnswers;
import org.openbilling.contract.mapping.EncounterRequests;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/**
 * A coverage the patient reported after the visit was billed, added after the claim's payer ({@link LaterCoverages}):
 * when that payer has decided, the next payer's claim is made now and the patient's invoice is voided as moved to it.
 */
@Tag(name = "Claim status", description = "Claims' status moves by hand and adjudications from paper EOBs")
@Path("/claims/{id}/coverages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LaterCoverageResource {
    private final LaterCoverages service;
    private final Caller caller;

    public LaterCoverageResource(LaterCoverages service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @IdempotentEndpoint("POST /claims/{id}/coverages")
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "addLaterCoverage", summary = "Adds a coverage after the claim's payer; an adjudicated claim's next payer is billed at once and the patient's invoice moves to it")
    @APIResponse(responseCode = "200", description = "the claim, linked to the next payer's claim (nextClaimId) when its payer has decided", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimAnswer.class)))
    public Response add(@PathParam("id") String id, Requests.LaterCoverage request,
                        @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        ClaimId claimId = PathIds.parse("claim", id, ClaimId::new);
        return Response.ok(ClaimAnswers.of(service.add(caller.practice(), claimId,
                request == null ? null : EncounterRequests.coverage(request.coverage()), caller.actor()))).build();
    }
}
