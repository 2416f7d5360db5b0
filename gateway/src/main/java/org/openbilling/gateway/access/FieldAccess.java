package org.openbilling.gateway.access;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.util.Set;
import org.jboss.logging.Logger;
import org.openbilling.gateway.GatewayError;
import org.openbilling.web.Caller;

/**
 * Checks every field the gateway resolves against {@link RoleTable} before its data fetcher runs: at the root and
 * under any link, for plain record fields and batched {@code @Source} links alike, so nothing is read for a field
 * the caller may not see. A root field also needs a token that names a practice: without one every root field
 * answers {@code token-without-practice} (403), as the REST routes do, before anything is read or called.
 */
public final class FieldAccess extends SimplePerformantInstrumentation {
    public static final String RULE_FORBIDDEN = "forbidden";
    public static final String RULE_NO_PRACTICE = "token-without-practice";
    private static final Logger LOG = Logger.getLogger(FieldAccess.class);
    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");
    private final Caller caller;

    public FieldAccess(Caller caller) {
        this.caller = caller;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        return env -> {
            check(env);
            return fetcher.get(env);
        };
    }

    private void check(DataFetchingEnvironment env) {
        String field = env.getFieldDefinition().getName();
        if (field.startsWith("__")) {
            // introspection (__typename, __schema, __type): turned off where the schema is not public
            return;
        }
        String type = ((GraphQLNamedType) env.getParentType()).getName();
        Set<String> roles = RoleTable.rolesFor(type, field).orElse(Set.of());
        if (roles.stream().noneMatch(caller::hasRole)) {
            // the schema coordinate only: enough to investigate, nothing about a record
            LOG.infof("refused: the caller's roles may not read %s.%s", type, field);
            throw new GatewayError(RULE_FORBIDDEN, "", "your role may not read " + type + "." + field, 403);
        }
        if (ROOTS.contains(type)) {
            try {
                caller.practice();
            } catch (Caller.NoPracticeException e) {
                LOG.info("a token without a practice was refused");
                throw new GatewayError(RULE_NO_PRACTICE, "", e.getMessage(), 403);
            }
        }
    }
}
