package org.openbilling.contract;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A practice's clearinghouse SFTP connection as answered: everything but the secret (the credential's kind and when
 * it was set only), with the health of the last run.
 */
@Schema(name = "ConnectionView")
public record ConnectionAnswer(String host, int port, String user, Credential credential, String hostKey,
                               String hostKeyFingerprint, String outgoingFolder, String incomingFolder,
                               String fileNamePattern, @Schema(enumeration = {"TEST", "PRODUCTION"}) String environment,
                               boolean enabled, Instant activeSince, Health health, long version) {

    /** How the platform signs in (PASSWORD or KEY) and when it was set. */
    @Schema(name = "CredentialView")
    public record Credential(@Schema(enumeration = {"PASSWORD", "KEY"}) String kind, Instant setAt) {
    }

    /** The last run: NEW, OK, RETRYING or STOPPED, with the rule and detail. */
    @Schema(name = "HealthView")
    public record Health(@Schema(enumeration = {"NEW", "OK", "RETRYING", "STOPPED"}) String status, String rule,
                         String detail, Instant at, Instant lastSuccessAt) {
    }
}
