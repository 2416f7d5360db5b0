package org.openbilling.gateway;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL error with the same rule id ({@code extensions.code}) and field ({@code extensions.field}) that the
 * REST functions put in their problem documents; all failed rules are listed in {@code extensions.errors}.
 */
public class GatewayError extends RuntimeException implements GraphQLError {
    private final String code;
    private final String field;
    private final List<Detail> details;
    private final int status;

    /** One failed rule. */
    public record Detail(String rule, String field, String message) {
    }

    public GatewayError(String code, String field, String message) {
        this(code, field, message, List.of(new Detail(code, field, message)), 0);
    }

    /** One failed rule that also names the HTTP status the REST functions answer for it (403, 409, 413...). */
    public GatewayError(String code, String field, String message, int status) {
        this(code, field, message, List.of(new Detail(code, field, message)), status);
    }

    public GatewayError(String code, String field, String message, List<Detail> details, int status) {
        super(message);
        this.code = code;
        this.field = field;
        this.details = List.copyOf(details);
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    /**
     * A document refused before it runs (its form, cost or depth: status 400) is a validation error; anything else
     * is the refusal of one field. SmallRye needs one or the other for errors the engine answers itself.
     */
    @Override
    public ErrorClassification getErrorType() {
        return status == 400 ? ErrorType.ValidationError : ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", code);
        ext.put("field", field == null ? "" : field);
        if (status > 0) {
            ext.put("status", status);
        }
        ext.put("errors", details.stream().map(d -> Map.of("rule", d.rule(), "field", d.field() == null ? "" : d.field(),
                "message", d.message() == null ? "" : d.message())).toList());
        return ext;
    }
}
