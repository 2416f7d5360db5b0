package org.openbilling.codesets.scrub;

import java.util.List;
import java.util.Optional;
import org.openbilling.codesets.NcciEdits;

/**
 * NCCI procedure-to-procedure edits between lines on the same date: the finding goes to the column-2 line. An error
 * when the NCCI edition covers the date, else a warning ({@link Review#finding}).
 */
final class NcciRules {
    private NcciRules() {
    }

    static void check(Review r, NcciEdits ncci, List<ScrubbedLine> lines) {
        for (ScrubbedLine l2 : lines) {
            String column2 = l2.code();
            if (column2 == null) {
                continue;
            }
            for (ScrubbedLine l1 : lines) {
                String column1 = l1.code();
                if (l1 == l2 || column1 == null || column1.equals(column2) || !l2.date().equals(l1.date())) {
                    continue;
                }
                Optional<NcciEdits.PtpEdit> found = ncci.find(column1, column2, l2.date());
                if (found.isEmpty()) {
                    continue;
                }
                NcciEdits.PtpEdit edit = found.get();
                int indicator = edit.modifierIndicator();
                if (indicator == 9 || indicator == 1 && bypasses(l2) || sameCodeEarlier(lines, l1, l2)) {
                    continue;
                }
                int i = l1.index();
                int j = l2.index();
                String head = column2 + " (line " + (j + 1) + ") is bundled into " + column1 + " (line " + (i + 1) + ") on " + l2.date()
                        + " (" + edit.rationale() + ")";
                if (indicator == 0) {
                    r.finding(ncci.edition(), l2.date(), "ncci-ptp-not-allowed", Fields.line(j, Fields.CODE),
                            head + "; modifier indicator 0: no modifier allows the pair, remove one of them");
                } else {
                    r.finding(ncci.edition(), l2.date(), "ncci-ptp-modifier-required", Fields.line(j, Fields.MODIFIER_LIST),
                            head + "; modifier indicator 1: report it only as a distinct service with "
                                    + (ModifierRules.isEvaluationAndManagement(column2) ? "25 or 57" : "59, XE, XS, XP or XU") + " on line " + (j + 1));
                }
            }
        }
    }

    /**
     * 59 or X{EPSU} on the column-2 line allows an indicator-1 pair. On an E/M column-2 code those modifiers are not
     * allowed (rule modifier-distinct-service-on-em), and NCCI accepts 25 or 57 there instead.
     */
    private static boolean bypasses(ScrubbedLine column2) {
        boolean em = ModifierRules.isEvaluationAndManagement(column2.code());
        for (String m : column2.modifiers()) {
            if (m != null && (em ? m.equals("25") || m.equals("57") : ModifierRules.isDistinctService(m))) {
                return true;
            }
        }
        return false;
    }

    /** An earlier line than {@code l1} (not {@code l2}) with the same column-1 code on the date already produced this finding. */
    private static boolean sameCodeEarlier(List<ScrubbedLine> lines, ScrubbedLine l1, ScrubbedLine l2) {
        for (int k = 0; k < l1.index(); k++) {
            ScrubbedLine earlier = lines.get(k);
            if (earlier != l2 && earlier.sameCodeAndDate(l1)) {
                return true;
            }
        }
        return false;
    }
}
