package org.openbilling.dynamodb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads instants in the one form every JSON here writes them, {@code 2026-12-04T22:33:30.123456Z} (ISO-8601 in
 * UTC, as {@code DateTimeFormatter.ISO_INSTANT} prints), without {@code DateTimeFormatter}: its general parser
 * (a map of fields per value, then a resolver) was a tenth of the gateway's CPU for a claim with its history,
 * and as much again in every function that reads one. Any other text, and any number, goes to Jackson's own
 * {@link InstantDeserializer}, so what is accepted and what is refused does not change.
 */
public final class InstantJson {
    private static final int[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private InstantJson() {
    }

    /** The module: register it after Jackson's JavaTimeModule (the last registered deserializer of a type wins). */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("billing-instants");
        module.addDeserializer(Instant.class, new Reader());
        return module;
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}; null for any other text, or for a date that does not exist. */
    static Instant parseUtc(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (s.charAt(19) != '.' || fraction < 1) {
                return null;
            }
            nanos = digits(s, 20, n - 1);
            if (nanos < 0) {
                return null;
            }
            nanos *= SCALE[9 - fraction];
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            // refuses what does not exist (a 30 February, hour 24, second 60): those go to the general parser
            long epochSecond = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
            return Instant.ofEpochSecond(epochSecond, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of s[from, to), all ASCII digits; -1 otherwise. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static final class Reader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Instant fast = parseUtc(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }

        @Override
        public Class<?> handledType() {
            return Instant.class;
        }
    }
}
