package org.openbilling.domain.clearinghouse;

import java.time.Instant;

/**
 * Where a batch stands on its way to the clearinghouse: RENAMING once its temporary file is complete on the server
 * (so a retry that finds neither name knows the rename happened and the clearinghouse took the file), SENT once
 * renamed, with the remote name and time.
 */
public record SubmissionUpload(State state, String remoteName, Instant at) {
    public enum State { RENAMING, SENT }
}
