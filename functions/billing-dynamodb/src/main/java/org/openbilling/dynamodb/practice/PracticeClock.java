package org.openbilling.dynamodb.practice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openbilling.domain.common.PracticeId;

/**
 * "Now" from the injected {@link Clock} (the system's UTC clock unless a test puts its own {@code Clock} bean in its
 * place, see {@link SystemClock}); "today" is the date in the practice's time zone, a practice setting read at most
 * once a minute per practice.
 */
@ApplicationScoped
public class PracticeClock {
    private static final Duration CACHE = Duration.ofMinutes(1);
    private final Clock clock;
    private final PracticeRepository practices;
    private final Map<PracticeId, CachedZone> zones = new ConcurrentHashMap<>();

    public PracticeClock(Clock clock, PracticeRepository practices) {
        this.clock = clock;
        this.practices = practices;
    }

    private record CachedZone(ZoneId zone, Instant until) {
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today(PracticeId practice) {
        return LocalDate.ofInstant(clock.instant(), zoneOf(practice));
    }

    /** The practice's wall-clock time now (the date and time an X12 envelope carries). */
    public LocalDateTime localNow(PracticeId practice) {
        return LocalDateTime.ofInstant(clock.instant(), zoneOf(practice));
    }

    public ZoneId zoneOf(PracticeId practice) {
        Instant now = clock.instant();
        CachedZone cached = zones.get(practice);
        if (cached == null || cached.until().isBefore(now)) {
            cached = new CachedZone(practices.find(practice).timeZone(), now.plus(CACHE));
            zones.put(practice, cached);
        }
        return cached.zone();
    }

    /** Forgets a practice's zone after its settings changed, so this process sees the change at once. */
    public void settingsChanged(PracticeId practice) {
        zones.remove(practice);
    }
}
