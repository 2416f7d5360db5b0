package org.openbilling.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An s3rver (S3-compatible server) for one test JVM, like {@link LocalDynamo}: installed from the lock file of
 * infrastructure/local on first use, on a free 127.0.0.1 port, its objects in a temporary folder removed at exit.
 */
public final class LocalS3 {
    private static final Pattern PORT = Pattern.compile("\"port\"\\s*:\\s*(\\d+)");
    private static LocalS3 shared;
    private final Process process;
    private final int port;

    private LocalS3(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static synchronized LocalS3 shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start(List.of());
            LocalS3 started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-s3rver"));
        }
        return shared;
    }

    public static LocalS3 start(List<String> buckets) {
        Path local = LocalDynamo.projectRoot().resolve("infrastructure/local");
        NpmInstall.ciOnce(local, local.resolve("node_modules/s3rver/package.json"));
        List<String> command = new ArrayList<>(List.of("node", local.resolve("s3-server.js").toString(), "--port", "0",
                "--exit-with-stdin"));
        buckets.forEach(b -> command.addAll(List.of("--bucket", b)));
        try {
            Process p = new ProcessBuilder(command).directory(local.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher m = line == null ? null : PORT.matcher(line);
            if (m == null || !m.find()) {
                p.destroyForcibly();
                throw new IllegalStateException("s3rver did not start; it said: " + line);
            }
            return new LocalS3(p, Integer.parseInt(m.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (Node.js 20+ must be on the PATH)", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
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
}
