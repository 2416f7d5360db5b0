package org.openbilling.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dynalite server for one test JVM: installed with {@code npm ci} on first use (whatever module Maven builds
 * first), started on a free 127.0.0.1 port, waited for, and stopped when the JVM exits.
 */
public final class LocalDynamo {
    private static final Pattern PORT = Pattern.compile("\"port\"\\s*:\\s*(\\d+)");
    private static LocalDynamo shared;

    private final Process process;
    private final int port;

    private LocalDynamo(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The JVM's one server, started on first call. */
    public static synchronized LocalDynamo shared() {
        if (shared == null || !shared.process.isAlive()) {
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
        List<String> command = new ArrayList<>(List.of("node", local.resolve("dynalite-server.js").toString(),
                "--port", "0", "--exit-with-stdin"));
        if (dataDir != null) {
            command.add("--path");
            command.add(dataDir.toString());
        }
        try {
            Process p = new ProcessBuilder(command).directory(local.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = line == null ? null : PORT.matcher(line);
            if (m == null || !m.find()) {
                p.destroyForcibly();
                throw new IllegalStateException("dynalite did not start; it said: " + line);
            }
            LocalDynamo dynamo = new LocalDynamo(p, Integer.parseInt(m.group(1)));
            dynamo.awaitAnswer(Duration.ofSeconds(20));
            return dynamo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (Node.js 20+ must be on the PATH)", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
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
