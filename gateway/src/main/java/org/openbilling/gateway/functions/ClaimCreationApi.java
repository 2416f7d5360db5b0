package org.openbilling.gateway.functions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.contract.Requests;

/** The claim-creation function's REST API, as the gateway calls it: billing-contract's records out and in. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ClaimCreationApi {
    @POST
    @Path("claims")
    ClaimAnswer createClaim(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String key,
                            Requests.CreateClaim body);

    @POST
    @Path("claims/{id}/void")
    ClaimAnswer voidClaim(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String key,
                          @PathParam("id") String id, Requests.VoidClaim body);

    /** The claim as an X12 837P preview; the answer is X12 text, not JSON. */
    @GET
    @Path("claims/{id}/837")
    @Produces({"application/edi-x12", MediaType.APPLICATION_JSON})
    String preview837(@HeaderParam("Authorization") String auth, @PathParam("id") String id);
}
