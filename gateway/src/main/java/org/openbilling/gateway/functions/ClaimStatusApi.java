package org.openbilling.gateway.functions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openbilling.contract.AcknowledgementAnswer;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.contract.ConnectionAnswer;
import org.openbilling.contract.ExchangedFileAnswer;
import org.openbilling.contract.InvoiceAnswer;
import org.openbilling.contract.RemittanceAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.SubmissionAnswer;
import org.openbilling.contract.WorkItemAnswer;
import org.openbilling.gateway.SubmissionsGraph;

/**
 * The claim-status function's REST API, as the gateway calls it: billing-contract's records for claims, invoices,
 * submissions, acknowledgements, remittances, the clearinghouse and work items.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ClaimStatusApi {
    @POST
    @Path("claims/{id}/status")
    ClaimAnswer moveClaim(@HeaderParam("Authorization") String auth,
                          @HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("id") String id,
                          Requests.StatusChange body);

    /** A coverage reported after the claim was billed, added after the claim's payer (the next payer's claim at once). */
    @POST
    @Path("claims/{id}/coverages")
    ClaimAnswer addLaterCoverage(@HeaderParam("Authorization") String auth,
                                 @HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("id") String id,
                                 Requests.LaterCoverage body);

    @POST
    @Path("submissions")
    SubmissionAnswer submit(@HeaderParam("Authorization") String auth,
                            @HeaderParam("Idempotency-Key") String idempotencyKey, Requests.Submit body);

    @POST
    @Path("remittances")
    @Consumes("application/edi-x12")
    RemittanceAnswer postRemittance(@HeaderParam("Authorization") String auth, String x12);

    @POST
    @Path("acknowledgements")
    @Consumes("application/edi-x12")
    AcknowledgementAnswer postAcknowledgement(@HeaderParam("Authorization") String auth, String x12);

    @POST
    @Path("claim-status-inquiries")
    SubmissionsGraph.ClaimStatusInquiry inquireClaimStatus(@HeaderParam("Authorization") String auth,
                                                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                                                           Requests.StatusInquiry body);

    @POST
    @Path("invoices/{id}/payments")
    InvoiceAnswer recordPayment(@HeaderParam("Authorization") String auth,
                                @HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("id") String id,
                                Requests.Payment body);

    @PUT
    @Path("clearinghouse/connection")
    ConnectionAnswer putClearinghouseConnection(@HeaderParam("Authorization") String auth,
                                                Requests.ClearinghouseConnection body);

    @POST
    @Path("work-items/{id}/assign")
    WorkItemAnswer assignWorkItem(@HeaderParam("Authorization") String auth,
                                  @HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("id") String id,
                                  Requests.AssignWorkItem body);

    /** The moves with a note: {@code action} is notes, start, resolve or close. */
    @POST
    @Path("work-items/{id}/{action}")
    WorkItemAnswer changeWorkItem(@HeaderParam("Authorization") String auth,
                                  @HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("id") String id,
                                  @PathParam("action") String action, Requests.WorkItemNote body);

    @GET
    @Path("clearinghouse/files/{id}/download")
    ExchangedFileAnswer.Download exchangedFileDownload(@HeaderParam("Authorization") String auth,
                                                          @PathParam("id") String id);
}
