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

    /**
     * The mixed 835 with its claim payments repeated until it is at least {@code chars} long (benchmark input), its
     * SE01 counting the added segments so that the readers' envelope check accepts it.
     */
    static String large835(int chars) {
        String mixed = x12("835-mixed.edi");
        int start = mixed.indexOf("CLP*");
        int end = mixed.indexOf("PLB*");
        String claims = mixed.substring(start, end);
        int perRepeat = (int) claims.chars().filter(c -> c == '~').count();
        StringBuilder b = new StringBuilder(mixed.substring(0, start));
        int repeats = 0;
        while (b.length() < chars) {
            b.append(claims);
            repeats++;
        }
        String tail = mixed.substring(end);
        int se = tail.indexOf("SE*");
        int seEnd = tail.indexOf('*', se + 3);
        int count = Integer.parseInt(tail.substring(se + 3, seEnd)) + (repeats - 1) * perRepeat;
        return b.append(tail, 0, se + 3).append(count).append(tail.substring(seEnd)).toString();
    }
}
