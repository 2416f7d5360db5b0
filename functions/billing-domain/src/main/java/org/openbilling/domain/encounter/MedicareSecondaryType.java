package org.openbilling.domain.encounter;

import java.util.Locale;

/**
 * Why Medicare pays after another payer: the insurance type code of SBR05, written for a Medicare coverage that is
 * not primary (Medicare Secondary Payer). Clients send the X12 code ("12") or the name.
 */
public enum MedicareSecondaryType {
    WORKING_AGED("12"),
    END_STAGE_RENAL_DISEASE("13"),
    NO_FAULT("14"),
    WORKERS_COMPENSATION("15"),
    PUBLIC_HEALTH_SERVICE("16"),
    BLACK_LUNG("41"),
    VETERANS_AFFAIRS("42"),
    DISABLED_UNDER_65_LARGE_GROUP("43"),
    OTHER_LIABILITY("47");

    private final String code;

    MedicareSecondaryType(String code) {
        this.code = code;
    }

    /** The code written in SBR05. */
    public String code() {
        return code;
    }

    /** The type of an X12 code or a name, or null when {@code s} is neither. */
    public static MedicareSecondaryType parse(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        for (MedicareSecondaryType m : values()) {
            if (m.code.equals(t) || m.name().equals(t)) {
                return m;
            }
        }
        return null;
    }
}
