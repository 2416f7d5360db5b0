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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.mapping.ClaimAnswers;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.Violations;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/**
 * Status moves of one claim, and adjudications entered by hand: a move to PAID, PARTIALLY_PAID or DENIED may carry
 * the payer's {@code adjudication} (amounts, adjustments, remarks), posted like an 835's. A move to VOIDED or REPLACED
 * is refused with a rule naming the endpoint that makes it (the void, the correction), since a bare status change
 * would skip what those do: the frequency-8 void to the payer, the replacement claim, the patient's invoices.
 */
@Tag(name = "Claim status", description = "Claims' status moves by hand and adjudications from paper EOBs")
@Path("/claims/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimStatusResource {
    static final int MAX_REASON = 500;
    /** VOIDED and REPLACED are reached through their own flows; the rule ids name the endpoint to use. */
    static final String USE_VOID = "use-void-endpoint";
    static final String USE_CORRECTIONS = "use-corrections-endpoint";
    private final ClaimStatusService service;
    private final Caller caller;
    private final ReasonCodes codes;

    public ClaimStatusResource(ClaimStatusService service, Caller caller, ReasonCodes codes) {
        this.service = service;
        this.caller = caller;
        this.codes = codes;
    }

    @POST
    @IdempotentEndpoint("POST /claims/{id}/status")
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "updateClaimStatus", summary = "Moves a claim by hand (resubmit, appeal, close, or the payer's verdict from a paper EOB)")
    @APIResponse(responseCode = "200", description = "the moved claim", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimAnswer.class)))
    public Response move(@PathParam("id") String id, Requests.StatusChange request,
                         @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
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
        if (to == ClaimStatus.VOIDED) {
            v.add(USE_VOID, "status", "a claim is voided with POST /claims/{id}/void (claim-creation): it tells the payer"
                    + " (a frequency-8 claim) and withdraws the patient's invoices; a status move would do neither");
        } else if (to == ClaimStatus.REPLACED) {
            v.add(USE_CORRECTIONS, "status", "a claim is replaced with POST /claims/{id}/corrections (claim-creation),"
                    + " which makes the replacement claim; a status move cannot");
        }
        if (request != null && request.reason() != null && request.reason().length() > MAX_REASON) {
            v.add("text-too-long", "reason", "a reason is at most " + MAX_REASON + " characters");
        }
        ManualAdjudication.Checked checked = null;
        if (request != null && request.adjudication() != null) {
            if (to != null && !ClaimStatusService.ADJUDICATED.contains(to)) {
                v.add("adjudication-status", "adjudication",
                        "an adjudication comes with a move to PAID, PARTIALLY_PAID or DENIED");
            }
            checked = ManualAdjudication.check(request.adjudication(), codes, v);
        }
        v.throwIfAny();
        ClaimId claimId = PathIds.parse("claim", id, ClaimId::new);
        return Response.ok(ClaimAnswers.of(checked == null
                ? service.move(caller.practice(), claimId, to, request.reason(), request.expectedVersion(),
                        caller.actor(), idempotencyKey)
                : service.adjudicate(caller.practice(), claimId, to, checked, request.reason(),
                        request.expectedVersion(), caller.actor(), idempotencyKey, checked.toString())))
                .build();
    }
}
