package org.openbilling.claimstatus.clearinghouse;

/**
 * Points between the steps of a clearinghouse run where a test makes the process "die" (throws), to prove that the
 * next run finishes the work without losing or doubling anything. Production uses {@link NoRunHooks}.
 */
public interface RunHooks {
    /** A batch's temporary file is written, not yet renamed. */
    default void uploaded(String submissionId) {
    }

    /** A batch is renamed to its final name, not yet recorded. */
    default void renamed(String submissionId) {
    }

    /** A received file is downloaded, archived and recorded RECEIVED, not yet posted. */
    default void received(String fileId) {
    }

    /** A received file is posted, not yet recorded PROCESSED. */
    default void posted(String fileId) {
    }
}
