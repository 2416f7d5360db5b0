package org.openbilling.contract.mapping;

import org.openbilling.contract.ConnectionAnswer;
import org.openbilling.contract.ExchangedFileAnswer;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.clearinghouse.ExchangedFile;

/** The one place where a clearinghouse connection (never its secret) and an exchanged file become answers. */
public final class ClearinghouseAnswers {
    private ClearinghouseAnswers() {
    }

    public static ConnectionAnswer of(Connection c) {
        Connection.Health h = c.health();
        return new ConnectionAnswer(c.host(), c.port(), c.user(),
                new ConnectionAnswer.Credential(c.credentialKind(), c.credentialSetAt()), c.hostKey(),
                c.hostKeyFingerprint(), c.outgoingFolder(), c.incomingFolder(), c.fileNamePattern(),
                Wire.name(c.environment()), c.enabled(), c.activeSince(),
                new ConnectionAnswer.Health(Wire.name(h.status()), h.rule(), h.detail(), h.at(), h.lastSuccessAt()),
                c.version());
    }

    public static ExchangedFileAnswer of(ExchangedFile f) {
        return new ExchangedFileAnswer(f.id(), Wire.name(f.direction()), Wire.name(f.status()), f.kind(),
                f.remoteName(), f.size(), f.sha256(), f.submissionId(), f.exchangedAt(), f.processedAt(), f.outcome(),
                f.rule(), f.reason(), f.version());
    }
}
