package org.openbilling.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local stack as separate processes that this suite owns: dynalite with its data on disk, the three
 * functions and the gateway, each a plain {@code java -jar} of its built Quarkus app on a free loopback port,
 * configured as {@code infrastructure/local/run.sh} configures them. Processes can be killed with SIGKILL and
 * started again on the same ports and data, which is what the fault phases need.
 */
final class LocalStack implements AutoCloseable {
    static final String ISSUER = "https://billing.local/issuer";
    static final String AUDIENCE = "billing-api";
    static final List<String> APPS = List.of("code-validation", "claim-creation", "claim-status", "gateway");

    final Path root;
    final Path data;
    final int dbPort;
    final int s3Port;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> javaOptions;

    LocalStack(Path root, Path data, List<String> javaOptions) throws IOException {
        this.root = root;
        this.data = data;
        this.javaOptions = javaOptions;
        this.dbPort = freePort();
        this.s3Port = freePort();
        for (String app : APPS) {
            ports.put(app, freePort());
        }
        Files.createDirectories(data.resolve("dynamodb"));
        Files.createDirectories(data.resolve("logs"));
    }

    void start() throws Exception {
        for (String app : APPS) {
            Path jar = jar(app);
            if (!Files.exists(jar)) {
                throw new IllegalStateException("missing " + jar + ": build first (infrastructure/bench/reliability.sh does)");
            }
        }
        run(List.of("node", local("keys.js").toString(), data.resolve("keys").toString()));
        startDynamo();
        startS3();
        for (String app : APPS) {
            startApp(app);
        }
        for (String app : APPS) {
            awaitReady(app);
        }
    }

