package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-Java parts, no synth: settings, the zips' fail-fast check, the route table. */
class ModelTest {

    @Test
    void settingsDefaults() {
        BillingSettings settings = BillingSettings.from(Map.of(
                "jwtIssuer", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc/",
                "jwtAudience", "client-1, client-2")::get);
        assertEquals("prod", settings.stage());
        assertEquals("billing-prod-", settings.tablePrefix());
        assertEquals("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc", settings.jwtIssuer());
        assertEquals(List.of("client-1", "client-2"), settings.jwtAudiences());
        assertEquals("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc/.well-known/jwks.json",
                settings.jwksUrl());
        assertEquals("groups", settings.rolesClaim());
        assertEquals("practice", settings.practiceClaim());
        assertEquals(List.of(), settings.allowedOrigins());
        assertEquals(Path.of("..").toAbsolutePath().normalize(), settings.projectRoot());
        assertEquals("arm64", settings.architecture());
        assertEquals(90, settings.logRetentionDays());
    }

    @Test
    void settingsFromContextValues() {
        Map<String, Object> context = new HashMap<>();
        context.put("jwtIssuer", "https://issuer.example.org");
        context.put("jwtAudience", List.of("a"));
        context.put("stage", "staging");
        context.put("tablePrefix", "bill-");
        context.put("jwksUrl", "https://keys.example.org/jwks");
        context.put("rolesClaim", "cognito:groups");
        context.put("allowedOrigins", List.of("https://a.example.org", "https://b.example.org"));
        context.put("throttleRate", 10);
        BillingSettings settings = BillingSettings.from(context::get);
        assertEquals("staging", settings.stage());
        assertEquals("bill-", settings.tablePrefix());
        assertEquals("https://keys.example.org/jwks", settings.jwksUrl());
        assertEquals("cognito:groups", settings.rolesClaim());
        assertEquals(List.of("https://a.example.org", "https://b.example.org"), settings.allowedOrigins());
        assertEquals(10, settings.throttleRate());
    }

    @Test
    void issuerAndAudienceAreRequired() {
        var noIssuer = assertThrows(IllegalArgumentException.class,
                () -> BillingSettings.from(Map.<String, Object>of("jwtAudience", "a")::get));
        assertTrue(noIssuer.getMessage().contains("jwtIssuer is required"), noIssuer.getMessage());
        assertTrue(noIssuer.getMessage().contains("-c jwtIssuer="), noIssuer.getMessage());
        var noAudience = assertThrows(IllegalArgumentException.class,
                () -> BillingSettings.from(Map.<String, Object>of("jwtIssuer", "https://i.example.org")::get));
        assertTrue(noAudience.getMessage().contains("jwtAudience is required"), noAudience.getMessage());
        var plainHttp = assertThrows(IllegalArgumentException.class, () -> BillingSettings.from(
                Map.<String, Object>of("jwtIssuer", "http://i.example.org", "jwtAudience", "a")::get));
        assertTrue(plainHttp.getMessage().contains("https://"), plainHttp.getMessage());
        var badArchitecture = assertThrows(IllegalArgumentException.class, () -> BillingSettings.from(Map.<String,
                Object>of("jwtIssuer", "https://i.example.org", "jwtAudience", "a", "architecture", "sparc")::get));
        assertTrue(badArchitecture.getMessage().contains("arm64 or x86_64"), badArchitecture.getMessage());
    }

    @Test
    void missingZipsFailFastNamingZipAndCommand(@TempDir Path root) throws Exception {
        Path present = root.resolve(ServiceFunction.CLAIM_STATUS.zipPath());
        Files.createDirectories(present.getParent());
        Files.write(present, new byte[] {1});
        var missing = assertThrows(IllegalStateException.class, () -> ServiceFunction.requireZips(root));
        String message = missing.getMessage();
        for (ServiceFunction function : List.of(ServiceFunction.CODE_VALIDATION, ServiceFunction.CLAIM_CREATION,
                ServiceFunction.GATEWAY)) {
            assertTrue(message.contains(root.resolve(function.zipPath()).toString()), message);
            assertTrue(message.contains("-pl " + function.moduleDir() + " -am"), message);
        }
        assertTrue(!message.contains("claim-status-lambda"), message);
    }

    @Test
    void zipsArePathsUnderTheModules() {
        assertEquals("functions/code-validation-lambda/target/function.zip",
                ServiceFunction.CODE_VALIDATION.zipPath());
        assertEquals("gateway/lambda/target/function.zip", ServiceFunction.GATEWAY.zipPath());
        assertEquals(4, ServiceFunction.requireZips(SynthesizedStack.dummyProject(
                SynthesizedStack.TARGET.resolve("model-test-project"))).size());
    }

    @Test
    void routeKeysAreUniqueAndEveryFunctionHasRoutes() {
        List<ApiRoute> routes = ApiRoute.all();
        assertEquals(routes.size(), routes.stream().map(ApiRoute::routeKey).distinct().count());
        for (ServiceFunction function : ServiceFunction.values()) {
            assertTrue(routes.stream().anyMatch(r -> r.function() == function && r.authorized()));
        }
        assertEquals(42, routes.size());
    }
}
