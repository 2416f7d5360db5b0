package org.openbilling.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbilling.domain.common.PracticeId;

/** "Today" is the date in the practice's time zone; until a practice sets its zone, the platform default. */
@ApplicationScoped
public class PracticeClock {
    private final ZoneId defaultZone;
    private final Clock clock = Clock.systemUTC();

    public PracticeClock(@ConfigProperty(name = "billing.default-time-zone", defaultValue = "America/New_York") String zone) {
        this.defaultZone = ZoneId.of(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today(PracticeId practice) {
        return LocalDate.now(clock.withZone(zoneOf(practice)));
    }

    public ZoneId zoneOf(PracticeId practice) {
        return defaultZone;
    }
}
