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
 * A local server script of infrastructure/local run by Node.js (dynalite, s3rver): started with {@code --port 0},
 * its port read from the JSON line it prints first, stopped with the process. {@link LocalDynamo} and
 * {@link LocalS3} are each one of these.
 */
record NodeServer(Process process, int port) {
    private static final Pattern PORT = Pattern.compile("\"port\"\\s*:\\s*(\\d+)");

    /** Runs {@code node <args>} in {@code dir} and waits for the line that names its port. */
    static NodeServer start(Path dir, List<String> args, String name) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add("node");
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher m = line == null ? null : PORT.matcher(line);
            if (m == null || !m.find()) {
                p.destroyForcibly();
                throw new IllegalStateException(name + " did not start; it said: " + line);
            }
            return new NodeServer(p, Integer.parseInt(m.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (Node.js 20+ must be on the PATH)", e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void stop() {
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
