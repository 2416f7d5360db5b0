package org.openbilling.clearinghouse.sftp;

import java.time.Duration;

/** Where a practice's clearinghouse mailbox is and how to sign in to it. */
public record MailboxAddress(String host, int port, String user, Credential credential, PinnedHostKey hostKey,
                             Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public MailboxAddress {
        if (host == null || host.isBlank() || port < 1 || port > 65535 || user == null || user.isBlank()) {
            throw new IllegalArgumentException("a mailbox needs a host, a port 1-65535 and a user");
        }
        if (credential == null || hostKey == null) {
            throw new IllegalArgumentException("a mailbox needs a credential and a pinned host key");
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    @Override
    public String toString() {
        // no credential in logs
        return user + "@" + host + ":" + port;
    }
}
