package org.openbilling.gateway.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.openbilling.gateway.GatewayError;
import org.openbilling.web.Caller;

/**
 * Calls the functions over HTTP on the caller's behalf (their token is passed on), and turns a function's
 * problem+json answer into a GraphQL error with the same rule id and field.
 */
@ApplicationScoped
public class Functions {
    private static final Logger LOG = Logger.getLogger(Functions.class);
    private final CodeValidationApi codeValidation;
    private final ClaimCreationApi claimCreation;
    private final ClaimStatusApi claimStatus;
    private final ObjectMapper mapper;
    private final Caller caller;

    public Functions(FunctionsConfig config, ObjectMapper mapper, Caller caller) {
        this.codeValidation = client(config.codeValidation(), CodeValidationApi.class);
        this.claimCreation = client(config.claimCreation(), ClaimCreationApi.class);
        this.claimStatus = client(config.claimStatus(), ClaimStatusApi.class);
        this.mapper = mapper;
        this.caller = caller;
    }

    private static <T> T client(FunctionsConfig.Endpoint endpoint, Class<T> api) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(endpoint.url())
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build(api);
    }

    public JsonNode codeValidation(Function<CodeValidationApi, String> call) {
        return invoke(() -> call.apply(codeValidation));
    }

    public JsonNode claimCreation(Function<ClaimCreationApi, String> call) {
        return invoke(() -> call.apply(claimCreation));
    }

    /** A claim-creation call whose answer is text (X12), passed through as it came. */
    public String claimCreationText(Function<ClaimCreationApi, String> call) {
        return invokeText(() -> call.apply(claimCreation));
    }

    public JsonNode claimStatus(Function<ClaimStatusApi, String> call) {
        return invoke(() -> call.apply(claimStatus));
    }

    /** The caller's token as an Authorization header value. */
    public String auth() {
        return "Bearer " + caller.rawToken();
    }

    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode invoke(java.util.function.Supplier<String> call) {
        String answer = invokeText(call);
        try {
            return mapper.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new GatewayError("function-answer-unreadable", "", "a back-end function answered something unreadable");
        }
    }

    private String invokeText(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw toGraphQLError(e);
        } catch (ProcessingException e) {
            LOG.warn("a function did not answer: " + e.getClass().getSimpleName());
            throw new GatewayError("function-unavailable", "", "a back-end function did not answer; retry later");
        }
    }

    private GatewayError toGraphQLError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String text;
        try {
            text = e.getResponse().readEntity(String.class);
        } catch (RuntimeException unreadable) {
            text = null;
        }
        try {
            JsonNode problem = text == null ? null : mapper.readTree(text);
            if (problem != null && problem.has("errors") && problem.get("errors").size() > 0) {
                List<GatewayError.Detail> details = new ArrayList<>();
                for (JsonNode err : problem.get("errors")) {
                    details.add(new GatewayError.Detail(err.path("rule").asText(), err.path("field").asText(),
                            err.path("message").asText()));
                }
                GatewayError.Detail first = details.get(0);
                String message = problem.path("detail").asText(first.message());
                return new GatewayError(first.rule(), first.field(), details.size() == 1 ? first.message() : message, details, status);
            }
        } catch (JsonProcessingException ignored) {
            // not a problem document: fall through
        }
        return new GatewayError(status == 404 ? "not-found" : "function-error", "", "the request failed (" + status + ")");
    }
}
