package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openbilling.codesets.Edition;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.encounter.CodingRules;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * One scrub of one claim: the facts every rule group reads (details, patient, date of service) and what they found
 * (errors block the claim, warnings go on it), in the order the groups ran.
 */
final class Review {
    final Claim claim;
    final LocalDate today;
    final Violations errors = new Violations();
    final List<Warning> warnings = new ArrayList<>(4);
    final EncounterDetails details;
    final Person patient;
    final LocalDate dateOfBirth;
    final LocalDate serviceDate;

    Review(Claim claim, LocalDate today) {
        this.claim = claim;
        this.today = today;
        details = claim.details();
        patient = claim.patient() != null ? claim.patient() : details == null ? null : details.patient();
        dateOfBirth = patient == null ? null : patient.dateOfBirth();
        serviceDate = details != null && details.serviceDate() != null ? details.serviceDate() : claim.serviceDate();
    }

    ScrubResult result() {
        return new ScrubResult(errors.list(), warnings);
    }

    /** An edit finding: an error when its edition covers the date of service, else a warning that says so. */
    void finding(Edition edition, LocalDate date, String rule, String field, String message) {
        if (edition.covers(date)) {
            errors.add(rule, field, message + " (" + edition.name() + ")");
        } else {
            warnings.add(new Warning(rule, field, message + "; " + notCovering(edition, date)));
        }
    }

    /**
     * The errors of a code validation into {@code sink}; its warnings (edition-stale, cpt-not-in-fee-schedule) onto the
     * claim, each once per message. True when the code passed.
     */
    boolean codeFindings(CodeValidation cv, String field, boolean mustBeBillable, Violations sink, String prefix) {
        boolean ok = CodingRules.codeErrors(cv, field, mustBeBillable, sink);
        List<CodeIssue> issues = cv.issues();
        for (int i = 0; i < issues.size(); i++) {
            CodeIssue issue = issues.get(i);
            if (issue.severity() == CodeIssue.Severity.WARNING) {
                warnOnce(issue.rule(), field, prefix == null ? issue.message() : prefix + issue.message());
            }
        }
        return ok;
    }

    private void warnOnce(String rule, String field, String message) {
        for (int i = 0; i < warnings.size(); i++) {
            Warning w = warnings.get(i);
            if (w.rule().equals(rule) && w.message().equals(message)) {
                return;
            }
        }
        warnings.add(new Warning(rule, field, message));
    }

    static String notCovering(Edition edition, LocalDate date) {
        return edition.name() + " (current " + edition.effective() + " to " + edition.staleAfter() + ") does not cover " + date
                + "; checked against it anyway";
    }
}
