package org.openbilling.gateway;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.execution.QueryCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbilling.gateway.access.FieldAccess;
import org.openbilling.gateway.limits.InputErrors;
import org.openbilling.gateway.limits.QueryLimits;
import org.openbilling.web.Caller;

/**
 * Puts the gateway's guards into the GraphQL engine when SmallRye builds it: the depth and cost limits (checked
 * before anything runs), the role check of every field ({@link FieldAccess}) and argument values of the wrong form
 * answered with a rule id ({@link InputErrors}).
 *
 * <p>graphql-java takes one instrumentation and its builder cannot be read, so this sets the whole chain: SmallRye's
 * parsed-document cache (an instrumentation too, and the document provider, which must be the same object) and our
 * limits in place of SmallRye's own depth and complexity settings, which are therefore not used
 * ({@code quarkus.smallrye-graphql.instrumentation-query-*} stay unset).
 */
@ApplicationScoped
public class GraphQLGuards {
    private final Caller caller;
    private final int maxDepth;
    private final int maxCost;

    public GraphQLGuards(Caller caller, @ConfigProperty(name = "billing.graphql.max-depth", defaultValue = "10") int maxDepth,
                         @ConfigProperty(name = "billing.graphql.max-cost", defaultValue = "5000") int maxCost) {
        this.caller = caller;
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
    }

    void configure(@Observes GraphQL.Builder builder) {
        QueryCache documents = new QueryCache();
        builder.preparsedDocumentProvider(documents).instrumentation(new ChainedInstrumentation(List.of(documents,
                QueryLimits.depth(maxDepth), QueryLimits.cost(maxCost), new FieldAccess(caller), new InputErrors())));
    }
}
