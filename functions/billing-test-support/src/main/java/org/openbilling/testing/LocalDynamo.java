package org.openbilling.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A dynalite server for one test JVM: installed with {@code npm ci} on first use (whatever module Maven builds
 * first), started on a free 127.0.0.1 port, waited for, and stopped when the JVM exits.
 */
public final class LocalDynamo {
    private static LocalDynamo shared;

    private final NodeServer server;

    private LocalDynamo(NodeServer server) {
        this.server = server;
    }

    /** The JVM's one server, started on first call. */
    public static synchronized LocalDynamo shared() {
        if (shared == null || !shared.server.isAlive()) {
            shared = start(null);
            LocalDynamo started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-dynalite"));
        }
        return shared;
    }

    /** Starts a new server; {@code dataDir} null keeps the data in memory. */
    public static LocalDynamo start(Path dataDir) {
        Path local = projectRoot().resolve("infrastructure/local");
        ensureInstalled(local);
        List<String> args = new ArrayList<>(List.of(local.resolve("dynalite-server.js").toString(), "--port", "0",
                "--exit-with-stdin"));
        if (dataDir != null) {
            args.add("--path");
            args.add(dataDir.toString());
        }
        LocalDynamo dynamo = new LocalDynamo(NodeServer.start(local, args, "dynalite"));
        dynamo.awaitAnswer(Duration.ofSeconds(20));
        return dynamo;
    }

    public String endpoint() {
        return server.endpoint();
    }

    public int port() {
        return server.port();
    }

    public void stop() {
        server.stop();
    }

    /** Waits until the server answers a real (signed-looking) ListTables request. */
    private void awaitAnswer(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint()))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        while (true) {
            try {
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("dynalite on " + endpoint() + " did not answer");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The project root: the folder that holds infrastructure/local/package.json. */
    public static Path projectRoot() {
        String configured = System.getProperty("billing.root");
        if (configured != null && Files.exists(Path.of(configured, "infrastructure/local/package.json"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("infrastructure/local/package.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find infrastructure/local/package.json above " + Path.of("").toAbsolutePath());
    }

    /** dynalite from the lock file of infrastructure/local, on first use. */
    static void ensureInstalled(Path local) {
        NpmInstall.ciOnce(local, local.resolve("node_modules/dynalite/package.json"));
    }
}
