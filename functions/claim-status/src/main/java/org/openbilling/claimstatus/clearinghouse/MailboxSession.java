package org.openbilling.claimstatus.clearinghouse;

import java.util.function.Supplier;
import org.openbilling.clearinghouse.sftp.SftpMailbox;

/** The run's session with one mailbox, opened again when a dropped connection closed it. */
public final class MailboxSession implements AutoCloseable {
    private final Supplier<SftpMailbox> opener;
    private SftpMailbox mailbox;

    public MailboxSession(Supplier<SftpMailbox> opener) {
        this.opener = opener;
        this.mailbox = opener.get();
    }

    public SftpMailbox mailbox() {
        return mailbox;
    }

    /** After a failed transfer: a new session if the old one is gone, so that the next file still gets its turn. */
    public void reopenIfClosed() {
        if (!mailbox.isOpen()) {
            mailbox.close();
            mailbox = opener.get();
        }
    }

    @Override
    public void close() {
        mailbox.close();
    }
}
