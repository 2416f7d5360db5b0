package org.openbilling.gateway.functions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The code-validation function's REST API, as the gateway calls it (JSON passed through as text). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CodeValidationApi {
    @POST
    @Path("encounters")
    String createEncounter(@HeaderParam("Authorization") String auth, @HeaderParam("Idempotency-Key") String key, String body);

    @PUT
    @Path("encounters/{id}/codes")
    String codeEncounter(@HeaderParam("Authorization") String auth, @PathParam("id") String id, String body);

    @POST
    @Path("codes/validate")
    String validate(@HeaderParam("Authorization") String auth, String body);

    @GET
    @Path("codes/{system}/{code}")
    String lookup(@HeaderParam("Authorization") String auth, @PathParam("system") String system,
                  @PathParam("code") String code, @QueryParam("on") String on);

    @GET
    @Path("codes/{system}")
    String search(@HeaderParam("Authorization") String auth, @PathParam("system") String system,
                  @QueryParam("q") String q, @QueryParam("on") String on, @QueryParam("limit") Integer limit,
                  @QueryParam("age") Integer age, @QueryParam("sex") String sex);
}
