package org.openbilling.gateway;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code GET /} sends a browser to the analyst console, the gateway's only page. */
@ApplicationScoped
public class ConsoleRedirect {
    void route(@Observes Router router) {
        router.get("/").handler(context -> context.response().setStatusCode(302)
                .putHeader("Location", "/console/").end());
    }
}
