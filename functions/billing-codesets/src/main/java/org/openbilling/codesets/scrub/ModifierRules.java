package org.openbilling.codesets.scrub;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;

/**
 * The modifiers of one line: each valid on the line's date, at most four, no duplicates, and the combination rules
 * (59 with an X modifier, two X modifiers, a distinct-service modifier on an E/M code, LT with RT).
 */
final class ModifierRules {
    private ModifierRules() {
    }

    /** Checks the modifiers of line {@code i} (whose code is {@code code}); answers them normalized. */
    static List<String> check(Review r, CodeSets codeSets, int i, List<String> modifiers, String code, LocalDate date) {
        int n = modifiers.size();
        if (n == 0) {
            return List.of();
        }
        if (n > 4) {
            r.errors.add("too-many-modifiers", Fields.line(i, Fields.MODIFIER_LIST), "a line has at most 4 modifiers (" + n + " given)");
        }
        String[] normalized = new String[n];
        boolean em = isEvaluationAndManagement(code);
        int at59 = -1;
        int firstX = -1;
        int left = -1;
        int right = -1;
        for (int k = 0; k < n; k++) {
            String field = Fields.modifier(i, k);
            String m = modifiers.get(k);
            if (date != null) {
                CodeValidation cv = codeSets.validate(CodeSystem.MODIFIER, m, date);
                r.codeFindings(cv, field, false, r.errors, null);
                if (cv.normalized() != null) {
                    m = cv.normalized();
                }
            }
            normalized[k] = m;
            boolean duplicate = false;
            for (int j = 0; j < k && !duplicate; j++) {
                duplicate = m.equals(normalized[j]);
            }
            if (duplicate) {
                r.errors.add("modifier-duplicate", field, "modifier " + m + " is on the line twice");
                continue;
            }
            if (isDistinctService(m) && em) {
                r.errors.add("modifier-distinct-service-on-em", field, "modifier " + m + " marks a distinct procedure and is not used on "
                        + "an E/M code (" + code + "); use 25 for a separately identifiable E/M service");
            }
            if (m.equals("59")) {
                at59 = k;
            } else if (isXModifier(m)) {
                if (firstX >= 0) {
                    r.errors.add("modifier-x-multiple", field, "only one of XE, XS, XP, XU on a line (" + normalized[firstX] + " and " + m + ")");
                } else {
                    firstX = k;
                }
            } else if (m.equals("LT")) {
                left = k;
            } else if (m.equals("RT")) {
                right = k;
            }
        }
        if (at59 >= 0 && firstX >= 0) {
            r.errors.add("modifier-59-with-x", Fields.modifier(i, at59), "59 and " + normalized[firstX]
                    + " on one line: the X modifier is the more specific form of 59; report only one");
        }
        if (left >= 0 && right >= 0) {
            r.errors.add("modifier-lt-with-rt", Fields.modifier(i, Math.max(left, right)),
                    "LT and RT on one line: report a bilateral procedure with 50, or each side on its own line");
        }
        return Arrays.asList(normalized);
    }

    /** E/M codes 99202-99499, on which distinct-procedure modifiers are not allowed. */
    static boolean isEvaluationAndManagement(String code) {
        if (code == null || code.length() != 5) {
            return false;
        }
        int n = 0;
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 99202 && n <= 99499;
    }

    /** 59 or XE/XS/XP/XU: the modifiers that mark a distinct procedural service (NCCI-associated). */
    static boolean isDistinctService(String modifier) {
        return modifier.equals("59") || isXModifier(modifier);
    }

    static boolean isXModifier(String m) {
        return m.length() == 2 && m.charAt(0) == 'X' && (m.charAt(1) == 'E' || m.charAt(1) == 'S' || m.charAt(1) == 'P' || m.charAt(1) == 'U');
    }
}
