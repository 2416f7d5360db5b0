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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.EncounterAnswer;
import org.openbilling.contract.EncounterRequest;
import org.openbilling.contract.mapping.EncounterAnswers;
import org.openbilling.contract.mapping.EncounterRequests;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.IdempotentEndpoint;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/** Encounters: intake (with or without coding), reading one, and (re)coding. */
@Tag(name = "Encounters", description = "Encounter intake and coding")
@Path("/encounters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EncountersResource {
    private final EncounterService service;
    private final Caller caller;

    public EncountersResource(EncounterService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @IdempotentEndpoint("POST /encounters")
    @RolesAllowed({Roles.CODER, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "createEncounter", summary = "Encounter intake, with or without coding; every code is checked on the date of service")
    @APIResponse(responseCode = "201", description = "the stored encounter", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EncounterAnswer.class)))
    public Response create(EncounterRequest input,
                           @Parameter(description = "makes a retry safe: the same key and body within 24 hours get the first answer")
                           @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        if (input == null) {
            throw new RuleViolationException("required", "", "an encounter is required");
        }
        Encounter e = service.create(caller.practice(), EncounterRequests.toInput(input));
        return Response.created(URI.create("/encounters/" + e.id().value())).entity(EncounterAnswers.of(e)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CODER, Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getEncounter", summary = "One encounter by id")
    public EncounterAnswer get(@PathParam("id") String id) {
        return EncounterAnswers.of(service.get(caller.practice(), encounterId(id)));
    }

    @PUT
    @Path("/{id}/codes")
    @RolesAllowed({Roles.CODER, Roles.ADMIN})
    @Operation(operationId = "codeEncounter", summary = "Replaces an encounter's diagnoses and procedures (expectedVersion guards against lost updates)")
    public EncounterAnswer code(@PathParam("id") String id, EncounterRequest.Coding request) {
        if (request == null) {
            throw new RuleViolationException("required", "", "diagnoses and procedures are required");
        }
        return EncounterAnswers.of(service.recode(caller.practice(), encounterId(id), request.diagnoses(),
                EncounterRequests.procedures(request.procedures()), request.expectedVersion()));
    }

    static EncounterId encounterId(String id) {
        return PathIds.parse("encounter", id, EncounterId::new);
    }
}
