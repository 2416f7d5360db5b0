package org.openbilling.claimstatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.RemittanceAnswer;
import org.openbilling.contract.mapping.RemittanceAnswers;
import org.openbilling.web.BodyLimits;
import org.openbilling.web.Caller;
import org.openbilling.web.Roles;

/**
 * POST /remittances: an 835 (005010X221A1) as X12 text. Identified by trace number and payer, so it needs no
 * Idempotency-Key: posting it again answers {@code alreadyPosted: true} and changes nothing.
 */
@Tag(name = "Remittances", description = "X12 835 remittance advice")
@Path("/remittances")
public class RemittancesResource {
    private final RemittanceService service;
    private final Caller caller;
    private final long maxBytes;

    public RemittancesResource(RemittanceService service, Caller caller,
                               @ConfigProperty(name = "billing.x12.max-bytes", defaultValue = "5242880") long maxBytes) {
        this.service = service;
        this.caller = caller;
        this.maxBytes = maxBytes;
    }

    @POST
    @Consumes({SubmissionsResource.EDI_X12, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "postRemittance", summary = "Posts an X12 835: payments, adjustments and patient shares, once per trace number and payer")
    public RemittanceAnswer post(byte[] x12) {
        BodyLimits.checkX12(x12, maxBytes);
        RemittanceService.Posted posted = service.post(caller.practice(), caller.actor(), x12);
        return RemittanceAnswers.of(posted.totals(), posted.alreadyPosted());
    }
}
