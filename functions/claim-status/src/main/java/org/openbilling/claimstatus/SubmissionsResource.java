package org.openbilling.claimstatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.claimstatus.clearinghouse.ClearinghouseRuns;
import org.openbilling.contract.Requests;
import org.openbilling.contract.SubmissionAnswer;
import org.openbilling.contract.mapping.SubmissionAnswers;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.SubmissionId;
import org.openbilling.domain.submission.Submission;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/** 837P batches: POST sends READY claims (and pending voids) as one batch; GET answers it as it was sent. */
@Tag(name = "Submissions", description = "837P batches")
@Path("/submissions")
public class SubmissionsResource {
    public static final String EDI_X12 = "application/edi-x12";
    private final SubmissionService service;
    private final Caller caller;
    private final Idempotent idempotent;
    private final Audit audit;
    private final ClearinghouseRuns clearinghouse;

    public SubmissionsResource(SubmissionService service, Caller caller, Idempotent idempotent, Audit audit,
                               ClearinghouseRuns clearinghouse) {
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
        this.audit = audit;
        this.clearinghouse = clearinghouse;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "submitClaims", summary = "Sends READY claims (and pending voids) as one 837P batch; the claims become SUBMITTED")
    @APIResponse(responseCode = "201", description = "the batch as sent", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionAnswer.class)))
    public Response submit(Requests.Submit request, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        List<ClaimId> ids = SubmissionService.parseIds(request == null ? null : request.claimIds());
        // an explicit call, not @IdempotentEndpoint: runSoon below must follow a replayed answer too (a retry
        // after a lost answer kicks the mailbox again), and an interceptor would skip the whole body on a replay
        Response response = idempotent.run("POST /submissions", idempotencyKey, request, () -> {
            Submission s = service.submit(caller.practice(), ids, idempotencyKey, caller.actor());
            return Response.status(201).location(URI.create("/submissions/" + s.id().value())).entity(SubmissionAnswers.of(s)).build();
        });
        // the stored batch goes to the practice's clearinghouse right away if it has a connection (and with the
        // next scheduled run if this one fails): never in the request, whose answer must not wait on a mailbox
        clearinghouse.runSoon(caller.practice());
        return response;
    }

    /** The batch as sent: JSON with the X12 text, or the X12 text itself for {@code Accept: application/edi-x12}. */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, EDI_X12})
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getSubmission", summary = "One 837P batch as sent: JSON with its X12 text, or the X12 text itself for Accept: application/edi-x12")
    @APIResponse(responseCode = "200", description = "the batch", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionAnswer.class)))
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Submission s = service.get(caller.practice(), PathIds.parse("submission", id, SubmissionId::new));
        // the batch carries patient data: reading it is audited like reading a claim
        audit.read("submission", s.id().value(), 1, true);
        if (wantsX12(accept)) {
            return Response.ok(s.x12(), EDI_X12).build();
        }
        return Response.ok(SubmissionAnswers.of(s), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** X12 only when asked for before JSON (a browser's or a client's wildcard gets JSON). */
    static boolean wantsX12(String accept) {
        if (accept == null) {
            return false;
        }
        int x12 = accept.indexOf(EDI_X12);
        int json = accept.indexOf(MediaType.APPLICATION_JSON);
        return x12 >= 0 && (json < 0 || x12 < json);
    }
}
