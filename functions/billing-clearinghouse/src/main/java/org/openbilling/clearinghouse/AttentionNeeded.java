package org.openbilling.clearinghouse;

import org.openbilling.domain.common.PracticeId;

/**
 * The port through which the clearinghouse transport asks for a person: a file that was quarantined, a connection
 * that had to stop. Today's implementation records the reason on the file or connection record (visible in the
 * API); the work-queue issue (#20) adds an implementation that opens a work item with a deterministic id from the
 * same arguments, so that a second call for the same event makes nothing twice.
 */
public interface AttentionNeeded {
    /** A received file that will not be posted until a person looks at it. Never deleted. */
    void fileQuarantined(PracticeId practice, String fileId, String rule, String reason);

    /** A connection stopped until an admin changes it (a changed host key, refused credentials, a missing folder). */
    void connectionStopped(PracticeId practice, String rule, String reason);
}
