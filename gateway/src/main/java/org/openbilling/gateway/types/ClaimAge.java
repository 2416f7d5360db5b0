package org.openbilling.gateway.types;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.Claim;

/** How a claim's {@code ageDays} is counted in one answer: from what, to which day, in the practice's zone. */
public record ClaimAge(AgeBasis basis, LocalDate today, ZoneId zone) {
    /** Ages by date of service, the default everywhere but where a list is asked by another basis. */
    public static ClaimAge byServiceDate(LocalDate today, ZoneId zone) {
        return new ClaimAge(AgeBasis.DATE_OF_SERVICE, today, zone);
    }

    int days(Claim c) {
        return (int) Math.min(Integer.MAX_VALUE, basis.ageDays(c, today, zone));
    }
}
