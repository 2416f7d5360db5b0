package org.openbilling.domain.workqueue;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Payers' time limits (filing, appeal) and how long the platform waits for their answers, from the documented table
 * {@code payer-limits.psv}: a payer's own row, else its plan kind's (claim filing indicator), else the defaults.
 */
public final class PayerLimits {
    private static final PayerLimits DEFAULT = new PayerLimits(DataFile.rows("payer-limits.psv", 6));
    private final Map<String, Limits> rows = new HashMap<>();

    /** One row: the filing and appeal limits and the days after which silence needs a person. */
    public record Limits(Period filingLimit, Period appealLimit, int daysToAcknowledgement, int daysToPayment,
                         String source) {
    }

    private PayerLimits(List<String[]> table) {
        for (String[] r : table) {
            rows.put(r[0], new Limits(Period.parse(r[1]), Period.parse(r[2]), Integer.parseInt(r[3]),
                    Integer.parseInt(r[4]), r[5]));
        }
        if (!rows.containsKey("default")) {
            throw new IllegalStateException("payer-limits.psv has no default row");
        }
    }

    public static PayerLimits table() {
        return DEFAULT;
    }

    public Limits of(String payerId, String filingIndicator) {
        Limits l = payerId == null ? null : rows.get("payer:" + payerId.strip());
        if (l == null && filingIndicator != null) {
            l = rows.get("indicator:" + filingIndicator.strip().toUpperCase(Locale.ROOT));
        }
        return l != null ? l : rows.get("default");
    }

    /** The shortest filing limit of any row: an open claim served before it cannot be at risk under any payer. */
    public Period shortestFilingLimit() {
        return rows.values().stream().map(Limits::filingLimit)
                .min(java.util.Comparator.comparing(p -> java.time.LocalDate.EPOCH.plus(p))).orElseThrow();
    }
}
