package org.openbilling.gateway.functions;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openbilling.contract.EncounterAnswer;
import org.openbilling.gateway.CodesGraph;
import org.openbilling.gateway.types.Inputs;

/**
 * The code-validation function's REST API, as the gateway calls it. Encounters are billing-contract's records; the
 * GraphQL encounter input is sent as it is (its fields are the REST input's); code look-ups are read as JSON trees
 * into the GraphQL code types.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CodeValidationApi {
    /** The body of POST /codes/validate. */
    record ValidateRequest(String on, List<CodesGraph.CodeRef> codes) {
    }

    /** The body of PUT /encounters/{id}/codes. */
    record CodingRequest(List<String> diagnoses, List<Inputs.ProcedureInput> procedures, Integer expectedVersion) {
    }

    @POST
    @Path("encounters")
    EncounterAnswer createEncounter(@HeaderParam("Authorization") String auth,
                                    @HeaderParam("Idempotency-Key") String key, Inputs.EncounterInput body);

    @PUT
    @Path("encounters/{id}/codes")
    EncounterAnswer codeEncounter(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
                                  CodingRequest body);

    @POST
    @Path("codes/validate")
    JsonNode validate(@HeaderParam("Authorization") String auth, ValidateRequest body);

    @GET
    @Path("codes/{system}/{code}")
    JsonNode lookup(@HeaderParam("Authorization") String auth, @PathParam("system") String system,
                    @PathParam("code") String code, @QueryParam("on") String on);

    @GET
    @Path("codes/{system}")
    JsonNode search(@HeaderParam("Authorization") String auth, @PathParam("system") String system,
                    @QueryParam("q") String q, @QueryParam("on") String on, @QueryParam("limit") Integer limit,
                    @QueryParam("age") Integer age, @QueryParam("sex") String sex);
}
