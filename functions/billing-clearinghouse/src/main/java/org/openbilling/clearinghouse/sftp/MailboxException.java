package org.openbilling.clearinghouse.sftp;

/**
 * A mailbox operation that failed, with the reason a person can act on. {@link Reason#stopsConnection()} says
 * whether the connection must stay stopped until an admin changes it (a changed host key, refused credentials),
 * or whether the next run may simply try again.
 */
public class MailboxException extends RuntimeException {
    public enum Reason {
        /** The server presented another key than the pinned one: possibly someone in between. */
        HOST_KEY_MISMATCH("clearinghouse-host-key-mismatch", true),
        /** The user, password or key was refused. Retrying could lock the account at the clearinghouse. */
        AUTH_FAILED("clearinghouse-auth-failed", true),
        /** No answer, refused, or a name that does not resolve. */
        UNREACHABLE("clearinghouse-unreachable", false),
        /** The connection broke or the server failed during a transfer. */
        TRANSFER_FAILED("clearinghouse-transfer-failed", false),
        /** The server has no room for the file. */
        REMOTE_FULL("clearinghouse-remote-full", false),
        /** A folder of the connection does not exist, or the user may not use it. */
        FOLDER_UNUSABLE("clearinghouse-folder-unusable", true);

        private final String rule;
        private final boolean stopsConnection;

        Reason(String rule, boolean stopsConnection) {
            this.rule = rule;
            this.stopsConnection = stopsConnection;
        }

        public String rule() {
            return rule;
        }

        public boolean stopsConnection() {
            return stopsConnection;
        }
    }

    private final Reason reason;

    public MailboxException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
