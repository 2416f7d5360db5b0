package org.openbilling.domain.claim;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.CodingRules;
import org.openbilling.domain.encounter.CoveragePosition;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Parties.Coverage;
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
        // an encounter stored before intake checked the total: the claim could not hold it
        CodingRules.totalCharge(e.procedures().stream().map(Procedure::charge).toList(), "procedures", v);
        v.throwIfAny();
        return Claim.ready(id, e.practiceId(), number, e.id(), billedOf(e, warnings), actor, now);
    }

    /**
     * A REJECTED claim corrected in place from its corrected encounter: same id and number, READY again, its
     * warnings those of the new scrub.
     */
    public static Claim correctedInPlace(Claim rejected, Encounter corrected, List<Warning> warnings, String actor,
                                         String reason, Instant now) {
        return rejected.withBilled(billedTo(rejected, corrected, warnings)).moveTo(ClaimStatus.READY, actor, reason, now);
    }

    /**
     * The replacement (frequency 7) of an adjudicated claim: a new READY claim that names the payer's claim
     * control number of the original and links back to it.
     */
    public static Claim replacement(Claim original, Encounter corrected, ClaimId id, ClaimNumber number,
                                    PayerClaimControlNumber payerClaimControlNumber, List<Warning> warnings,
                                    String actor, String reason, Instant now) {
        Claim fresh = Claim.ready(id, original.practiceId(), number, original.encounterId(),
                billedOf(corrected, warnings), actor, now);
        List<HistoryEntry> history = List.of(new HistoryEntry(null, ClaimStatus.READY, now, actor,
                "replaces claim " + original.claimNumber().value() + ": " + reason));
        // a replacement stays at its original's place in the chain, with the adjudications before it
        ClaimChain chain = original.chain().withNext(null);
        return fresh.withLifecycle(fresh.lifecycle().withHistory(history)).withLinks(new ClaimLinks(
                ClaimFrequency.REPLACEMENT, payerClaimControlNumber, original.id(), null, false, chain))
                .withBilled(billedTo(original, corrected, warnings));
    }

    /**
     * The claim to the payer after {@code previous}'s, made when {@code prior} (that payer's adjudication) is posted:
     * READY, same visit and lines, to the coverage at the next place, carrying every earlier payer's adjudication. Its
     * id and number are derived from {@code previous}'s id and the place, so that a retry makes the same claim. When
     * the payer before sent the claim on itself ({@code crossoverBy} names it), the claim is recorded as SUBMITTED by
     * that crossover: no 837P goes from here, its own 835 is awaited.
     *
     * @throws IllegalStateException when the visit has no coverage after {@code previous}'s payer
     */
    public static Claim nextInChain(Claim previous, PriorAdjudication prior, String crossoverBy, String actor,
                                    Instant now) {
        if (!previous.hasNextPayer()) {
            throw new IllegalStateException("claim " + previous.claimNumber().value() + " has no payer after it");
        }
        CoveragePosition place = CoveragePosition.of(previous.payerSequence().ordinal() + 1);
        Coverage coverage = previous.details().coverages().get(place.ordinal());
        // the id the previous claim links to (a claim billed anew after a voided one has its own), else the first
        ClaimId id = previous.chain().nextClaimId() != null ? previous.chain().nextClaimId()
                : nextId(previous.id(), place);
        List<ClaimLine> lines = previous.lines().stream().map(l -> new ClaimLine(l.lineNumber(), l.code(), l.system(),
                l.modifiers(), l.units(), l.charge(), l.diagnosisPointers(), l.serviceDate(), l.serviceDateTo(),
                l.ndc(), null)).toList();
        BilledClaim billed = new BilledClaim(new Payer(coverage.payerId(), coverage.payerName()), previous.details(),
                previous.diagnoses(), lines, previous.totalCharge(), previous.warnings());
        List<PriorAdjudication> priors = new ArrayList<>(previous.chain().priorPayers());
        priors.add(prior);
        Claim fresh = Claim.ready(id, previous.practiceId(), numberOf(id), previous.encounterId(), billed, actor, now);
        List<HistoryEntry> history = List.of(new HistoryEntry(null, ClaimStatus.READY, now, actor, "created for the "
                + place.name().toLowerCase(java.util.Locale.ROOT) + " payer after claim "
                + previous.claimNumber().value() + " was adjudicated (paid " + prior.paidAmount()
                + ", patient responsibility left " + prior.remainingPatientLiability() + ")"));
        Claim next = fresh.withLifecycle(fresh.lifecycle().withHistory(history)).withLinks(fresh.links().withChain(
                new ClaimChain(place, previous.id(), null, crossoverBy != null, priors)));
        return crossoverBy == null ? next
                : next.moveTo(ClaimStatus.SUBMITTED, actor, "sent on by crossover from " + crossoverBy, now);
    }

    /** The id of the claim at {@code place} after {@code previous}: the previous id and the place's SBR01 code. */
    public static ClaimId nextId(ClaimId previous, CoveragePosition place) {
        return nextId(previous, place, 1);
    }

    /**
     * The id of the {@code n}-th claim (1-based) at {@code place} after {@code previous}: the first is
     * {@code <previous>.S}; one that bills the next payer anew, after the claim before was reversed and adjudicated
     * again (its earlier next claim voided), is {@code <previous>.S2}, {@code .S3}...
     */
    public static ClaimId nextId(ClaimId previous, CoveragePosition place, int n) {
        String base = previous.value();
        String suffix = "." + place.sbr01() + (n <= 1 ? "" : Integer.toString(n));
        // 64 characters at most: a long id is shortened by its digest, still the same for every retry
        String id = base + suffix;
        return new ClaimId(id.length() <= 64 ? id : digest(base, 24) + suffix);
    }

    /** A claim number derived from the claim's id, in the alphabet of {@link #newClaimNumber}. */
    static ClaimNumber numberOf(ClaimId id) {
        byte[] d = sha256(id.value());
        char[] c = new char[14];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[(d[i] & 0xff) % ALPHABET.length];
        }
        return new ClaimNumber(new String(c));
    }

    private static String digest(String text, int chars) {
        return java.util.HexFormat.of().formatHex(sha256(text)).substring(0, chars);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new original claim (frequency 1) that bills again what {@code previous} billed: after a void, or after a denial
     * the payer could not process (see {@link Corrections}). It links back to {@code previous}; the payer's claim
     * control number is not carried (there is nothing for the payer to replace).
     */
    public static Claim billedAnew(Claim previous, Encounter encounter, ClaimId id, ClaimNumber number,
                                   List<Warning> warnings, String actor, String reason, Instant now) {
        if (encounter.isSelfPay()) {
            throw new RuleViolationException("self-pay-encounter", "encounterId",
                    "the encounter has no coverage: bill the patient with an invoice instead");
        }
        if (encounter.diagnoses().isEmpty() || encounter.procedures().isEmpty()) {
            throw new RuleViolationException("encounter-not-coded", "encounterId",
                    "the encounter needs at least one diagnosis and one procedure");
        }
        Claim fresh = Claim.ready(id, previous.practiceId(), number, previous.encounterId(),
                billedOf(encounter, warnings), actor, now);
        List<HistoryEntry> history = List.of(new HistoryEntry(null, ClaimStatus.READY, now, actor,
                "bills anew what claim " + previous.claimNumber().value() + " billed (" + previous.status()
                        + ", a new claim with frequency 1): " + reason));
        return fresh.withLifecycle(fresh.lifecycle().withHistory(history))
                .withLinks(fresh.links().withOriginal(previous.id()));
    }

    static List<ClaimLine> linesOf(Encounter e) {
        List<ClaimLine> lines = new ArrayList<>();
        int n = 1;
        for (Procedure p : e.procedures()) {
            lines.add(new ClaimLine(n++, p.code(), p.system().name(), p.modifiers(), p.units(), p.charge(),
                    p.diagnosisPointers(), p.serviceDate() != null ? p.serviceDate() : e.serviceDate(),
                    p.serviceDateTo(), p.ndc(), null));
        }
        return lines;
    }

    /**
     * What a corrected claim bills: {@code e} to the payer at {@code claim}'s place in the chain (the primary for a
     * primary claim; a later payer's claim stays with that coverage's payer, or its own payer when the corrected
     * visit no longer lists one there).
     */
    private static BilledClaim billedTo(Claim claim, Encounter e, List<Warning> warnings) {
        BilledClaim b = billedOf(e, warnings);
        CoveragePosition place = claim.payerSequence();
        if (place == CoveragePosition.PRIMARY) {
            return b;
        }
        Coverage c = place.ordinal() < e.details().coverages().size() ? e.details().coverages().get(place.ordinal()) : null;
        return b.withPayer(c == null ? claim.payer() : new Payer(c.payerId(), c.payerName()));
    }

    /** What a claim from {@code e} bills: the primary payer, the visit, its coding as lines. */
    private static BilledClaim billedOf(Encounter e, List<Warning> warnings) {
        Coverage primary = e.primaryCoverage();
        return BilledClaim.of(new Payer(primary.payerId(), primary.payerName()), e.details(), e.diagnoses(),
                linesOf(e), warnings);
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
