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

    /** The corpus, and an 837P to a secondary and a tertiary payer as the writer makes it (loops 2320 to 2430). */
    private static java.util.Map<String, String> corpus() {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
        FILES.forEach(f -> all.put(f, Fixtures.x12(f)));
        all.put("837P with prior payers", new Claim837Writer().writeCoordinated(Claims.envelope(),
                ControlNumbers.of(1, 1, 1), List.of(ChainClaims.tertiary("CLM4001"),
                        ChainClaims.commercialSecondary("CLM4002", ChainClaims.primaryDenied())), Claims.CREATED));
        return all;
    }

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
        for (java.util.Map.Entry<String, String> input : corpus().entrySet()) {
            String file = input.getKey();
            String x12 = input.getValue();
            for (int end = 0; end < x12.length(); end += 7) {
                assertOnlyFormatErrors(file + " cut at " + end, x12.substring(0, end), MalformedInputTest::readAll);
            }
        }
    }

    @Test
    void read_randomlyDamaged_throwsOnlyFormatException() {
        Random random = new Random(837);
        String noise = "*:~^|>!0123456789ABC \r\n-.";
        for (java.util.Map.Entry<String, String> input : corpus().entrySet()) {
            String file = input.getKey();
            String x12 = input.getValue();
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
