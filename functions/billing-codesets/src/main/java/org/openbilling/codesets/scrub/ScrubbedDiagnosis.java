package org.openbilling.codesets.scrub;

/** One diagnosis of the claim as the rules see it: its position (0-based), code, and whether it passed on the date of service. */
record ScrubbedDiagnosis(int index, String code, boolean passed) {
}
