package org.openbilling.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An s3rver (S3-compatible server) for one test JVM, like {@link LocalDynamo}: installed from the lock file of
 * infrastructure/local on first use, on a free 127.0.0.1 port, its objects in a temporary folder removed at exit.
 */
public final class LocalS3 {
    private static LocalS3 shared;
    private final NodeServer server;

    private LocalS3(NodeServer server) {
        this.server = server;
    }

    public static synchronized LocalS3 shared() {
        if (shared == null || !shared.server.isAlive()) {
            shared = start(List.of());
            LocalS3 started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-s3rver"));
        }
        return shared;
    }

    public static LocalS3 start(List<String> buckets) {
        Path local = LocalDynamo.projectRoot().resolve("infrastructure/local");
        NpmInstall.ciOnce(local, local.resolve("node_modules/s3rver/package.json"));
        List<String> args = new ArrayList<>(List.of(local.resolve("s3-server.js").toString(), "--port", "0",
                "--exit-with-stdin"));
        buckets.forEach(b -> args.addAll(List.of("--bucket", b)));
        return new LocalS3(NodeServer.start(local, args, "s3rver"));
    }

    public String endpoint() {
        return server.endpoint();
    }

    public void stop() {
        server.stop();
    }
}
