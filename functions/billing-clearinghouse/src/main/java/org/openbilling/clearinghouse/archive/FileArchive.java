package org.openbilling.clearinghouse.archive;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where every file sent to or received from a clearinghouse is kept (S3 in AWS and, through the same S3 API, the
 * local run's s3rver). Keys are derived from the file's record, so storing again after a crash is harmless.
 */
public interface FileArchive {
    /**
     * Stores {@code file} under {@code key} unless an object with the same SHA-256 is there already (then nothing is
     * written: with versioning and retention on, a second copy would only cost).
     */
    void put(String key, Path file, String sha256Hex);

    /** True when an object with this key and SHA-256 is stored. */
    boolean holds(String key, String sha256Hex);

    /** Reads the stored object; the caller closes the stream. */
    InputStream open(String key);

    /** A short-lived address that downloads the object under {@code fileName}, for clients that fetch it themselves. */
    URI downloadUrl(String key, String fileName, Duration validFor);
}
