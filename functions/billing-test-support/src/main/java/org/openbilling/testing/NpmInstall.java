package org.openbilling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/** The Node.js packages a test needs (dynalite, playwright-core), installed from their lock file on first use. */
public final class NpmInstall {
    private NpmInstall() {
    }

    /**
     * Runs {@code npm ci} in {@code dir} unless {@code marker} (a file of the installed packages) exists; once, under
     * a file lock, so that parallel module builds do not race each other. npm gets neither this JVM's stdin nor its
     * stdout: Surefire talks to a forked test JVM through them, and a child that writes there or turns stdin
     * non-blocking (Node.js does) fails the build with "std/in stream corrupted". Its output goes to a file, shown
     * when it fails.
     */
    public static void ciOnce(Path dir, Path marker) {
        if (Files.exists(marker)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(".npm-install.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (Files.exists(marker)) {
                return;
            }
            Path log = Files.createTempFile("npm-ci-", ".log");
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + dir + " failed:\n" + Files.readString(log));
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run npm ci in " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
