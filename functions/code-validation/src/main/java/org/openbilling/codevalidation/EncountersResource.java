package org.openbilling.codevalidation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;
import org.openbilling.web.answers.EncounterAnswer;

/** Encounters: intake (with or without coding), reading one, and (re)coding. */
@Path("/encounters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EncountersResource {
    private final EncounterService service;
    private final Caller caller;
    private final Idempotent idempotent;

    public EncountersResource(EncounterService service, Caller caller, Idempotent idempotent) {
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** The body of PUT /encounters/{id}/codes. */
    public record CodingRequest(List<String> diagnoses, List<ProcedureInput> procedures, Long expectedVersion) {
    }

    @POST
    @RolesAllowed({Roles.CODER, Roles.PARTNER, Roles.ADMIN})
    public Response create(EncounterInput input,
                           @Parameter(description = "makes a retry safe: the same key and body within 24 hours get the first answer")
                           @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        if (input == null) {
            throw new RuleViolationException("required", "", "an encounter is required");
        }
        return idempotent.run("POST /encounters", idempotencyKey, input, () -> {
            Encounter e = service.create(caller.practice(), input);
            return Response.created(URI.create("/encounters/" + e.id().value())).entity(EncounterAnswer.of(e)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CODER, Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    public EncounterAnswer get(@PathParam("id") String id) {
        return EncounterAnswer.of(service.get(caller.practice(), encounterId(id)));
    }

    @PUT
    @Path("/{id}/codes")
    @RolesAllowed({Roles.CODER, Roles.ADMIN})
    public EncounterAnswer code(@PathParam("id") String id, CodingRequest request) {
        if (request == null) {
            throw new RuleViolationException("required", "", "diagnoses and procedures are required");
        }
        return EncounterAnswer.of(service.recode(caller.practice(), encounterId(id), request.diagnoses(),
                request.procedures(), request.expectedVersion()));
    }

    static EncounterId encounterId(String id) {
        return PathIds.parse("encounter", id, EncounterId::new);
    }
}
