package org.openbilling.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantJsonTest {
    private final ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ObjectMapper ours = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(InstantJson.module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void readsWhatIsoInstantWritesExactly() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            // 0001-01-01 to 9999-12-31, with 0, 3, 6 or 9 fraction digits as ISO_INSTANT prints them
            long second = random.nextLong(-62_135_596_800L, 253_402_300_799L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            String text = DateTimeFormatter.ISO_INSTANT.format(instant);
            assertEquals(instant, InstantJson.parseUtc(text), text);
            String json = jackson.writeValueAsString(instant);
            assertEquals(jackson.readValue(json, Instant.class), ours.readValue(json, Instant.class), json);
        }
    }

    @Test
    void sameAnswerAsJacksonForEveryOtherForm() throws Exception {
        for (String text : List.of("2026-12-04T22:33:30Z", "2026-12-04T22:33:30.1Z", "2026-12-04T22:33:30.12345678Z",
                "2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z",
                // not of the fast form: the general parser decides
                "2026-12-04T22:33:30+01:00", "2026-12-04T22:33:30.123+05:30", "+12026-12-04T22:33:30Z",
                "2026-12-04T24:00:00Z", "2026-12-31T23:59:60Z", " 2026-12-04T22:33:30Z ", "1733351610",
                "2026-12-04t22:33:30z")) {
            assertSame(text);
        }
        assertEquals(jackson.readValue("1733351610.5", Instant.class), ours.readValue("1733351610.5", Instant.class));
    }

    @Test
    void refusesWhatJacksonRefuses() {
        for (String text : List.of("2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
                "2026-12-04T22:61:30Z", "2026-12-04T22:33:30.Z", "2026-12-04T22:33:30.1234567890Z", "2026-12-0xT22:33:30Z",
                "2026-12-04 22:33:30Z", "yesterday", "")) {
            assertNull(InstantJson.parseUtc(text), text);
            boolean jacksonRefuses = refuses(jackson, text);
            assertEquals(jacksonRefuses, refuses(ours, text), text);
        }
        assertThrows(JsonProcessingException.class, () -> ours.readValue("\"2026-02-30T10:00:00Z\"", Instant.class));
    }

    private void assertSame(String text) throws Exception {
        String json = jackson.writeValueAsString(text);
        Object expected;
        try {
            expected = jackson.readValue(json, Instant.class);
        } catch (JsonProcessingException e) {
            expected = e.getClass();
        }
        Object actual;
        try {
            actual = ours.readValue(json, Instant.class);
        } catch (JsonProcessingException e) {
            actual = e.getClass();
        }
        assertEquals(expected, actual, text);
    }

    private static boolean refuses(ObjectMapper mapper, String text) {
        try {
            mapper.readValue(mapper.writeValueAsString(text), Instant.class);
            return false;
        } catch (JsonProcessingException e) {
            return true;
        }
    }
}
