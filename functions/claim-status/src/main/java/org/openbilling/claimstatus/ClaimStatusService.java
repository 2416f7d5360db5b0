package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.web.Audit;
import org.openbilling.web.PracticeClock;

/** Moves claims through the contract's table of transitions, each move recorded with who, when and why. */
@ApplicationScoped
public class ClaimStatusService {
    /** Enough for a hundred writers racing on one claim to each get through. */
    private static final int MAX_ATTEMPTS = 200;
    private final ClaimRepository claims;
    private final PracticeClock clock;
    private final Audit audit;

    public ClaimStatusService(ClaimRepository claims, PracticeClock clock, Audit audit) {
        this.claims = claims;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Applies a move. With {@code expectedVersion} the caller's view must be current (else 409); without it the
     * move is retried on a fresh read when another write came first, so that no answered update is ever lost.
     */
    public Claim move(PracticeId practice, ClaimId id, ClaimStatus to, String reason, Long expectedVersion, String actor) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Claim current = claims.find(practice, id).orElseThrow(() -> new NotFoundException("claim", id.value()));
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new StaleVersionException("claim", id.value(), expectedVersion);
            }
            Claim moved = current.moveTo(to, actor, reason, clock.now());
            try {
                Claim stored = claims.update(moved);
                audit.changed("claim", id.value(), stored.version(), "CLAIM_STATUS_" + to.name());
                return stored;
            } catch (StaleVersionException raced) {
                if (expectedVersion != null) {
                    throw raced;
                }
                backOff(attempt);
            }
        }
        throw new StaleVersionException("the claim is changing too often right now; retry");
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, 1 + (long) (Math.random() * (attempt + 1) * 2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
