package org.openbilling.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * US dollars with exactly two decimals. Input with more than two decimals is rejected rather than rounded,
 * so that no cent is ever invented or lost; arithmetic between amounts is exact.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
    /** Compiled once: {@code String.matches} would compile it again for every value. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,12})?");

    public static final int SCALE = 2;
    /** Larger than any plausible medical bill; keeps arithmetic and storage far from overflow. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");
    private static final BigDecimal NEGATIVE_LIMIT = LIMIT.negate();
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        // stripTrailingZeros never raises the scale, so an amount of scale <= 2 needs no stripping (the usual case:
        // this constructor runs for every amount read or added up)
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException("money-format", "an amount has at most two decimals: " + amount.toPlainString());
        }
        if (amount.signum() >= 0 ? amount.compareTo(LIMIT) >= 0 : amount.compareTo(NEGATIVE_LIMIT) <= 0) {
            throw new InvalidValueException("money-out-of-range", "an amount must be below 1,000,000,000.00");
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Parses a decimal string such as {@code "125"} or {@code "125.50"}. */
    public static Money of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("money-format", "an amount is required");
        }
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new InvalidValueException("money-format", "not a decimal amount of dollars: " + abbreviate(t));
        }
        return new Money(new BigDecimal(t));
    }

    public static Money of(long dollars) {
        return new Money(BigDecimal.valueOf(dollars));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int n) {
        return new Money(amount.multiply(BigDecimal.valueOf(n)));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** The wire form: always two decimals, {@code "125.00"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
