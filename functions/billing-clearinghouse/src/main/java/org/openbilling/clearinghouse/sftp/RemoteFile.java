package org.openbilling.clearinghouse.sftp;

import java.time.Instant;

/** A regular file in a mailbox folder, as listed. */
public record RemoteFile(String name, long size, Instant modifiedAt) {
}
