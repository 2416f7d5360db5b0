package org.openbilling.clearinghouse.sftp;

/** How the platform signs in to a mailbox: a password or a private key (OpenSSH or PEM text). Never logged. */
public sealed interface Credential {
    /** The kind, as stored and answered (the secret itself never is). */
    String kind();

    record Password(String password) implements Credential {
        public Password {
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("a password is required");
            }
        }

        @Override
        public String kind() {
            return "PASSWORD";
        }

        @Override
        public String toString() {
            return "Password[***]";
        }
    }

    /** A private key in OpenSSH ({@code -----BEGIN OPENSSH PRIVATE KEY-----}) or PEM form, with its passphrase if any. */
    record PrivateKey(String keyText, String passphrase) implements Credential {
        public PrivateKey {
            if (keyText == null || !keyText.contains("PRIVATE KEY-----")) {
                throw new IllegalArgumentException("a private key in OpenSSH or PEM form is required");
            }
        }

        @Override
        public String kind() {
            return "KEY";
        }

        @Override
        public String toString() {
            return "PrivateKey[***]";
        }
    }
}
