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

    /** The mixed 835 with its claim payments repeated until it is at least {@code chars} long (benchmark input). */
    static String large835(int chars) {
        String mixed = x12("835-mixed.edi");
        int start = mixed.indexOf("CLP*");
        int end = mixed.indexOf("PLB*");
        StringBuilder b = new StringBuilder(mixed.substring(0, start));
        while (b.length() < chars) {
            b.append(mixed, start, end);
        }
        return b.append(mixed.substring(end)).toString();
    }
}
