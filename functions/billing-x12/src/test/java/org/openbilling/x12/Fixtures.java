package org.openbilling.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The X12 corpus under src/test/resources/x12 (synthetic data in real-world shapes). */
final class Fixtures {
    private Fixtures() {
    }

    static String x12(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/x12/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
