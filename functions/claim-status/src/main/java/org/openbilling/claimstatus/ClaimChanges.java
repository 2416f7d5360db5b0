package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.claim.ClaimRepository;

/**
 * One change of one claim under its version check, retried on a fresh read when another write came first, with
 * its audit entry. Safe on worker threads: it uses no request-scoped bean.
 */
@ApplicationScoped
public class ClaimChanges {
    private static final int MAX_ATTEMPTS = 50;
    private final ClaimRepository claims;
    private final AuditLog audit;

    public ClaimChanges(ClaimRepository claims, AuditLog audit) {
        this.claims = claims;
        this.audit = audit;
    }

    /**
     * Applies {@code change} to {@code start} (a copy that may be stale) and stores the result. A change that
     * returns its argument unchanged writes nothing. Returns the claim as stored, or as found when unchanged.
     */
    public Claim apply(PracticeId practice, Claim start, UnaryOperator<Claim> change, String action, String actor,
                       Instant at) {
        return apply(practice, start, change, action, actor, at, true);
    }

    /** The same, leaving the audit entry to the caller (who batches them) when {@code audited} is false. */
    public Claim apply(PracticeId practice, Claim start, UnaryOperator<Claim> change, String action, String actor,
                       Instant at, boolean audited) {
        Claim current = start;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Claim changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            try {
                Claim stored = claims.update(changed);
                if (audited) {
                    audit.changed(practice, "claim", stored.id().value(), stored.version(), action, actor, at);
                }
                return stored;
            } catch (StaleVersionException raced) {
                current = claims.find(practice, start.id()).orElseThrow(() -> raced);
                backOff(attempt);
            }
        }
        throw new StaleVersionException("claim " + start.id().value() + " is changing too often right now; retry");
    }

    private static void backOff(int attempt) {
        if (attempt == 0) {
            return; // the first loss is usually a stale index copy, not a busy claim
        }
        try {
            Thread.sleep(Math.min(50, 1 + (long) (Math.random() * attempt * 4)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
