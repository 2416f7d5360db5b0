package org.openbilling.claimcreation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.web.Caller;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;
import org.openbilling.x12.Claim837Writer;
import org.openbilling.x12.ControlNumbers;
import org.openbilling.x12.Envelope;

/** GET /claims/{id}/837: the claim as an 837P 005010X222A1 preview (the batch actually sent comes from submissions). */
@Tag(name = "Claims", description = "Claims from coded encounters: creation, corrections, voids and the 837P preview")
@Path("/claims/{id}/837")
public class Claim837Resource {
    public static final String EDI_X12 = "application/edi-x12";
    /** One writer for the process: it holds the parsed implementation schema and is thread-safe. */
    private static final Claim837Writer WRITER = new Claim837Writer();

    private final ClaimService claims;
    private final PracticeRepository practices;
    private final Caller caller;
    private final PracticeClock clock;

    public Claim837Resource(ClaimService claims, PracticeRepository practices, Caller caller, PracticeClock clock) {
        this.claims = claims;
        this.practices = practices;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces(EDI_X12)
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "previewClaim837", summary = "The claim as the X12 837P it would be sent as (not sent; no envelope numbers used up)")
    @APIResponse(responseCode = "200", description = "the 837P text")
    public String preview(@PathParam("id") String id) {
        Claim claim = claims.get(caller.practice(), PathIds.parse("claim", id, ClaimId::new));
        // a preview is never sent: fixed control numbers mark it, the real ones are assigned per submission
        return WRITER.write(Envelope.of(practices.find(caller.practice())), ControlNumbers.of(1, 1, 1), List.of(claim),
                clock.localNow(caller.practice()));
    }
}
