package org.openbilling.claimcreation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.mapping.ClaimAnswers;
import org.openbilling.contract.mapping.EncounterRequests;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.PayerClaimControlNumbers;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.Violations;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/** Claims: created from a coded encounter, read by id. */
@Tag(name = "Claims", description = "Claims from coded encounters: creation, corrections, voids and the 837P preview")
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {
    static final int MAX_REASON = 500;
    private final ClaimService service;
    private final Caller caller;

    public ClaimsResource(ClaimService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @IdempotentEndpoint("POST /claims")
    @RolesAllowed({Roles.BILLER, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "createClaim", summary = "A READY claim from a coded encounter, scrubbed; the claim already made from it when there is one")
    @APIResponse(responseCode = "201", description = "the new claim", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimAnswer.class)))
    @APIResponse(responseCode = "200", description = "the claim already made from this encounter", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimAnswer.class)))
    public Response create(Requests.CreateClaim request, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        Violations v = new Violations();
        v.required("encounterId", request == null ? null : request.encounterId());
        v.throwIfAny();
        EncounterId encounterId = v.parse("encounterId", () -> new EncounterId(request.encounterId()));
        v.throwIfAny();
        ClaimService.Created created = service.create(caller.practice(), encounterId, caller.actor());
        Claim c = created.claim();
        return Response.status(created.isNew() ? 201 : 200).location(URI.create("/claims/" + c.id().value()))
                .entity(ClaimAnswers.of(c)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "getClaim", summary = "One claim by id")
    public ClaimAnswer get(@PathParam("id") String id) {
        return ClaimAnswers.of(service.get(caller.practice(), claimId(id)));
    }

    @POST
    @Path("/{id}/corrections")
    @IdempotentEndpoint("POST /claims/{id}/corrections")
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "correctClaim", summary = "A corrected claim: a REJECTED or never-sent claim changed in place, or a replacement (frequency 7) of one the payer adjudicated")
    @APIResponse(responseCode = "201", description = "the replacement claim", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimAnswer.class)))
    @APIResponse(responseCode = "200", description = "the claim corrected in place", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimAnswer.class)))
    public Response correct(@PathParam("id") String id, Requests.CorrectClaim request,
                            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        ClaimId claimId = claimId(id);
        Violations v = new Violations();
        v.required("encounter", request == null ? null : request.encounter());
        if (request != null && request.payerClaimControlNumber() != null) {
            PayerClaimControlNumbers.check(v, "payerClaimControlNumber", request.payerClaimControlNumber());
        }
        v.throwIfAny();
        ClaimService.Created c = service.correct(caller.practice(), claimId, EncounterRequests.toInput(request.encounter()),
                request.payerClaimControlNumber(), request.expectedVersion(), caller.actor());
        return Response.status(c.isNew() ? 201 : 200).location(URI.create("/claims/" + c.claim().id().value()))
                .entity(ClaimAnswers.of(c.claim())).build();
    }

    @POST
    @Path("/{id}/void")
    @IdempotentEndpoint("POST /claims/{id}/void")
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "voidClaim", summary = "Voids a claim; one the payer has seen goes out again as a void (frequency 8) with the next batch")
    @APIResponse(responseCode = "200", description = "the voided claim", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimAnswer.class)))
    public Response voidClaim(@PathParam("id") String id, Requests.VoidClaim request,
                              @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        ClaimId claimId = claimId(id);
        Violations v = new Violations();
        String reason = v.required("reason", request == null ? null : request.reason());
        if (reason != null && (reason.isBlank() || reason.length() > MAX_REASON)) {
            v.add("text-length", "reason", "a reason is 1 to " + MAX_REASON + " characters");
        }
        v.throwIfAny();
        return Response.ok(ClaimAnswers.of(service.voidClaim(caller.practice(), claimId, reason.strip(),
                request.expectedVersion(), caller.actor()))).build();
    }

    static ClaimId claimId(String id) {
        return PathIds.parse("claim", id, ClaimId::new);
    }
}
