package org.openbilling.dynamodb.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.support.Storage;

/** The practice clock reads the clock it is given, in the zone the practice's settings name (against dynalite). */
class PracticeClockTest {
    private static final Instant LATE_EVENING_IN_CHICAGO = Instant.parse("2026-12-08T03:30:00Z");
    private final Storage storage = Storage.fresh();
    private final PracticeId practice = new PracticeId("clock" + UUID.randomUUID().toString().substring(0, 8));

    private PracticeSettings inZone(String zone) {
        PracticeSettings current = storage.practices.find(practice);
        return storage.practices.save(new PracticeSettings(practice, null, null, null, null, null, "P", ZoneId.of(zone),
                current.statementDueDays(), current.version()));
    }

    @Test
    void today_givenClockPastMidnightUtc_isThePracticesOwnDate() {
        inZone("America/Chicago");
        PracticeClock clock = new PracticeClock(Clock.fixed(LATE_EVENING_IN_CHICAGO, ZoneOffset.UTC), storage.practices);
        assertEquals(LATE_EVENING_IN_CHICAGO, clock.now());
        assertEquals(LocalDate.of(2026, 12, 7), clock.today(practice));
        assertEquals(LocalDateTime.of(2026, 12, 7, 21, 30), clock.localNow(practice));
    }

    @Test
    void today_practiceNeverSaved_isTheDefaultZonesDate() {
        PracticeClock clock = new PracticeClock(Clock.fixed(Instant.parse("2026-12-08T04:30:00Z"), ZoneOffset.UTC),
                storage.practices);
        assertEquals(PracticeSettings.DEFAULT_ZONE, clock.zoneOf(practice));
        assertEquals(LocalDate.of(2026, 12, 7), clock.today(practice));
    }

    @Test
    void zoneOf_settingsChanged_isReadAgainAtOnce_elseAfterAMinute() {
        inZone("America/Chicago");
        MovableClock time = new MovableClock(LATE_EVENING_IN_CHICAGO);
        PracticeClock clock = new PracticeClock(time, storage.practices);
        assertEquals(ZoneId.of("America/Chicago"), clock.zoneOf(practice));
        inZone("Pacific/Honolulu");
        assertEquals(ZoneId.of("America/Chicago"), clock.zoneOf(practice), "read at most once a minute");
        time.at = LATE_EVENING_IN_CHICAGO.plusSeconds(61);
        assertEquals(ZoneId.of("Pacific/Honolulu"), clock.zoneOf(practice));
        inZone("Europe/Berlin");
        clock.settingsChanged(practice);
        assertEquals(ZoneId.of("Europe/Berlin"), clock.zoneOf(practice));
    }

    private static final class MovableClock extends Clock {
        Instant at;

        MovableClock(Instant at) {
            this.at = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return at;
        }
    }
}
