package org.openbilling.dynamodb.clearinghouse;

import java.time.Instant;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.common.PracticeId;

/** The stored document of a connection (schema 1), mapped explicitly so that the domain may change apart from it. */
record ConnectionDocument(int schema, String practiceId, String host, int port, String user, String credentialKind,
                          Instant credentialSetAt, String hostKey, String hostKeyFingerprint, String outgoingFolder,
                          String incomingFolder, String fileNamePattern, String environment, boolean enabled,
                          Instant activeSince, String status, String statusRule, String statusDetail, Instant statusAt,
                          Instant lastSuccessAt) {
    static final int SCHEMA = 1;

    static ConnectionDocument of(Connection c) {
        Connection.Health h = c.health();
        return new ConnectionDocument(SCHEMA, c.practiceId().value(), c.host(), c.port(), c.user(), c.credentialKind(),
                c.credentialSetAt(), c.hostKey(), c.hostKeyFingerprint(), c.outgoingFolder(), c.incomingFolder(),
                c.fileNamePattern(), c.environment().name(), c.enabled(), c.activeSince(), h.status().name(), h.rule(),
                h.detail(), h.at(), h.lastSuccessAt());
    }

    Connection toDomain(long version) {
        return new Connection(new PracticeId(practiceId), host, port, user, credentialKind, credentialSetAt, hostKey,
                hostKeyFingerprint, outgoingFolder, incomingFolder, fileNamePattern,
                Connection.Environment.valueOf(environment), enabled, activeSince,
                new Connection.Health(Connection.Status.valueOf(status), statusRule, statusDetail, statusAt, lastSuccessAt),
                version);
    }
}
