package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Damaged files of every kind end in an {@link X12FormatException} or a partial read, never another exception. */
class MalformedInputTest {
    private static final List<String> FILES = List.of("999-accepted.edi", "999-rejected.edi", "277ca-mixed.edi",
            "835-mixed.edi", "835-multiple.edi", "835-custom-delimiters.edi", "835-crossover.edi");

    private static void readAll(String x12) {
        new Ack999Reader().read(x12);
        new Ack277CaReader().read(x12);
        new Remittance835Reader().read(x12);
        new Claim837Reader().read(x12);
    }

    private static void assertOnlyFormatErrors(String name, String x12, Consumer<String> read) {
        try {
            read.accept(x12);
        } catch (X12FormatException expected) {
            if (expected.getMessage() == null || expected.getMessage().isEmpty()) {
                fail("an X12FormatException without a message for " + name);
            }
        } catch (RuntimeException e) {
            throw new AssertionError("reading " + name + " threw " + e + " instead of X12FormatException:\n" + x12, e);
        }
    }

    @Test
    void read_truncatedAnywhere_throwsOnlyFormatException() {
        for (String file : FILES) {
            String x12 = Fixtures.x12(file);
            for (int end = 0; end < x12.length(); end += 7) {
                assertOnlyFormatErrors(file + " cut at " + end, x12.substring(0, end), MalformedInputTest::readAll);
            }
        }
    }

    @Test
    void read_randomlyDamaged_throwsOnlyFormatException() {
        Random random = new Random(837);
        String noise = "*:~^|>!0123456789ABC \r\n-.";
        for (String file : FILES) {
            String x12 = Fixtures.x12(file);
            for (int round = 0; round < 300; round++) {
                StringBuilder b = new StringBuilder(x12);
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    int at = random.nextInt(b.length());
                    switch (random.nextInt(3)) {
                        case 0 -> b.deleteCharAt(at);
                        case 1 -> b.insert(at, noise.charAt(random.nextInt(noise.length())));
                        default -> b.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                    }
                }
                assertOnlyFormatErrors(file + " damaged (round " + round + ")", b.toString(),
                        MalformedInputTest::readAll);
            }
        }
    }
}
