package org.openbilling.clearinghouse.sftp;

import java.security.PublicKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * The server key a connection trusts, given by an admin as an OpenSSH public key line ({@code ssh-ed25519 AAAA...},
 * as {@code ssh-keyscan} prints it) or as its SHA-256 fingerprint ({@code SHA256:...}). There is no trust on first
 * use: a mailbox without a pinned key is never connected to, since the first key seen could be an attacker's.
 */
public final class PinnedHostKey {
    private final String text;
    private final String fingerprint;

    private PinnedHostKey(String text, String fingerprint) {
        this.text = text;
        this.fingerprint = fingerprint;
    }

    /**
     * @throws IllegalArgumentException when the text is neither a readable public key line nor a SHA-256 fingerprint
     */
    public static PinnedHostKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a host key is required");
        }
        String t = text.strip();
        if (t.startsWith("SHA256:")) {
            if (!t.substring(7).matches("[A-Za-z0-9+/]{43}=?")) {
                throw new IllegalArgumentException("a SHA256 fingerprint has 43 base64 characters after SHA256:");
            }
            return new PinnedHostKey(t, t.endsWith("=") ? t.substring(0, t.length() - 1) : t);
        }
        try {
            // a known_hosts line starts with the host name: skip it
            String line = t;
            String[] parts = t.split("\\s+");
            if (parts.length >= 3 && !parts[0].contains("-") && parts[1].contains("-")) {
                line = t.substring(t.indexOf(parts[1]));
            }
            PublicKey key = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line)
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
            if (key == null) {
                throw new IllegalArgumentException("the host key's type is not supported");
            }
            return new PinnedHostKey(t, fingerprintOf(key));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("the host key is neither an OpenSSH public key line nor a SHA256 fingerprint");
        }
    }

    /** {@code SHA256:<base64 without padding>}, as OpenSSH shows it. */
    public static String fingerprintOf(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    public boolean matches(PublicKey presented) {
        return presented != null && fingerprint.equals(fingerprintOf(presented));
    }

    /** The pinned key's fingerprint: safe to show (it is public). */
    public String fingerprint() {
        return fingerprint;
    }

    /** The text the admin gave. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return fingerprint;
    }
}
