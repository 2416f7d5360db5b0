package org.openbilling.claimstatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.web.Caller;
import org.openbilling.web.Idempotent;
import org.openbilling.web.PathIds;
import org.openbilling.web.Roles;

/**
 * The invoice of a self-pay encounter (no body): 201 when this call issued it, 200 with the same invoice when the
 * encounter has it already (a retry, or a racing request, without the Idempotency-Key of the first).
 */
@Path("/encounters/{id}/invoice")
@Produces(MediaType.APPLICATION_JSON)
public class EncounterInvoiceResource {
    private final InvoiceService service;
    private final Caller caller;
    private final Idempotent idempotent;

    public EncounterInvoiceResource(InvoiceService service, Caller caller, Idempotent idempotent) {
        this.service = service;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.BILLER, Roles.ADMIN})
    public Response issue(@PathParam("id") String id, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        EncounterId encounterId = PathIds.parse("encounter", id, EncounterId::new);
        return idempotent.run("POST /encounters/" + encounterId.value() + "/invoice", idempotencyKey, null, () -> {
            InvoiceService.Issued issued = service.issue(caller.practice(), encounterId);
            Invoice v = issued.invoice();
            return Response.status(issued.isNew() ? 201 : 200).location(URI.create("/invoices/" + v.id().value()))
                    .entity(v).build();
        });
    }
}
