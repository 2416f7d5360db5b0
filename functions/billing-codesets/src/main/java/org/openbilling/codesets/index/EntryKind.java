package org.openbilling.codesets.index;

/** Where a searchable entry comes from; the order is the tie-break when two sources score alike (the Index first). */
public enum EntryKind {
    /** A main term or subterm of the Alphabetic Index to Diseases and Injuries. */
    INDEX("Index"),
    /** A term of the Table of Neoplasms (one code per behaviour column). */
    NEOPLASM("Table of Neoplasms"),
    /** A substance of the Table of Drugs and Chemicals (one code per intent column). */
    DRUG("Table of Drugs and Chemicals"),
    /** A term of the External Cause of Injuries Index. */
    EXTERNAL_CAUSE("External Cause Index"),
    /** An inclusion term of a Tabular List code. */
    TABULAR_INCLUSION("Tabular List inclusion term"),
    /** An "includes" note of a Tabular List category. */
    TABULAR_INCLUDES("Tabular List includes note"),
    /** The title of a code in an edition held. */
    TITLE("Tabular List title"),
    /** The root of one index or table: holds its main terms, matches nothing itself. */
    ROOT("");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    /** How a reason names the source ("Table of Neoplasms"). */
    public String label() {
        return label;
    }
}
