package org.openbilling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** The app's usual test resources plus the local S3 (s3rver) archive and a secrets folder of its own. */
public class ClearinghouseTestResource extends BillingTestResource {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            config.put("billing.clearinghouse.secrets.dir", Files.createTempDirectory("secrets-").resolve("s").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("billing.clearinghouse.archive.endpoint", LocalS3.shared().endpoint());
        config.put("billing.clearinghouse.archive.create-bucket", "true");
        config.put("billing.clearinghouse.archive.bucket", "test-exchanged-files");
        // the tests date their files themselves (a file "still being written" is one dated in the future)
        config.put("billing.clearinghouse.min-file-age", "0s");
        return config;
    }
}
