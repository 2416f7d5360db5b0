package org.openbilling.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openbilling.domain.common.Violation;
import org.openbilling.x12.X12FormatException;
import org.openbilling.x12.X12ValidationException;

/**
 * X12 failures as problems, never a 500: an 837P that breaks the implementation schema is a 422 naming each
 * segment and element; an X12 file that cannot be read is a 400 naming the segment and its position.
 */
public class X12Problems {
    public static final String RULE_837P_INVALID = "x12-837p-invalid";
    public static final String RULE_MALFORMED = "x12-malformed";

    @ServerExceptionMapper
    public Response invalid837(X12ValidationException e) {
        List<Violation> violations = e.issues().stream()
                .map(i -> new Violation(RULE_837P_INVALID, i.segmentId() + "[" + i.segmentPosition() + "]." + i.elementPosition(),
                        i.error()))
                .toList();
        return Problem.of(422, Problem.titleOf(422), "the claim cannot be written as a valid 837P", violations).toResponse();
    }

    @ServerExceptionMapper
    public Response malformed(X12FormatException e) {
        // the message names segment and position only; X12 data is never echoed beyond the reader's own words
        // the segment and its position; where the input ended before a segment could be read, only the position
        String field = !e.segmentId().isEmpty() ? e.segmentId() + "[" + e.segmentPosition() + "]"
                : e.segmentPosition() > 0 ? "segment[" + e.segmentPosition() + "]" : "x12";
        return Problem.of(400, RULE_MALFORMED, field, e.getMessage()).toResponse();
    }
}
