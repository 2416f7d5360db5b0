package org.openbilling.claimstatus;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.claimstatus.InvoiceRequests.AdjustmentCommand;
import org.openbilling.claimstatus.InvoiceRequests.AdjustmentRequest;
import org.openbilling.claimstatus.InvoiceRequests.PaymentCommand;
import org.openbilling.claimstatus.InvoiceRequests.VoidCommand;
import org.openbilling.claimstatus.InvoiceRequests.VoidRequest;
import org.openbilling.contract.InvoiceAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.mapping.InvoiceAnswers;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/** Invoices to patients: read by id, paid, adjusted (write-off, payment reversal) and voided. */
@Tag(name = "Invoices", description = "Patient invoices: issue, payments, adjustments, voids")
@Path("/invoices/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {
    private final InvoiceService service;
    private final Caller caller;

    public InvoicesResource(InvoiceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getInvoice", summary = "One patient invoice by id")
    public InvoiceAnswer get(@PathParam("id") String id) {
        return InvoiceAnswers.of(service.get(caller.practice(), invoiceId(id)));
    }

    @POST
    @Path("/payments")
    @IdempotentEndpoint("POST /invoices/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "recordInvoicePayment", summary = "Records a patient's payment on an invoice; more than the balance is refused")
    @APIResponse(responseCode = "200", description = "the invoice with the payment", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceAnswer.class)))
    public Response pay(@PathParam("id") String id, Requests.Payment request,
                        @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        InvoiceId invoiceId = invoiceId(id);
        PaymentCommand command = InvoiceRequests.toCommand(required(request));
        return Response.ok(InvoiceAnswers.of(service.pay(caller.practice(), invoiceId, command, idempotencyKey,
                caller.actor()))).build();
    }

    @POST
    @Path("/adjustments")
    @IdempotentEndpoint("POST /invoices/{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "adjustInvoice", summary = "A write-off or a payment reversal on an invoice")
    @APIResponse(responseCode = "200", description = "the adjusted invoice", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceAnswer.class)))
    public Response adjust(@PathParam("id") String id, AdjustmentRequest request,
                           @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        InvoiceId invoiceId = invoiceId(id);
        AdjustmentCommand command = required(request).toCommand();
        return Response.ok(InvoiceAnswers.of(service.adjust(caller.practice(), invoiceId, command, caller.actor())))
                .build();
    }

    @POST
    @Path("/void")
    @IdempotentEndpoint("POST /invoices/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "voidInvoice", summary = "Voids an invoice; what the patient paid on it becomes a credit")
    @APIResponse(responseCode = "200", description = "the voided invoice", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceAnswer.class)))
    public Response voidInvoice(@PathParam("id") String id, VoidRequest request,
                                @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        InvoiceId invoiceId = invoiceId(id);
        VoidCommand command = required(request).toCommand();
        return Response.ok(InvoiceAnswers.of(service.voidInvoice(caller.practice(), invoiceId, command))).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolationException("required", "", "a JSON body is required");
        }
        return body;
    }

    static InvoiceId invoiceId(String id) {
        return PathIds.parse("invoice", id, InvoiceId::new);
    }
}
