package org.openbilling.gateway;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.openbilling.web.JsonSetup;

/** Sends GraphQL documents the way a web client does: POST /graphql with a bearer token. */
final class GraphQL {
    static final ObjectMapper JSON = JsonSetup.configure(new ObjectMapper().findAndRegisterModules());

    private GraphQL() {
    }

    static ValidatableResponse post(String bearer, String document, Map<String, Object> variables) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
            return given().header("Authorization", bearer).contentType("application/json").body(body)
                    .post("/graphql").then();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns a record (an input fixture) into the map GraphQL variables need. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return JSON.convertValue(value, Map.class);
    }
}
