package org.openbilling.domain.encounter;

/**
 * The order in which payers pay a visit: the place of a coverage in {@link EncounterDetails#coverages()}. The one place
 * that says which position a list index is, which SBR01 code it is written with, and under which field name a stored
 * coverage is reported while the input still takes the deprecated {@code coverage} and {@code secondaryCoverage}.
 */
public enum CoveragePosition {
    PRIMARY("P", "coverage"),
    SECONDARY("S", "secondaryCoverage"),
    TERTIARY("T", "coverages[2]");

    /** At most one coverage per position. */
    public static final int MAX = values().length;

    private final String sbr01;
    private final String field;
    private final String subscriberField;

    CoveragePosition(String sbr01, String field) {
        this.sbr01 = sbr01;
        this.field = field;
        this.subscriberField = field + ".subscriber";
    }

    /** {@link #field()} of the coverage's subscriber, made once (the scrubber names it for every claim it finds in). */
    public String subscriberField() {
        return subscriberField;
    }

    /** The payer responsibility sequence code (SBR01). */
    public String sbr01() {
        return sbr01;
    }

    /**
     * The field a finding about a stored coverage at this position names: the deprecated input names where they
     * exist (where clients and the console look until the next release), the list's own name otherwise.
     */
    public String field() {
        return field;
    }

    public static CoveragePosition of(int index) {
        return values()[index];
    }
}
