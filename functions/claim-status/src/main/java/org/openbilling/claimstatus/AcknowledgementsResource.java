package org.openbilling.claimstatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.AcknowledgementAnswer;
import org.openbilling.web.BodyLimits;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.web.Roles;

/** POST /acknowledgements: a 999 or 277CA (005010X214) from the clearinghouse, as X12 text. */
@Tag(name = "Acknowledgements", description = "X12 999 and 277CA acknowledgements, and 277 claim status answers")
@Path("/acknowledgements")
public class AcknowledgementsResource {
    private final AcknowledgementService service;
    private final Caller caller;
    private final long maxBytes;

    public AcknowledgementsResource(AcknowledgementService service, Caller caller,
                                    @ConfigProperty(name = "billing.x12.max-bytes", defaultValue = "5242880") long maxBytes) {
        this.service = service;
        this.caller = caller;
        this.maxBytes = maxBytes;
    }

    @POST
    @IdempotentEndpoint("POST /acknowledgements")
    @Consumes({SubmissionsResource.EDI_X12, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "postAcknowledgement", summary = "Applies an X12 999 or 277CA to the batches and claims it acknowledges, or records a 277 claim status answer (005010X212) on the claims it names")
    @APIResponse(responseCode = "200", description = "what the acknowledgement changed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AcknowledgementAnswer.class)))
    public Response post(byte[] x12, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        BodyLimits.checkX12(x12, maxBytes);
        // the file is idempotent by itself; a key only adds the replay of the first answer
        return Response.ok(service.apply(caller.practice(), caller.actor(), x12)).build();
    }
}
