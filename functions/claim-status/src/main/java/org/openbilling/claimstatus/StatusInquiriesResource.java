package org.openbilling.claimstatus;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.submission.StatusInquiry;
import org.openbilling.contract.Requests;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.Roles;
import org.openbilling.claimstatus.clearinghouse.ClearinghouseRuns;

/**
 * Claim status inquiries (276, 005010X212): POST asks the payers about the chosen claims, or every ACCEPTED claim
 * still waiting on its 835; GET answers the inquiry as made. A stored inquiry goes to the practice's clearinghouse with
 * the next outbox run, as a batch does; the 277 answers come back through POST /acknowledgements (or the mailbox).
 */
@Path("/claim-status-inquiries")
@Tag(name = "Claim status inquiries", description = "X12 276 claim status inquiries; their 277 answers come through acknowledgements")
public class StatusInquiriesResource {
    private final StatusInquiryService service;
    private final Caller caller;
    private final Idempotent idempotent;
    private final Audit audit;
    private final ClearinghouseRuns clearinghouse;

    public StatusInquiriesResource(StatusInquiryService service, Caller caller, Idempotent idempotent, Audit audit,
                                   ClearinghouseRuns clearinghouse) {
        this.clearinghouse = clearinghouse;
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
        this.audit = audit;
    }

    /** One claim of an inquiry with the trace (TRN02) its 277 answer echoes. */
    public record InquiredClaimAnswer(String claimId, String claimNumber, String trace) {
    }

    /** An inquiry as made: its claims and traces, control numbers, and the 276 itself. */
    public record InquiryAnswer(String id, List<InquiredClaimAnswer> claims, ControlNumbersAnswer controlNumbers,
                                String x12, String createdAt) {
        static InquiryAnswer of(StatusInquiry q) {
            return new InquiryAnswer(q.id(), q.claims().stream().map(c -> new InquiredClaimAnswer(c.claimId().value(),
                    c.claimNumber(), c.trace())).toList(), new ControlNumbersAnswer(q.controlNumbers().interchange(),
                    q.controlNumbers().group(), q.controlNumbers().transactions()), q.x12(), q.createdAt().toString());
        }
    }

    /** ISA13, GS06 and ST02 as written. */
    public record ControlNumbersAnswer(String interchange, String group, List<String> transactions) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    @Operation(operationId = "inquireClaimStatus", summary = "Makes a 276 claim status inquiry (005010X212) of the named claims, or of every ACCEPTED claim; each claim's history notes it")
    @APIResponse(responseCode = "201", description = "the inquiry as made, with its X12 text", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InquiryAnswer.class)))
    public Response inquire(Requests.StatusInquiry request, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        List<String> raw = request == null ? null : request.claimIds();
        List<ClaimId> ids = raw == null || raw.isEmpty() ? List.of() : SubmissionService.parseIds(raw);
        // an explicit call, not @IdempotentEndpoint: runSoon below must follow a replayed answer too (a retry
        // after a lost answer kicks the mailbox again), and an interceptor would skip the whole body on a replay
        Response response = idempotent.run("POST /claim-status-inquiries", idempotencyKey, request, () -> {
            StatusInquiry q = service.inquire(caller.practice(), ids, idempotencyKey, caller.actor());
            return Response.status(201).location(URI.create("/claim-status-inquiries/" + q.id()))
                    .entity(InquiryAnswer.of(q)).build();
        });
        // to the clearinghouse like a batch: soon after the answer, never in the request
        clearinghouse.runSoon(caller.practice());
        return response;
    }

    /** The inquiry as made: JSON with the X12 text, or the X12 itself for {@code Accept: application/edi-x12}. */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, SubmissionsResource.EDI_X12})
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getClaimStatusInquiry", summary = "One 276 inquiry as made: JSON with its X12 text, or the X12 text itself for Accept: application/edi-x12")
    @APIResponse(responseCode = "200", description = "the inquiry", content = @Content(mediaType = "application/json", schema = @Schema(implementation = InquiryAnswer.class)))
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (!StatusInquiry.isInquiryId(id)) {
            throw new org.openbilling.domain.common.NotFoundException("claim status inquiry", String.valueOf(id));
        }
        StatusInquiry q = service.get(caller.practice(), id);
        // the 276 carries patient names and member ids: reading it is audited like reading a submission
        audit.read("claim-status-inquiry", q.id(), 1, true);
        if (SubmissionsResource.wantsX12(accept)) {
            return Response.ok(q.x12(), SubmissionsResource.EDI_X12).build();
        }
        return Response.ok(InquiryAnswer.of(q), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
