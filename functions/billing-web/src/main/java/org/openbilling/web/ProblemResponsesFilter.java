package org.openbilling.web;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes the problem+json errors on every operation, so that partners generating clients from the OpenAPI
 * document get the error shape (rule ids and fields) along with the happy path.
 */
public class ProblemResponsesFilter implements OASFilter {
    // sorted by status: Map.of's order changes from one JVM to the next, and the document must be the same every time
    private static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "Malformed request (rule malformed-json, cursor-invalid, ...)",
            "401", "No or invalid bearer token",
            "403", "The caller's role may not do this",
            "404", "No such record in the caller's practice",
            "409", "Version conflict, or the first request with this Idempotency-Key is still running",
            "413", "Request body too large",
            "415", "The body's media type is not one this operation reads",
            "422", "Well-formed but rejected by one or more rules (all listed in errors)"));

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        ERRORS.forEach((status, description) -> {
            // Quarkus adds 400, 401 and 403 on its own, without a body: every error answer is problem+json
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("rule", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("stable kebab-case rule id, documented in the README"))
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("path of the offending input, e.g. procedures[1].charge"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error));
        openAPI.getComponents().addSchema("Problem", problem);
        if (openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey("bearer")) {
            openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                    .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT"));
            openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        }
    }
}
