package org.openbilling.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Real API Gateway HTTP API (v2) events kept as JSON test resources, with placeholders filled in per test. */
public final class ApiGatewayEvents {
    private ApiGatewayEvents() {
    }

    /** The event in {@code resource} (on the test class path) with each placeholder replaced by its value. */
    public static String load(String resource, Map<String, String> replacements) {
        try (InputStream in = ApiGatewayEvents.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            String event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                event = event.replace(r.getKey(), r.getValue());
            }
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