    void startDynamo() throws Exception {
        Process p = new ProcessBuilder("node", local("dynalite-server.js").toString(), "--port", Integer.toString(dbPort),
                "--path", data.resolve("dynamodb").toString(), "--count-calls")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("logs/dynamodb.log").toFile()))
                .start();
        processes.put("dynamodb", p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (var socket = new java.net.Socket("127.0.0.1", dbPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("dynalite did not start; see " + data.resolve("logs/dynamodb.log"));
    }

    /** The archive of clearinghouse files (s3rver), as run.sh starts it. */
    void startS3() throws Exception {
        Process p = new ProcessBuilder("node", local("s3-server.js").toString(), "--port", Integer.toString(s3Port),
                "--dir", data.resolve("s3").toString(), "--bucket", "billing-exchanged-files")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("logs/s3.log").toFile()))
                .start();
        processes.put("s3", p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (var socket = new java.net.Socket("127.0.0.1", s3Port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("s3rver did not start; see " + data.resolve("logs/s3.log"));
    }

    /** A started SFTP mailbox: its port and its host key as an OpenSSH line. */
    record Mailbox(int port, String hostKey, Path root) {
    }

    /**
     * The practice's clearinghouse mailbox, as run.sh starts it: the embedded MINA SFTP server of
     * billing-clearinghouse, from claim-status's libraries, in its own process.
     */
    Mailbox startMailbox(String user, String password) throws Exception {
        Path root = Files.createDirectories(data.resolve("mailbox/root"));
        Path passwordFile = data.resolve("keys/mailbox-password");
        Files.writeString(passwordFile, password);
        Path log = data.resolve("logs/mailbox.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                this.root.resolve("functions/claim-status/target/quarkus-app/lib/main").toString() + "/*",
                "org.openbilling.clearinghouse.mailbox.MailboxServer", "--root", root.toString(), "--host-key",
                data.resolve("keys/mailbox-host.key").toString(), "--port", "0", "--user", user, "--password-file",
                passwordFile.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        processes.put("mailbox", p);
        java.util.regex.Pattern started = java.util.regex.Pattern.compile("\\{\"port\":(\\d+),\"hostKey\":\"([^\"]+)\"}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var m = started.matcher(Files.readString(log));
            if (m.find()) {
                return new Mailbox(Integer.parseInt(m.group(1)), m.group(2), root);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the mailbox did not start; see " + log);
    }

    /** Stops dynalite the hard way (SIGKILL): what is on disk is all that survives. */
    void killDynamo() throws InterruptedException {
        kill("dynamodb");
    }

    void startApp(String app) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        // extra JVM options for one app, e.g. a Flight Recording: JAVA_OPTS_GATEWAY, JAVA_OPTS_CLAIM_STATUS, ...
        String extra = System.getenv("JAVA_OPTS_" + app.replace('-', '_').toUpperCase());
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.split(" ")));
        }
        command.add("-jar");
        command.add(jar(app).toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("logs/" + app + ".log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(app)));
        env.put("QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE", "http://127.0.0.1:" + dbPort);
        env.put("QUARKUS_DYNAMODB_AWS_REGION", "us-east-1");
        env.put("QUARKUS_DYNAMODB_AWS_CREDENTIALS_TYPE", "static");
        env.put("QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID", "local");
        env.put("QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", "local");
        env.put("BILLING_DYNAMODB_TABLE_PREFIX", "billing-");
        env.put("BILLING_DYNAMODB_CREATE_TABLES", "true");
        env.put("BILLING_DYNAMODB_CURSOR_SECRET", read(data.resolve("keys/cursor-secret")));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", data.resolve("keys/public.pem").toString());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
        env.put("BILLING_FUNCTIONS_CODE_VALIDATION_URL", url("code-validation"));
        env.put("BILLING_FUNCTIONS_CLAIM_CREATION_URL", url("claim-creation"));
        env.put("BILLING_FUNCTIONS_CLAIM_STATUS_URL", url("claim-status"));
        if (app.equals("claim-status")) {
            // the clearinghouse runs every 2 s here, to move the phase along
            env.put("BILLING_CLEARINGHOUSE_EVERY", "2s");
            env.put("BILLING_CLEARINGHOUSE_MIN_FILE_AGE", "1s");
            env.put("BILLING_CLEARINGHOUSE_ARCHIVE_ENDPOINT", "http://127.0.0.1:" + s3Port);
            env.put("BILLING_CLEARINGHOUSE_ARCHIVE_CREATE_BUCKET", "true");
            env.put("BILLING_CLEARINGHOUSE_SECRETS_DIR", data.resolve("secrets").toString());
            env.put("BILLING_CLEARINGHOUSE_WORK_DIR", data.resolve("work").toString());
        }
        processes.put(app, pb.start());
    }

    /** SIGKILL: no shutdown hooks, no flushing, exactly a crash. */
    void kill(String name) throws InterruptedException {
        Process p = processes.remove(name);
        if (p != null) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    void awaitReady(String app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url(app) + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            Process p = processes.get(app);
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException(app + " exited; see " + data.resolve("logs/" + app + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(app + " did not become ready; see " + data.resolve("logs/" + app + ".log"));
    }

    /** The DynamoDB calls dynalite has served since it started, by operation (its --count-calls). */
    Map<String, Integer> dynamoCalls() throws Exception {
        HttpRequest calls = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dbPort + "/calls"))
                .timeout(Duration.ofSeconds(30)).build();
        Map<String, Integer> out = new java.util.TreeMap<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.send(calls, HttpResponse.BodyHandlers.ofString()).body())
                .fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    long pid(String name) {
        return processes.get(name).pid();
    }

    String url(String app) {
        return "http://127.0.0.1:" + ports.get(app);
    }

    /** A bearer token for one practice and role, signed with this stack's key (infrastructure/local/token.js). */
    String token(String practice, String role) throws Exception {
        return "Bearer " + run(List.of("node", local("token.js").toString(), "--key", data.resolve("keys/private.pem").toString(),
                "--issuer", ISSUER, "--audience", AUDIENCE, "--role", role, "--practice", practice, "--minutes", "600")).strip();
    }

    Path jar(String app) {
        return app.equals("gateway") ? root.resolve("gateway/target/quarkus-app/quarkus-run.jar")
                : root.resolve("functions/" + app + "/target/quarkus-app/quarkus-run.jar");
    }

    private Path local(String file) {
        return root.resolve("infrastructure/local/" + file);
    }

    @Override
    public void close() throws InterruptedException {
        for (String name : new ArrayList<>(processes.keySet())) {
            Process p = processes.remove(name);
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p).strip();
    }
}
