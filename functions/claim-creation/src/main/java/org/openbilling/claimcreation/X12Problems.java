package org.openbilling.claimcreation;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbilling.domain.common.Violation;
import org.openbilling.web.Problem;
import org.openbilling.x12.X12ValidationException;

/** A claim whose 837P breaks the implementation schema is a 422 naming each segment and element, never a 500. */
public class X12Problems {
    @ServerExceptionMapper
    public Response invalid837(X12ValidationException e) {
        List<Violation> violations = e.issues().stream()
                .map(i -> new Violation("x12-837p-invalid", i.segmentId() + "[" + i.segmentPosition() + "]." + i.elementPosition(),
                        i.error()))
                .toList();
        return Problem.of(422, Problem.titleOf(422), "the claim cannot be written as a valid 837P", violations).toResponse();
    }
}
