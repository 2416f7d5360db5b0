package org.openbilling.claimstatus;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts DynamoDB calls by operation (registered for tests with quarkus.dynamodb.interceptors). */
public class DynamoCallCounter implements ExecutionInterceptor {
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        CALLS.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    }

    static void reset() {
        CALLS.clear();
    }

    static int total() {
        return CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Operation → count, sorted by name. */
    static Map<String, Integer> snapshot() {
        Map<String, Integer> out = new TreeMap<>();
        CALLS.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
