package org.openbilling.domain.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * A visit of one patient to one practice: its details (who, where, when, which coverages) and its coding, each a part
 * that changes on its own (a correction, a recoding). {@code warnings} say how the 837P will write text that X12
 * cannot carry as given ({@link EncounterText}, e.g. an accented name transliterated); they follow the details, so
 * they are worked out again whenever the details change.
 */
public record Encounter(EncounterId id, PracticeId practiceId, EncounterStatus status, EncounterDetails details,
                        Coding coding, Instant createdAt, Instant updatedAt, long version, List<Warning> warnings) {

    public Encounter {
        coding = coding == null ? Coding.NONE : coding;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A new encounter, OPEN or CODED depending on its coding. */
    public static Encounter create(EncounterId id, PracticeId practice, EncounterDetails d, Coding coding, Instant now) {
        return new Encounter(id, practice, statusFor(coding), d, coding, now, now, 0, EncounterText.warnings(d));
    }

    public Person patient() {
        return details.patient();
    }

    /** The coverages in payment order; empty for a self-pay visit. */
    public List<Coverage> coverages() {
        return details.coverages();
    }

    /** The coverage that pays first, or null for a self-pay visit. */
    public Coverage primaryCoverage() {
        return details.primaryCoverage();
    }

    public LocalDate serviceDate() {
        return details.serviceDate();
    }

    public List<String> diagnoses() {
        return coding.diagnoses();
    }

    public List<Procedure> procedures() {
        return coding.procedures();
    }

    public boolean isSelfPay() {
        return details.coverages().isEmpty();
    }

    /** The same visit with new coding; a BILLED encounter keeps its status. */
    public Encounter recoded(Coding newCoding, Instant now) {
        EncounterStatus next = status == EncounterStatus.BILLED ? status : statusFor(newCoding);
        return new Encounter(id, practiceId, next, details, newCoding, createdAt, now, version, warnings);
    }

    /** The same visit with corrected details and coding (a claim correction); the status is kept. */
    public Encounter corrected(EncounterDetails d, Coding newCoding, Instant now) {
        return new Encounter(id, practiceId, status, d, newCoding, createdAt, now, version, EncounterText.warnings(d));
    }

    public Encounter withStatus(EncounterStatus next, Instant now) {
        return new Encounter(id, practiceId, next, details, coding, createdAt, now, version, warnings);
    }

    /** The encounter once its claim was voided: CODED again (OPEN without coding), so it can be recoded and billed anew. */
    public Encounter unbilled(Instant now) {
        return withStatus(statusFor(coding), now);
    }

    public Encounter withVersion(long newVersion) {
        return new Encounter(id, practiceId, status, details, coding, createdAt, updatedAt, newVersion, warnings);
    }

    private static EncounterStatus statusFor(Coding coding) {
        return coding.isComplete() ? EncounterStatus.CODED : EncounterStatus.OPEN;
    }
}
