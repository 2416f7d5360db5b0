package org.openbilling.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds every real answer of a test to the committed OpenAPI document: a RestAssured filter that finds the
 * operation answered (method and path template), fails when its status is not documented, and checks a JSON body
 * against the schema the document gives for that status and media type. The schema check is the subset of JSON
 * Schema the generated documents use ({@code $ref, type, properties, required, items, enum, pattern, format}), with
 * one rule stricter than JSON Schema: a property the schema does not declare is an error, because a document must
 * describe exactly what is sent. Paths the document does not hold (test-only routes, {@code /q/...}) and crashes
 * (5xx) are not checked.
 */
public final class OpenApiConformance implements Filter {
    private static final Path COMMITTED = Path.of("src/main/resources/META-INF/openapi/openapi.json");
    private final JsonNode document;
    private final Map<Pattern, JsonNode> paths = new LinkedHashMap<>();
    private final List<String> checked = new ArrayList<>();

    private OpenApiConformance(JsonNode document) {
        this.document = document;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            paths.put(Pattern.compile(e.getKey().replaceAll("\\{[^/]+}", "[^/]+")), e.getValue());
        }
    }

    /**
     * Put on a test class ({@code @ExtendWith(OpenApiConformance.Checked.class)}): every answer its tests get through
     * RestAssured is held to the module's committed document, and the class fails when none was checked.
     */
    public static final class Checked implements BeforeAllCallback, AfterAllCallback {
        private OpenApiConformance conformance;

        @Override
        public void beforeAll(ExtensionContext context) {
            conformance = ofCommittedDocument();
            RestAssured.filters(conformance);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            RestAssured.replaceFiltersWith(new ArrayList<>());
            if (conformance.checked().isEmpty()) {
                throw new AssertionError("no answer of " + context.getDisplayName() + " was checked against the document");
            }
        }
    }

    /** The module's committed document (a test runs in its module's directory). */
    public static OpenApiConformance ofCommittedDocument() {
        try {
            return new OpenApiConformance(new ObjectMapper().readTree(Files.readString(COMMITTED)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations and statuses checked so far ({@code POST /claims 201}), so that a test can show it checked. */
    public List<String> checked() {
        return List.copyOf(checked);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = request.getURI().replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("\\?.*$", "");
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        JsonNode operation = operation(method, path);
        // a 5xx is a crash (the fault tests inject them), not an answer the contract describes
        if (operation == null || response.getStatusCode() >= 500) {
            return response;
        }
        String where = request.getMethod() + " " + path + " " + response.getStatusCode();
        JsonNode answer = operation.path("responses").path(String.valueOf(response.getStatusCode()));
        if (answer.isMissingNode()) {
            throw new AssertionError(where + ": the status is not documented for operation "
                    + operation.path("operationId").asText());
        }
        String contentType = response.getContentType() == null ? "" : response.getContentType().split(";")[0].strip();
        String body = response.asString();
        if (contentType.endsWith("json") && !body.isEmpty()) {
            JsonNode schema = answer.path("content").path(contentType).path("schema");
            if (schema.isMissingNode()) {
                throw new AssertionError(where + ": a " + contentType + " body is sent but not documented");
            }
            JsonNode value;
            try {
                value = new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError(where + ": the body is not JSON", e);
            }
            List<String> errors = new ArrayList<>();
            check(schema, value, "$", errors);
            if (!errors.isEmpty()) {
                throw new AssertionError(where + ": the answer does not match the documented schema: " + errors);
            }
        }
        checked.add(request.getMethod() + " " + operation.path("operationId").asText() + " " + response.getStatusCode());
        return response;
    }

    private JsonNode operation(String method, String path) {
        for (Map.Entry<Pattern, JsonNode> e : paths.entrySet()) {
            if (e.getKey().matcher(path).matches() && e.getValue().has(method)) {
                return e.getValue().get(method);
            }
        }
        return null;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                errors.add(at + ": unresolved " + ref);
                return;
            }
            check(target, value, at, errors);
            return;
        }
        if (value.isNull()) {
            // the functions leave nulls out (NON_NULL); a null on the wire is not described by any schema
            errors.add(at + ": null");
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    errors.add(at + ": expected an object, got " + value.getNodeType());
                    return;
                }
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asText())) {
                        errors.add(at + "." + required.asText() + ": required but absent");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    JsonNode property = properties.get(f.getKey());
                    if (property != null) {
                        check(property, f.getValue(), at + "." + f.getKey(), errors);
                    } else if (schema.path("additionalProperties").isObject()) {
                        check(schema.get("additionalProperties"), f.getValue(), at + "." + f.getKey(), errors);
                    } else {
                        errors.add(at + "." + f.getKey() + ": sent but not in the schema");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(at + ": expected an array, got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), at + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    errors.add(at + ": expected a string, got " + value.getNodeType());
                    return;
                }
                String text = value.asText();
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                    errors.add(at + ": " + text + " does not match " + schema.get("pattern").asText());
                }
                checkFormat(schema.path("format").asText(""), text, at, errors);
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    errors.add(at + ": expected an integer, got " + value.getNodeType());
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    errors.add(at + ": expected a number, got " + value.getNodeType());
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(at + ": expected a boolean, got " + value.getNodeType());
                }
            }
            default -> {
                if (schema.isEmpty()) {
                    errors.add(at + ": the schema is empty, so it documents nothing of what is sent");
                }
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) {
                listed |= e.equals(value);
            }
            if (!listed) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private static void checkFormat(String format, String text, String at, List<String> errors) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> Instant.parse(text);
                default -> {
                }
            }
        } catch (DateTimeParseException e) {
            errors.add(at + ": " + text + " is not a " + format);
        }
    }
}
