package org.openbilling.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.practice.PracticeRepository;

/** "Today" is the date in the practice's time zone (a practice setting, read at most once a minute per practice). */
@ApplicationScoped
public class PracticeClock {
    private static final Duration CACHE = Duration.ofMinutes(1);
    private final Clock clock = Clock.systemUTC();
    private final PracticeRepository practices;
    private final Map<PracticeId, CachedZone> zones = new ConcurrentHashMap<>();

    public PracticeClock(PracticeRepository practices) {
        this.practices = practices;
    }

    private record CachedZone(ZoneId zone, Instant until) {
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today(PracticeId practice) {
        return LocalDate.now(clock.withZone(zoneOf(practice)));
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
