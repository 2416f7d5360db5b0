package org.openbilling.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON-over-HTTP client that times every call into {@link Stats} under an operation name. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Stats stats;

    Http(Stats stats) {
        this.stats = stats;
    }

    /** An answer: status and body (JSON when it parses). */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Answer expectOk(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " answered " + status + ": " + abbreviate(body));
            }
            return this;
        }
    }

    Answer post(String op, String url, String token, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(op, b.build());
    }

    Answer postJson(String op, String url, String token, Object body, Map<String, String> headers) {
        try {
            return post(op, url, token, "application/json", body instanceof String s ? s : JSON.writeValueAsString(body), headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer put(String op, String url, String token, Object body) {
        try {
            return send(op, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer get(String op, String url, String token) {
        return send(op, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", token).GET().build());
    }

    /** A GraphQL request; an answer with errors counts as an error of the operation. */
    Answer graphql(String op, String gatewayUrl, String token, String query, Map<String, Object> variables) {
        try {
            Map<String, Object> body = variables == null ? Map.of("query", query) : Map.of("query", query, "variables", variables);
            HttpRequest r = HttpRequest.newBuilder(URI.create(gatewayUrl + "/graphql")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            long start = System.nanoTime();
            HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            boolean ok = res.statusCode() == 200 && !JSON.readTree(res.body()).has("errors");
            stats.record(op, nanos, ok, ok ? null : abbreviate(res.body()));
            return new Answer(ok ? 200 : res.statusCode() == 200 ? 422 : res.statusCode(), res.body());
        } catch (IOException e) {
            stats.record(op, 0, false, e.toString());
            return new Answer(599, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(599, "interrupted");
        }
    }

    private Answer send(String op, HttpRequest r) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            boolean ok = res.statusCode() < 400;
            stats.record(op, nanos, ok, ok ? null : res.statusCode() + " " + abbreviate(res.body()));
            return new Answer(res.statusCode(), res.body());
        } catch (IOException e) {
            stats.record(op, System.nanoTime() - start, false, e.toString());
            return new Answer(599, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(599, "interrupted");
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
