package org.openbilling.domain.invoice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Procedure;

/**
 * The invoice of a self-pay encounter: its full charge, one line per procedure. An encounter has at most one,
 * under an id derived from the encounter, so that a retry or a racing request finds it instead of making another.
 */
public final class SelfPayInvoices {
    public static final String HAS_COVERAGE = "encounter-has-coverage";
    public static final String NOT_CODED = "encounter-not-coded";
    public static final String ALREADY_BILLED = "encounter-already-billed";
    private static final String PREFIX = "i-";
    private static final int MAX_ID = 64;

    private SelfPayInvoices() {
    }

    /** The one invoice id a self-pay encounter can have. */
    public static InvoiceId idFor(EncounterId encounter) {
        String plain = PREFIX + encounter.value();
        // ids are at most 64 characters: a long encounter id is shortened by hashing, still deterministically
        return new InvoiceId(plain.length() <= MAX_ID ? plain : PREFIX + sha256(encounter.value()).substring(0, 40));
    }

    /** Refuses an encounter with coverage (its payer is billed with a claim) before anything else is looked at. */
    public static void requireSelfPay(Encounter e) {
        if (!e.isSelfPay()) {
            throw new RuleViolationException(HAS_COVERAGE, "encounterId",
                    "the encounter has coverage: bill the payer with POST /claims");
        }
    }

    /** A new invoice for a coded self-pay encounter that was not billed yet. */
    public static Invoice issue(Encounter e, LocalDate today, int statementDueDays, Instant now) {
        requireSelfPay(e);
        if (e.status() == EncounterStatus.BILLED) {
            throw new RuleViolationException(ALREADY_BILLED, "encounterId", "the encounter was billed already");
        }
        if (e.status() != EncounterStatus.CODED || e.procedures().isEmpty()) {
            throw new RuleViolationException(NOT_CODED, "encounterId",
                    "the encounter needs at least one diagnosis and one procedure");
        }
        List<InvoiceLine> lines = new ArrayList<>();
        int n = 1;
        for (Procedure p : e.procedures()) {
            // no description: CPT descriptions are the AMA's and are never shipped
            lines.add(new InvoiceLine(n++, p.code(), p.serviceDate() != null ? p.serviceDate() : e.serviceDate(),
                    null, p.charge()));
        }
        return Invoice.issue(idFor(e.id()), e.practiceId(), null, e.id(), e.patient(), lines, today,
                statementDueDays, now);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
