package org.openbilling.domain.claim;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Procedure;

/** Builds a READY claim from a coded encounter; refuses encounters that cannot be billed to a payer. */
public final class ClaimFactory {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClaimFactory() {
    }

    public static Claim fromEncounter(Encounter e, ClaimId id, ClaimNumber number, List<Warning> warnings,
                                      String actor, Instant now) {
        if (e.isSelfPay()) {
            throw new RuleViolationException("self-pay-encounter", "encounterId",
                    "the encounter has no coverage: bill the patient with an invoice instead");
        }
        Violations v = new Violations();
        if (e.status() == EncounterStatus.BILLED) {
            v.add("encounter-already-billed", "encounterId", "a claim was already made from this encounter");
        } else if (e.status() != EncounterStatus.CODED) {
            v.add("encounter-not-coded", "encounterId", "the encounter needs at least one diagnosis and one procedure");
        }
        v.throwIfAny();
        List<ClaimLine> lines = new ArrayList<>();
        int n = 1;
        for (Procedure p : e.procedures()) {
            lines.add(new ClaimLine(n++, p.code(), p.system().name(), p.modifiers(), p.units(), p.charge(),
                    p.diagnosisPointers(), p.serviceDate() != null ? p.serviceDate() : e.serviceDate(),
                    p.serviceDateTo(), p.ndc(), null));
        }
        Payer payer = new Payer(e.coverage().payerId(), e.coverage().payerName());
        return Claim.ready(id, e.practiceId(), number, e.id(), "1", payer, e.patient(), e.serviceDate(),
                e.diagnoses(), lines, warnings, e.details(), actor, now);
    }

    /** A fresh claim number: 14 characters from an alphabet without I and O, safe in any X12 delimiter set. */
    public static ClaimNumber newClaimNumber() {
        char[] c = new char[14];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new ClaimNumber(new String(c));
    }
}
