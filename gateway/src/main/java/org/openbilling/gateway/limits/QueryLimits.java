package org.openbilling.gateway.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import org.openbilling.gateway.GatewayError;

/**
 * The limits a document must pass before anything of it runs, each refused with its rule id: its nesting depth and
 * its cost ({@link QueryCost}). Both are checked after validation and before execution, so a refused document reads
 * nothing and calls nothing.
 */
public final class QueryLimits {
    public static final String RULE_TOO_DEEP = "query-too-deep";
    public static final String RULE_TOO_COSTLY = "query-too-costly";

    private QueryLimits() {
    }

    /** Refuses documents nested deeper than {@code maxDepth} fields. */
    public static MaxQueryDepthInstrumentation depth(int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int max) {
                return abort(new GatewayError(RULE_TOO_DEEP, "", "the document nests " + depth
                        + " fields deep; the depth limit is " + max, 400));
            }
        };
    }

    /** Refuses documents that cost more than {@code maxCost}. */
    public static MaxQueryComplexityInstrumentation cost(int maxCost) {
        return new MaxQueryComplexityInstrumentation(maxCost, new QueryCost()) {
            @Override
            protected AbortExecutionException mkAbortException(int cost, int max) {
                return abort(new GatewayError(RULE_TOO_COSTLY, "", "the document costs " + cost + " and the limit is "
                        + max + ": each alias counts, and a list's selection counts once per item of its page (first); "
                        + "ask for fewer aliases, smaller pages or fewer linked records", 400));
            }
        };
    }

    private static AbortExecutionException abort(GatewayError error) {
        return new AbortExecutionException(List.of(error));
    }
}
