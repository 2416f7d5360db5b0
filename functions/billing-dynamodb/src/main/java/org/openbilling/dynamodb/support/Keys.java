package org.openbilling.dynamodb.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openbilling.domain.common.PracticeId;

/** How keys are spelled: every key starts with the practice, and time sort keys have a fixed width. */
public final class Keys {
    private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Keys() {
    }

    public static String of(PracticeId practice, String... parts) {
        StringBuilder b = new StringBuilder(practice.value());
        for (String p : parts) {
            b.append('#').append(p);
        }
        return b.toString();
    }

    /** A sortable instant: fixed width so that string order is time order. */
    public static String instant(Instant at) {
        return FIXED.format(at);
    }

    /** The instant at the start of a sort key written by {@link #instant} (anything after it, such as {@code #id}, is ignored). */
    public static Instant instantOf(String sortKey) {
        int hash = sortKey.indexOf('#');
        return Instant.parse(hash < 0 ? sortKey : sortKey.substring(0, hash));
    }
}
