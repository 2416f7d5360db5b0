package org.openbilling.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts DynamoDB calls by operation, for tests that prove how many calls something costs. Registered in a test's
 * configuration with {@code quarkus.dynamodb.interceptors=org.openbilling.testing.DynamoCallCounter}.
 */
public class DynamoCallCounter implements ExecutionInterceptor {
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> BY_TABLE = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        CALLS.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        BY_TABLE.computeIfAbsent(operation + " " + tables(context.request()), k -> new AtomicInteger()).incrementAndGet();
    }

    /** The table a request names, or the tables of a batch request ("a+b"). */
    private static String tables(software.amazon.awssdk.core.SdkRequest request) {
        return request.getValueForField("TableName", String.class)
                .or(() -> request.getValueForField("RequestItems", Map.class)
                        .map(items -> String.join("+", new java.util.TreeSet<String>(items.keySet()))))
                .orElse("?");
    }

    public static void reset() {
        CALLS.clear();
        BY_TABLE.clear();
    }

    /** "Operation table" → count, sorted: where the calls of {@link #snapshot} went. */
    public static Map<String, Integer> byTable() {
        Map<String, Integer> out = new TreeMap<>();
        BY_TABLE.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Calls of one operation (e.g. "Query") since the last reset. */
    public static int count(String operation) {
        AtomicInteger n = CALLS.get(operation);
        return n == null ? 0 : n.get();
    }

    public static int total() {
        return CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Operation → count, sorted by name. */
    public static Map<String, Integer> snapshot() {
        Map<String, Integer> out = new TreeMap<>();
        CALLS.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
