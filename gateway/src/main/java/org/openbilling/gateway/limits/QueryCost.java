package org.openbilling.gateway.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import java.util.Map;

/**
 * What a document costs before it runs. Every field costs its weight plus what its selection costs; a field with a
 * {@code first} argument multiplies its selection by that page size (20 when not given, as the lists answer), and
 * every alias is a field of its own, so a hundred aliases cost a hundred times one. Weights follow the work a field
 * does: a field read from the record in hand costs 1; a link read in a batch per page a little more; a link read
 * with one index Query per item, a function call or a pass over a practice's whole open A/R a lot more.
 */
public final class QueryCost implements FieldComplexityCalculator {
    /** The page size of a list asked for without {@code first} (Views.first). */
    static final int DEFAULT_PAGE = 20;
    /** The largest page a list answers: a larger {@code first} is refused when the list runs. */
    static final int MAX_PAGE = 100;
    /**
     * No field is priced above this, so that sums of sums stay far below {@code Integer.MAX_VALUE}: the parser's
     * token budget allows at most some thousands of fields, and any one field at the cap is over every budget.
     */
    static final int CAP = 100_000;
    /** Mutations call a function each. */
    static final int MUTATION = 10;

    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            // one pass over every open claim and outstanding invoice of the practice
            Map.entry("Query.agingReport", 1000),
            // up to 1,000 entries in one Query
            Map.entry("Query.auditTrail", 100),
            // a call to claim-creation that writes an 837P
            Map.entry("Claim.x12Preview", 50),
            // calls to code-validation
            Map.entry("Query.code", 10),
            Map.entry("Query.searchCodes", 10),
            Map.entry("Query.validateCodes", 10),
            // lists: an index Query per page
            Map.entry("Query.claims", 10),
            Map.entry("Query.openClaims", 10),
            Map.entry("Query.encounters", 10),
            Map.entry("Query.outstandingInvoices", 10),
            // one index Query per encounter (not batched into one call)
            Map.entry("Encounter.claims", 10),
            // reads by key, batched per page
            Map.entry("Query.claim", 2),
            Map.entry("Query.encounter", 2),
            Map.entry("Query.invoice", 2),
            Map.entry("Claim.encounter", 2),
            Map.entry("Claim.invoices", 2),
            Map.entry("Invoice.claim", 2));

    @Override
    public int calculate(FieldComplexityEnvironment env, int childComplexity) {
        String type = env.getParentType().getName();
        long weight = WEIGHTS.getOrDefault(type + "." + env.getFieldDefinition().getName(),
                "Mutation".equals(type) ? MUTATION : 1);
        long times = env.getFieldDefinition().getArgument("first") == null ? 1 : pageSize(env.getArguments().get("first"));
        return (int) Math.min(CAP, weight + times * Math.max(0, childComplexity));
    }

    /** The page a list will answer; a size out of range is priced at the nearest bound (the list refuses it). */
    static long pageSize(Object first) {
        if (!(first instanceof Number n)) {
            return DEFAULT_PAGE;
        }
        return Math.max(1, Math.min(MAX_PAGE, n.longValue()));
    }
}
