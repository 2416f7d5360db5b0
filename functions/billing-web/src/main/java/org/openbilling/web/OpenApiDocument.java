package org.openbilling.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves a function's OpenAPI document, public, as the committed files {@code META-INF/openapi/openapi.yaml} and
 * {@code openapi.json} of its class path: YAML by default, JSON for {@code ?format=json} or an {@code Accept} of
 * JSON, as Quarkus's extension answers. The documents are generated from the code by the quarkus-smallrye-openapi
 * extension, which the functions use in their tests only: its start-up step (reading the build-time document,
 * running its filters, writing it as JSON and YAML, with 400 classes of SmallRye OpenAPI, SnakeYAML and the
 * MicroProfile model) took a quarter of claim-creation's main-thread CPU to its first answer. Each function's
 * {@code OpenApiDocumentTest} fails when the committed files differ from what the extension generates.
 *
 * <p>{@code billing.openapi.path}: {@code /q/openapi} (the extension's own path) by default; {@code /openapi/<function>}
 * in the Lambda packagings, under the function's prefix of the shared HTTP API. An app without the files (the
 * gateway) serves nothing.
 */
@ApplicationScoped
public class OpenApiDocument {
    private static final String YAML = "META-INF/openapi/openapi.yaml";
    private static final String JSON = "META-INF/openapi/openapi.json";

    private final String path;
    // read on the first request, not at start-up; racing first readers read the same bytes
    private volatile byte[] yaml;
    private volatile byte[] json;

    public OpenApiDocument(@ConfigProperty(name = "billing.openapi.path", defaultValue = "/q/openapi") String path) {
        this.path = path;
    }

    void route(@Observes Router router) {
        if (OpenApiDocument.class.getClassLoader().getResource(YAML) != null) {
            router.get(path).handler(this::serve);
        }
    }

    private void serve(RoutingContext context) {
        String format = context.request().getParam("format");
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean asJson = format != null ? format.equalsIgnoreCase("json") : accept != null && accept.contains("json");
        byte[] body = asJson ? json() : yaml();
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .end(Buffer.buffer(body));
    }

    private byte[] yaml() {
        byte[] b = yaml;
        if (b == null) {
            yaml = b = read(YAML);
        }
        return b;
    }

    private byte[] json() {
        byte[] b = json;
        if (b == null) {
            json = b = read(JSON);
        }
        return b;
    }

    private static byte[] read(String name) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
