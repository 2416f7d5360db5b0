package org.openbilling.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openbilling.domain.common.Violation;

/** An RFC 9457 problem document; {@code errors} name each failed rule and the input field it concerns. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One failed rule; {@code field} is the path of the offending input, e.g. {@code procedures[1].charge}. */
    public record FieldError(String rule, String field, String message) {
    }

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        List<FieldError> errors = violations.stream().map(v -> new FieldError(v.rule(), v.field(), v.message())).toList();
        String type = errors.isEmpty() ? "about:blank" : "urn:problem:" + errors.get(0).rule();
        return new Problem(type, title, status, detail, errors);
    }

    public static Problem of(int status, String rule, String field, String message) {
        return of(status, titleOf(status), message, List.of(new Violation(rule, field == null ? "" : field, message)));
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    public static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Malformed request";
            case 401 -> "Not authenticated";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 413 -> "Request too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Rejected by a rule";
            default -> status >= 500 ? "Server error" : "Request failed";
        };
    }
}
