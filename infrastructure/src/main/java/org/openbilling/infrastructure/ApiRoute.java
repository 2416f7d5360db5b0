package org.openbilling.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * One HTTP API route: method, path (API Gateway syntax), the function behind it, and whether the JWT authorizer
 * guards it. {@link #all()} is the one route table shared by the stack and its tests.
 */
public record ApiRoute(String method, String path, ServiceFunction function, boolean authorized) {

    /** The API Gateway route key, e.g. {@code POST /claims}. */
    public String routeKey() {
        return method + " " + path;
    }

    /** Every route from the public contract (CONTRACT.md); health endpoints are deliberately not routed. */
    public static List<ApiRoute> all() {
        List<ApiRoute> routes = new ArrayList<>();
        var cv = ServiceFunction.CODE_VALIDATION;
        data(routes, cv, "POST /codes/validate", "GET /codes/{system}/{code}", "GET /codes/{system}",
                "POST /encounters", "GET /encounters/{id}", "PUT /encounters/{id}/codes");
        var cc = ServiceFunction.CLAIM_CREATION;
        data(routes, cc, "POST /claims", "GET /claims/{id}", "GET /claims/{id}/837", "POST /claims/{id}/corrections",
                "POST /claims/{id}/void", "GET /practice/settings", "PUT /practice/settings");
        var cs = ServiceFunction.CLAIM_STATUS;
        data(routes, cs, "POST /submissions", "GET /submissions/{id}", "POST /claims/{id}/status",
                "POST /claims/{id}/coverages",
                "POST /acknowledgements", "POST /remittances", "POST /encounters/{id}/invoice", "GET /invoices/{id}",
                "POST /invoices/{id}/payments", "POST /invoices/{id}/adjustments", "POST /invoices/{id}/void",
                "GET /clearinghouse/connection", "PUT /clearinghouse/connection", "POST /clearinghouse/runs",
                "GET /clearinghouse/files", "GET /clearinghouse/files/{id}", "GET /clearinghouse/files/{id}/content",
                "GET /clearinghouse/files/{id}/download");
        var gw = ServiceFunction.GATEWAY;
        data(routes, gw, "POST /graphql", "GET /graphql", "GET /graphql/schema.graphql",
                "GET /reports/open-claims.csv", "GET /reports/outstanding-invoices.csv", "GET /audit/{recordId}");
        // public: the OpenAPI documents (partners read them before they hold a token) and the console's static
        // files (the browser loads the page before it can sign in)
        for (ServiceFunction function : ServiceFunction.values()) {
            if (function.openApiPath() != null) {
                routes.add(new ApiRoute("GET", function.openApiPath(), function, false));
            }
        }
        routes.add(new ApiRoute("GET", "/console", gw, false));
        routes.add(new ApiRoute("GET", "/console/{proxy+}", gw, false));
        return List.copyOf(routes);
    }

    private static void data(List<ApiRoute> routes, ServiceFunction function, String... keys) {
        for (String key : keys) {
            int space = key.indexOf(' ');
            routes.add(new ApiRoute(key.substring(0, space), key.substring(space + 1), function, true));
        }
    }
}
