package org.openbilling.domain.clearinghouse;

import java.time.Instant;
import org.openbilling.domain.common.PracticeId;

/**
 * A practice's clearinghouse mailbox: where it is, how to sign in (the secret itself lives in the secret store,
 * never here), the pinned server key, the folders and file naming, test or production, and how its last run went.
 * {@code activeSince}: batches stored before it are never uploaded (they went out some other way).
 */
public record Connection(PracticeId practiceId, String host, int port, String user, String credentialKind,
                         Instant credentialSetAt, String hostKey, String hostKeyFingerprint, String outgoingFolder,
                         String incomingFolder, String fileNamePattern, Environment environment, boolean enabled,
                         Instant activeSince, Health health, long version) {
    /** Which of the clearinghouse's systems the mailbox is: a batch marked for the other one is never sent. */
    public enum Environment {
        TEST("T"), PRODUCTION("P");

        private final String usageIndicator;

        Environment(String usageIndicator) {
            this.usageIndicator = usageIndicator;
        }

        /** ISA15 of the interchanges this mailbox takes. */
        public String usageIndicator() {
            return usageIndicator;
        }
    }

    /** How the connection is doing. */
    public enum Status {
        /** Saved, not run yet. */
        NEW,
        /** The last run worked. */
        OK,
        /** The last run failed in a way the next run may overcome (unreachable, dropped, server error). */
        RETRYING,
        /** Stopped until an admin changes the connection (changed host key, refused credentials, missing folder). */
        STOPPED
    }

    /** The last run's outcome; {@code rule} and {@code detail} say what went wrong, if anything. */
    public record Health(Status status, String rule, String detail, Instant at, Instant lastSuccessAt) {
        public static Health fresh() {
            return new Health(Status.NEW, null, null, null, null);
        }
    }

    public Connection withHealth(Health newHealth) {
        return new Connection(practiceId, host, port, user, credentialKind, credentialSetAt, hostKey, hostKeyFingerprint,
                outgoingFolder, incomingFolder, fileNamePattern, environment, enabled, activeSince, newHealth, version);
    }

    public Connection withVersion(long newVersion) {
        return new Connection(practiceId, host, port, user, credentialKind, credentialSetAt, hostKey, hostKeyFingerprint,
                outgoingFolder, incomingFolder, fileNamePattern, environment, enabled, activeSince, health, newVersion);
    }

    /** True when runs should use it: enabled and not stopped. */
    public boolean runnable() {
        return enabled && health.status() != Status.STOPPED;
    }
}
