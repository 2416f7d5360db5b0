package org.openbilling.claimstatus;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.codesets.AdjustmentReasons;

/**
 * The texts of X12 adjustment group codes, CARCs and RARCs, so that people read "Charge exceeds fee schedule/
 * maximum allowable or contracted/legislated fee arrangement." rather than "CO-45". Only these lists are loaded,
 * not the other code sets.
 */
@ApplicationScoped
public class ReasonCodes {
    private final AdjustmentReasons reasons = AdjustmentReasons.load();

    public String group(String code) {
        return reasons.group(code).map(AdjustmentReasons.Reason::description).orElse("group " + code);
    }

    public String carc(String code) {
        return reasons.carc(code).map(AdjustmentReasons.Reason::description).orElse("adjustment reason " + code);
    }

    /** True for a CARC of the bundled list (retired ones included: an old adjudication may carry them). */
    public boolean isCarc(String code) {
        return reasons.carc(code).isPresent();
    }

    public boolean isRarc(String code) {
        return reasons.rarc(code).isPresent();
    }

    public String rarc(String code) {
        return reasons.rarc(code).map(AdjustmentReasons.Reason::description).orElse("remark " + code);
    }
}
