package org.openbilling.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void npi_withValidCheckDigit_isAccepted() {
        // CMS's published example NPI
        assertEquals("1234567893", new Npi("1234567893").value());
    }

    @Test
    void npi_withWrongCheckDigit_isRejectedByCheckDigitRule() {
        var e = assertThrows(InvalidValueException.class, () -> new Npi("1234567890"));
        assertEquals("npi-check-digit", e.rule());
    }

    @Test
    void npi_startingWithThree_isRejectedByFormatRule() {
        assertEquals("npi-format", assertThrows(InvalidValueException.class, () -> new Npi("3234567893")).rule());
        assertEquals("npi-format", assertThrows(InvalidValueException.class, () -> new Npi("12345")).rule());
    }

    @Test
    void money_ofTextAndNumbers_keepsTwoDecimals() {
        assertEquals("125.00", Money.of("125").toString());
        assertEquals("0.10", Money.of("0.1").toString());
        assertEquals("125.50", Money.of("125.5").plus(Money.ZERO).toString());
        assertEquals("0.30", Money.of("0.1").plus(Money.of("0.2")).toString());
    }

    @Test
    void money_withThreeDecimals_isRejected() {
        assertEquals("money-format", assertThrows(InvalidValueException.class, () -> Money.of("1.005")).rule());
        assertEquals("money-format", assertThrows(InvalidValueException.class, () -> Money.of("1e5")).rule());
        assertEquals("money-out-of-range", assertThrows(InvalidValueException.class, () -> Money.of("99999999999")).rule());
    }

    @Test
    void claimNumber_isUpperCasedAndBounded() {
        assertEquals("ABC123", new ClaimNumber("abc123").value());
        assertThrows(InvalidValueException.class, () -> new ClaimNumber("A".repeat(21)));
        assertThrows(InvalidValueException.class, () -> new ClaimNumber("AB*C"));
    }
}
