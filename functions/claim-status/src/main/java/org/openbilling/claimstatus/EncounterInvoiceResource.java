package org.openbilling.claimstatus;

import jakarta.annotation.security.RolesAllowed;
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
import org.openbilling.contract.InvoiceAnswer;
import org.openbilling.contract.mapping.InvoiceAnswers;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/**
 * The invoice of a self-pay encounter (no body): 201 when this call issued it, 200 with the same invoice when the
 * encounter has it already (a retry, or a racing request, without the Idempotency-Key of the first).
 */
@Tag(name = "Invoices", description = "Patient invoices: issue, payments, adjustments, voids")
@Path("/encounters/{id}/invoice")
@Produces(MediaType.APPLICATION_JSON)
public class EncounterInvoiceResource {
    private final InvoiceService service;
    private final Caller caller;

    public EncounterInvoiceResource(InvoiceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @IdempotentEndpoint("POST /encounters/{id}/invoice")
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "issueEncounterInvoice", summary = "Issues the patient's invoice for a self-pay encounter; the invoice already issued when there is one")
    @APIResponse(responseCode = "201", description = "the new invoice", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceAnswer.class)))
    @APIResponse(responseCode = "200", description = "the invoice already issued for this encounter", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceAnswer.class)))
    public Response issue(@PathParam("id") String id, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        EncounterId encounterId = PathIds.parse("encounter", id, EncounterId::new);
        InvoiceService.Issued issued = service.issue(caller.practice(), encounterId);
        Invoice v = issued.invoice();
        return Response.status(issued.isNew() ? 201 : 200).location(URI.create("/invoices/" + v.id().value()))
                .entity(InvoiceAnswers.of(v)).build();
    }
}
