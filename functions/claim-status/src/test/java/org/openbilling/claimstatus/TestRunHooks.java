package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.openbilling.claimstatus.TestPostingHooks.SimulatedCrash;
import org.openbilling.claimstatus.clearinghouse.RunHooks;

/** Replaces the production run hooks in tests: armed at one step, the next pass through it "dies" once. */
@ApplicationScoped
public class TestRunHooks implements RunHooks {
    public enum Step { UPLOADED, RENAMED, RECEIVED, POSTED }

    private final AtomicReference<Step> armed = new AtomicReference<>();

    public void crashAt(Step step) {
        armed.set(step);
    }

    public void disarm() {
        armed.set(null);
    }

    private void at(Step step) {
        if (armed.compareAndSet(step, null)) {
            throw new SimulatedCrash("simulated crash after " + step);
        }
    }

    @Override
    public void uploaded(String submissionId) {
        at(Step.UPLOADED);
    }

    @Override
    public void renamed(String submissionId) {
        at(Step.RENAMED);
    }

    @Override
    public void received(String fileId) {
        at(Step.RECEIVED);
    }

    @Override
    public void posted(String fileId) {
        at(Step.POSTED);
    }
}
