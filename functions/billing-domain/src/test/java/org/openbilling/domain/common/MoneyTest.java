package org.openbilling.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Money's constructor, checked against the definition it had (strip trailing zeros, then abs against the limit). */
class MoneyTest {
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    /** The rule as first written: null when the amount is accepted, else the rule id it breaks. */
    private static String reference(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            return "money-format";
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            return "money-out-of-range";
        }
        return null;
    }

    private static void assertAsReference(String text) {
        BigDecimal amount = new BigDecimal(text);
        String rule = reference(amount);
        if (rule == null) {
            Money m = new Money(amount);
            assertEquals(amount.setScale(2, RoundingMode.UNNECESSARY), m.amount(), text);
            assertEquals(2, m.amount().scale(), text);
        } else {
            assertEquals(rule, assertThrows(InvalidValueException.class, () -> new Money(amount), text).rule(), text);
        }
    }

    @Test
    void constructor_acceptsAndRefusesExactlyAsTheDefinition() {
        String[] cases = {
            // scales 0 to 4, positive and negative
            "0", "5", "-5", "0.1", "-0.1", "12.34", "-12.34", "1.234", "-1.234", "1.2345", "-1.2345",
            // trailing zeros beyond two decimals
            "1.500", "-1.500", "1.5000", "12.340", "12.3400", "0.000", "0.0000", "-0.000", "1.2300000000",
            "1.0010", "1.001",
            // negative scales and exponents
            "1E+2", "-1E+2", "1E+8", "1E+9", "-1E+9", "1E-3", "10E-3", "100E-3",
            // around the limit
            "999999999.99", "-999999999.99", "999999999.990", "999999999.999", "1000000000", "-1000000000",
            "1000000000.00", "-1000000000.00", "1000000000.000", "1000000000.01", "-1000000000.01",
            "999999999.9900", "12345678901234567890", "-12345678901234567890"};
        for (String c : cases) {
            assertAsReference(c);
        }
    }

    @Test
    void constructor_givesTwoDecimals() {
        assertEquals("1.50", new Money(new BigDecimal("1.500")).toString());
        assertEquals("100.00", new Money(new BigDecimal("1E+2")).toString());
        assertEquals("-999999999.99", new Money(new BigDecimal("-999999999.99")).toString());
        assertEquals("0.00", new Money(new BigDecimal("-0.000")).toString());
    }
}
