package org.openbilling.domain.common;

/**
 * The 837P (005010X222A1) elements that free text from an encounter or the practice settings is written into, with
 * the implementation guide's minimum and maximum lengths, so that input too long or too short for its element is
 * refused where it comes in rather than by the clearinghouse.
 *
 * <p>The lengths come from the implementation schema the writer validates against
 * ({@code billing-x12/src/main/resources/x12/837P-005010X222A1.xml}); this module cannot read it (it compiles against
 * the JDK alone, and intake runs where billing-x12 is not loaded), so {@code X12ElementTest} in billing-x12 checks
 * every constant here against that schema: the schema stays the one source, and a change there fails the build
 * until this table follows.
 */
public enum X12Element {
    /** Last name or organization name (data element 1035). */
    NM103("NM1", 3, 1, 60),
    /** First name (1036). */
    NM104("NM1", 4, 1, 35),
    /** Identification code: member id, payer id, NPI (67). */
    NM109("NM1", 9, 2, 80),
    /** Address line (166). */
    N301("N3", 1, 1, 55),
    /** Second address line (166). */
    N302("N3", 2, 1, 55),
    /** City (19). */
    N401("N4", 1, 2, 30),
    /** Reference identification: prior authorization (REF*G1), payer claim control number (REF*F8) (127). */
    REF02("REF", 2, 1, 50),
    /** Group or policy number of the subscriber (127). */
    SBR03("SBR", 3, 1, 50),
    /** Contact name of the submitter (93). */
    PER02("PER", 2, 1, 60);

    private final String segment;
    private final int position;
    private final int minLength;
    private final int maxLength;

    X12Element(String segment, int position, int minLength, int maxLength) {
        this.segment = segment;
        this.position = position;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public String segment() {
        return segment;
    }

    /** The element's 1-based position in its segment. */
    public int position() {
        return position;
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
