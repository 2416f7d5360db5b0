package org.openbilling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.BillingTestResource;

/** The console's static files are public (the page asks for a token); the API beside them is not. */
@QuarkusTest
@QuarkusTestResource(BillingTestResource.class)
class ConsoleStaticTest {
    @Test
    void consolePage_withoutToken_isServedWithItsSecurityHeaders() {
        given().get("/console/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"app.js\"></script>"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void consoleModules_withoutToken_areServedAsJavaScript() {
        for (String file : new String[] {"app.js", "api.js", "auth.js", "format.js", "transitions.js", "worklist.js",
                "claim.js", "aging.js", "invoices.js", "codes.js", "workqueue.js"}) {
            given().get("/console/" + file).then().statusCode(200).contentType(containsString("javascript"));
        }
        given().get("/console/styles.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void root_withoutToken_redirectsTheBrowserToTheConsole() {
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", "/console/");
    }

    @Test
    void apiBesideTheConsole_withoutToken_isStill401() {
        given().contentType("application/json").body("{\"query\":\"{ claims { count } }\"}").post("/graphql")
                .then().statusCode(401);
        given().get("/graphql/schema.graphql").then().statusCode(401);
        given().get("/audit/anything").then().statusCode(401);
    }
}
