package org.openbilling.contract;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /codes/validate}: one result per code asked, in the order asked. */
@Schema(name = "ValidateResponse")
public record CodeValidationAnswer(List<Result> results) {

    /**
     * One code checked against the edition in force on the date: {@code normalized} is the code as the code set
     * writes it, {@code issues} say what is wrong (an ERROR makes it invalid), {@code suggestions} the codes likely
     * meant.
     */
    @Schema(name = "CodeValidation")
    public record Result(@Schema(enumeration = {"ICD10CM", "ICD9CM", "CPT", "HCPCS", "MODIFIER"}) String system,
                         String code, String normalized, boolean valid, boolean billable, String display,
                         String edition, List<Issue> issues, List<Code> suggestions) {
    }

    @Schema(name = "CodeIssue")
    public record Issue(@Schema(enumeration = {"ERROR", "WARNING"}) String severity, String rule, String message) {
    }

    /** A code as a code set defines it. */
    @Schema(name = "Code")
    public record Code(@Schema(enumeration = {"ICD10CM", "ICD9CM", "CPT", "HCPCS", "MODIFIER"}) String system,
                       String code, String display, boolean billable, LocalDate validFrom, LocalDate validTo) {
    }
}
