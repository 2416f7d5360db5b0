package org.openbilling.gateway.functions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The claim-status function's REST API, as the gateway calls it. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ClaimStatusApi {
    @POST
    @Path("claims/{id}/status")
    String moveClaim(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String idempotencyKey,
                     @PathParam("id") String id, String body);

    @POST
    @Path("submissions")
    String submit(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String idempotencyKey,
                  String body);

    @POST
    @Path("remittances")
    @Consumes("application/edi-x12")
    String postRemittance(@HeaderParam("Authorization") String auth, String x12);

    @POST
    @Path("acknowledgements")
    @Consumes("application/edi-x12")
    String postAcknowledgement(@HeaderParam("Authorization") String auth, String x12);

    @POST
    @Path("claim-status-inquiries")
    String inquireClaimStatus(@HeaderParam("Authorization") String auth,
                              @HeaderParam("Idempotency-Key") String idempotencyKey, String body);

    @POST
    @Path("invoices/{id}/payments")
    String recordPayment(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @PathParam("id") String id, String body);

    @PUT
    @Path("clearinghouse/connection")
    String putClearinghouseConnection(@HeaderParam("Authorization") String auth, String body);

    @POST
    @Path("work-items/{id}/{action}")
    String changeWorkItem(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String idempotencyKey,
                          @PathParam("id") String id, @PathParam("action") String action, String body);

    @GET
    @Path("clearinghouse/files/{id}/download")
    String exchangedFileDownload(@HeaderParam("Authorization") String auth, @PathParam("id") String id);
}
