package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replaces the production hooks in tests: armed, it throws after the k-th claim write, as if the process died
 * there. Disarmed (the default) it does nothing, so other tests sharing the app are unaffected.
 */
@ApplicationScoped
public class TestPostingHooks implements PostingHooks {
    private final AtomicInteger postingsLeft = new AtomicInteger(-1);
    private final AtomicInteger submitsLeft = new AtomicInteger(-1);
    private final AtomicInteger chainStepsLeft = new AtomicInteger(-1);

    /** The k-th claim posted from now on (1-based) is the last one; the next write point fails. */
    public void failPostingAfter(int k) {
        postingsLeft.set(k);
    }

    public void failSubmitAfter(int k) {
        submitsLeft.set(k);
    }

    /** The k-th next payer's claim created from now on is the last one; the next chain step fails. */
    public void failChainAfter(int k) {
        chainStepsLeft.set(k);
    }

    public void disarm() {
        chainStepsLeft.set(-1);
        postingsLeft.set(-1);
        submitsLeft.set(-1);
    }

    @Override
    public void claimPosted() {
        trip(postingsLeft, "posting");
    }

    @Override
    public void chainStep() {
        trip(chainStepsLeft, "the next payer's claim");
    }

    @Override
    public void claimSubmitted() {
        trip(submitsLeft, "submission");
    }

    /**
     * Counts down to the crash; from then on every write point fails until {@link #disarm}, as in a process that
     * died: the other workers of the pool must not finish the posting after the crash.
     */
    private static void trip(AtomicInteger left, String what) {
        int now = left.get();
        if (now < 0) {
            return;
        }
        if (now == 0 || left.getAndDecrement() <= 1) {
            left.set(0);
            throw new SimulatedCrash("simulated crash during " + what);
        }
    }

    /** What the armed hook throws. */
    public static class SimulatedCrash extends RuntimeException {
        public SimulatedCrash(String message) {
            super(message);
        }
    }
}
