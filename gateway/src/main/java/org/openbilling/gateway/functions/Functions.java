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
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.openbilling.gateway.GatewayError;
import org.openbilling.web.Caller;

/**
 * Calls the functions over HTTP on the caller's behalf (their token is passed on) through typed REST clients that
 * send and read billing-contract's records, and turns a function's problem+json answer into a GraphQL error with
 * the same rule id and field.
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

    /** A call to code-validation; its answer as the interface's method types it. */
    public <T> T codeValidation(Function<CodeValidationApi, T> call) {
        return invoke(() -> call.apply(codeValidation));
    }

    public <T> T claimCreation(Function<ClaimCreationApi, T> call) {
        return invoke(() -> call.apply(claimCreation));
    }

    public <T> T claimStatus(Function<ClaimStatusApi, T> call) {
        return invoke(() -> call.apply(claimStatus));
    }

    /** The caller's token as an Authorization header value. */
    public String auth() {
        return "Bearer " + caller.rawToken();
    }

    private <T> T invoke(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw toGraphQLError(e);
        } catch (ProcessingException e) {
            if (causedBy(e, JsonProcessingException.class)) {
                // an answer of another shape than the contract's: a function and the gateway of different releases
                LOG.warn("a function's answer could not be read: " + e.getClass().getSimpleName());
                throw new GatewayError("function-answer-unreadable", "", "a back-end function answered something unreadable");
            }
            LOG.warn("a function did not answer: " + e.getClass().getSimpleName());
            throw new GatewayError("function-unavailable", "", "a back-end function did not answer; retry later");
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
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
