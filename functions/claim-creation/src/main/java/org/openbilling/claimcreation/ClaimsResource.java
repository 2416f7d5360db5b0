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
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.PayerClaimControlNumbers;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;
import org.openbilling.web.answers.ClaimAnswer;

/** Claims: created from a coded encounter, read by id. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {
    static final int MAX_REASON = 500;
    private final ClaimService service;
    private final Caller caller;
    private final Idempotent idempotent;

    public ClaimsResource(ClaimService service, Caller caller, Idempotent idempotent) {
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** The body of POST /claims. */
    public record CreateClaimRequest(String encounterId) {
    }

    @POST
    @RolesAllowed({Roles.BILLER, Roles.PARTNER, Roles.ADMIN})
    public Response create(CreateClaimRequest request, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        Violations v = new Violations();
        v.required("encounterId", request == null ? null : request.encounterId());
        v.throwIfAny();
        EncounterId encounterId = v.parse("encounterId", () -> new EncounterId(request.encounterId()));
        v.throwIfAny();
        return idempotent.run("POST /claims", idempotencyKey, request, () -> {
            ClaimService.Created created = service.create(caller.practice(), encounterId, caller.actor());
            Claim c = created.claim();
            return Response.status(created.isNew() ? 201 : 200).location(URI.create("/claims/" + c.id().value()))
                    .entity(ClaimAnswer.of(c)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.PARTNER, Roles.ADMIN})
    public ClaimAnswer get(@PathParam("id") String id) {
        return ClaimAnswer.of(service.get(caller.practice(), claimId(id)));
    }

    /** The body of POST /claims/{id}/corrections: the encounter fields to change, whole top-level parts. */
    public record CorrectionRequest(EncounterInput encounter, Long expectedVersion, String payerClaimControlNumber) {
    }

    /** The body of POST /claims/{id}/void. */
    public record VoidRequest(Long expectedVersion, String reason) {
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    public Response correct(@PathParam("id") String id, CorrectionRequest request,
                            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        ClaimId claimId = claimId(id);
        Violations v = new Violations();
        v.required("encounter", request == null ? null : request.encounter());
        if (request != null && request.payerClaimControlNumber() != null) {
            PayerClaimControlNumbers.check(v, "payerClaimControlNumber", request.payerClaimControlNumber());
        }
        v.throwIfAny();
        return idempotent.run("POST /claims/" + id + "/corrections", idempotencyKey, request, () -> {
            ClaimService.Created c = service.correct(caller.practice(), claimId, request.encounter(),
                    request.payerClaimControlNumber(), request.expectedVersion(), caller.actor());
            return Response.status(c.isNew() ? 201 : 200).location(URI.create("/claims/" + c.claim().id().value()))
                    .entity(ClaimAnswer.of(c.claim())).build();
        });
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    public Response voidClaim(@PathParam("id") String id, VoidRequest request,
                              @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        ClaimId claimId = claimId(id);
        Violations v = new Violations();
        String reason = v.required("reason", request == null ? null : request.reason());
        if (reason != null && (reason.isBlank() || reason.length() > MAX_REASON)) {
            v.add("text-length", "reason", "a reason is 1 to " + MAX_REASON + " characters");
        }
        v.throwIfAny();
        return idempotent.run("POST /claims/" + id + "/void", idempotencyKey, request, () -> Response.ok(
                ClaimAnswer.of(service.voidClaim(caller.practice(), claimId, reason.strip(), request.expectedVersion(),
                        caller.actor()))).build());
    }

    static ClaimId claimId(String id) {
        return PathIds.parse("claim", id, ClaimId::new);
    }
}
