package org.openbilling.dynamodb.practice;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one {@link Clock} of an app: the system's, in UTC. A default bean, so that a test that needs another time
 * (a deadline a week from now) produces its own {@code Clock} and every {@link PracticeClock} reads it.
 */
@Singleton
public class SystemClock {
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
