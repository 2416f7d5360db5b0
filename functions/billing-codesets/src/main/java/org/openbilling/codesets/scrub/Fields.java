package org.openbilling.codesets.scrub;

/**
 * Field paths of the encounter input (CONTRACT.md): {@code procedures[1].charge}, {@code diagnoses[0]}. Built once
 * for the indexes a claim can have, so that checks can name their field without allocating on a clean claim.
 */
final class Fields {
    private static final int LINES = 64;
    private static final int DIAGNOSES = 16;
    private static final int MODIFIERS = 8;
    private static final String[] DIAGNOSIS = new String[DIAGNOSES];
    private static final String[][] LINE = new String[LINES][];
    private static final String[][] MODIFIER = new String[LINES][MODIFIERS];

    static final int LINE_PATH = 0;
    static final int CODE = 1;
    static final int SYSTEM = 2;
    static final int MODIFIER_LIST = 3;
    static final int UNITS = 4;
    static final int CHARGE = 5;
    static final int POINTERS = 6;
    static final int SERVICE_DATE = 7;
    static final int SERVICE_DATE_TO = 8;
    static final int NDC = 9;
    private static final String[] SUFFIX = {"", ".code", ".system", ".modifiers", ".units", ".charge", ".diagnosisPointers",
            ".serviceDate", ".serviceDateTo", ".ndc"};

    static {
        for (int k = 0; k < DIAGNOSES; k++) {
            DIAGNOSIS[k] = build(k);
        }
        for (int i = 0; i < LINES; i++) {
            LINE[i] = new String[SUFFIX.length];
            for (int s = 0; s < SUFFIX.length; s++) {
                LINE[i][s] = "procedures[" + i + "]" + SUFFIX[s];
            }
            for (int m = 0; m < MODIFIERS; m++) {
                MODIFIER[i][m] = LINE[i][MODIFIER_LIST] + "[" + m + "]";
            }
        }
    }

    private Fields() {
    }

    private static String build(int k) {
        return "diagnoses[" + k + "]";
    }

    /** {@code diagnoses[k]} (0-based). */
    static String diagnosis(int k) {
        return k < DIAGNOSES ? DIAGNOSIS[k] : build(k);
    }

    /** A field of procedure {@code i} (0-based): one of the constants above. */
    static String line(int i, int part) {
        return i < LINES ? LINE[i][part] : "procedures[" + i + "]" + SUFFIX[part];
    }

    /** {@code procedures[i].modifiers[m]}. */
    static String modifier(int i, int m) {
        return i < LINES && m < MODIFIERS ? MODIFIER[i][m] : line(i, MODIFIER_LIST) + "[" + m + "]";
    }
}
