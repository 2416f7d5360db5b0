package org.openbilling.claimstatus;

/**
 * Points inside multi-step writes where a test may simulate a crash (a process dying between two writes).
 * Production uses {@link NoPostingHooks}; tests replace it with a bean that throws on demand.
 */
public interface PostingHooks {
    /** Called after a claim of a remittance posting was written, before anything that follows it (its invoice). */
    void claimPosted();

    /** Called after the claim to the next payer was created, before the claim before it is linked to it. */
    default void chainStep() {
    }

    /** Called after a claim of a submission was moved to SUBMITTED. */
    default void claimSubmitted() {
    }
}
