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
import java.util.List;
import org.openbilling.contract.CodeAnswer;
import org.openbilling.contract.CodeValidationAnswer;
import org.openbilling.contract.EncounterAnswer;
import org.openbilling.contract.EncounterRequest;
import org.openbilling.contract.Requests;

/**
 * The code-validation function's REST API, as the gateway calls it: billing-contract's records out and in, for
 * encounters (the request bodies and the answer) and for code look-ups, searches and validations.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CodeValidationApi {
    @POST
    @Path("encounters")
    EncounterAnswer createEncounter(@HeaderParam("Authorization") String auth,
                                    @HeaderParam("Idempotency-Key") String key, EncounterRequest body);

    @PUT
    @Path("encounters/{id}/codes")
    EncounterAnswer codeEncounter(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
                                  EncounterRequest.Coding body);

    @POST
    @Path("codes/validate")
    CodeValidationAnswer validate(@HeaderParam("Authorization") String auth, Requests.ValidateCodes body);

    @GET
    @Path("codes/{system}/{code}")
    CodeAnswer lookup(@HeaderParam("Authorization") String auth, @PathParam("system") String system,
                    @PathParam("code") String code, @QueryParam("on") String on);

    @GET
    @Path("codes/{system}")
    List<CodeAnswer.SearchHit> search(@HeaderParam("Authorization") String auth, @PathParam("system") String system,
                    @QueryParam("q") String q, @QueryParam("on") String on, @QueryParam("limit") Integer limit,
                    @QueryParam("age") Integer age, @QueryParam("sex") String sex);
}
