package org.openbilling.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Everything an app under test needs from outside: the local DynamoDB with fresh tables (a new prefix per test
 * JVM), the test token issuer's public key, and a fixed free HTTP port so that the app can call itself.
 */
public class BillingTestResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        LocalDynamo dynamo = LocalDynamo.shared();
        int port = freePort();
        String self = "http://127.0.0.1:" + port;
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.dynamodb.endpoint-override", dynamo.endpoint());
        config.put("quarkus.dynamodb.aws.region", "us-east-1");
        config.put("quarkus.dynamodb.aws.credentials.type", "static");
        config.put("quarkus.dynamodb.aws.credentials.static-provider.access-key-id", "local");
        config.put("quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", "local");
        config.put("billing.dynamodb.table-prefix", "t" + UUID.randomUUID().toString().substring(0, 8) + "-");
        config.put("billing.dynamodb.create-tables", "true");
        config.put("mp.jwt.verify.publickey", TestKeys.publicKeyPem());
        config.put("mp.jwt.verify.issuer", TestKeys.ISSUER);
        config.put("mp.jwt.verify.audiences", TestKeys.AUDIENCE);
        config.put("quarkus.http.test-port", Integer.toString(port));
        config.put("billing.functions.code-validation.url", self);
        config.put("billing.functions.claim-creation.url", self);
        config.put("billing.functions.claim-status.url", self);
        return config;
    }

    @Override
    public void stop() {
        // the server is shared by every test class of the JVM; it stops with the JVM
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
