package org.openbilling.domain.codes;

import java.util.Locale;
import org.openbilling.domain.common.InvalidValueException;

/** The code systems a claim can carry. */
public enum CodeSystem {
    ICD10CM, ICD9CM, CPT, HCPCS, MODIFIER;

    /** Parses a system name as clients send it (case-insensitive, {@code ICD-10-CM} accepted). */
    public static CodeSystem parse(String text) {
        if (text == null) {
            throw new InvalidValueException("required", "a code system is required");
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace("-", "");
        for (CodeSystem s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new InvalidValueException("code-system-unknown", "unknown code system; one of ICD10CM, ICD9CM, CPT, HCPCS, MODIFIER");
    }
}
