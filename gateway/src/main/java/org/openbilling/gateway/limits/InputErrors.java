package org.openbilling.gateway.limits;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbilling.gateway.GatewayError;

/**
 * An argument value of the wrong type or form (a literal {@code asOf: "2026-02-30"}, or a variable sent for it) is
 * one error with a rule id and the argument's name in {@code extensions.field}, as every other refusal is, instead
 * of graphql-java's words, which echo its own parse tree ({@code StringValue{value='...'}}).
 */
public final class InputErrors extends SimplePerformantInstrumentation {
    private static final Pattern LITERAL = Pattern.compile("argument '([^']+)' with value .*? is not a valid '([^']+)'",
            Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)' has an invalid value", Pattern.DOTALL);
    private static final Map<String, String> RULES = Map.of("Date", "date-format", "DateTime", "date-format",
            "Int", "integer-format", "BigInteger", "integer-format", "BigDecimal", "money-format");
    private static final Map<String, String> FORMS = Map.of("Date", "an ISO-8601 date such as 2026-11-10",
            "DateTime", "an ISO-8601 time such as 2026-11-10T14:30:00Z", "BigDecimal", "a decimal amount such as 125.00",
            "Int", "a whole number", "BigInteger", "a whole number");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        Map<String, GraphQLError> out = new LinkedHashMap<>();
        Map<String, Usage> variables = null;
        boolean changed = false;
        for (GraphQLError error : result.getErrors()) {
            String message = error.getMessage() == null ? "" : error.getMessage();
            Matcher literal = LITERAL.matcher(message);
            Matcher variable = VARIABLE.matcher(message);
            GatewayError clean = null;
            if (literal.find()) {
                clean = refusal(literal.group(1), literal.group(2), parameters.getSchema());
            } else if (variable.find()) {
                if (variables == null) {
                    variables = usages(parameters.getQuery());
                }
                Usage use = variables.get(variable.group(1));
                clean = use == null ? null : refusal(use.argument(), use.type(), parameters.getSchema());
            }
            if (clean == null) {
                out.put("#" + out.size(), error);
            } else {
                changed = true;
                // one error per argument: graphql-java may report the same value more than once
                out.putIfAbsent(clean.code() + "@" + clean.field(), clean);
            }
        }
        if (!changed) {
            return CompletableFuture.completedFuture(result);
        }
        // the field that could not take its argument answers null; where it may not be null, graphql-java adds an
        // error saying so, which only repeats the refusal in its own words
        List<GraphQLError> errors = out.values().stream().filter(e -> !(e instanceof NonNullableFieldWasNullError)).toList();
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static GatewayError refusal(String argument, String type, GraphQLSchema schema) {
        boolean isEnum = schema != null && schema.getType(type) instanceof GraphQLEnumType;
        String rule = isEnum ? "enum-value" : RULES.getOrDefault(type, "value-format");
        String form = isEnum ? "one of " + ((GraphQLEnumType) schema.getType(type)).getValues().stream()
                .map(v -> v.getName()).toList() : FORMS.getOrDefault(type, "a " + type);
        return new GatewayError(rule, argument, argument + " is not a valid " + type + ": " + form + " is expected", 400);
    }

    /** An argument fed by a variable, and the variable's declared type. */
    private record Usage(String argument, String type) {
    }

    /** Which argument each variable of the document feeds directly (the first, where it feeds several). */
    private static Map<String, Usage> usages(String query) {
        Map<String, String> types = new HashMap<>();
        Map<String, Usage> out = new HashMap<>();
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException unparsable) {
            return out;
        }
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitVariableDefinition(VariableDefinition node, TraverserContext<Node> context) {
                types.put(node.getName(), ((TypeName) TypeUtil.unwrapAll(node.getType())).getName());
                return TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                if (node.getValue() instanceof VariableReference ref) {
                    out.putIfAbsent(ref.getName(), new Usage(node.getName(), null));
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        out.replaceAll((name, use) -> new Usage(use.argument(), types.getOrDefault(name, "value")));
        // a variable used deeper (inside an input object) is named as itself
        types.forEach((name, type) -> out.putIfAbsent(name, new Usage(name, type)));
        return out;
    }
}
