package org.openbilling.gateway.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.gateway.types.AgingReportView.AgingBucketView;

/** Counts and sums balances into the contract's age buckets: 0-30, 31-60, 61-90, 91-120 and 121+ days. */
public final class AgingTally {
    /** One bucket's bounds in whole days; {@code maxDays} null means open-ended. */
    public record Range(String label, int minDays, Integer maxDays) {
        boolean holds(long ageDays) {
            return ageDays >= minDays && (maxDays == null || ageDays <= maxDays);
        }
    }

    public static final List<Range> RANGES = List.of(new Range("0-30", 0, 30), new Range("31-60", 31, 60),
            new Range("61-90", 61, 90), new Range("91-120", 91, 120), new Range("121+", 121, null));

    private final int[] counts = new int[RANGES.size()];
    // plain BigDecimal, not Money: a practice's whole A/R may pass Money's per-amount ceiling
    private final BigDecimal[] sums = new BigDecimal[RANGES.size()];

    public AgingTally() {
        Arrays.fill(sums, BigDecimal.ZERO.setScale(Money.SCALE));
    }

    /** Adds one open item; an age below zero (a clock a little ahead) counts as zero. */
    public void add(long ageDays, Money balance) {
        long age = Math.max(0, ageDays);
        for (int i = 0; i < RANGES.size(); i++) {
            if (RANGES.get(i).holds(age)) {
                counts[i]++;
                sums[i] = sums[i].add(balance.amount());
                return;
            }
        }
    }

    public int count() {
        return Arrays.stream(counts).sum();
    }

    /** The sum of every bucket, two decimals. */
    public BigDecimal total() {
        return Arrays.stream(sums).reduce(BigDecimal.ZERO.setScale(Money.SCALE), BigDecimal::add);
    }

    /** The buckets in age order, empty ones included (count 0, balance 0.00). */
    public List<AgingBucketView> buckets() {
        List<AgingBucketView> out = new ArrayList<>(RANGES.size());
        for (int i = 0; i < RANGES.size(); i++) {
            Range r = RANGES.get(i);
            out.add(new AgingBucketView(r.label(), r.minDays(), r.maxDays(), counts[i], sums[i].toPlainString()));
        }
        return out;
    }
}
