package org.openbilling.contract;

/** Texts shared by the coverage records' schema annotations (the answer's and the request's). */
public final class Coverages {
    private Coverages() {
    }

    /** One public form of SBR05 on both doors (REST and GraphQL): the X12 code; a request may also send the name. */
    public static final String MEDICARE_SECONDARY_TYPE = "SBR05, on a Medicare coverage (MA, MB) that is not primary: why"
            + " Medicare pays after another payer, as its X12 code (12 working aged, 13 end-stage renal disease, 14 no-fault,"
            + " 15 workers' compensation, 16 public health service, 41 black lung, 42 veterans, 43 disabled under 65 with a"
            + " large group plan, 47 other liability). A request may send the enum name instead (WORKING_AGED,"
            + " END_STAGE_RENAL_DISEASE, NO_FAULT, WORKERS_COMPENSATION, PUBLIC_HEALTH_SERVICE, BLACK_LUNG, VETERANS_AFFAIRS,"
            + " DISABLED_UNDER_65_LARGE_GROUP, OTHER_LIABILITY); the answer is always the code.";
}
