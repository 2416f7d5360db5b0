package org.openbilling.domain.common;

import java.util.regex.Pattern;

/** The shape every id shares: short, printable, no separators used inside storage keys. */
final class Ids {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    static String check(String value, String what) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new InvalidValueException("id-format", "not the id of " + what);
        }
        return value;
    }
}
